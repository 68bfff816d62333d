package generator

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/cite"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/slug"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// authorNameWarnings are the build's warnings about the authors' names
// papers write, read before site.yaml's authorNames: renames them: a name
// with no letters or digits ("…", "-"), which would have a page at
// authors/author/ and be cited as no one; a name with a space before a
// comma ("Smith , John"), a typo; and a spelling authorNames:
// renames that no paper has, so its line renames nobody (a typo, most
// likely, since a name must be written as the paper writes it).
func authorNameWarnings(cfg *model.Config, papers []*model.Paper) []Problem {
	var out []Problem
	spelt := map[string]string{} // each spelling papers have → its first path:line
	for _, p := range papers {
		for i, name := range p.Authors {
			name = norm.NFC.String(name)
			if _, ok := spelt[name]; ok {
				continue
			}
			path, line := authorLine(p, i)
			spelt[name] = fmt.Sprintf("%s:%d", path, line)
			if slug.Make(name) == "" {
				out = append(out, Problem{Kind: "source", Path: path, Line: line, Msg: fmt.Sprintf(
					"author %q has no letters or digits, so it names no one, and its page's address has no name in it (authors/author/); write the author's name, or remove it", name)})
			} else if strings.Contains(name, " ,") {
				out = append(out, Problem{Kind: "source", Path: path, Line: line, Msg: fmt.Sprintf(
					"author %q has a space before a comma, which its pages show as written (citations leave it out); write %q", name, unspaced(name))})
			}
		}
	}
	return append(out, unusedRenames(cfg, "authorNames", "an author", cfg.AuthorNames, cfg.AuthorNameLines, spelt)...)
}

// unspaced is the author name with a space before a comma as it was
// meant: "Smith , John" is "Smith, John"; a group's name with its article
// put last ("Team , The") is "The Team", as a citation manager splits any
// name at its comma and would make "The" a given name.
func unspaced(name string) string {
	name = strings.ReplaceAll(name, " ,", ",")
	if group, article, ok := strings.Cut(name, ", "); ok && !strings.Contains(article, ",") {
		switch strings.ToLower(article) {
		case "the", "a", "an":
			return article + " " + group
		}
	}
	return name
}

// organizationNameWarnings are the build's warnings about site.yaml's
// organizationNames:, read before it renames the papers' organizations:
// a spelling no paper has, whose line renames nobody.
func organizationNameWarnings(cfg *model.Config, papers []*model.Paper) []Problem {
	if len(cfg.OrganizationNames) == 0 {
		return nil
	}
	spelt := map[string]string{} // each spelling papers have → its first path:line
	for _, p := range papers {
		name := norm.NFC.String(p.Organization)
		if _, ok := spelt[name]; !ok && name != "" {
			spelt[name] = fmt.Sprintf("%s:%d", p.Source, cmp.Or(p.OrganizationLine, p.Line))
		}
	}
	return unusedRenames(cfg, "organizationNames", "an organization", cfg.OrganizationNames, cfg.OrganizationNameLines, spelt)
}

// unusedRenames warns at each line of site.yaml's mapping key
// (authorNames, organizationNames: renames, at lines) whose spelling no
// paper has (spelt: each spelling papers have → where first), so that it
// renames nobody: a typo, most likely, since a name must be written as
// the paper writes it. The warning names the paper's spelling when one
// differs only in case, spacing, punctuation or accents, unless that is
// a name the mapping shows (this line's or another's): renaming it would
// rename nothing, or make a chain. When that spelling has a line of its
// own already, the warning says so: the line repeats it, to remove.
func unusedRenames(cfg *model.Config, key, what string, renames map[string]string, lines map[string]int, spelt map[string]string) []Problem {
	var out []Problem
	shown := make(map[string]bool, len(renames))
	for _, to := range renames {
		shown[to] = true
	}
	for _, from := range slices.SortedFunc(maps.Keys(renames), func(a, b string) int { return cmp.Compare(lines[a], lines[b]) }) {
		if _, ok := spelt[from]; ok {
			continue
		}
		fix := "write it as a paper spells the name, or remove the line"
		if near := nearSpelling(from, spelt, shown); near != "" {
			fix = fmt.Sprintf("write it as a paper spells the name (%q, %s), or remove the line", near, spelt[near])
			if to, ok := renames[near]; ok {
				fix = fmt.Sprintf("line %d renames the papers' spelling %q (%s) to %q already; remove this line", lines[near], near, spelt[near], to)
			}
		}
		out = append(out, Problem{Kind: "config", Path: cfg.Source, Line: lines[from], Msg: fmt.Sprintf(
			"%s: no paper has %s spelt %q, so this line renames nobody; %s", key, what, from, fix)})
	}
	return out
}

// nearSpelling is the spelling of spelt, not one of skip, that is name
// but for case, spacing, punctuation, accents and umlauts written out
// (sameSpelling), the first in byte order; "" when there is none.
func nearSpelling(name string, spelt map[string]string, skip map[string]bool) string {
	var near []string
	for s := range spelt {
		if !skip[s] && sameSpelling(name, s) {
			near = append(near, s)
		}
	}
	if len(near) == 0 {
		return ""
	}
	return slices.Min(near)
}

// spellingWords is name's words as its spellings that differ in case,
// punctuation or accents write them ("jose-garcia" for "José García" and
// "JOSE GARCIA"); "" for a name with no letters or digits.
func spellingWords(name string) string {
	return slug.Unaccented(filename.Fold(slug.Make(name)))
}

// spellingKey is what the spellings of one name that differ in case,
// spacing, punctuation or accents have in common ("José García", "Jose
// Garcia", "JOSE GARCÍA"; "Yann Le Cun" and "Yann LeCun", as listings
// and curators space a family name of two words differently); "" for a
// name with no letters or digits.
func spellingKey(name string) string {
	return strings.ReplaceAll(spellingWords(name), "-", "")
}

// umlauts writes German's umlauts and ß out, as arXiv's listings and
// others without them often do ("Juergen" for "Jürgen").
var umlauts = strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "Ä", "Ae", "Ö", "Oe", "Ü", "Ue", "ß", "ss")

// writtenOutKey is the spellingKey of name with its umlauts written out
// ("juergenschmidhuber" for "Jürgen Schmidhuber"), or "" when it has
// none. A spelling without umlauts is not written out too: "Michael"
// and "Michał" are two names, and would be one if every ae were ä.
func writtenOutKey(name string) string {
	name = norm.NFC.String(name)
	if out := umlauts.Replace(name); out != name {
		return spellingKey(out)
	}
	return ""
}

// sameSpelling reports whether the names a and b are spellings of one
// name: their spellingKeys are the same, or one's is the other's with
// its umlauts written out.
func sameSpelling(a, b string) bool {
	ka, kb := spellingKey(a), spellingKey(b)
	return ka != "" && kb != "" && (ka == kb || ka == writtenOutKey(b) || kb == writtenOutKey(a))
}

// spellingKeys maps each author to the key its spellings share: its
// spellingKey, or, for a name written as another author's is with its
// umlauts written out, that author's ("Juergen Schmidhuber" is keyed as
// "Jürgen Schmidhuber").
func spellingKeys(authors []*model.Author) map[*model.Author]string {
	umlauted := map[string]string{} // writtenOutKey → spellingKey
	for _, a := range authors {
		if k := writtenOutKey(a.Name); k != "" {
			umlauted[k] = spellingKey(a.Name)
		}
	}
	keys := make(map[*model.Author]string, len(authors))
	for _, a := range authors {
		k := spellingKey(a.Name)
		if u, ok := umlauted[k]; ok {
			k = u
		}
		keys[a] = k
	}
	return keys
}

// spellingDifference says how a and b, two spellings of one name
// (sameSpelling), differ, for a note: in accents (and case or
// punctuation, which go without saying), in spacing, or in an umlaut
// written out.
func spellingDifference(a, b string) string {
	wa, wb := spellingWords(a), spellingWords(b)
	switch {
	case wa == wb:
		return " differ only in accents"
	case spellingKey(a) != spellingKey(b):
		return " differ only in how an umlaut is written (ue for ü, oe for ö, ae for ä)"
	case slug.Unaccented(a) == a && slug.Unaccented(b) == b:
		return " differ only in spacing"
	}
	return " differ only in accents and spacing"
}

// authorLine is where the paper p writes its i-th author: its source and
// the author's line there (the paper's own line for a paper not parsed
// from a source, which has none).
func authorLine(p *model.Paper, i int) (string, int) {
	if i < len(p.AuthorLines) {
		return p.Source, p.AuthorLines[i]
	}
	return p.Source, p.Line
}

// accentedNames is check's note on the authors whose names differ only in
// accents ("José García", "Jose Garcia"), in umlauts written out
// ("Juergen Schmidhuber", "Jürgen Schmidhuber") or in spacing ("Yann Le
// Cun", "Yann LeCun"): the index keeps each spelling, so they have two
// pages, while arXiv's listings often drop accents that Hugging Face and
// the authors themselves write, so they are most likely one person. The note names where each is written and the authorNames: lines
// that make them one, shown with the accents (then as the author with
// more papers). Names that one paper lists together are two people, and
// left alone.
func accentedNames(site *model.Site) []Problem {
	groups := map[string][]*model.Author{}
	var keys []string
	keyOf := spellingKeys(site.Authors)
	for _, a := range site.Authors { // by slug
		k := keyOf[a]
		if k == "" {
			continue
		}
		if groups[k] == nil {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], a)
	}
	var out []Problem
	for _, k := range keys {
		g := groups[k]
		if len(g) < 2 || shareAPaper(g) {
			continue
		}
		accents := func(a *model.Author) int { return len(a.Name) - len(slug.Unaccented(a.Name)) }
		shown := slices.MaxFunc(g, func(a, b *model.Author) int {
			return cmp.Or(cmp.Compare(accents(a), accents(b)), cmp.Compare(len(a.Papers), len(b.Papers)), strings.Compare(b.Slug, a.Slug))
		})
		for _, a := range g {
			if a != shown {
				out = append(out, oneAuthorNote(site.Config, a, shown, "and", spellingDifference(a.Name, shown.Name)))
			}
		}
	}
	return out
}

// initialedNames is check's note on an author written with initials ("K.
// He", "J.-P. Sartre") who is most likely an author written in full
// ("Kaiming He"): the same family name, initials that begin the full
// name's given names, and a co-author in common, with no other full name
// fitting. Hand-written digests and some listings abbreviate given names,
// and each spelling gets its own author page. Left alone: names one paper
// lists together (two people), an abbreviation two full names fit ("Y.
// Wang" for "Yu Wang" and "Yi Wang"), and one with no co-author in common,
// which may well be someone else.
func initialedNames(site *model.Site) []Problem {
	byFamily := map[string][]*model.Author{}
	for _, a := range site.Authors { // by slug
		if n := cite.Split(a.Name); !n.Group && n.Given != "" {
			k := spellingKey(n.Family)
			byFamily[k] = append(byFamily[k], a)
		}
	}
	var out []Problem
	for _, a := range site.Authors {
		short, ok := givenInitials(a.Name)
		if !ok {
			continue
		}
		var fits []*model.Author
		for _, b := range byFamily[spellingKey(cite.Split(a.Name).Family)] {
			full, abbreviated := givenInitials(b.Name)
			if !abbreviated && strings.HasPrefix(full, short) && !shareAPaper([]*model.Author{a, b}) {
				fits = append(fits, b)
			}
		}
		if len(fits) != 1 {
			continue
		}
		full := fits[0]
		common := commonCoauthors(a, full)
		if len(common) == 0 {
			continue
		}
		named := make([]string, min(len(common), 3))
		for i := range named {
			named[i] = common[i].Name
		}
		if len(common) > len(named) {
			named = append(named, textutil.Plural(len(common)-len(named), "other", "others"))
		}
		out = append(out, oneAuthorNote(site.Config, a, full, "may be",
			": the same family name, initials that begin the given names, and co-authors in common ("+strings.Join(named, ", ")+")"))
	}
	return out
}

// oneAuthorNote is check's note, at the first place that names the author
// a, that a and the author shown are most likely one person, each with an
// author page of their own: "a <verb> shown (where first written; how many
// papers)<reason>", then the authorNames: lines that show a as shown.
func oneAuthorNote(cfg *model.Config, a, shown *model.Author, verb, reason string) Problem {
	path, line := authorWrittenFirst(a)
	shownPath, shownLine := authorWrittenFirst(shown)
	return Problem{Kind: "note", Path: path, Line: line, Msg: fmt.Sprintf(
		"%q (%s) %s %q (%s:%d; %s)%s, so each has an author page; if they are one person, add %s in site.yaml, and their page is %s:\n%s",
		a.Name, authorPapers(a), verb, shown.Name, shownPath, shownLine, authorPapers(shown), reason, renameWhere(cfg), shown.Path(), renameLines(cfg, a, shown.Name))}
}

// givenInitials returns the first letters of the given names of name,
// lower-cased and without accents ("Jean-Paul Sartre" → "jp"), and
// whether the given names are all initials ("J.-P. Sartre", "K He"): one
// capital letter each, so a one-character given name in a script without
// capitals ("佐藤 健") is not one. A group or a single name has none.
func givenInitials(name string) (string, bool) {
	n := cite.Split(name)
	if n.Group || n.Given == "" {
		return "", false
	}
	var initials []rune
	all := true
	for _, piece := range strings.FieldsFunc(n.Given, func(r rune) bool { return r == '.' || r == '-' || r == '‐' || unicode.IsSpace(r) }) {
		first, size := utf8.DecodeRuneInString(piece)
		all = all && size == len(piece) && unicode.IsUpper(first)
		initials = append(initials, []rune(strings.ToLower(slug.Unaccented(string(first))))...)
	}
	return string(initials), all && len(initials) > 0
}

// commonCoauthors are the authors who share a paper with a and another
// with b (neither a nor b), in slug order.
func commonCoauthors(a, b *model.Author) []*model.Author {
	with := func(x *model.Author) map[*model.Author]bool {
		m := map[*model.Author]bool{}
		for _, p := range x.Papers {
			for _, c := range p.AuthorRefs {
				if c != a && c != b {
					m[c] = true
				}
			}
		}
		return m
	}
	withB := with(b)
	var common []*model.Author
	for c := range with(a) {
		if withB[c] {
			common = append(common, c)
		}
	}
	slices.SortFunc(common, func(x, y *model.Author) int { return strings.Compare(x.Slug, y.Slug) })
	return common
}

// shareAPaper reports whether two of the authors are on one paper.
func shareAPaper(authors []*model.Author) bool {
	seen := map[*model.Paper]bool{}
	for _, a := range authors {
		for _, p := range a.Papers {
			if seen[p] {
				return true
			}
		}
		for _, p := range a.Papers {
			seen[p] = true
		}
	}
	return false
}

// authorPapers is the author's page and how many papers it lists:
// "authors/jose-garcia/, 2 papers".
func authorPapers(a *model.Author) string {
	return a.Path() + ", " + textutil.Plural(len(a.Papers), "paper", "papers")
}

// authorWrittenFirst is the first place, in path and line order, that names the
// author a, as the paper there spells the name.
func authorWrittenFirst(a *model.Author) (string, int) {
	var path string
	var line int
	for _, p := range a.Papers {
		for i, ref := range p.AuthorRefs {
			if ref != a {
				continue
			}
			pp, pl := authorLine(p, i)
			if path == "" || cmp.Or(strings.Compare(pp, path), cmp.Compare(pl, line)) < 0 {
				path, line = pp, pl
			}
		}
	}
	return path, line
}

// renameLines are the authorNames: lines that show every spelling of the
// author a as name: a spelling papers have is added, and one that is
// itself what authorNames: shows has its line (or lines) changed.
func renameLines(cfg *model.Config, a *model.Author, name string) string {
	var lines []string
	add := func(from, where string) {
		if l := fmt.Sprintf("  %s: %s%s", from, name, where); !slices.Contains(lines, l) {
			lines = append(lines, l)
		}
	}
	for _, p := range a.Papers {
		for i, ref := range p.AuthorRefs {
			if ref != a || i >= len(p.Authors) {
				continue
			}
			spelling, renamed := p.Authors[i], false
			for _, from := range slices.Sorted(maps.Keys(cfg.AuthorNames)) {
				if cfg.AuthorNames[from] == spelling {
					add(from, fmt.Sprintf("  # in place of line %d", cfg.AuthorNameLines[from]))
					renamed = true
				}
			}
			if !renamed {
				add(spelling, "")
			}
		}
	}
	slices.Sort(lines)
	if len(cfg.AuthorNames) == 0 {
		return "authorNames:\n" + strings.Join(lines, "\n")
	}
	return strings.Join(lines, "\n")
}

// renameWhere says where the lines renameLines gives go: under site.yaml's
// authorNames:, or with it when it has none.
func renameWhere(cfg *model.Config) string {
	if len(cfg.AuthorNames) == 0 {
		return "these lines"
	}
	return "these lines under authorNames:"
}

// twiceNamed warns in warn of an author p names again, in the same
// spelling, at the line of the second: the index makes one name one
// author, so two people of one name (two Wei Lis of one lab) would share
// one page, and a name pasted twice would show twice in the byline.
func twiceNamed(path string, p *model.Paper, warn *[]Problem) {
	if len(p.Authors) < 2 {
		return
	}
	seen := make(map[string]int, len(p.Authors))
	for i, name := range p.Authors {
		name = norm.NFC.String(name)
		first, ok := seen[name]
		if !ok {
			seen[name] = i
			continue
		}
		_, at := authorLine(p, first)
		_, line := authorLine(p, i)
		where := ""
		if at != line {
			where = fmt.Sprintf(" (first at line %d)", at)
		}
		*warn = append(*warn, asImported(p, "authors", Problem{Kind: "source", Path: path, Line: line, Msg: fmt.Sprintf(
			"authors: %q is named twice on this paper%s, and one name is one author, with one page; if it is one person, remove this one; if two people share the name, tell them apart as their papers do, with a middle initial (%q)",
			name, where, middleInitialed(name))}))
	}
}

// middleInitialed is name with an initial before its last word, as an
// example of telling two people of one name apart: "Wei Li" is "Wei X.
// Li"; a name of one word is itself.
func middleInitialed(name string) string {
	if i := strings.LastIndexByte(name, ' '); i > 0 {
		return name[:i] + " X." + name[i:]
	}
	return name
}
