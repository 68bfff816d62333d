package importer

import (
	"cmp"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"math"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/doi"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/generator/slug"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Status says what an import does to one file.
type Status int

// The statuses of a Change.
const (
	Unchanged Status = iota // the file keeps every byte
	Created                 // the file is new
	Updated                 // the file exists and changes
)

// Change is one file an import touches, with its complete new bytes.
type Change struct {
	Path   string   // slash path below the site folder
	ID     string   // the paper id; "" for the day file
	Status Status   // what happens to the file
	Notes  []string // what changes, for the dry-run report
	Data   []byte   // the file's bytes after the import
	Title  string   // the paper's title, which the report gives a new paper's file; "" for the day file
}

// Plan is everything one import would write, computed and validated before
// anything is written.
type Plan struct {
	Source  string
	Day     string   // YYYY-MM-DD
	DayFile Change   // content/days/<Day>.md; the zero Change when there is none and the import needs none
	Papers  []Change // paper files, in the batch's order
	Skipped []string // ids the curator removed from the day, not listed again
	// Moved has, by id, the day a paper of Skipped is dated on now: the
	// curator moved it there with its date:, rather than removing it.
	Moved map[string]string
	// Refreshed are the ids of papers the site has, dated on another day,
	// that a batch which lists no day (Batch.Refresh) refreshed without
	// listing them on Day.
	Refreshed []string
	// Elsewhere are the papers the source lists on another day than Day,
	// by day in date order, when the batch's papers name more than one
	// day (Paper.Listed). They are imported into Day all the same; Summary
	// names them.
	Elsewhere []Listing
	// Dropped says what the import left out of the source's data because
	// a build would refuse it (see clean), or the source's parser could not
	// read it (Paper.Dropped): a link that is no http(s) URL, a
	// doi:, category or organization the build's checks refuse, a
	// negative count or one that is no whole number, the authors past
	// limits.maxAuthors, an abstract too long for a paper's file. Each
	// names its item, and the rest of the
	// day is imported.
	Dropped []string
	// Known says, of each paper of the batch that is new to the site but
	// whose DOI a paper of another id has (a journal article added by
	// hand, its arXiv preprint imported), that the import left it out,
	// naming that paper's file and how to make the two one (knownAs).
	Known []string
	// Unlisted are the ids of the papers an earlier import from Source
	// listed on Day (their imported: days:) that the source's whole list
	// (Batch.Whole) no longer has: Hugging Face took them off the day, or
	// moved them to another. They stay on the day, which the curator may
	// have meant; Summary names them, and how to take them off.
	Unlisted []string
	// Unrecorded says, at its path:line, each doi:, journal_ref: or
	// comment: of a paper file an arXiv import wrote that a newer version
	// lacks and that the import kept, as imported: has no digest of it
	// (imports before Paperboy recorded them left none): it may be the curator's or
	// an earlier version's, which the page would show as vN's. Summary
	// names them, and -q tells them too.
	Unrecorded []string
	// given is how many papers the batch held.
	given int
}

// AllLeftOut reports whether the batch held papers and the import left
// every one out (Dropped: none with a title, as after a change in the
// source's data): an import that writes nothing, which a scheduled job
// must not take for an empty list.
func (pl *Plan) AllLeftOut() bool {
	return pl.given > 0 && len(pl.Papers) == 0 && len(pl.Skipped) == 0 && len(pl.Refreshed) == 0 && len(pl.Known) == 0
}

// Listing is a day and the papers a source lists on it.
type Listing struct {
	Day string   // YYYY-MM-DD
	IDs []string // in the batch's order
}

// Prepare merges b into the site whose folder is fsys (paths like
// content/papers/x.md) and returns the plan. It reads but never writes. Any
// problem (a bad id, an unreadable existing file) fails the whole batch,
// every problem reported, each naming its item or file.
func Prepare(fsys fs.FS, b Batch) (*Plan, error) {
	var errs diag.List
	var dropped []string
	lim := limits(fsys)
	papers := dedupe(clean(b.Papers, lim, &dropped), &errs)
	if b.Day.IsZero() && len(papers) > 0 { // an empty list needs no day: there is nothing to list
		errs.Add(b.Input, 0, "no digest day: the input does not say which day it is; pass --date YYYY-MM-DD")
	}
	if b.Source == "" {
		errs.Add("", 0, "the batch names no source")
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	rules, err := LoadRules(fsys)
	if err != nil {
		return nil, err
	}
	pl := &Plan{Source: b.Source, Day: dayOf(b.Day), Dropped: dropped, given: len(b.Papers)}
	pl.Elsewhere = elsewhere(papers, pl.Day)
	if len(papers) == 0 {
		return pl, nil
	}
	ids := make([]string, len(papers))
	for i, p := range papers {
		ids[i] = p.ID
	}
	saved, _, err := listSaved(fsys, ids)
	if err != nil {
		return nil, err
	}
	daySrc, dayExists, err := read(fsys, saved.path(DayPath(pl.Day)), false)
	if err != nil {
		return nil, err
	}
	dm, err := openDay(daySrc)
	if err != nil {
		return nil, err
	}
	byDOI := doiHolders(fsys, papers)
	for _, p := range papers {
		path := saved.path(PaperPath(p.ID))
		s, exists, err := read(fsys, path, true)
		if err != nil {
			errs.Append(err)
			continue
		}
		if h, ok := byDOI[strings.ToLower(parse.DOI(p.DOI))]; ok && !exists && !arxivid.Same(h.id, p.ID) {
			pl.Known = append(pl.Known, knownAs(p, h))
			continue
		}
		other := fileID(s, exists)
		if other != "" && !arxivid.Same(other, p.ID) {
			errs.Add(path, 0, "%s: id %q would overwrite the paper %q, whose file this is; %s", p.Item, p.ID, other, renameTo(path, other))
			continue
		}
		id := cmp.Or(other, p.ID) // as the site names the paper: math.GT/0309136 for arXiv's math/0309136
		if t := lookup(s.m, "title"); strings.TrimSpace(p.Title) == "" && (t == nil || strings.TrimSpace(t.Value) == "") {
			// A paper's page needs a title, and its file none has.
			pl.Dropped = append(pl.Dropped, fmt.Sprintf("%s: no title, which a paper needs; the paper left out", p.Item))
			continue
		}
		before := readRecord(lookup(s.m, "imported"))
		var listed bool
		switch {
		case b.Refresh && exists && !datedOn(s, pl.Day) && !dm.listed[id]:
			pl.Refreshed = append(pl.Refreshed, id) // on the site already: not listed again
		default:
			listed = dm.place(id, datedOn(s, pl.Day), exists && slices.Contains(before.Days, pl.Day))
			if !listed {
				pl.Skipped = append(pl.Skipped, id)
				pl.moved(id, s, dm)
			}
		}
		if !listed && !exists {
			continue
		}
		notes, kept := mergePaper(s, p, b.Source, pl.Day, listed, rules)
		pl.Unrecorded = append(pl.Unrecorded, kept...)
		c, err := change(s, id, notes)
		if err == nil {
			err = tooLarge(c, lim)
		}
		if err != nil {
			errs.Append(err)
			continue
		}
		c.Title = textutil.CollapseSpace(p.Title)
		pl.Papers = append(pl.Papers, c)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	if b.Whole {
		pl.Unlisted = unlisted(fsys, b.Source, pl.Day, papers, dm)
	}
	if dayExists || len(dm.added) > 0 { // a day file only for what papers: must say
		pl.DayFile, err = change(daySrc, "", dm.finish())
		if err != nil {
			return nil, err
		}
	}
	return pl, nil
}

// tooLarge refuses the change c when it makes its file larger than
// limits.maxFileBytes, which a build refuses: a source's new text (an
// ai_summary, a longer abstract) added to a file the curator's notes have
// filled. The whole import then fails, before anything is written, as a
// nightly job must not commit a site that does not build.
func tooLarge(c Change, lim model.Limits) error {
	if c.Status == Unchanged || int64(len(c.Data)) <= lim.MaxFileBytes {
		return nil
	}
	return diag.Errorf(c.Path, 0, "the import would make the file %d bytes, more than limits.maxFileBytes (%d) in site.yaml, which a build refuses; shorten the file (its notes), or raise limits.maxFileBytes, then import again", len(c.Data), lim.MaxFileBytes)
}

// renameTo says what to do about file, which holds the paper
// other where an import writes another: a file named after a former id
// (a hand-added paper whose arxiv: was corrected, the mistyped id kept
// under aliases:) is renamed after the id it holds, which frees the
// name; a file named after its own id is the paper's, and the imported
// paper needs another id.
func renameTo(file, other string) string {
	own := path.Join(path.Dir(file), path.Base(PaperPath(other)))
	if own == file || CheckID(other) != nil {
		return "give it another id"
	}
	return fmt.Sprintf("rename the file to %s, after the id it holds (git mv %s %s), then import again", path.Base(own), file, own)
}

// moved records in Moved the day the paper file s of id is dated on,
// when the curator took it off Day by dating it on another (not with the
// day file's removed:).
func (pl *Plan) moved(id string, s *source, dm *dayMerge) {
	date := strings.TrimSpace(valueOf(s.m, "date"))
	if dm.removed[id] || len(date) < len(time.DateOnly) {
		return
	}
	if pl.Moved == nil {
		pl.Moved = map[string]string{}
	}
	pl.Moved[id] = date[:len(time.DateOnly)]
}

// datedOn reports whether the paper file s is dated on day, or will be:
// the import dates a paper without date: on the day it lists it.
func datedOn(s *source, day string) bool {
	date := strings.TrimSpace(valueOf(s.m, "date"))
	return date == "" || strings.HasPrefix(date, day)
}

// dedupe checks every paper's id and keeps one paper per file: of papers
// with the same id, the latest version (the first of equal versions).
func dedupe(in []Paper, errs *diag.List) []Paper {
	var out []Paper
	at := map[string]int{} // paper file path → index in out
	for _, p := range in {
		if err := CheckID(p.ID); err != nil {
			errs.Add("", 0, "%s: %v", p.Item, err)
			continue
		}
		path := PaperPath(p.ID)
		i, dup := at[path]
		switch {
		case !dup:
			at[path] = len(out)
			out = append(out, p)
		case out[i].ID != p.ID:
			errs.Add("", 0, "%s: ids %q and %q would share the file %s; import them separately", p.Item, out[i].ID, p.ID, path)
		case p.Version > out[i].Version:
			out[i] = p
		}
	}
	return out
}

// elsewhere groups the papers listed on another day than day by that day,
// in date order, when the papers name more than one day; otherwise (one
// day, which --date may have replaced, or none) it returns nil.
func elsewhere(papers []Paper, day string) []Listing {
	at := map[string][]string{}
	for _, p := range papers {
		if !p.Listed.IsZero() {
			d := dayOf(p.Listed)
			at[d] = append(at[d], p.ID)
		}
	}
	if len(at) < 2 {
		return nil
	}
	var out []Listing
	for _, d := range slices.Sorted(maps.Keys(at)) {
		if d != day {
			out = append(out, Listing{Day: d, IDs: at[d]})
		}
	}
	return out
}

// savedAs maps the path of a paper or day file as the importer names it
// (content/papers/2506.11924.md, content/days/2024-05-27.md) to the file
// the site keeps that source in, where that is another one, which a build
// reads as the same paper or day: a paper in a folder of its own
// (moai/index.md), in a subfolder (2025-06/2506.11924.md) or under a name
// of the curator's (moai-benchmark.md, whose arxiv: gives its id); a day
// in a subfolder (2024/2024-05-27.md); either with its .md in other
// letters (2024-05-27.MD, as a Mac may save it). The import updates that
// file rather than writing a second one, which the next build would
// refuse as a second paper of the id or a second file of the day.
type savedAs map[string]string

// listSaved lists the sources of content/papers and content/days that are
// not where the importer would name them, unless a file is there too (a
// build refuses the two as one paper or day given twice). A paper
// elsewhere is found by the id in its front matter, read for the papers
// of ids only, or of any id when ids is nil; a file named by an arXiv id
// in content/papers itself is taken to be that paper (Prepare checks it
// is). It also returns the days that have a file, and an error naming the
// files when one of ids is the id of two files, which a build refuses.
func listSaved(fsys fs.FS, ids []string) (savedAs, []string, error) {
	// The build tells what Find finds wrong; the import reads the files
	// it can, and names a file it cannot read where it needs it.
	src, _ := load.Find(fsys, math.MaxInt64)
	if src == nil { // content/ or a folder of it is a symbolic link, which the build refuses
		src = &load.Sources{}
	}
	m := savedAs{}
	at := map[string]bool{} // the sources' paths
	for _, p := range append(slices.Clone(src.Papers), src.Days...) {
		at[p] = true
	}
	var days []string
	for _, p := range src.Days {
		day := filename.Stem(p)
		if _, err := time.Parse(time.DateOnly, day); err != nil {
			continue // the build names the file
		}
		days = append(days, day)
		if std := DayPath(day); !at[std] {
			m[std] = p
		}
	}
	// wanted is the id of ids that names the paper of id, "" if none
	// does: math/0309136 names math.GT/0309136's (arxivid.Same).
	wanted := func(id string) string {
		if ids == nil {
			return id
		}
		for _, w := range ids {
			if arxivid.Same(w, id) {
				return w
			}
		}
		return ""
	}
	held := map[string][]string{} // an id of ids → its files, as path:line of the id
	var needles []string          // what the file of one of ids holds
	for _, id := range ids {
		if std := PaperPath(id); at[std] {
			held[id] = []string{std + ":" + strconv.Itoa(idLine(fsys, std))}
		}
		_, number, _ := strings.Cut(id, "/") // math.GT/0309136 for math/0309136
		needles = append(needles, cmp.Or(number, id))
	}
	for _, p := range src.Papers {
		if dir, name := path.Split(p); dir == "content/papers/" && strings.HasSuffix(name, ".md") && arxivid.Valid(strings.Replace(filename.Stem(name), "-", "/", 1)) {
			// Named by its id; of an old-style id, maybe with another
			// subject class (math.GT-0309136.md for math/0309136).
			named := strings.Replace(filename.Stem(name), "-", "/", 1)
			if w := wanted(named); ids != nil && w != "" && w != named {
				held[w] = append(held[w], p+":"+strconv.Itoa(idLine(fsys, p)))
				if std := PaperPath(w); !at[std] && m[std] == "" {
					m[std] = p
				}
			}
			continue
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil || (ids != nil && !textutil.ContainsAny(string(data), needles...)) {
			continue
		}
		s, err := splitSource(p, data, true) // read checks the file the import opens
		if err != nil {
			continue // the build names the file; the import leaves it alone
		}
		id := wanted(paperID(s.m))
		if id == "" {
			continue
		}
		if ids != nil && p != PaperPath(id) { // cond-mat-0603029.md is read, as cond/mat-0603029 is no id
			held[id] = append(held[id], p+":"+strconv.Itoa(sourceIDLine(s)))
		}
		if std := PaperPath(id); !at[std] {
			if _, twice := m[std]; !twice { // the first of two files of one id, which a build refuses
				m[std] = p
			}
		}
	}
	slices.Sort(days)
	var errs diag.List
	for _, id := range ids {
		if files := held[id]; len(files) > 1 {
			at, line, _ := strings.Cut(files[1], ":")
			n, _ := strconv.Atoi(line)
			errs.Add(at, n, "paper id %q is already used by %s, and a build refuses a paper given twice; delete one of the two files (keep the one with your edits) and import again", id, files[0])
		}
	}
	return m, slices.Compact(days), errs.Err()
}

// idLine returns the line of the arxiv: or id: of the paper file at path,
// or 0.
func idLine(fsys fs.FS, path string) int {
	data, err := fs.ReadFile(fsys, path)
	if err != nil {
		return 0
	}
	s, err := splitSource(path, data, true)
	if err != nil {
		return 0
	}
	return sourceIDLine(s)
}

// sourceIDLine returns the file line of the arxiv: (else id:) of the
// paper file s, or 0.
func sourceIDLine(s *source) int {
	for _, key := range []string{"arxiv", "id"} {
		if i := keyAt(s.m, key); i >= 0 && valueOf(s.m, key) != "" {
			return s.m.Content[i].Line + 1
		}
	}
	return 0
}

// path returns the file the source at p is saved as.
func (s savedAs) path(p string) string {
	if actual, ok := s[p]; ok {
		return actual
	}
	return p
}

// read opens the content file at path, or a new empty one if it does not
// exist, and reports whether it existed.
func read(fsys fs.FS, path string, paper bool) (*source, bool, error) {
	data, err := fs.ReadFile(fsys, path)
	if errors.Is(err, fs.ErrNotExist) {
		return newSource(path), false, nil
	}
	if err != nil {
		return nil, false, fmt.Errorf("%s: %w", path, err)
	}
	s, err := openSource(path, data, paper)
	return s, true, err
}

// change renders s into a Change.
func change(s *source, id string, notes []string) (Change, error) {
	data, err := s.bytes()
	if err != nil {
		return Change{}, err
	}
	c := Change{Path: s.path, ID: id, Data: data, Notes: notes}
	switch {
	case s.orig == nil && len(notes) == 0 && !s.changed:
		c.Status = Unchanged // a day file with nothing to list
		c.Data = nil
	case s.orig == nil:
		c.Status, c.Notes = Created, nil
	case string(data) != string(s.orig):
		c.Status = Updated
		if len(c.Notes) == 0 {
			c.Notes = []string{"import record updated"}
		}
	default:
		c.Notes = nil
	}
	return c, nil
}

// clean returns the papers with what a build would refuse taken out, and
// adds to dropped what it left out (cleanText and cleanLinks say what, by
// the build's own checks). Control characters (a build refuses
// them in front matter, and one made an RSS feed unreadable) become
// spaces in every text, keeping the abstract's line breaks; a link that is
// no http(s) URL, a negative count, the authors past limits.maxAuthors and
// an abstract of more than half limits.maxFileBytes (the paper's file
// would be more than a build reads) are left out, noted in dropped.
func clean(papers []Paper, lim model.Limits, dropped *[]string) []Paper {
	out := make([]Paper, len(papers))
	for i, p := range papers {
		if max := lim.MaxAuthors; len(p.Authors) > max { // before the copy cleanList makes: a list of millions was 4 GB of YAML
			*dropped = append(*dropped, fmt.Sprintf("%s: %d authors, more than limits.maxAuthors (%d) in site.yaml; the first %d kept", p.Item, len(p.Authors), max, max))
			p.Authors = p.Authors[:max]
		}
		if max := lim.MaxFileBytes / 2; int64(len(p.Abstract)) > max {
			*dropped = append(*dropped, fmt.Sprintf("%s: an abstract of %d bytes, more than half of limits.maxFileBytes (%d) in site.yaml, which a paper's file may have; left out", p.Item, len(p.Abstract), lim.MaxFileBytes))
			p.Abstract = ""
		}
		for _, s := range []*string{&p.Title, &p.AISummary, &p.DOI, &p.JournalRef, &p.Comment, &p.PrimaryCategory, &p.Organization} {
			*s = noControls(*s, false)
		}
		p.Abstract = noControls(p.Abstract, true)
		p.Authors = cleanList(p.Authors)
		p.Keywords = cleanList(p.Keywords)
		p.Categories = cleanList(p.Categories)
		note := func(format string, args ...any) {
			*dropped = append(*dropped, p.Item+": "+fmt.Sprintf(format, args...))
		}
		for _, d := range p.Dropped {
			note("%s", d)
		}
		cleanText(&p, note)
		cleanLinks(&p, note)
		for _, n := range []struct {
			key string
			val **int
		}{{"upvotes", &p.Upvotes}, {"comments", &p.Comments}, {"stars", &p.Stars}} {
			if *n.val != nil && **n.val < 0 {
				note("%s %d is negative; left out", n.key, **n.val)
				*n.val = nil
			}
		}
		out[i] = p
	}
	return out
}

// cleanText leaves out of p, with a note, the text a build refuses by the
// rules of its own reader (package parse): a doi: that is no DOI (arXiv's
// "10.1234/abc and 10.1234/def"; a bioRxiv DOI with its page's version,
// 10.1101/2024.03.01.582937v2, is given the DOI it names instead), a category that is no arXiv category,
// an organization without a letter or digit (its page would have no
// address), and text no YAML quotes keep as it is (parse.QuoteStyle).
func cleanText(p *Paper, note func(string, ...any)) {
	if d := textutil.CollapseSpace(p.DOI); d != "" && parse.DOI(d) == "" {
		if pre := doi.Preprint(d); pre != "" {
			note("doi %q has the version of a bioRxiv or medRxiv page, which no DOI has; imported as %s, the DOI of every version", p.DOI, pre)
			p.DOI = pre
		} else {
			note("doi %q is not a DOI; left out", p.DOI)
			p.DOI = ""
		}
	}
	if c := p.PrimaryCategory; c != "" && !parse.IsCategory(c) {
		note("primary_category %q is not an arXiv category; left out", c)
		p.PrimaryCategory = ""
	}
	p.Categories = slices.DeleteFunc(p.Categories, func(c string) bool {
		if !parse.IsCategory(c) {
			note("category %q is not an arXiv category; left out", c)
			return true
		}
		return false
	})
	if o := textutil.CollapseSpace(p.Organization); o != "" && slug.Make(o) == "" {
		note("organization %q has no letters or digits; left out, with its organization_url", p.Organization)
		p.Organization, p.OrganizationURL = "", ""
	}
	for _, f := range []struct {
		key string
		val *string
	}{{"title", &p.Title}, {"ai_summary", &p.AISummary}, {"doi", &p.DOI}, {"journal_ref", &p.JournalRef}, {"comment", &p.Comment}, {"organization", &p.Organization}} {
		if *f.val != "" && parse.QuoteStyle(*f.val) == 0 {
			note("%s %q has a quote between letters and TeX's quotes ``…', which no YAML quotes keep as written; left out", f.key, *f.val)
			*f.val = ""
		}
	}
	for _, list := range []*[]string{&p.Authors, &p.Keywords} {
		*list = slices.DeleteFunc(*list, func(s string) bool {
			if parse.QuoteStyle(s) == 0 {
				note("%q has a quote between letters and TeX's quotes ``…', which no YAML quotes keep as written; left out", s)
				return true
			}
			return false
		})
	}
}

// cleanLinks leaves out of p, with a note, a link that is no http(s) URL,
// and the page of an organization the source does not name, which a
// build refuses: it would show a link to no one.
func cleanLinks(p *Paper, note func(string, ...any)) {
	for _, u := range []struct {
		key string
		val *string
	}{{"code", &p.Code}, {"project", &p.Project}, {"organization_url", &p.OrganizationURL}, {"pdf", &p.PDF}, {"image", &p.Image}} {
		if v := strings.TrimSpace(*u.val); v != "" && !textutil.IsWebURL(v) {
			note("%s %q is not an http(s) URL; left out", u.key, *u.val)
			*u.val = ""
		}
	}
	if u := strings.TrimSpace(p.OrganizationURL); u != "" && textutil.CollapseSpace(p.Organization) == "" {
		note("organization_url %q is the page of an organization the source does not name; left out", u)
		p.OrganizationURL = ""
	}
}

// limits are site.yaml's limits, which a build enforces, or the defaults.
func limits(fsys fs.FS) model.Limits {
	lim := parse.DefaultLimits()
	site, _ := siteMapping(fsys) // a site.yaml that does not parse fails LoadRules next
	if site == nil {
		return lim
	}
	if l := lookup(site, "limits"); l != nil && l.Kind == yaml.MappingNode {
		if v := lookup(l, "maxAuthors"); v != nil {
			if m, err := strconv.Atoi(v.Value); err == nil && m > 0 {
				lim.MaxAuthors = m
			}
		}
		if v := lookup(l, "maxFileBytes"); v != nil {
			if m, err := strconv.ParseInt(v.Value, 10, 64); err == nil && m > 0 {
				lim.MaxFileBytes = m
			}
		}
	}
	return lim
}

// noControls turns every control character of s into a space, except the
// line breaks of a text that keeps them, and drops each byte-order mark
// (U+FEFF), which a build refuses in a body too (markdown.Controls).
func noControls(s string, lines bool) string {
	if !strings.ContainsFunc(s, unicode.IsControl) && !strings.ContainsRune(s, '\ufeff') {
		return s
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\ufeff':
			return -1
		case unicode.IsControl(r) && !(lines && (r == '\n' || r == '\r' || r == '\t')):
			return ' '
		}
		return r
	}, s)
}

// cleanList is noControls over a list, dropping entries left blank.
func cleanList(list []string) []string {
	var out []string
	for _, s := range list {
		if s = strings.TrimSpace(noControls(s, false)); s != "" {
			out = append(out, s)
		}
	}
	if out == nil && list != nil {
		out = []string{}
	}
	return out
}

// fileID is the id of the paper an existing paper file holds: its arxiv:,
// else its id:; "" when it has neither or does not exist.
func fileID(s *source, exists bool) string {
	if !exists || s.m == nil {
		return ""
	}
	return paperID(s.m)
}
