package generator

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"time"

	"github.com/yuin/goldmark/util"
	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/linkcheck"
	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// linkAt is a link a source writes: the source, the line, and the link
// as its page has it, unescaped.
type linkAt struct {
	path string
	line int
	url  string
}

// brokenLinks warns of each link that the Markdown of the site's papers,
// days and pages writes to a file of the site that is not there: a file
// beside the sources (![Chart](figures/chat.png)), another source
// (../papers/2106.0968.md, or a draft's) or a path from the site's root
// (/papers/nope/). files has the path of every output file. The words
// are check's (linkProblem), and the links warned of are returned for
// check, so that it does not report them again.
//
// Its work is proportional to the links the sources write, not to the
// pages: the parse noted, for each source, the links that named no file
// beside the sources to publish (unfound); a source's Markdown is parsed
// again, for its links' lines, only when one of those names no output
// file either (and a paper file's read again when a streamed build
// dropped it). A relative link that leaves content/ is checked as its
// page has it, which may name a page so (../../days/2024-06-03/ from a
// paper's), and told what to write when it names none (outside: a file
// of the output folder, ../../public/feed.xml, is /feed.xml). Links to
// other sites and to a #fragment are left to check, which reads the
// pages; those of raw HTML (markdown.Renderer.Links) are warned of as
// Markdown's.
func brokenLinks(fsys fs.FS, site *model.Site, b beside, unfound []sourceLink, sourcePages, drafts map[string]string, files map[string]bool) ([]Problem, map[linkAt]bool) {
	suspect := map[string]bool{}
	for _, l := range unfound {
		if !suspect[l.src] && !names(l.link, sourcePages, files) {
			suspect[l.src] = true
		}
	}
	if len(suspect) == 0 {
		return nil, nil
	}
	cfg, b := site.Config, b.withPapers(site.Papers)
	md := newMarkdown(cfg, nil) // for its links only
	var out []Problem
	warned := map[linkAt]bool{}
	markdownSources(site, func(src, body string, first int, inline bool) {
		if !suspect[src] {
			return
		}
		if body == "" && !inline {
			body = bodyOf(fsys, src, first) // a streamed build dropped it
		}
		own := sourcePages[norm.NFC.String(src)] + "index.html"
		pageLinks(md, cfg, b, sourcePages, src, body, first, inline, func(u, as string, line int, _ bool) {
			if u == "" || strings.HasPrefix(u, "#") || strings.HasPrefix(u, "//") || textutil.HasScheme(u) {
				return
			}
			if _, ok := target(src, u); !strings.HasPrefix(u, "/") && !ok {
				return
			}
			_, _, msg := linkcheck.Resolve(own, u, cfg.BasePath(), files)
			k := linkAt{src, line, unescaped(u)}
			if msg == "" || warned[k] {
				return
			}
			warned[k] = true
			out = append(out, linkProblem(fsys, b, cfg, drafts, files, src, line, u, as, msg, ""))
		})
	})
	sortByLine(out)
	return out, warned
}

// isBrokenLink reports whether p, one of the build's warnings, is
// brokenLinks'.
func isBrokenLink(p Problem) bool { return p.Kind == "link" }

// bodyOf reads the Markdown body of the paper file src, which starts on
// its line first, again, with its line endings made LF as the parse read
// it (a lone CR ends a line too); "" when the file does not read.
func bodyOf(fsys fs.FS, src string, first int) string {
	data, err := fs.ReadFile(fsys, src)
	if err != nil {
		return ""
	}
	data = diag.Normalize(data)
	return string(data[lineOffset(data, first):])
}

// names reports whether l, a link that found no file beside the sources
// (unfoundLink), names a file of the site: a source's page, or the
// output file of a path from the site's root. A relative path that names
// no file names none.
func names(l string, sourcePages map[string]string, files map[string]bool) bool {
	switch {
	case strings.HasPrefix(l, "/"):
		_, ok := rootFile(l, files)
		return ok
	case l != "":
		page, ok := sourcePages[l]
		return ok && files[page+"index.html"]
	}
	return false
}

// pageLinks calls visit with each link and image of body, the Markdown
// of the source src that starts at its line first (inline: an inline
// paper's abstract, see bodyLine), as the source's page has it (u), as
// the source writes it (as) and at its line: on the page, a path from
// the site's root is under the base path, a link to another source is
// the address of its page (sourcePages), and a javascript: or data: link
// is empty and dropped (the build warns of it: markdown.Check). A link to a file beside the sources that the build
// publishes is left out: the page has it at another address, which names
// the file.
func pageLinks(md *markdown.Renderer, cfg *model.Config, b beside, sourcePages map[string]string, src, body string, first int, inline bool, visit func(u, as string, line int, dropped bool)) {
	if src == "" || !strings.ContainsAny(body, "[<") {
		return
	}
	for _, l := range md.Links([]byte(body)) {
		line := bodyLine(first, l.Line, inline)
		if l.Dropped {
			visit("", l.Written, line, true)
			continue
		}
		if c, ok := target(src, l.Dest); ok {
			if b.files[c] != "" {
				continue
			}
			src := b.source(c)
			page, found := sourcePages[src]
			if !found && src == "" {
				page = dayPage(c)
				found = page != ""
			}
			if found {
				u := cfg.Rel(page)
				if _, frag, _ := strings.Cut(l.Dest, "#"); frag != "" {
					u += "#" + string(util.URLEscape([]byte(frag), true))
				}
				visit(u, l.Written, line, false)
				continue
			}
		}
		visit(string(util.URLEscape([]byte(l.Dest), true)), l.Written, line, false)
	}
}

// missingFile is the file of the site that msg, linkcheck's words for a
// broken link, says is not there; "" when it says otherwise.
func missingFile(msg string) string {
	if f, ok := strings.CutPrefix(msg, "no such file "); ok {
		return f
	}
	return ""
}

// shownFile is the file f as a message names it: a page by its folder
// (topics/llm/).
func shownFile(f string) string {
	if page, ok := strings.CutSuffix(f, "index.html"); ok && page != "" {
		return page
	}
	return f
}

// linkProblem is the problem of the link u, as the page has it, that the
// source src writes at line as as (quoted, as the curator wrote it; u
// when "") and that msg (linkcheck's words) says is broken: why, and what to do, for a file beside the sources (explain)
// and a page left out, a draft's or a paper's no day lists (drafts, see
// unpublishedPages); seenOn names the page it is broken on
// when that is not the source's own; files, when not nil, has the path
// of every output file, for a link from the root that the base path's
// name in front of it hid (baseTwice). Build and check both word broken
// links with it.
func linkProblem(fsys fs.FS, b beside, cfg *model.Config, drafts map[string]string, files map[string]bool, src string, line int, u, as, msg, seenOn string) Problem {
	if as == "" {
		as = u
	}
	p := Problem{Kind: "link", Path: src, Line: line, Msg: fmt.Sprintf("the link %s is broken: %s%s; fix it or remove it", as, msg, seenOn)}
	if u == "" {
		p.Msg = fmt.Sprintf("a link or image with an empty address, which goes nowhere%s; write its address, or remove it", seenOn)
	} else if strings.HasPrefix(msg, "no element with id") {
		// The page is there; its part is not.
		if day, ok := missingDay(pagePath(cfg, u)); ok && strings.Contains(u, "#paper-") {
			_, frag, _ := strings.Cut(u, "#paper-")
			p.Msg = fmt.Sprintf("the link %s is broken: the day %s does not list the paper %s (taken off its list, or listed on another day)%s; link the paper's own page, or remove the link", as, day, frag, seenOn)
		}
	} else if why := b.explain(fsys, src, u); why != "" {
		p.Msg = fmt.Sprintf("the link %s is broken: %s", as, why)
	} else if why := outside(fsys, cfg, src, u, files); why != "" {
		p.Msg = fmt.Sprintf("the link %s is broken: %s", as, why)
	} else if f := unmovedFile(cfg, missingFile(msg), files); f != "" {
		p.Msg = fmt.Sprintf("the link %s is broken: %s was the site's base path before it moved (feedIDBase: %s), and the site has no %s%s; write %s",
			as, cfg.FormerBasePath(), cfg.FeedIDBase, shownFile(missingFile(msg)), seenOn, linkTo(cfg, as, f))
	} else if f, why := meantFile(missingFile(msg), files); f != "" {
		p.Msg = fmt.Sprintf("the link %s is broken: the site has no %s, only %s%s: %s; write %s", as, shownFile(missingFile(msg)), shownFile(f), seenOn, why, linkTo(cfg, as, f))
	} else if why, ok := drafts[pagePath(cfg, u)]; ok {
		p.Msg = fmt.Sprintf("the link %s is broken: %s, or remove the link", as, why)
	} else if per, ok := periodOf(pagePath(cfg, u)); ok {
		p.Msg = fmt.Sprintf("the link %s is broken: %s", as, per.lacking(files))
	} else if id, near := nearestPaper(pagePath(cfg, u), files); near != "" {
		p.Msg = fmt.Sprintf("the link %s is broken: the site has no paper %s; did you mean %s (%s)? Fix the link, or remove it", as, id, near, cfg.Rel("papers/"+near+"/"))
	} else if fix := unusedThemeFix(fsys, cfg, msg); fix != "" {
		p.Msg = fmt.Sprintf("the link %s is broken: %s%s%s", as, msg, seenOn, fix)
	} else if baseTwice(cfg, u, files) {
		bp := cfg.BasePath()
		p.Msg = fmt.Sprintf("the link %s is broken: it starts with the base path %s, so it is read as a link already below it, to %s, which is not there; "+
			"for the site's %s write a relative link to its source .md (the build links its page), or %s%s",
			u, bp, strings.TrimPrefix(u, strings.TrimSuffix(bp, "/")), u, bp, strings.TrimPrefix(u, "/"))
	}
	return p
}

// unusedThemeFix says, of a file msg (linkcheck's words) says the site
// lacks, that a theme folder site.yaml does not name has it in static/,
// and how to name it, after msg; "" when none has it. A Hugo site's static/ moved
// into themes/mine/ before `theme: mine` is set breaks every image so.
func unusedThemeFix(fsys fs.FS, cfg *model.Config, msg string) string {
	file, ok := strings.CutPrefix(msg, "no such file ")
	dir := themefs.Unused(fsys, cfg.Themes, "static/"+file)
	if !ok || dir == "" {
		return ""
	}
	name := strings.TrimPrefix(dir, "themes/")
	set := fmt.Sprintf("`theme: %s`", name)
	if len(cfg.Themes) > 0 {
		set = fmt.Sprintf("`theme: [%s, %s]`", strings.Join(cfg.Themes, ", "), name)
	}
	return fmt.Sprintf(", but %s/static/%s has it, and no build reads %s/, as %s names no theme %s; set %s in %s", dir, file, dir, cfg.Source, name, set, cfg.Source)
}

// baseTwice reports whether u, a broken link from the site's root that
// starts with the base path ("/papers/2106.09685/" under /papers/), would
// name an output file of files if it had the base path in front: a root
// link the curator wrote without the base path, whose first folder has
// the base path's name, so it was taken for one written with it.
func baseTwice(cfg *model.Config, u string, files map[string]bool) bool {
	bp := cfg.BasePath()
	if files == nil || bp == "/" || !strings.HasPrefix(u, bp) {
		return false
	}
	_, ok := rootFile(u, files)
	return ok
}

// rootFile returns the file of files (every output file) that the path
// p from the site's root names, a folder by its index.html, and whether
// one does.
func rootFile(p string, files map[string]bool) (string, bool) {
	f, _, msg := linkcheck.Resolve("index.html", p, "/", files)
	return f, msg == ""
}

// missingDay returns the date of page when it is the path of a day's
// page (days/2099-01-01/), as a broken link names one.
func missingDay(page string) (string, bool) {
	day, ok := strings.CutPrefix(page, "days/")
	day = strings.TrimSuffix(day, "/")
	if _, err := time.Parse(time.DateOnly, day); !ok || err != nil {
		return "", false
	}
	return day, true
}

// nearestPaper returns the id of page, the path of a paper's page
// (papers/2506.1192/) that a broken link names, and the id of the paper
// of the site nearest to it, of those files (every output file) has a
// page of; "" when it names no paper's page, or none is near.
func nearestPaper(page string, files map[string]bool) (id, near string) {
	id, ok := strings.CutPrefix(strings.TrimSuffix(page, "/"), "papers/")
	if !ok || id == "" || strings.Contains(id, "/") || files == nil {
		return "", ""
	}
	var ids []string
	for f := range files {
		if rest, ok := strings.CutPrefix(f, "papers/"); ok {
			if other, ok := strings.CutSuffix(rest, "/index.html"); ok && !strings.Contains(other, "/") {
				ids = append(ids, other)
			}
		}
	}
	slices.Sort(ids) // of ids as near, Suggest takes the first
	return id, diag.Suggest(id, ids)
}
