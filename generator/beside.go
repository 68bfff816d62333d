package generator

import (
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// beside are the files that sit beside the sources (an image under
// content/papers/, a PDF under content/pages/) and are not sources
// themselves. A file is published when a source's Markdown links to it,
// as an editor or GitHub's preview of the .md file reads the link:
// relative to the source's folder (![Chart](figures/chart.png)), or
// from the site's root at the address it is published at
// (![Team](/team.jpg)). It is published at its path below content/, with
// content/pages/ left out as a page's is: content/papers/figures/chart.png
// at /papers/figures/chart.png, content/pages/team.jpg at /team.jpg; and
// each relative link to it is rewritten to that address. A file nothing
// links to is not published (check names it), so notes, data and drafts
// kept beside the sources stay private.
type beside map[string]bool // the files' content paths

// besideFiles are the files of srcs that may be published.
func besideFiles(srcs *load.Sources) beside {
	b := beside{}
	if srcs == nil {
		return b
	}
	for _, p := range srcs.Other {
		if publishedAt(p) != "" {
			b[p] = true
		}
	}
	return b
}

// publishedAt is the output path of the content file p, or "" for a
// file that is never published: one outside content/papers/, days/ and
// pages/, and one in a folder of content/pages/ named like a folder the
// build fills (content/pages/papers/x.png would be papers/x.png, which is
// content/papers/x.png's address).
func publishedAt(p string) string {
	for _, dir := range []string{"content/papers/", "content/days/"} {
		if strings.HasPrefix(p, dir) {
			return strings.TrimPrefix(p, "content/")
		}
	}
	rel, ok := strings.CutPrefix(p, "content/pages/")
	if !ok {
		return ""
	}
	if top, _, nested := strings.Cut(rel, "/"); nested && slices.Contains(model.Sections, top) {
		return ""
	}
	return rel
}

// contentAt is the content path a file published at the output path out
// would have.
func contentAt(out string) string {
	if top, _, _ := strings.Cut(out, "/"); top == "papers" || top == "days" {
		return "content/" + out
	}
	return "content/pages/" + out
}

// probe is one file a source's link named: its content path, and whether
// it was there to publish. A cached parse holds only while each of its
// probes finds what it found.
type probe struct {
	path  string
	found bool
}

// resolver returns the markdown.Resolve of the source at src, which
// appends each file a link names to probes.
func (b beside) resolver(src string, probes *[]probe) markdown.Resolve {
	return func(p string) string {
		var c string
		if rel, ok := strings.CutPrefix(p, "/"); ok {
			c = contentAt(strings.TrimSuffix(rel, "/"))
		} else {
			c = besideOf(src, p)
		}
		out := publishedAt(c)
		if out == "" || path.Clean(c) != c {
			return ""
		}
		found := b[c]
		*probes = append(*probes, probe{c, found})
		if !found {
			return ""
		}
		return "/" + out
	}
}

// besideOf is the content path that rel, a path relative to the source
// src, names.
func besideOf(src, rel string) string { return path.Join(path.Dir(src), rel) }

// holds reports whether every probe finds in b what it found.
func (b beside) holds(probes []probe) bool {
	for _, p := range probes {
		if b[p.path] != p.found {
			return false
		}
	}
	return true
}

// linked returns the content paths of the files probes found, sorted and
// each once.
func linked(probes ...[]probe) []string {
	var out []string
	for _, list := range probes {
		for _, p := range list {
			if p.found {
				out = append(out, p.path)
			}
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// emitBeside publishes the content files at paths.
func emitBeside(fsys fs.FS, paths []string, add func(model.File) error) error {
	for _, p := range paths {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		if err := add(model.File{Path: publishedAt(p), Data: data}); err != nil {
			return err
		}
	}
	return nil
}
