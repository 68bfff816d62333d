package generator

import (
	"fmt"
	"io/fs"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// unchanged splits changed into the paths that may change what the
// published site was built from (read), and says why the others do not
// (why, "" when each may): each of those is a file of a theme site.yaml
// does not use (unusedTheme), a file of content/ that no build reads
// (unreadContent), or a paper file, a day file or site.yaml saved with
// the bytes the published site read (sameBytes). A build of the sources
// makes from them what the published site has, byte for byte: with none
// read there is nothing to rebuild, and with some, the rebuild is what
// those alone would take (a real edit saved with an unused theme's file
// or a note takes its quick path).
func (l *Live) unchanged(changed []string) (read []string, why string) {
	var by map[string]*model.Paper // bySource, made for the first paper file
	dropped := 0
	for _, c := range changed {
		rel := l.relative(c)
		w := l.unusedTheme(rel)
		if w == "" {
			w = l.unreadContent(rel)
		}
		if w == "" && (rel == load.Config || strings.HasPrefix(rel, "content/papers/") || strings.HasPrefix(rel, "content/days/")) {
			if by == nil && strings.HasPrefix(rel, "content/papers/") {
				by = l.bySource()
			}
			w = l.sameBytes(c, rel, by)
		}
		if w == "" {
			read = append(read, c)
			continue
		}
		if dropped++; why == "" {
			why = w
		}
	}
	if n := dropped - 1; n > 0 {
		why += fmt.Sprintf(" (and %d more %s that change%s nothing either)", n, textutil.Word(n, "file", "files"), textutil.Word(n, "s", ""))
	}
	return read, why
}

// unusedTheme says why the file at the slash path rel is in no theme the
// site uses: it is below themes/<name>/, a folder site.yaml's theme:
// does not name (in any letter case or Unicode form, as a Mac's disk
// matches names) nor reaches through a symbolic link, by no link on its
// own path, and is not its theme.toml (whose presence makes a Hugo or
// Zola theme's warning, hugoPlaces). It returns "" otherwise.
func (l *Live) unusedTheme(rel string) string {
	name, rest, ok := strings.Cut(strings.TrimPrefix(rel, "themes/"), "/")
	if !strings.HasPrefix(rel, "themes/") || !ok || rest == "" || filename.Fold(rest) == "theme.toml" {
		return ""
	}
	if slices.ContainsFunc(l.site.Config.Themes, func(t string) bool { return filename.Fold(t) == filename.Fold(name) }) {
		return ""
	}
	if hasLink(l.opts.Site, rel) {
		return ""
	}
	// A used theme's folder that is a link (a theme kept in a repository
	// of its own) might lead into this folder, or this one into it.
	dir, err := filepath.EvalSymlinks(filepath.Join(l.root, "themes", name))
	for _, t := range l.site.Config.Themes {
		if !hasLink(l.opts.Site, "themes/"+t) {
			continue
		}
		used, terr := filepath.EvalSymlinks(filepath.Join(l.root, "themes", t))
		if err != nil || terr != nil || filename.Within(used, dir) || filename.Within(dir, used) {
			return ""
		}
	}
	return rel + " is in themes/" + name + "/, a theme site.yaml does not use"
}

// unreadContent says why no build reads the file at the slash path rel of
// content/: a file at the top of content/ but site.yaml (and Hugo's
// _index.md, whose presence the build tells, a paper, which the build
// tells to move, and a file the published site's warnings name), or a
// file in a folder of
// content/ that is none of the sources' (content/notes/, which the build
// names in a warning, or content/_drafts/, which it skips). It returns ""
// otherwise, and when the published site has a source or a file beside
// the sources that is a symbolic link, which may lead to rel, or rel has
// one on its path (which may lead to the sources).
func (l *Live) unreadContent(rel string) string {
	rest, ok := strings.CutPrefix(rel, "content/")
	if !ok || rest == "" || l.links || hasLink(l.opts.Site, rel) {
		return ""
	}
	top, below, inFolder := strings.Cut(rest, "/")
	if slices.ContainsFunc(append([]string{"site.yaml", "_index.md"}, sourceFolders...), func(s string) bool { return filename.Fold(s) == filename.Fold(top) }) {
		return ""
	}
	// A folder of content/ that is not skipped is named by a warning of
	// strayFolders: the published site's says it was one, and a file in
	// it changes nothing while it stays one (its own path would be
	// among the changed ones otherwise).
	stray := slices.ContainsFunc(l.warnings, func(w Problem) bool { return isStrayFolder(w) && w.Path == "content/"+top+"/" })
	// A paper, a day or settings at the top of content/ are named by a
	// warning of the build's (unreadAtTop), which this save may make or
	// take away.
	if !inFolder && (atTopAdvice(l.opts.Site, rel) != "" || slices.ContainsFunc(l.warnings, func(w Problem) bool { return w.Path == rel })) {
		return ""
	}
	info, err := fs.Lstat(l.opts.Site, "content/"+top)
	switch {
	case !inFolder && load.Skipped(top):
		return rel + " is skipped by every build (its name starts with . or _)"
	case !inFolder && !stray && (err != nil || !info.IsDir()):
		return "no build reads " + rel + ": only content/site.yaml is read at the top of content/"
	case inFolder && below != "" && load.Skipped(top):
		return "no build reads " + rel + ", in content/" + top + "/, which every build skips (its name starts with . or _)"
	case inFolder && below != "" && stray && err == nil && info.IsDir():
		return "no build reads " + rel + ": content/" + top + "/ is no folder of sources"
	}
	return ""
}

// sameBytes says that the file at the changed path c (rel, relative to
// the site) was saved with the bytes the published site read: a paper
// file whose front matter and body are the published ones (by, from
// bySource), a day file whose hash the published one's is, or
// site.yaml, whose hash the published configuration is. It returns ""
// otherwise.
func (l *Live) sameBytes(c, rel string, by map[string]*model.Paper) string {
	const same = " was saved as the site was built from it"
	switch {
	case rel == load.Config:
		data, err := fs.ReadFile(l.opts.Site, rel)
		if err != nil || l.opts.Cache.configHash(data, markdownLabels(l.words)) != l.config {
			return ""
		}
		return rel + same
	case strings.HasPrefix(rel, "content/days/"):
		sum, ok := l.daySums[rel]
		data, err := fs.ReadFile(l.opts.Site, rel)
		if !ok || err != nil || l.opts.Cache.sum(data) != sum {
			return ""
		}
		return rel + same
	}
	_, old, before, r, ok := l.reparse(c, by)
	if !ok || r.front != before || r.papers[0].Body != old.Body {
		return ""
	}
	return rel + same
}

// hasLink reports whether a file or folder on the slash path name of fsys,
// name itself included, is a symbolic link.
func hasLink(fsys fs.FS, name string) bool {
	for p := name; p != "." && p != "/"; p = path.Dir(p) {
		if info, err := fs.Lstat(fsys, p); err == nil && info.Mode()&fs.ModeSymlink != 0 {
			return true
		}
	}
	return false
}
