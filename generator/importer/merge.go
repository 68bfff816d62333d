package importer

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// paperKeys is the order of a paper file's front matter keys.
var paperKeys = []string{
	"title", "arxiv", "id", "version", "authors", "date", "published", "updated", "topics", "not_topics",
	"code", "project", "organization", "organization_url", "pdf", "image", "image_alt", "upvotes", "comments", "stars", "tldr", "ai_summary", "keywords",
	"primary_category", "categories", "doi", "journal", "conference", "volume", "issue", "pages", "journal_ref", "comment",
	"draft", "imported", "extra",
}

// stickyFields are the shared fields, besides title, authors and abstract,
// that a source gives as one string, in their order in imported:, each
// with the source's value as the file holds it. A value the curator
// deletes stays deleted (sticky; see follows). A new such field needs a
// row here (the merge and the imported: record follow it), besides its
// Paper field, its key in paperKeys, its check in clean, and a word in
// doc.go and the README's ownership table.
var stickyFields = []struct {
	key   string
	value func(Paper) string
}{
	{"code", func(p Paper) string { return strings.TrimSpace(p.Code) }},
	{"project", func(p Paper) string { return strings.TrimSpace(p.Project) }},
	{"organization", func(p Paper) string { return textutil.CollapseSpace(p.Organization) }},
	{"organization_url", func(p Paper) string { return strings.TrimSpace(p.OrganizationURL) }},
	{"image", func(p Paper) string { return strings.TrimSpace(p.Image) }},
}

// versionFields are the fields arXiv gives per version as one string,
// besides the abstract, in their order in imported:. They are the
// source's, but a newer version that lacks one clears the value the last
// import wrote (v1's "This paper has been withdrawn" must not describe
// v2), so imported: records a digest of each value it writes; a value
// the curator wrote or edited stays (see drop).
var versionFields = []struct {
	key   string
	value func(Paper) string
}{
	{"doi", func(p Paper) string { return textutil.CollapseSpace(p.DOI) }},
	{"journal_ref", func(p Paper) string { return textutil.CollapseSpace(p.JournalRef) }},
	{"comment", func(p Paper) string { return textutil.CollapseSpace(p.Comment) }},
}

// paperMerge merges one source paper into one paper file.
type paperMerge struct {
	s     *source
	src   string   // the batch's source: "hf" or "arxiv"
	rec   record   // imported: as read, updated as the merge goes
	notes []string // what changed, for the dry-run report
	kept  []string // what drop kept with no digest to tell whose it is (Plan.Unrecorded)
}

// mergePaper merges p into s following the ownership rules in the package
// documentation. day is the digest day; listed says whether the paper is
// listed on that day after this import. It returns what changed, and
// what a newer version lacks that it kept with no record of whose it is
// (unrecorded).
func mergePaper(s *source, p Paper, src, day string, listed bool, rules []Rule) (notes, kept []string) {
	pm := &paperMerge{s: s, src: src, rec: readRecord(lookup(s.m, "imported"))}
	old := pm.rec.node()
	if lookup(s.m, "arxiv") == nil && lookup(s.m, "id") == nil {
		key := "id"
		if arxivid.Valid(p.ID) {
			key = "arxiv"
		}
		s.set(key, str(p.ID, true), paperKeys)
	}
	stale := p.Version > 0 && pm.fileVersion() > p.Version // an older version than the file's
	newer := p.Version > 0 && pm.fileVersion() < p.Version
	if !stale {
		pm.shared("title", textutil.CollapseSpace(p.Title), false)
		pm.authors(p.Authors)
		pm.source("version", p.Version > 0, func() *yaml.Node { return integer(p.Version) })
		pm.versionOnce()
	}
	if lookup(s.m, "date") == nil {
		s.set("date", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: day}, paperKeys)
		pm.note("date %s", day)
	}
	pm.dates(p.Published, p.Updated, stale)
	pm.topics(suggest(rules, p.Keywords))
	for _, f := range stickyFields {
		pm.shared(f.key, f.value(p), true)
	}
	if !stale {
		pm.source("pdf", p.PDF != "", func() *yaml.Node { return str(p.PDF, true) })
	}
	for _, c := range []struct {
		key string
		n   *int
	}{{"upvotes", p.Upvotes}, {"comments", p.Comments}, {"stars", p.Stars}} {
		pm.source(c.key, c.n != nil, func() *yaml.Node { return integer(*c.n) })
	}
	pm.source("ai_summary", textutil.CollapseSpace(p.AISummary) != "", func() *yaml.Node { return str(textutil.CollapseSpace(p.AISummary), true) })
	pm.source("keywords", len(p.Keywords) > 0, func() *yaml.Node { return list(p.Keywords, true, false) })
	if !stale {
		pm.versioned(p, newer)
	}
	pm.rec.Sources = union(pm.rec.Sources, []string{src})
	if listed {
		if date := valueOf(s.m, "date"); date != "" && !datedOn(s, day) && !slices.Contains(pm.rec.Days, day) {
			pm.note("listed on %s too, beside its date %s", day, date)
		}
		pm.rec.Days = union(pm.rec.Days, []string{day})
	}
	if rec := pm.rec.node(); !same(old, rec) || lookup(s.m, "imported") == nil {
		s.set("imported", rec, paperKeys)
	}
	return pm.notes, pm.kept
}

// fileVersion is the version the file shows: its version:, else the vN
// of its arxiv: (a curator pastes "2506.11924v1" from arxiv.org, which
// the build reads as version 1); 0 for neither.
func (pm *paperMerge) fileVersion() int {
	if v, err := strconv.Atoi(valueOf(pm.s.m, "version")); err == nil {
		return v
	}
	_, v, _ := arxivid.Parse(valueOf(pm.s.m, "arxiv"))
	return v
}

// versionOnce writes arxiv: without its vN when version: names another
// version (the import's newer one): a build refuses a file whose two
// disagree, and version: is the one the import keeps up to date.
func (pm *paperMerge) versionOnce() {
	arxiv := valueOf(pm.s.m, "arxiv")
	id, v, err := arxivid.Parse(arxiv)
	version, verr := strconv.Atoi(valueOf(pm.s.m, "version"))
	if err != nil || v == 0 || verr != nil || version == v {
		return
	}
	if pm.s.set("arxiv", str(id, true), paperKeys) {
		pm.note("arxiv %s → %s (version: says the version)", arxiv, id)
	}
}

// versioned merges what an arXiv version describes besides its title,
// authors and version: its categories, DOI, journal reference, comment
// and abstract. An older version than the file's gives none of them, so
// that the page never mixes two versions' (v3's title with v1's draft
// comment and categories); a newer one (newer) that lacks a DOI, journal
// reference or comment drops the one an earlier version gave (drop).
func (pm *paperMerge) versioned(p Paper, newer bool) {
	pm.source("primary_category", p.PrimaryCategory != "", func() *yaml.Node { return str(p.PrimaryCategory, false) })
	pm.source("categories", len(p.Categories) > 0, func() *yaml.Node { return list(p.Categories, true, false) })
	for _, f := range versionFields {
		v := f.value(p)
		switch {
		case v != "":
			pm.source(f.key, true, func() *yaml.Node { return str(v, true) })
			pm.rec.PerVersion[f.key] = digest(v)
		case newer && pm.src == "arxiv": // Hugging Face gives none of them
			pm.drop(f.key, p.Version)
		}
	}
	pm.abstract(Abstract(p.Abstract))
}

// drop deletes key, which version v lacks, when the file holds what the
// last import wrote of it (imported: records its digest): the value
// described an earlier version. A value the curator edited stays, theirs
// from now on, and the report says so; so does one no import recorded, a
// curator's when no arXiv import ever wrote the file (unrecorded says
// what of it an import before the digests may have written).
func (pm *paperMerge) drop(key string, v int) {
	last, recorded := pm.rec.PerVersion[key]
	delete(pm.rec.PerVersion, key)
	cur, present := scalarOf(lookup(pm.s.m, key))
	switch {
	case !present || strings.TrimSpace(cur) == "":
	case !recorded:
		pm.unrecorded(key, cur, v)
	case digest(cur) == last:
		pm.s.unset(key)
		pm.note("%s dropped (v%d has none)", key, v)
	default:
		pm.note("%s: the curator's version kept (v%d has none)", key, v)
	}
}

// unrecorded handles key, whose value cur version v lacks and imported:
// has no digest of, in a file an arXiv import wrote: imports before
// Paperboy recorded what they wrote left none, so cur may be an
// earlier version's or the curator's. arXiv's sentence withdrawing the
// paper ("This paper has been withdrawn by the author…") is an earlier
// version's: arXiv withdraws a paper with a new version that says so, and
// a later one brings the paper back; a curator marks a withdrawal
// "Withdrawn: …", which stays. Anything else stays too, and the report
// names it (Plan.Unrecorded), as the page would show it with vN's.
func (pm *paperMerge) unrecorded(key, cur string, v int) {
	if !slices.Contains(pm.rec.Sources, "arxiv") {
		return // no arXiv import wrote the file: the curator's
	}
	if key == "comment" && arXivWithdrawal(cur) {
		pm.s.unset(key)
		pm.note("comment dropped (v%d has none; it was arXiv's withdrawal of an earlier version, written before Paperboy recorded what it imports)", v)
		return
	}
	line := 0
	if i := keyAt(pm.s.m, key); i >= 0 {
		line = pm.s.m.Content[i].Line + 1 // after the opening ---
	}
	pm.kept = append(pm.kept, fmt.Sprintf("%s:%d: %s kept, though v%d has none: it was written before Paperboy recorded what it imports, so it may be yours or an earlier version's; if v%d has none, delete the line",
		pm.s.path, line, key, v, v))
	pm.note("%s kept (v%d has none; it may be yours)", key, v)
}

// arXivWithdrawal reports whether comment is arXiv's sentence withdrawing
// the paper (model.Paper.Withdrawn), not a curator's mark starting with
// "Withdrawn".
func arXivWithdrawal(comment string) bool {
	return (&model.Paper{Comment: comment}).Withdrawn() && !curatorWithdrawal.MatchString(comment)
}

// curatorWithdrawal matches a comment that starts with "Withdrawn", as a
// curator marks a paper withdrawn ("Withdrawn: retracted by the journal").
var curatorWithdrawal = regexp.MustCompile(`(?i)^[^\pL]*withdrawn\b`)

// note records a change for the report.
func (pm *paperMerge) note(format string, args ...any) {
	pm.notes = append(pm.notes, fmt.Sprintf(format, args...))
}

// authority returns the source whose value of key wins when two sources
// give one: arXiv, the publisher, for what describes the paper; Hugging
// Face for its own counts, links and summaries. It returns "" for a field
// only one source gives.
func authority(key string) string {
	switch key {
	case "title", "authors", "abstract", "published", "updated", "version":
		return "arxiv"
	case "upvotes", "comments", "stars", "code", "project", "image", "ai_summary", "keywords":
		return "hf"
	}
	return ""
}

// yields reports whether this import must leave key alone: the file holds
// a value (present) and the source with authority over key is another one
// that has imported the paper (imported.sources names it). An absent value
// may be filled by any source; the authority replaces it on its next import.
func (pm *paperMerge) yields(key string, present bool) bool {
	a := authority(key)
	return present && a != "" && a != pm.src && slices.Contains(pm.rec.Sources, a)
}

// has reports whether the front matter holds a non-null value for key.
func (pm *paperMerge) has(key string) bool {
	n := lookup(pm.s.m, key)
	return n != nil && n.Tag != "!!null"
}

// dates merges published and updated (updated only from a version that is
// not stale), each unless another source has authority over it (yields).
// Published is also left alone when the source gives only a date (midnight
// UTC, as Hugging Face's lists do) and the file holds a time of day, or
// when it would fall after updated as the file will hold it.
func (pm *paperMerge) dates(published, updated time.Time, stale bool) {
	setUpdated := !stale && !updated.IsZero() && !pm.yields("updated", pm.has("updated"))
	if !setUpdated {
		updated, _ = parseTime(valueOf(pm.s.m, "updated")) // zero if none
	}
	if !published.IsZero() { // source leaves it alone if another source has authority
		cur, err := parseTime(valueOf(pm.s.m, "published"))
		coarser := err == nil && dateOnly(published) && !dateOnly(cur)
		if !coarser && (updated.IsZero() || !published.After(updated)) {
			pm.source("published", true, func() *yaml.Node { return timestamp(published) })
		}
	}
	if setUpdated {
		pm.source("updated", true, func() *yaml.Node { return timestamp(updated) })
	}
}

// dateOnly reports whether t is midnight UTC: a date without time of day.
func dateOnly(t time.Time) bool {
	u := t.UTC()
	return u.Hour() == 0 && u.Minute() == 0 && u.Second() == 0 && u.Nanosecond() == 0
}

// source sets a source-owned field when the source gives it, unless another
// source has authority over it (yields).
func (pm *paperMerge) source(key string, given bool, node func() *yaml.Node) {
	if !given || pm.yields(key, pm.has(key)) {
		return
	}
	before := valueOf(pm.s.m, key)
	v := node()
	if !pm.s.set(key, v, paperKeys) {
		return
	}
	switch {
	case v.Kind != yaml.ScalarNode || len(v.Value) > 40:
		pm.note("%s updated", key)
	case before == "":
		pm.note("%s %s", key, v.Value)
	default:
		pm.note("%s %s → %s", key, before, v.Value)
	}
}

// shared sets a shared text field to val, quoted, when the file still holds
// what the last import recorded (or neither has it; see follows for
// sticky), and records val either way.
func (pm *paperMerge) shared(key, val string, sticky bool) {
	if val == "" {
		return
	}
	cur, present := scalarOf(lookup(pm.s.m, key))
	if pm.yields(key, present) {
		return
	}
	switch {
	case follows(cur, present, pm.rec.last(key), sticky):
		if pm.s.set(key, str(val, true), paperKeys) {
			pm.note("%s updated", key)
		}
	case cur != val:
		if last := pm.rec.last(key); last != nil && *last != val {
			// The source changed it since: say to what, for the curator
			// to take in what is new, or not.
			pm.note("%s: the curator's version kept; the source's is now %q", key, val)
		} else {
			pm.note("%s: the curator's version kept", key)
		}
	}
	pm.rec.Shared[key] = val
}

// follows reports whether a shared field still follows the source: it equals
// what the last import recorded, or it is absent and either no import
// recorded it or the field is one a paper cannot do without (sticky is
// false: title, authors), so deleting it hands it back to the source.
// Otherwise the curator wrote, changed or (for stickyFields) deleted it.
func follows(cur string, present bool, last *string, sticky bool) bool {
	if !present {
		return last == nil || !sticky
	}
	return last != nil && cur == *last
}

// authors sets the author list like a shared field, comparing digests.
func (pm *paperMerge) authors(names []string) {
	var clean []string
	for _, n := range names {
		if n = textutil.CollapseSpace(n); n != "" {
			clean = append(clean, n)
		}
	}
	if len(clean) == 0 {
		return
	}
	cur := stringsOf(lookup(pm.s.m, "authors"))
	if pm.yields("authors", len(cur) > 0) {
		return
	}
	switch {
	case follows(AuthorsDigest(cur), len(cur) > 0, pm.rec.last("authors"), false):
		if pm.s.set("authors", list(clean, false, true), paperKeys) {
			pm.note("authors updated")
		}
	case !slices.Equal(cur, clean):
		pm.note("authors: the curator's version kept")
	}
	pm.rec.Shared["authors"] = AuthorsDigest(clean)
}

// topics adds the topics the keyword rules suggest for the first time,
// and records those it adds (imported: topics:), which a later import
// does not add again once the curator took one out, and a build leaves
// off the paper once site.yaml no longer defines it. A suggested topic
// the file has already, by its slug, a former slug or its name, is the
// curator's, and not recorded: it stays when its topic is deleted from
// site.yaml. One its not_topics: names is kept off, as the build keeps
// the rule off it.
func (pm *paperMerge) topics(suggested []Rule) {
	n := lookup(pm.s.m, "topics")
	cur, not := stringsOf(n), stringsOf(lookup(pm.s.m, "not_topics"))
	var added []string
	for _, r := range suggested {
		if t := r.Slug; !slices.Contains(pm.rec.Topics, t) && !slices.ContainsFunc(cur, r.namedBy) && !slices.ContainsFunc(not, r.namedBy) && !slices.Contains(added, t) {
			added = append(added, t)
		}
	}
	if len(added) == 0 || (n != nil && n.Kind != yaml.SequenceNode && n.Tag != "!!null") {
		return
	}
	pm.rec.Topics = union(pm.rec.Topics, added)
	pm.s.set("topics", list(slices.Concat(cur, added), true, false), paperKeys)
	pm.note("topics +%s", strings.Join(added, " +"))
}

// abstract puts md at the start of the body. The body's abstract is found as
// the prefix, ending at a paragraph break, whose digest is the one recorded;
// what follows (the curator's notes) is kept byte for byte. If no prefix
// matches, the curator edited the abstract and the body is left alone. A
// body that is empty or starts with a blank line has no abstract (a new
// file, or the curator deleted it to hand it back): md goes in front. An
// abstract another source has authority over is left alone (yields).
func (pm *paperMerge) abstract(md string) {
	body := pm.s.body
	noAbstract := strings.TrimSpace(body) == "" || strings.HasPrefix(body, "\n")
	if md == "" || pm.yields("abstract", !noAbstract) {
		return
	}
	last := pm.rec.last("abstract")
	pm.rec.Shared["abstract"] = digest(md)
	if noAbstract {
		// No abstract: a new file, or the curator deleted it to hand it back.
		pm.s.body = md + "\n"
		if notes := dropBlankLines(body); notes != "" {
			pm.s.body += "\n" + notes
		}
		pm.note("abstract added")
		return
	}
	if last == nil {
		if !strings.HasPrefix(body, md) {
			pm.note("abstract: the curator's body kept")
		}
		return
	}
	end := AbstractEnd(body, *last)
	if end < 0 {
		if !strings.HasPrefix(body, md) {
			pm.note("abstract: the curator's version kept")
		}
		return
	}
	if body[:end] == md {
		return
	}
	rest := body[end:]
	if rest == "" {
		rest = "\n"
	}
	pm.s.body = md + rest
	pm.note("abstract updated")
}

// dropBlankLines returns s without its leading blank lines, keeping the
// indentation of the first line that has text (an indented code block
// stays one), or "" when s has no text.
func dropBlankLines(s string) string {
	for {
		line, rest, ok := strings.Cut(s, "\n")
		if strings.TrimSpace(line) != "" {
			return s
		}
		if !ok {
			return ""
		}
		s = rest
	}
}

// AbstractEnd returns the length of the prefix of body that ends at a
// paragraph break (or at the trailing newlines) and has digest d, or -1:
// the abstract as the import wrote it, when d is the digest its
// imported: records under abstract:, which the build reads to tell a
// finding in the source's text from one in the curator's.
func AbstractEnd(body, d string) int {
	trimmed := len(strings.TrimRight(body, "\n \t"))
	for i := 1; i <= trimmed; i++ {
		if (i == trimmed || strings.HasPrefix(body[i:], "\n\n")) && digest(body[:i]) == d {
			return i
		}
	}
	return -1
}

// valueOf returns the text of a scalar value in mapping m, or "".
func valueOf(m *yaml.Node, key string) string {
	v, _ := scalarOf(lookup(m, key))
	return v
}

// dayOf formats t's UTC date.
func dayOf(t time.Time) string { return t.UTC().Format(time.DateOnly) }
