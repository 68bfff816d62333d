package generator

import (
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// maxRemovedListed is how many removed addresses one warning names (the
// papers no source is known for); the rest are counted.
const maxRemovedListed = 5

// removedAddresses warns of the paper pages and pages of the site's own
// that the site in former (the destination before the build) published
// and the build, whose files are paths, removes: a paper given its arXiv
// id, or a page renamed, leaves its old address to a 404 unless an alias
// keeps it, and readers, search engines and other sites link to it. Only
// folder names are compared (one listing of former's papers/ and of its
// top), so a site of 100,000 papers pays a listing, not a read of its
// files. A day emptied is told by removedDays. had is
// formerPapers(former), and ids its feeds' ids (formerIDs). Nil when
// former is nil or holds no site.
func removedAddresses(former fs.FS, had map[string]bool, ids formerIDs, site *model.Site, paths map[string]bool, drafts map[string]string) []Problem {
	if former == nil {
		return nil
	}
	out := removedPapers(former, had, ids, site, paths, drafts)
	out = append(out, removedTopics(former, site, paths)...)
	return append(out, removedPages(former, site, paths, drafts)...)
}

// onPurpose ends the warning of n removals: what a curator who meant it does,
// which is to build once, as check, which fails on the warning, reads
// the site built before, and after that build it no longer has the
// address.
func onPurpose(n int) string {
	return "if " + pick(n, "it was", "they were") + " taken off on purpose, build once to publish that, and this is not told again"
}

// removedTopics warns of each folder of former's topics/ that held a
// page and that the build writes nothing into: a topic retired, renamed
// without its old slug in aliases:, or an alias taken off. Its feeds
// go with it, and their subscribers get no more items, which no 404
// tells them. A topic new in this build, when one went, is named as the
// likely one it became, at its line in site.yaml.
func removedTopics(former fs.FS, site *model.Site, paths map[string]bool) []Problem {
	gone, had := goneFolders(former, "topics", paths)
	if len(gone) == 0 {
		return nil
	}
	var added []*model.Topic
	for _, t := range site.Topics {
		if !had[t.Slug] {
			added = append(added, t)
		}
	}
	cfg := site.Config
	var out []Problem
	for _, name := range gone {
		what := fmt.Sprintf("topics/%s/ was published, with its RSS, Atom and JSON feeds (topics/%[1]s/feed.xml, atom.xml, feed.json), and this build removes them", name)
		harm := "readers' and other sites' links to the page would find nothing, and the feeds' subscribers would get no more items, with no error to tell them"
		if len(gone) == 1 && len(added) == 1 {
			t := added[0]
			i := slices.IndexFunc(cfg.Topics, func(c model.TopicConfig) bool { return c.Slug == t.Slug })
			if i < 0 {
				out = append(out, Problem{Kind: "removed", Path: cfg.Source, Msg: fmt.Sprintf(
					"%s, while the topic %s is new at topics/%[2]s/: %s; if %[2]s is the topic renamed, add it under topics: with the old slug as its alias, `%[2]s: {aliases: [%[4]s]}`, to keep the address (a page there sends readers on, with copies of the topic's feeds); %[5]s",
					what, t.Slug, harm, name, onPurpose(1))})
				continue
			}
			out = append(out, Problem{Kind: "removed", Path: cfg.Source, Line: cfg.Topics[i].Line, Msg: fmt.Sprintf(
				"%s, while the topic %s is new at topics/%[2]s/: %s; if %[2]s is the topic renamed, add `aliases: [%[4]s]` under it to keep the address (a page there sends readers on, with copies of the topic's feeds); %[5]s",
				what, t.Slug, harm, name, onPurpose(1))})
			continue
		}
		out = append(out, Problem{Kind: "removed", Path: cfg.Source, Msg: fmt.Sprintf(
			"%s, as no paper is on the topic %s now: %s; if its papers went to another topic, add %[2]s to that topic's aliases under topics: (`aliases: [%[2]s]`) to keep the address (a page there sends readers on, with copies of that topic's feeds); %[4]s",
			what, name, harm, onPurpose(1))})
	}
	return out
}

// formerPapers returns the names of the folders of former's papers/ (the
// paper pages the site in the destination published, and folders of
// files linked beside them), each true; nil when former is nil or has no
// papers/. One listing serves removedPapers and movedKeys, which a site
// of 100,000 papers would otherwise pay twice.
func formerPapers(former fs.FS) map[string]bool {
	if former == nil {
		return nil
	}
	entries, err := fs.ReadDir(former, "papers")
	if err != nil {
		return nil
	}
	had := make(map[string]bool, len(entries))
	for _, e := range entries {
		if e.IsDir() {
			had[e.Name()] = true
		}
	}
	return had
}

// removedPapers warns of each folder of former's papers/ that the build
// writes no page into (an alias's page keeps one). It names the paper
// that most likely was there: one whose file is still named after the
// old id, else the one paper new in this build when one paper went;
// the rest go in one warning at content/papers/. had is the folders of
// former's papers/ (formerPapers), and ids its feeds' ids (formerIDs).
func removedPapers(former fs.FS, had map[string]bool, ids formerIDs, site *model.Site, paths map[string]bool, drafts map[string]string) []Problem {
	var gone []string
	for name := range had {
		if p := "papers/" + name + "/"; !paths[p+"index.html"] && drafts[p] == "" && hasPage(former, p) {
			gone = append(gone, name)
		}
	}
	if len(gone) == 0 {
		return nil
	}
	slices.Sort(gone) // as the listing gave them
	byFile := map[string]*model.Paper{}
	var added []*model.Paper
	for _, p := range site.Papers {
		byFile[sourceName(p.Source)] = p
		if !had[p.Slug] {
			added = append(added, p)
		}
	}
	var out []Problem
	var unknown []string
	for _, slug := range gone {
		p := byFile[slug]
		if p == nil && len(gone) == 1 && len(added) == 1 {
			p = added[0]
		}
		if p == nil {
			unknown = append(unknown, slug)
			continue
		}
		line := cmp.Or(p.AliasesLine, p.IDLine, p.Line)
		out = append(out, Problem{Kind: "removed", Path: p.Source, Line: line, Msg: fmt.Sprintf(
			"papers/%s/ was published and this build removes it, while this paper's page is now papers/%s/: readers' and other sites' links to the old address would find nothing; "+
				"if this is the paper that was there, add `aliases: [%s]` to keep the address (a page there sends readers on)%s", slug, p.Slug, slug, keptFeedID(ids, site.Config, p, slug))})
	}
	if len(unknown) > 0 {
		out = append(out, Problem{Kind: "removed", Path: "content/papers", Msg: fmt.Sprintf(
			"%s published and this build removes %s, as no paper has %s id now: if a paper was renamed (given its arXiv id), add the old id to its aliases, `aliases: [%s]`, to keep the address; %s",
			listed(unknown, "papers/", "/"), pick(len(unknown), "it", "them"), pick(len(unknown), "its", "their"), unknown[0], onPurpose(len(unknown)))})
	}
	return out
}

// keptFeedID is the end of the warning of the paper p's former page
// papers/<slug>/ removed when the feeds of the site in former gave its
// items an id the build now changes (the id is made from the page's
// address): the feed_id: that keeps it, which the next build, with the
// alias added, would ask for too, but only while the former feeds are
// there to read. ids are the former feeds' ids (formerIDs). "" when p
// has a feed_id: or the feeds had no such item.
func keptFeedID(ids formerIDs, cfg *model.Config, p *model.Paper, slug string) string {
	if p.FeedID != "" {
		return ""
	}
	home, had := ids()
	was, ok := had[model.EscapePath("papers/"+slug+"/")]
	if !ok || !sameIDBase(home, had, cfg) {
		return ""
	}
	return fmt.Sprintf(", and `feed_id: %s`, which keeps the id its feed items had: without it every feed reader shows the paper again as new", feedIDLine(was, cfg, home))
}

// removedPages warns of each folder at former's top that held a page
// (an index.html) and that the build writes nothing into, leaving out
// the folders the build fills itself (model.Sections): a page of the
// site's own renamed or removed, or an alias taken off. A page new in
// this build, when one went, is named as the likely one it became.
func removedPages(former fs.FS, site *model.Site, paths map[string]bool, drafts map[string]string) []Problem {
	entries, err := fs.ReadDir(former, ".")
	if err != nil {
		return nil
	}
	tops := map[string]bool{}
	for p := range paths {
		if i := strings.IndexByte(p, '/'); i > 0 {
			tops[p[:i]] = true
		}
	}
	had := map[string]bool{}
	var gone []string
	for _, e := range entries {
		name := e.Name()
		had[name] = true
		if !e.IsDir() || tops[name] || slices.Contains(model.Sections, name) || drafts[name+"/"] != "" {
			continue
		}
		if hasPage(former, name+"/") {
			gone = append(gone, name)
		}
	}
	var added []*model.Page
	for _, p := range site.Pages {
		if top, _, _ := strings.Cut(p.Slug, "/"); !had[top] {
			added = append(added, p)
		}
	}
	var out []Problem
	for _, name := range gone {
		if len(gone) == 1 && len(added) == 1 {
			p := added[0]
			out = append(out, Problem{Kind: "removed", Path: p.Source, Line: cmp.Or(p.AliasesLine, p.Line), Msg: fmt.Sprintf(
				"/%s/ was published and this build removes it, while this page is new at /%s/: readers' and other sites' links to the old address would find nothing; "+
					"if this page was there, add `aliases: [/%[1]s/]` to keep the address (a page there sends readers on)", name, p.Slug)})
			continue
		}
		out = append(out, Problem{Kind: "removed", Path: "content/pages", Msg: fmt.Sprintf(
			"/%s/ was published and this build removes it: if a page of content/pages/ was renamed, add `aliases: [/%[1]s/]` to it to keep the address (a page there sends readers on); %s", name, onPurpose(1))})
	}
	return out
}

// sourceName is the name a source file gives its paper: its file's name
// without .md, or its folder's for a bundle (x/index.md).
func sourceName(src string) string {
	name := strings.TrimSuffix(path.Base(src), ".md")
	if name == "index" || name == "_index" {
		name = path.Base(path.Dir(src))
	}
	return name
}

// listed names up to maxRemovedListed of names, each between before and
// after, and counts the rest: "papers/a/, papers/b/ and 3 more were".
func listed(names []string, before, after string) string {
	var shown []string
	for _, n := range names[:min(len(names), maxRemovedListed)] {
		shown = append(shown, before+n+after)
	}
	s := strings.Join(shown, ", ")
	if rest := len(names) - len(shown); rest > 0 {
		s += fmt.Sprintf(" and %d more", rest)
	}
	return s + pick(len(names), " was", " were")
}

// pick returns one when n is 1, else many.
func pick(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// goneFolders returns the names of the folders of former's dir
// ("days") that held a page (hasPage) into which the build, whose files
// are paths, writes none, in order, and the names of every entry of dir;
// both nil when former is nil or has no dir.
func goneFolders(former fs.FS, dir string, paths map[string]bool) (gone []string, had map[string]bool) {
	if former == nil {
		return nil, nil
	}
	entries, err := fs.ReadDir(former, dir)
	if err != nil {
		return nil, nil
	}
	had = make(map[string]bool, len(entries))
	for _, e := range entries {
		had[e.Name()] = true
		if p := dir + "/" + e.Name() + "/"; e.IsDir() && !paths[p+"index.html"] && hasPage(former, p) {
			gone = append(gone, e.Name())
		}
	}
	return gone, had
}

// hasPage reports whether the folder dir of former ("papers/x/") holds a
// page, its index.html: a folder of files linked beside the papers
// (papers/figures/) had none, and no alias is to keep it.
func hasPage(former fs.FS, dir string) bool {
	_, err := fs.Stat(former, dir+"index.html")
	return err == nil
}
