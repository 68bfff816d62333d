// Package index links parsed papers and days into the site graph.
//
// Input: the site configuration, every parsed paper and every day file.
// Output: a model.Site with days ranked (the day file's explicit order, then
// the papers dated on the day or in its listed: by upvotes descending, then id), previous/next links, ISO weeks and calendar
// months with their top papers, topics from front matter and from site.yaml
// keyword rules (KeywordRules, which the parse stage applies to each paper),
// authors with unique slugs, and the organizations that list papers on
// Hugging Face. Every list ends its order on an id, so the same sources
// always give the same site. Index reports every
// inconsistency between sources (duplicate ids, days naming papers that do
// not exist, papers without a day) as path:line errors, but none that only
// follows from a source an earlier stage failed (Options.Failed), and none
// about a draft it leaves out: a day that lists one goes without it.
package index

import (
	"cmp"
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/doi"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Options control what the index keeps.
type Options struct {
	Drafts bool // keep papers and pages marked draft: true

	// Pages are the site's own pages (content/pages/), which Build orders,
	// checks for clashes and gathers into the site's menus.
	Pages []*model.Page

	// Failed are the sources whose own errors an earlier stage reported
	// (they did not parse, or were too large to read): their papers are
	// not given to Build, and Build reports nothing that follows from that.
	Failed []Failed
}

// subjectClass is the subject class of an old arXiv id (GT of
// math.GT/0309136), or "".
func subjectClass(id string) string {
	archive, _, _ := strings.Cut(id, "/")
	_, class, _ := strings.Cut(archive, ".")
	return class
}

// Failed is a source file that failed before the index.
type Failed struct {
	Path  string   // the file
	Day   bool     // a day file: while one fails, a paper may lack the date it would give
	Known []string // the ids of the papers its front matter gave, as far as it parsed
}

// Build links papers and days into a Site.
func Build(cfg *model.Config, papers []*model.Paper, dayFiles []*model.Day, opts Options) (*model.Site, error) {
	var errs diag.List
	site := &model.Site{Config: cfg}
	byID := map[string]*model.Paper{}
	folded := map[string]*model.Paper{}    // slug case folded → its paper
	classless := map[string]*model.Paper{} // an old arXiv id without its subject class → its paper
	gone := absentees(opts.Failed)
	RenameAuthors(papers, cfg.AuthorNames)
	RenameOrganizations(papers, cfg.OrganizationNames)
	for _, p := range papers {
		if p.Draft && !opts.Drafts {
			gone.add(p.ID, p.Source)
			continue
		}
		first, dup := byID[p.ID]
		if other := classless[arxivid.WithoutClass(p.ArXiv)]; p.ArXiv != "" && !dup && other != nil {
			errs.Add(p.Source, p.Line, "paper id %q and the id %q of %s:%d are one arXiv paper, as an old arXiv id's subject class (.%s) is not part of it; keep one of the two files",
				p.ID, other.ID, other.Source, other.Line, cmp.Or(subjectClass(p.ArXiv), subjectClass(other.ArXiv)))
			gone.add(p.ID, p.Source)
			continue
		}
		if other := folded[filename.Fold(p.Slug)]; !dup && other != nil {
			why := "differ only in letter case, so macOS and Windows would hold their pages as one folder"
			if other.Slug == p.Slug { // cond-mat/0603029's page is cond-mat-0603029's
				why = "have one page, /papers/" + p.Slug + "/, as an old arXiv id's / is - in its page's address"
			}
			errs.Add(p.Source, p.Line, "paper id %q and the id %q of %s:%d %s; give each paper an id of its own", p.ID, other.ID, other.Source, other.Line, why)
			gone.add(p.ID, p.Source)
			continue
		}
		if !dup {
			byID[p.ID] = p
			folded[filename.Fold(p.Slug)] = p
			if strings.Contains(p.ArXiv, "/") {
				classless[arxivid.WithoutClass(p.ArXiv)] = p
			}
			continue
		}
		// Of two files with one id, the one named after it keeps it: the
		// other is the one whose id was changed or copied.
		// So does the original of a copy named as a browser names one.
		if fileID(p.Source) == p.Slug && fileID(first.Source) != first.Slug || filename.CopyOf(first.Source) == p.Source {
			byID[p.ID], first, p = p, p, first
		}
		if filename.CopyOf(p.Source) == first.Source {
			errs.Add(p.Source, p.Line, "paper id %q is already used by %s:%d: %s", p.ID, first.Source, first.Line, filename.CopyHint(p.Source, first.Source, true))
		} else {
			errs.Add(p.Source, p.Line, "paper id %q is already used by %s:%d; give each paper its own id, or delete one of the two", p.ID, first.Source, first.Line)
		}
		gone.add("", p.Source)
	}
	site.Papers = slices.SortedFunc(maps.Values(byID), func(a, b *model.Paper) int { return strings.Compare(a.ID, b.ID) })
	aliasClashes(site.Papers, folded, &errs)
	citeKeyClashes(site.Papers, &errs)
	pastedAliases(site.Config, site.Papers, opts.Pages, dayFiles, &errs)
	basePathAliases(site.Config, site.Papers, opts.Pages, dayFiles, &errs)
	site.Pages, site.Menus = pages(opts.Pages, opts.Drafts, &errs)

	site.Days = days(site.Papers, byID, dayFiles, gone, &errs)
	site.Unlisted = unlisted(dayFiles, site.Days)
	// A paper no day lists (removed: from its only day) is not published:
	// no page, and no place in any list, index or feed.
	site.Papers = slices.DeleteFunc(site.Papers, func(p *model.Paper) bool { return len(p.Days) == 0 })
	dayAliasClashes(site.Days, &errs)
	redirectClashes(site.Config, site.Papers, site.Pages, site.Days, &errs)
	// The calendar, the topics and the authors each read the days and the
	// papers and write fields of their own (a day's Week and Month, a
	// paper's TopicRefs, its AuthorRefs), so they are built side by side:
	// at 100,000 papers the authors alone take half a second.
	var wg sync.WaitGroup
	wg.Go(func() {
		site.Weeks = weeks(site.Days, cfg.TopSize)
		site.Months = months(site.Days, cfg.TopSize)
	})
	wg.Go(func() { site.Topics = topics(cfg.Topics, site.Papers, cfg.Language) })
	site.Authors = authors(site.Papers, cfg.AuthorNames)
	site.Organizations = organizations(site.Papers, cfg.OrganizationNames)
	wg.Wait()
	return site, errs.Err()
}

// RenameAuthors shows each author's name as site.yaml's authorNames:
// spells it: "Juergen Schmidhuber", as a source writes it, is "Jürgen
// Schmidhuber" wherever the paper is shown and cited. Build renames the
// papers it links; serve's quick rebuild the new parse of a paper file.
func RenameAuthors(papers []*model.Paper, names map[string]string) {
	if len(names) == 0 {
		return
	}
	for _, p := range papers {
		cloned := false
		for i, a := range p.Authors {
			if to, ok := names[norm.NFC.String(a)]; ok {
				if !cloned { // a new slice: the parse cache of serve may hold the old one
					p.Authors, cloned = slices.Clone(p.Authors), true
				}
				p.Authors[i] = to
			}
		}
	}
}

// days builds every day from the day files and the papers' dates, ranks
// their papers and links the days that have papers newest first.
func days(papers []*model.Paper, byID map[string]*model.Paper, files []*model.Day, gone *absent, errs *diag.List) []*model.Day {
	bySlug := map[string]*model.Day{}
	for _, d := range files {
		if first, ok := bySlug[d.Slug]; ok && first.Source != "" && d.Source != "" {
			// Day files in two folders (a year's folder, and the bot's
			// import at the top): one would be ignored in silence.
			a, b := first, d
			if b.Source < a.Source {
				a, b = b, a
			}
			errs.Add(b.Source, b.Line, "a second file for the day %s, beside %s; a day has one file: move this one's title, intro, papers: and removed: into %s and delete this one", d.Slug, a.Source, a.Source)
			continue
		}
		bySlug[d.Slug] = d
	}
	// A paper without a date takes the earliest day file that lists it.
	listed := map[string]*model.Day{}
	for _, d := range sortedDays(files, false) {
		for _, id := range slices.Concat(d.Order, d.Listed) {
			if _, ok := listed[id]; !ok {
				listed[id] = d
			}
		}
	}
	members := map[*model.Day][]*model.Paper{}
	for _, p := range papers {
		if p.DateLine == 0 && p.Date.IsZero() { // no date: (0001-01-01 is one, the zero time)
			d, ok := listed[p.ID]
			if !ok && gone.dayFailed {
				continue // the day file that failed may list it
			}
			if !ok {
				if day := namedDay(p.Source); day != "" {
					errs.Add(p.Source, cmp.Or(p.DateKeyLine, p.Line), "paper %q has no date; add `date: %s` (the day its file's name starts with, which Jekyll took for a post's date; the digest day it appears on), or list it in a day file", p.ID, day)
					continue
				}
				errs.Add(p.Source, cmp.Or(p.DateKeyLine, p.Line), "paper %q has no date; add `date: YYYY-MM-DD` (the digest day it appears on), or list it in a day file", p.ID)
				continue
			}
			p.Date = d.Date
		}
		slug := p.Date.Format("2006-01-02")
		d := bySlug[slug]
		if d == nil {
			d = &model.Day{Date: p.Date, Slug: slug}
			bySlug[slug] = d
		}
		members[d] = append(members[d], p)
	}
	all := make([]*model.Day, 0, len(bySlug))
	for _, d := range bySlug {
		all = append(all, d)
	}
	all = sortedDays(all, true)
	// A day with no papers (a day file with only an intro, or listing only
	// drafts or removed papers) is not published: a digest day is its list.
	kept := all[:0]
	for _, d := range all {
		rank(d, byID, members[d], gone, errs)
		if len(d.Papers) > 0 {
			kept = append(kept, d)
		}
	}
	all = kept
	for i, d := range all {
		if i > 0 {
			d.Next = all[i-1]
			all[i-1].Prev = d
		}
	}
	for i := len(all) - 1; i >= 0; i-- {
		for _, p := range all[i].Papers {
			p.Days = append(p.Days, all[i])
		}
	}
	// Once every paper has all its days, so that Home can tell which.
	for _, d := range all {
		rankOn(d)
	}
	return all
}

// unlisted returns the day files of files whose day is not among
// published (a day with no papers is not published), newest first.
func unlisted(files, published []*model.Day) []*model.Day {
	has := map[string]bool{}
	for _, d := range published {
		has[d.Slug] = true
	}
	var out []*model.Day
	for _, d := range files {
		if d.Source != "" && !has[d.Slug] {
			out = append(out, d)
		}
	}
	return sortedDays(out, true)
}

// rankOn sets the Rank, Prev and Next of each paper of the ranked day d
// that is at home there (Paper.Home): one listed again on another day
// is ranked on its home day, the one its page's links are for, so that
// a paper's neighbours are those of one day and Rank±1 their places
// there. One dated on a day that removed it is ranked on the day it
// was moved to, where its page would otherwise link no neighbours.
func rankOn(d *model.Day) {
	for j, p := range d.Papers {
		if p.Home() != d {
			continue
		}
		p.Rank, p.Prev, p.Next = j+1, nil, nil
		if j > 0 {
			p.Prev = d.Papers[j-1]
		}
		if j+1 < len(d.Papers) {
			p.Next = d.Papers[j+1]
		}
	}
}

// Rerank ranks the day d of a built site again after its day file
// changed the order of its papers, or their upvotes changed, and nothing
// else they depend on: every paper of d.Papers is dated d's day or is
// one of another day that the new Order (which keeps its place) or
// Listed (which ranks it by upvotes) lists, and they list only those. It orders them as Build
// does and sets the Rank, Prev and Next of those at home there; a
// mistake in the order (an id listed twice, or not one of them) is an
// error, as Build reports it, and leaves d and its papers as they were.
func Rerank(d *model.Day) error {
	dated := d.Papers
	byID := make(map[string]*model.Paper, len(dated))
	for _, p := range dated {
		if !p.Date.Equal(d.Date) && !slices.Contains(d.Order, p.ID) && !slices.Contains(d.Listed, p.ID) {
			return fmt.Errorf("paper %q of %s is dated %s and not listed there", p.ID, d.Slug, p.Date.Format(time.DateOnly))
		}
		byID[p.ID] = p
	}
	var errs diag.List
	d.Papers = nil
	rank(d, byID, dated, absentees(nil), &errs)
	if err, n := errs.Err(), len(d.Papers); err != nil || n != len(dated) {
		d.Papers = dated
		return cmp.Or(err, fmt.Errorf("%s ranks %d papers of %d", d.Slug, n, len(dated)))
	}
	rankOn(d)
	return nil
}

// rank orders a day's papers: the day file's papers: first, in its
// order, then every other paper dated that day or in its listed: by
// upvotes (descending) and id; removed ids are left out, and so are
// listed papers that are gone (left-out drafts, papers whose files
// failed).
func rank(d *model.Day, byID map[string]*model.Paper, dated []*model.Paper, gone *absent, errs *diag.List) {
	removed := map[string]bool{}
	for i, id := range d.Removed {
		removed[id] = true
		if _, ok := byID[id]; ok || gone.has(id) {
			continue
		}
		line := d.Line
		if i < len(d.RemovedLines) {
			line = d.RemovedLines[i]
		}
		if what, ref := misnamed(id, byID); what != "" {
			errs.Add(d.Source, line, "removed: %q is %s, not a paper's id, so the paper stays on the day; write %s", id, what, ref)
		} else if !arxivid.Valid(id) {
			day := make([]string, len(dated))
			for i, p := range dated {
				day[i] = p.ID
			}
			if s := diag.Suggest(id, day); s != "" {
				errs.Add(d.Source, line, "removed: %q is no paper's id, so the paper you meant stays on the day; did you mean %q, a paper of the day? Write its id, or delete the line", id, s)
			}
		}
	}
	// An id of both lists is told at its second entry, in listed:.
	seen := map[string]string{}
	d.Papers = append(d.Papers, entries(d, "papers", d.Order, d.OrderLines, byID, removed, seen, gone, errs)...)
	rest := entries(d, "listed", d.Listed, d.ListedLines, byID, removed, seen, gone, errs)
	for _, p := range dated {
		if seen[p.ID] == "" && !removed[p.ID] {
			rest = append(rest, p)
		}
	}
	slices.SortFunc(rest, byUpvotes)
	d.Papers = append(d.Papers, rest...)
}

// entries returns the papers that ids, the list key of the day file d
// (papers: or listed:, whose entries are at lines), names, in its order,
// and reports each entry that names no paper, one removed, or one an
// entry before it named (seen maps each id listed to its list's key,
// and gets ids's).
func entries(d *model.Day, key string, ids []string, lines []int, byID map[string]*model.Paper, removed map[string]bool, seen map[string]string, gone *absent, errs *diag.List) []*model.Paper {
	var out []*model.Paper
	for i, id := range ids {
		line := d.Line
		if i < len(lines) {
			line = lines[i]
		}
		p, ok := byID[id]
		switch {
		case seen[id] == key:
			errs.Add(d.Source, line, "paper %q is listed twice on this day; remove one entry", id)
		case seen[id] != "":
			errs.Add(d.Source, line, "paper %q is in both papers: and listed:; delete it from one of them (papers: pins it at the top, listed: ranks it by its upvotes)", id)
		case removed[id]:
			errs.Add(d.Source, line, "paper %q is both listed and in removed:; delete it from one of them", id)
		case !ok && !gone.has(id):
			errs.Add(d.Source, line, "the day lists paper %q, which does not exist; %s", id, missingHint(id, key, byID))
		case ok:
			out = append(out, p)
		}
		if seen[id] == "" {
			seen[id] = key
		}
	}
	return out
}

// missingHint says what to do about a day listing id, which no paper has:
// fix the id of the file named after it, or list the nearest id, or add
// the file.
func missingHint(id, key string, byID map[string]*model.Paper) string {
	if what, ref := misnamed(id, byID); what != "" {
		if byID[ref] != nil {
			return fmt.Sprintf("it is %s; write the paper's id: %s", what, ref)
		}
		return fmt.Sprintf("it is %s; write its id, %s, and add the paper (paperboy import arxiv --fetch %s), or move the id to removed: (then no import lists it again)", what, ref, ref)
	}
	if d := doiOf(id); d != "" {
		return fmt.Sprintf("it names the DOI %s, which no paper of the site has as its doi:; a day lists a paper by its id, and a paper known by its DOI takes an id of its own: add the paper (paperboy new paper smith-2024, with doi: %[1]s in it) and list its id", d)
	}
	if strings.Count(strings.TrimSpace(id), " ") >= 2 {
		return "a day lists papers by id (2405.15738), not by title; write the paper's id, and add the paper if the site lacks it (paperboy import arxiv --fetch <id>)"
	}
	name := strings.ReplaceAll(id, "/", "-")
	ids := keys(byID)
	for _, other := range ids {
		if p := byID[other]; fileID(p.Source) == name && strings.HasPrefix(p.Source, "content/papers/") {
			return fmt.Sprintf("%s has the id %q: list that id, or fix the file's `arxiv:` (or `id:`)", p.Source, p.ID)
		}
	}
	hint := "add content/papers/" + name + ".md, or move the id from " + key + ": to removed: (then no import lists it again)"
	if s := diag.Suggest(id, ids); s != "" {
		hint = fmt.Sprintf("did you mean %q? Otherwise %s", s, hint)
	}
	return hint
}

// misnamed says what the entry id of a day's papers: or removed:, which
// no paper has, is instead, and the id to write there: an arXiv id typed
// otherwise, with its version or as an address, arXiv's DOI of a paper, a
// paper's DOI (its doi:, written as doi: takes it, or as a bioRxiv or
// medRxiv address), a paper file's path, or a paper's title. It returns
// "" for any other id.
func misnamed(id string, byID map[string]*model.Paper) (what, ref string) {
	if typed := arxivid.Mistyped(id); typed != "" {
		ref, _, _ := arxivid.Ref(typed)
		return "the id " + ref + " typed otherwise", ref
	}
	if ref, version, ok := arxivid.Ref(id); ok && ref != id {
		if _, _, isURL := arxivid.FromURL(id); !isURL && version > 0 {
			return "an arXiv id with its version, which the paper's `version:` holds", ref
		}
		return "the address of the paper's page", ref
	}
	if ref := doi.ArXiv(doiOf(id)); ref != "" {
		return "arXiv's DOI of the paper", ref
	}
	if p := withDOI(doiOf(id), byID); p != nil {
		return "the DOI of the paper " + p.ID + " (" + p.Source + ")", p.ID
	}
	if p := pathTo(id, byID); p != nil {
		return "a path to the paper file " + p.Source, p.ID
	}
	if p := titled(id, byID); p != nil {
		return "the title of the paper " + p.ID + " (" + p.Source + ")", p.ID
	}
	return "", ""
}

// doiOf returns the DOI that a day's entry id is, as a paper's doi: takes
// one, or as a bioRxiv or medRxiv preprint's address or versioned DOI
// names one; "" when it is none.
func doiOf(id string) string {
	return cmp.Or(doi.Parse(id), doi.Preprint(id))
}

// withDOI returns the paper whose doi: is d, in any letter case (a DOI
// has none), the first by id of several; nil for none, or when d is "".
func withDOI(d string, byID map[string]*model.Paper) *model.Paper {
	if d == "" {
		return nil
	}
	for _, other := range keys(byID) {
		if p := byID[other]; strings.EqualFold(p.DOI, d) {
			return p
		}
	}
	return nil
}

// titled returns the paper whose title the day's entry id is, in any
// letter case and spacing, or nil.
func titled(id string, byID map[string]*model.Paper) *model.Paper {
	if !strings.Contains(id, " ") {
		return nil
	}
	fold := func(s string) string { return strings.ToLower(textutil.CollapseSpace(s)) }
	want := fold(id)
	for _, other := range keys(byID) {
		if p := byID[other]; fold(p.Title) == want {
			return p
		}
	}
	return nil
}

// pathTo returns the paper whose file the day's entry id names as a path
// (papers\2405.21060.md, content/papers/2312.00752.md, with either slash),
// or nil.
func pathTo(id string, byID map[string]*model.Paper) *model.Paper {
	p := strings.ReplaceAll(id, "\\", "/")
	if !strings.Contains(p, "/") && !filename.IsMarkdown(p) {
		return nil
	}
	stem := filename.Stem(p)
	for _, other := range keys(byID) {
		if q := byID[other]; fileID(q.Source) == stem {
			return q
		}
	}
	return nil
}

// absent is what a day may list without an error: the ids of papers that
// were left out (drafts, duplicates, papers whose files failed), and the
// names of their paper files, which by convention are their ids with "/"
// as "-" (content/papers/cond-mat-0603029.md), for a file that failed
// before its id was known.
type absent struct {
	ids       map[string]bool
	files     map[string]bool
	dayFailed bool // a day file failed, so the papers it lists are unknown
}

// absentees starts the absent set with the failed sources.
func absentees(failed []Failed) *absent {
	a := &absent{ids: map[string]bool{}, files: map[string]bool{}}
	for _, f := range failed {
		a.dayFailed = a.dayFailed || f.Day
		a.add("", f.Path)
		for _, id := range f.Known {
			a.add(id, "")
		}
	}
	return a
}

// add records the id of a paper left out and its paper file (either may
// be empty).
func (a *absent) add(id, source string) {
	if id != "" {
		a.ids[id] = true
	}
	if strings.HasPrefix(source, "content/papers/") {
		a.files[fileID(source)] = true
	}
}

// has reports whether id names a paper left out.
func (a *absent) has(id string) bool {
	return a.ids[id] || a.files[strings.ReplaceAll(id, "/", "-")]
}

// aliasClashes reports a paper's alias that is another paper's id, or
// another paper's alias, in letter case or not (folded holds the papers'
// folded slugs): both would be one page. The alias is dropped.
func aliasClashes(papers []*model.Paper, folded map[string]*model.Paper, errs *diag.List) {
	type alias struct {
		p    *model.Paper
		line int
	}
	owner := map[string]alias{}
	for _, p := range papers {
		p.Aliases = slices.DeleteFunc(p.Aliases, func(a string) bool {
			k, line := filename.Fold(a), cmp.Or(p.AliasLines[a], p.AliasesLine)
			if other := folded[k]; other != nil {
				errs.Add(p.Source, line, "alias %q is the id of %s:%d, whose page is at that address; an alias is a former id no paper has now: remove it", a, other.Source, other.Line)
				return true
			}
			if other := owner[k]; other.p != nil && other.p != p {
				errs.Add(p.Source, line, "alias %q is an alias of %s:%d too; keep it on one of the two papers", a, other.p.Source, other.line)
				return true
			}
			owner[k] = alias{p, line}
			return false
		})
	}
}

// fileID is the id a paper file's name gives: its name without ".md" (in
// any letter case).
func fileID(source string) string {
	return filename.Stem(source)
}

// byUpvotes orders papers by upvotes descending, then id.
func byUpvotes(a, b *model.Paper) int {
	return cmp.Or(cmp.Compare(b.Upvotes, a.Upvotes), strings.Compare(a.ID, b.ID))
}

// byNewest orders papers by home day (Paper.HomeDay) descending, then
// upvotes descending, then id: a paper taken off its own day and listed
// on another is among that other day's papers, as its row dates it.
func byNewest(a, b *model.Paper) int {
	return cmp.Or(b.HomeDay().Compare(a.HomeDay()), byUpvotes(a, b))
}

// sortedDays returns days sorted by date, newest first when desc.
func sortedDays(ds []*model.Day, desc bool) []*model.Day {
	out := slices.Clone(ds)
	slices.SortFunc(out, func(a, b *model.Day) int {
		if desc {
			return strings.Compare(b.Slug, a.Slug)
		}
		return strings.Compare(a.Slug, b.Slug)
	})
	return out
}

func keys(m map[string]*model.Paper) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// namedDay is the day a Jekyll post's file name starts with
// ("2024-06-03" of _posts/2024-06-03-lora.md), when it is a real day;
// else "".
func namedDay(src string) string {
	name := path.Base(src)
	if len(name) < 11 || name[10] != '-' {
		return ""
	}
	if _, err := time.Parse(time.DateOnly, name[:10]); err != nil {
		return ""
	}
	return name[:10]
}
