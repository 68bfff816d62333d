package cite

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/doi"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/tex"
)

// stopwords are skipped when a key takes the first word of a title.
var stopwords = map[string]bool{
	"a": true, "an": true, "the": true, "on": true, "of": true, "for": true, "in": true, "to": true,
	"and": true, "with": true, "from": true, "by": true, "is": true, "are": true, "at": true, "via": true,
	"towards": true, "toward": true, "what": true, "when": true, "how": true, "why": true, "do": true, "does": true,
}

// Year is the year a paper is cited with: its first version's, of its
// day as written, as Date gives it (2024-12-31T22:00:00-05:00 is 2024,
// the year its page shows), else the year its arXiv id encodes, else
// the year its bioRxiv or medRxiv DOI says it was posted (doi.Posted),
// else its digest day's.
func Year(p *model.Paper) int {
	if !p.Published.IsZero() {
		return model.CalendarDay(p.Published).Year()
	}
	if y, _, ok := ArXivMonth(p.ArXiv); ok {
		return y
	}
	if day, ok := doi.Posted(p.DOI); ok {
		return day.Year()
	}
	return p.Date.Year()
}

// ArXivMonth is the year and month an arXiv id encodes, the month arXiv
// first announced (published) the paper, which arXiv's identifiers
// cannot back-date ("Understanding the arXiv identifier", and
// "Availability of submissions": one sent on the last day of a month
// may have the next month's): 1409.0473 is September 2014, and
// hep-th/9901001 January 1999 (old ids began in 1991). No id encodes a
// day.
func ArXivMonth(id string) (year, month int, ok bool) {
	yymm := ""
	if i := strings.LastIndexByte(id, '/'); i >= 0 && len(id) >= i+5 {
		yymm = id[i+1 : i+5] // cond-mat/0603029
	} else if len(id) >= 5 && id[4] == '.' {
		yymm = id[:4] // 1409.0473
	}
	n, err := strconv.Atoi(yymm)
	if err != nil || len(yymm) != 4 || n%100 < 1 || n%100 > 12 {
		return 0, 0, false
	}
	year = 2000 + n/100
	if n/100 >= 91 {
		year = 1900 + n/100
	}
	return year, n % 100, true
}

// baseKey is <first author's family name><year><first title word>, the
// name and the word (of the title with its math in Unicode, cut at its
// hyphens and dashes alike: Navier-Stokes, Navier--Stokes and
// Navier–Stokes are all navier) folded to ASCII letters and digits. When the name
// has none (محمد الأحمد, 佐藤 健) or the paper has no authors, a paper on
// arXiv is keyed by its id, arxiv2506.20002 (arxivhep-th-9901001 for an
// old one), which no other base key can be, as they hold no dot or
// hyphen; any other paper's name is "anon", as its id is a file name of
// the digest's, not a reference a reader knows.
func baseKey(p *model.Paper) string {
	who := ""
	if len(p.Authors) > 0 {
		who = ascii(Split(p.Authors[0]).Family) // without a suffix: "King", not "King Jr."
	}
	if who == "" && p.ArXiv != "" {
		return "arxiv" + strings.ReplaceAll(p.ArXiv, "/", "-")
	}
	if who == "" {
		who = "anon"
	}
	word := ""
	// The title's math as its reader sees it: $\text{SO}(3)$-Equivariant
	// is keyed so3, not textso3.
	for _, w := range strings.FieldsFunc(tex.UnicodeText(p.Title), func(r rune) bool { return r == ' ' || r == '-' || r == '–' || r == '—' || r == ':' || r == '/' }) {
		if w = ascii(w); w != "" && !stopwords[w] {
			word = w
			break
		}
	}
	return who + strconv.Itoa(Year(p)) + word
}

// Keys gives every paper a unique BibTeX key. A paper that pins one
// (citekey:) has it, and no other paper does; any other paper's key is
// <family name><year><first title word>, like vaswani2017attention, or
// for an arXiv paper whose first author's name has no Latin letters its
// id, arxiv2506.20002 (see baseKey); when papers share one, the paper
// the digest listed first (its day, then its id) keeps it and the others
// add their id (vaswani2017attention-1706.99999), so keys never depend
// on build order, and a key once published stays its paper's when a
// paper added later to a later day (or a draft published later) has the
// same base key. A paper added to an earlier day, or to the same day
// with a smaller id, takes it: only a pin keeps it then.
func Keys(papers []*model.Paper) map[*model.Paper]string {
	keys := make(map[*model.Paper]string, len(papers))
	groups := map[string][]*model.Paper{}
	for _, p := range papers {
		if p.CiteKey != "" {
			keys[p] = p.CiteKey
			continue
		}
		k := baseKey(p)
		groups[k] = append(groups[k], p)
	}
	keyGroups(keys, groups, Pins(papers))
	return keys
}

// Pins are the keys that papers pin (citekey:), in lower case: BibTeX
// and biber take two keys that differ only in letter case for one (a
// "case mismatch"), so a generated key may not be a pin in any case.
func Pins(papers []*model.Paper) map[string]bool {
	pins := map[string]bool{}
	for _, p := range papers {
		if p.CiteKey != "" {
			pins[strings.ToLower(p.CiteKey)] = true
		}
	}
	return pins
}

// Rekey returns the keys that Keys(all) gives anew after the base keys of
// papers, among all, changed (a title's first word, a year) or their pins
// (citekey:), where keys is what Keys gave all before: those of papers,
// and of the papers that share a base key with one of them, before or
// after the change, or whose keys a new or dropped pin is or was; every
// other paper keeps its key, as its group is the same. It computes the
// base keys of only those papers, which are the cost of Keys: at 10,000
// papers, 45 ms.
func Rekey(all, papers []*model.Paper, keys map[*model.Paper]string) map[*model.Paper]string {
	// A generated key is its paper's base key, or that with its id added
	// (once more while it is a pin): the base keys a paper may have had
	// are its key's stems (see stems). Bases are in lower case, as pins.
	bases := make(map[string]bool, 4*len(papers))
	edited := make(map[*model.Paper]bool, len(papers))
	for _, p := range papers {
		for k := range stems(p, keys[p]) {
			bases[strings.ToLower(k)] = true
		}
		bases[baseKey(p)], edited[p] = true, true
		if p.CiteKey != "" {
			bases[strings.ToLower(p.CiteKey)] = true
		}
	}
	// A paper whose key is a new pin, or had an id added because it was
	// one, has its group keyed again too, though its base key is none of
	// bases: each such paper's base key is added first.
	affected := func(p *model.Paper) bool {
		for k := range stems(p, keys[p]) {
			if bases[strings.ToLower(k)] {
				return true
			}
		}
		return false
	}
	base := map[*model.Paper]string{}
	for _, p := range all {
		if p.CiteKey == "" && !edited[p] && affected(p) {
			base[p] = baseKey(p)
		}
	}
	for _, k := range base {
		bases[k] = true
	}
	again := make(map[*model.Paper]string, len(papers))
	groups := map[string][]*model.Paper{}
	for _, p := range all {
		switch k, ok := base[p]; {
		case p.CiteKey != "":
			if edited[p] {
				again[p] = p.CiteKey
			}
		case edited[p]:
			k = baseKey(p)
			groups[k] = append(groups[k], p)
		case ok && bases[k]:
			groups[k] = append(groups[k], p)
		case !ok && affected(p): // a base key added since base was made
			if k = baseKey(p); bases[k] {
				groups[k] = append(groups[k], p)
			}
		}
	}
	keyGroups(again, groups, Pins(all))
	return again
}

// keyGroups sets in keys the keys of the papers of groups, which are by
// their base key: the paper of each that the digest listed first (its
// day, then its id) keeps the base key, and the others add their id; all
// of them add it when the base key is one of pins, and add it again while
// the key is one (smith2024notes-2405.88888 pinned by another paper), so
// that no generated key is a pin.
func keyGroups(keys map[*model.Paper]string, groups map[string][]*model.Paper, pins map[string]bool) {
	for k, g := range groups {
		slices.SortFunc(g, func(a, b *model.Paper) int { return cmp.Or(a.Date.Compare(b.Date), cmp.Compare(a.ID, b.ID)) })
		for i, p := range g {
			key, id := k, "-"+strings.ReplaceAll(p.Slug, "/", "-")
			if i > 0 || pins[strings.ToLower(key)] {
				key += id
			}
			for pins[strings.ToLower(key)] {
				key += id
			}
			keys[p] = key
		}
	}
}

// stems yields the key k of the paper p, then k without the id that
// keyGroups adds to it, as many times as it is added, down to its base
// key; k alone when it does not end in the id.
func stems(p *model.Paper, k string) func(yield func(string) bool) {
	return func(yield func(string) bool) {
		for {
			if !yield(k) {
				return
			}
			base := unsuffixed(p, k)
			if base == k {
				return
			}
			k = base
		}
	}
}

// unsuffixed returns the key k of the paper p without the id that Keys
// adds to it when another paper has the same base key, or k when it ends
// otherwise.
func unsuffixed(p *model.Paper, k string) string {
	id := strings.ReplaceAll(p.Slug, "/", "-") // no copy when p.Slug has no slash
	if base, ok := strings.CutSuffix(k, id); ok && len(base) > 0 && base[len(base)-1] == '-' {
		return base[:len(base)-1]
	}
	return k
}

// MaxAuthors is how many authors an entry names before "and others", as
// BibTeX styles abbreviate long lists anyway.
const MaxAuthors = 50

// Entry returns the paper's BibTeX entry in arXiv's style: an @article
// in its journal (journal, volume, number, pages) when it gives journal:,
// an @inproceedings (booktitle, pages) when it gives conference:, else a
// @misc, which for a preprint also has howpublished for the styles
// that ignore eprint and doi (see preprint). Its url is the paper's own: arXiv's
// page; for a paper not on arXiv its DOI's link, PDF or project page,
// and only without any of them url, the paper's page on the digest. arXiv's free-text journal_ref: is
// its note.
func Entry(p *model.Paper, key, url string) string {
	var b strings.Builder
	b.WriteString("@" + entryType(p) + "{" + key + ",\n")
	field := func(name, value string) {
		if value != "" {
			b.WriteString("  " + name + " = {" + value + "},\n")
		}
	}
	// biblatex reads doi, eprint and url verbatim: a backslash, % or _
	// in them is that character, so they are written as they are, not
	// escaped. Only the braces still count, as BibTeX ends a field at the
	// brace that balances its opening one whatever the field; a value
	// whose braces do not balance, or a line break, would end the field
	// or the entry early, so such a value is left out: it is an
	// identifier, and changing it to fit would cite something else (the
	// page and its meta tags still show it).
	verbatim := func(name, value string) {
		if verbatimSafe(value) {
			field(name, value)
		}
	}
	field("title", Title(p.Title))
	var authors []string
	for i, a := range p.Authors {
		if i == MaxAuthors {
			authors = append(authors, "others")
			break
		}
		authors = append(authors, Split(a).BibTeX())
	}
	field("author", strings.Join(authors, " and "))
	howpublished, options := preprint(p)
	field("howpublished", howpublished)
	field("journal", Escape(p.Journal))
	field("booktitle", Escape(p.Conference))
	field("volume", Escape(p.Volume))
	field("number", Escape(p.Issue))
	field("pages", Escape(strings.ReplaceAll(p.Pages, "–", "--"))) // BibTeX's en dash
	field("year", strconv.Itoa(Year(p)))
	if p.ArXiv != "" {
		verbatim("eprint", p.ArXiv)
		field("archivePrefix", "arXiv")
		field("primaryClass", Escape(primaryClass(p)))
		field("options", options)
	}
	if p.ArXiv == "" || !Preprint(p) { // an arXiv preprint's doi: is its published version's (see DOI)
		verbatim("doi", p.DOI)
	}
	verbatim("url", urlReplacer.Replace(URL(p, url)))
	field("note", note(p.JournalRef))
	b.WriteString("}\n")
	return strings.Clone(b.String()) // kept for the whole build: without the builder's spare room
}

// URL is the address a citation gives the paper: arXiv's abstract page;
// for a paper not on arXiv its DOI's link, PDF or project page, and only
// without any of them page, the paper's page on the digest.
func URL(p *model.Paper, page string) string {
	switch {
	case p.ArXiv != "":
		return "https://arxiv.org/abs/" + p.ArXiv
	case p.DOI != "":
		return doi.URL(p.DOI)
	case p.PDF != "":
		return p.PDF
	case p.Project != "":
		return p.Project
	}
	return page
}

// preprint returns the howpublished and biblatex options fields of a
// preprint's @misc: for an arXiv paper "arXiv preprint arXiv:1706.03762",
// as Google Scholar writes it, since the classic styles (plain, abbrv,
// alpha, unsrt, natbib's plainnat, IEEEtran) ignore eprint and would print
// no more than "Attention is all you need, 2017"; and "eprint=false",
// which tells biblatex alone, which prints both, to leave out its own
// "arXiv: 1706.03762 [cs.CL]" line (the url still links the abstract
// page). It is howpublished and not note, as note holds journal_ref, and
// plain prints howpublished where a journal would be, before the year.
// The styles that print eprint as well (ACM-Reference-Format, REVTeX's
// apsrev4-2, those urlbst makes) print the id twice: every field plain
// prints for a @misc they print too, so no entry serves both, and a
// reference with no id in the classic styles is the worse of the two. A
// bioRxiv or medRxiv preprint, which those styles would cite with no DOI
// either (they ignore doi and url too), is "bioRxiv preprint
// doi:10.1101/…", or "Preprint doi:10.1101/…" when no link names its
// server (see Server). An @article or @inproceedings cites its venue,
// and its eprint is an extra for styles that print one: it gets neither.
func preprint(p *model.Paper) (howpublished, options string) {
	switch {
	case !Preprint(p):
		return "", ""
	case p.ArXiv != "":
		return "arXiv preprint arXiv:" + Escape(p.ArXiv), "eprint=false"
	}
	if server := Server(p); server != "" {
		return server + " preprint doi:" + Escape(p.DOI), ""
	}
	return "Preprint doi:" + Escape(p.DOI), ""
}

// Preprint reports whether the paper is cited as a preprint: it names no
// journal or conference, which would be its venue, and is on arXiv or
// has the DOI of a bioRxiv or medRxiv preprint. Its BibTeX entry is a
// @misc with howpublished naming the server (see preprint), and the other
// formats give it their preprint type.
func Preprint(p *model.Paper) bool {
	if entryType(p) != "misc" {
		return false
	}
	_, rxiv := doi.Server(p.DOI)
	return p.ArXiv != "" || rxiv
}

// Server is the preprint server that the paper is cited from when it is
// cited as a preprint (Preprint): "arXiv" for an arXiv paper, else
// "bioRxiv" or "medRxiv" when its PDF or project page is on that server's
// site, as their DOIs look alike; "" otherwise.
func Server(p *model.Paper) string {
	switch {
	case !Preprint(p):
		return ""
	case p.ArXiv != "":
		return "arXiv"
	}
	name, _ := doi.Server(p.DOI, p.PDF, p.Project)
	return name
}

// primaryClass is the arXiv category a paper is filed under, as arXiv's
// own BibTeX gives it: the first of model.Paper.ArXivCategories, which
// the paper page marks as the primary one too.
func primaryClass(p *model.Paper) string {
	if cats := p.ArXivCategories(); len(cats) > 0 {
		return cats[0]
	}
	return ""
}

// note returns arXiv's journal_ref for a note field, escaped, its first
// word braced when it starts with a capital ("{Journal} of Machine
// Learning Research 21", "{Phys}. Rev. B 85"): IEEEtran lowercases a
// note's first letter, as if the note went on with a sentence, and a
// journal reference starts with the journal's name.
func note(ref string) string {
	ref = strings.TrimSpace(ref)
	r, _ := utf8.DecodeRuneInString(ref)
	if !unicode.IsUpper(r) {
		return Escape(ref)
	}
	end := strings.IndexFunc(ref, func(r rune) bool { return !wordRune(r) })
	if end < 0 {
		end = len(ref)
	}
	return "{" + Escape(ref[:end]) + "}" + Escape(ref[end:])
}

// entryType is the BibTeX type of the paper's entry: article for a
// journal's, inproceedings for a conference's, else misc, as arXiv's.
func entryType(p *model.Paper) string {
	switch {
	case p.Journal != "":
		return "article"
	case p.Conference != "":
		return "inproceedings"
	}
	return "misc"
}

// File joins the entries of papers into one .bib file; entry returns a
// paper's entry (Entry, or a cached copy of it).
func File(papers []*model.Paper, entry func(*model.Paper) string) []byte {
	entries := make([]string, len(papers))
	n := 0
	for i, p := range papers {
		entries[i] = entry(p)
		n += len(entries[i]) + 1
	}
	b := make([]byte, 0, n)
	for i, e := range entries {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, e...)
	}
	return b
}

// Escape makes text safe inside a braced BibTeX field: the characters TeX
// treats specially become commands. Braces become \textbraceleft{} and
// \textbraceright{} rather than \{ and \}, because BibTeX matches the
// braces of a field without regard to backslashes: a lone \{ would swallow
// the rest of the entry. A no-break space is TeX's tie, ~, and a narrow
// one its thin space, \, (a title's 10\,000, which tex.Title made one);
// the characters pdfLaTeX cannot typeset as they are are written as
// texText gives them (α as {$\alpha$}), but for the letters of text in
// Greek (see greekText), which a Unicode engine typesets. An emoji or
// another pictograph (🤗, ✅), which no TeX command writes and pdfLaTeX
// stops at ("Unicode character 🤗 not set up for use with LaTeX"), is
// left out, with a space that would then be doubled or lead.
func Escape(s string) string { return escape(s, greekText(s)) }

// escape is Escape, with the letters of Greek as text when greek is set,
// as the symbols texText writes otherwise.
func escape(s string, greek bool) string {
	var b strings.Builder
	dropped := false // the last character was a pictograph, left out
	for _, r := range s {
		if pictograph(r) {
			dropped = true
			continue
		}
		if dropped && r == ' ' && (b.Len() == 0 || strings.HasSuffix(b.String(), " ")) {
			continue
		}
		dropped = false
		switch r {
		case '\\':
			b.WriteString(`\textbackslash{}`)
		case '{':
			b.WriteString(`\textbraceleft{}`)
		case '}':
			b.WriteString(`\textbraceright{}`)
		case '#', '$', '%', '&', '_':
			b.WriteByte('\\')
			b.WriteRune(r)
		case '~':
			b.WriteString(`\textasciitilde{}`)
		case '^':
			b.WriteString(`\textasciicircum{}`)
		case '\u00a0':
			b.WriteByte('~')
		case '\u202f':
			b.WriteString(`\,`)
		case '\n', '\r', '\t':
			b.WriteByte(' ')
		default:
			if t, ok := texText[r]; ok && !(greek && unicode.Is(unicode.Greek, r)) {
				b.WriteString(t)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}

// pictograph reports whether r is part of an emoji or another pictograph
// (Unicode's Miscellaneous Symbols, Dingbats, Miscellaneous Symbols and
// Arrows, and the blocks from Mahjong Tiles to Symbols and Pictographs
// Extended-A, with the joiner and variation selectors emoji sequences
// hold).
func pictograph(r rune) bool {
	return r >= 0x2600 && r <= 0x27BF || r >= 0x2B00 && r <= 0x2BFF || r >= 0x1F000 && r <= 0x1FAFF ||
		r == '\u200d' || r == '\ufe0e' || r == '\ufe0f'
}

// verbatimSafe reports whether s can be a verbatim field as it is: its
// braces balance and it has no control characters.
func verbatimSafe(s string) bool {
	depth := 0
	for _, r := range s {
		switch {
		case r == '{':
			depth++
		case r == '}':
			if depth--; depth < 0 {
				return false
			}
		case unicode.IsControl(r):
			return false
		}
	}
	return depth == 0
}

// urlReplacer percent-encodes what a BibTeX url field cannot hold as is:
// braces, a backslash and white space.
var urlReplacer = strings.NewReplacer("{", "%7B", "}", "%7D", "\\", "%5C", " ", "%20", "\n", "%0A", "\r", "%0D", "\t", "%09")
