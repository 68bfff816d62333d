package index

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// aliasFile is one file that an alias, or a page of the site's own, has
// the build write outside the folders it fills itself (model.Sections):
// a page (a folder's index.html, or the .html file an address names), a
// copy of a topic's RSS feed at index.xml in the topic's former address
// elsewhere or at an entry of feedAliases in its folder, or a copy of the
// site's RSS feed at another entry of feedAliases.
type aliasFile struct {
	path string // from the site's root: "tags/llm/index.xml"
	// of says what writes it, after "is": "an alias of content/papers/a.md".
	of string
	// page is set for a page of content/pages/ (its address or alias),
	// whose clashes with another such page pages tells.
	page bool
	// feed is set for a copy of a feed, which the alias writes beside
	// its page.
	feed bool
}

// aliasFiles are the files claimed so far, by folded path (one file on
// a Mac's or Windows's disk), and the folders above them.
type aliasFiles struct {
	files   map[string]aliasFile
	folders map[string]aliasFile // a folder above a file → the file
}

// claim adds f and returns the file claimed before that f's path would
// take, whole or as a file's name where a folder is (or the reverse),
// and whether there is one; f is not added then.
func (c *aliasFiles) claim(f aliasFile) (aliasFile, bool) {
	k := filename.Fold(f.path)
	if had, ok := c.files[k]; ok {
		return had, true
	}
	if had, ok := c.folders[k]; ok {
		return had, true
	}
	for d := k; strings.Contains(d, "/"); {
		d = d[:strings.LastIndexByte(d, '/')]
		if had, ok := c.files[d]; ok {
			return had, true
		}
	}
	c.files[k] = f
	for d := k; strings.Contains(d, "/"); {
		d = d[:strings.LastIndexByte(d, '/')]
		if _, ok := c.folders[d]; !ok {
			c.folders[d] = f
		}
	}
	return aliasFile{}, false
}

// pageFile is the file of the page at v, a former address kept without
// its slashes: the .html file it names, or its folder's index.html.
func pageFile(v string) string {
	if model.IsPageFile(v) {
		return v
	}
	return v + "/index.html"
}

// clash says that what, at v (an address), cannot write f beside had:
// at one address, it "is" had "too", as the messages of two pages at
// one address say (or its copy of a feed is); else one's file would be
// the other's folder.
func clash(what, v string, f, had aliasFile) string {
	switch {
	case filename.Fold(f.path) != filename.Fold(had.path):
	case f.feed:
		return fmt.Sprintf("%s %s would write a copy of the feed at /%s, which is %s too; keep it on one of the two", what, v, f.path, had.of)
	default:
		return fmt.Sprintf("%s %s is %s too; keep it on one of the two", what, v, had.of)
	}
	return fmt.Sprintf("%s %s would write /%s, and /%s is %s: a name on the disk is a file or a folder, not both, so one of the two would be lost; keep one of them",
		what, v, f.path, had.path, had.of)
}

// redirectClashes reports every alias, and page of the site's own, that
// would write a file where another is written (aliasFile): at one
// address, in letter case or not, or at a name that one of them needs as
// a file and the other as a folder, as a paper's alias at
// /tags/llm/index.xml/ next to the topic whose alias /tags/llm/ keeps a
// copy of its feed at /tags/llm/index.xml. Each is told at the line of
// the one that comes later, in the order site.yaml's feedAliases and
// topics' aliases, pages, papers, days; a paper's or a day's alias that
// clashes is dropped. Two pages at one address are pages' to tell.
func redirectClashes(cfg *model.Config, papers []*model.Paper, pages []*model.Page, days []*model.Day, errs *diag.List) {
	c := aliasFiles{files: map[string]aliasFile{}, folders: map[string]aliasFile{}}
	at := func(line int) string { return fmt.Sprintf("%s:%d", cfg.Source, line) }
	for i, a := range cfg.FeedAliases {
		line := lineAt(cfg.FeedAliasLines, i)
		f := aliasFile{path: a, of: "the copy of the site's RSS feed that feedAliases: keeps (" + at(line) + ")"}
		if had, ok := c.claim(f); ok {
			errs.Add(cfg.Source, line, "%s", clash("feedAliases: entry", "/"+a, f, had))
		}
	}
	for _, t := range cfg.Topics {
		for i, a := range t.FeedAliases {
			line := lineAt(t.FeedAliasLines, i)
			f := aliasFile{path: a, of: "the copy of the topic " + t.Slug + "'s RSS feed that feedAliases: keeps (" + at(line) + ")"}
			if had, ok := c.claim(f); ok {
				errs.Add(cfg.Source, line, "%s", clash("feedAliases: entry", "/"+a, f, had))
			}
		}
	}
	for _, t := range cfg.Topics {
		for i, a := range t.Redirects {
			line := cmp.Or(lineAt(t.RedirectLines, i), t.Line)
			for _, f := range []aliasFile{
				{path: pageFile(a), of: "an alias of the topic " + t.Slug + " in " + cfg.Source},
				{path: a + "/index.xml", of: "the copy of the topic " + t.Slug + "'s RSS feed that its alias " + model.Slashed(a) + " keeps for the subscribers of that address (" + at(line) + ")", feed: true},
			} {
				if had, ok := c.claim(f); ok {
					errs.Add(cfg.Source, line, "topic %q: %s", t.Slug, clash("alias", model.Slashed(a), f, had))
					break
				}
			}
		}
	}
	for _, p := range pages {
		claim := func(v string, line int, what, of string) {
			f := aliasFile{path: pageFile(v), of: of + p.Source, page: true}
			if had, ok := c.claim(f); ok && !(had.page && filename.Fold(had.path) == filename.Fold(f.path)) {
				errs.Add(p.Source, line, "%s", clash(what, model.Slashed(v), f, had))
			}
		}
		claim(p.Slug, p.Line, "the page's address", "the address of ")
		for _, a := range p.Aliases {
			claim(a, cmp.Or(p.AliasLines[a], p.AliasesLine), "its alias", "an alias of ")
		}
	}
	// keep drops each of redirects, source's, whose page another has,
	// telling it at its line of aliasLines (by "/"+alias), else aliasesLine.
	keep := func(source string, redirects []string, aliasLines map[string]int, aliasesLine int) []string {
		return slices.DeleteFunc(redirects, func(a string) bool {
			f := aliasFile{path: pageFile(a), of: "an alias of " + source}
			had, ok := c.claim(f)
			if ok {
				errs.Add(source, cmp.Or(aliasLines["/"+a], aliasesLine), "%s", clash("alias", fmt.Sprintf("%q", model.Slashed(a)), f, had))
			}
			return ok
		})
	}
	for _, p := range papers {
		p.Redirects = keep(p.Source, p.Redirects, p.AliasLines, p.AliasesLine)
	}
	for _, d := range days {
		d.Redirects = keep(d.Source, d.Redirects, d.AliasLines, d.AliasesLine)
	}
}

// lineAt is lines[i], or 0 when lines is shorter.
func lineAt(lines []int, i int) int {
	if i < len(lines) {
		return lines[i]
	}
	return 0
}
