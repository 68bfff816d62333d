package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// siteNearby returns an error that says where the site is when dir has no
// content/site.yaml but is a folder inside a site (content/, or
// content/papers/, where a curator's editor has its terminal), holds the
// site's settings under another name (misnamedConfig), or has a site one
// folder down (the folder new site made, before a cd into it); or nil.
// The settings under another name are a source error at that file (from
// dir), which GitHub Actions shows there once the command wraps it
// (onSite). A dir that is not a folder at all (a typo in --source, a site
// not made yet) is an error that names it: serve would otherwise show
// "not found" until restarted, as it cannot watch a folder that is not
// there.
func siteNearby(dir string) error {
	if _, ok := siteYAML(dir); ok {
		return nil
	}
	if info, err := os.Stat(dir); errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("%s: no such folder; pass --source the folder of a site (the one with content/site.yaml), or start a site there: paperboy new site %[1]s", dir)
	} else if err == nil && !info.IsDir() {
		return fmt.Errorf("%s: is a file, not a folder; pass --source the folder of a site (the one with content/site.yaml)", dir)
	}
	want := filepath.Join(dir, filepath.FromSlash(load.Config))
	if up := siteAbove(dir); up == "." {
		return fmt.Errorf("%s: not found: %s is a folder inside the site in the current folder; pass --source . or leave --source out", want, dir)
	} else if up != "" {
		return fmt.Errorf("%s: not found: this folder is inside the site %s; run paperboy there (cd %[2]s), or pass --source %[2]s", want, up)
	}
	if got := misnamedConfig(dir); got != "" {
		return misnamedError(dir, got)
	}
	below := sitesBelow(dir)
	switch len(below) {
	case 0:
		return nil
	case 1:
		return fmt.Errorf("%s: not found, but %s%c is a site: cd %[2]s, or pass --source %[2]s", want, below[0], filepath.Separator)
	}
	named := make([]string, len(below))
	for i, p := range below {
		named[i] = p + string(filepath.Separator)
	}
	return fmt.Errorf("%s: not found, but %s are sites: cd into the one to work on, or pass --source with it (--source %s)", want, textutil.List(named), below[0])
}

// misnamedConfig returns the slash path from dir of the file that holds
// what content/site.yaml should, under a name paperboy does not read:
// content/site.yml, or either name in other letter case (content/Site.yaml,
// as a phone capitalises a name typed in GitHub's web pages), either in
// a content/ folder in other letter case (Content/site.yaml, as a Mac's
// Finder names a folder), or one beside content/ (site.yaml); or "".
func misnamedConfig(dir string) string {
	folders := []string{"content"}
	if c := caseOfContent(dir); c != "" {
		folders = append(folders, c)
	}
	for _, folder := range append(folders, ".") {
		entries, _ := os.ReadDir(filepath.Join(dir, folder))
		for _, e := range entries {
			p := path.Join(folder, e.Name())
			if name := strings.ToLower(e.Name()); name != "site.yaml" && name != "site.yml" || p == load.Config {
				continue
			}
			if info, err := os.Stat(filepath.Join(dir, filepath.FromSlash(p))); err == nil && info.Mode().IsRegular() {
				return p
			}
		}
	}
	return ""
}

// caseOfContent returns the name of the folder of dir that is content/
// in other letter case (Content/), or "": a Mac's or Windows's disk finds
// content/ there, and Linux, where GitHub Actions builds the site, does
// not.
func caseOfContent(dir string) string {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.IsDir() && e.Name() != "content" && strings.EqualFold(e.Name(), "content") {
			return e.Name()
		}
	}
	return ""
}

// misnamedError is the error for got, the settings of the site in dir
// under a name paperboy does not read (misnamedConfig): a source error at
// got that says to rename or move it to content/site.yaml, with git mv in
// a git repository (a phone's upload is in one), mv elsewhere.
func misnamedError(dir, got string) error {
	from, want := filepath.Join(dir, filepath.FromSlash(got)), filepath.Join(dir, filepath.FromSlash(load.Config))
	mv := "mv "
	if top, _ := findRepo(dir); top != "" {
		mv = "git mv "
	}
	if folder, _, _ := strings.Cut(got, "/"); folder != "content" && strings.EqualFold(folder, "content") {
		from, want := filepath.Join(dir, folder), filepath.Join(dir, "content")
		return diag.Errorf(folder+"/", 0, "paperboy reads the site from %s%c, in lower case, not from this folder: a Mac's or Windows's disk finds it under either name, but Linux, where GitHub Actions builds the site, does not; rename it: %s%s %s", want, filepath.Separator, mv, from, want)
	}
	move := "rename it: " + mv + from + " " + want
	if path.Dir(got) != path.Dir(load.Config) {
		move = "move it there: " + mv + from + " " + want
		if _, err := os.Stat(filepath.Dir(want)); err != nil {
			move = "move it there: mkdir " + filepath.Dir(want) + " && " + mv + from + " " + want
		}
	}
	return diag.Errorf(got, 0, "paperboy reads the site's settings from %s, not from this file; %s", want, move)
}

// siteAbove returns the path from the current folder (fromHere, as
// --source and cd take it, not from dir) to the nearest of dir's parents,
// at most four up, that is a site folder, or "".
func siteAbove(dir string) string {
	start, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for up, i := filepath.Dir(start), 0; i < 4; up, i = filepath.Dir(up), i+1 {
		if _, ok := siteYAML(up); ok {
			if rel, err := filepath.Rel(start, up); err == nil {
				return fromHere(dir, rel)
			}
			return up
		}
		if filepath.Dir(up) == up { // the root
			break
		}
	}
	return ""
}

// sitesBelow returns the paths of dir's folders (not hidden ones) that
// are site folders, in name order.
func sitesBelow(dir string) []string {
	entries, _ := os.ReadDir(dir)
	var out []string
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".") {
			continue
		}
		p := filepath.Join(dir, e.Name())
		if _, ok := siteYAML(p); ok {
			out = append(out, p)
		}
	}
	return out
}
