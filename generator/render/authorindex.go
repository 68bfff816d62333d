package render

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/cite"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// AuthorGroup is one letter of the authors index: the authors whose
// family name starts with it.
type AuthorGroup struct {
	Letter  string // "A"…"Z" (accents folded but for the language's own letters: "Ö" in Swedish), "Ж", "Й", "ب", "א"… (see indexRules.initial), or "" for every other name
	ID      string // its fragment: "a", …, "ب", or "other"
	Authors []AuthorEntry
	// Path is the letter's own page, "authors/letters/a/", when the index
	// is split into one page per letter (see authorIndexMax); "" when the
	// whole index is one page and the letter a section of it.
	Path string
}

// AuthorEntry is an author in the index, under the name it is sorted by.
type AuthorEntry struct {
	*model.Author
	Sorted string // "Vaswani, Ashish"
}

// authorIndex is the template function "authorIndex": authors grouped by
// the first letter of their family names and sorted by them in the
// order of the site's language ("Vaswani, Ashish" under V). The letters
// of the language's own script come first (Arabic on an Arabic site,
// Cyrillic on a Russian one), then the others in the language's order
// (Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic,
// Devanagari…), and last, in one group, the names in scripts without
// letters to group by (Chinese, Japanese, Korean). A site of thousands
// of authors gets a page a reader can jump through.
func authorIndex(lang string, authors []*model.Author) []AuthorGroup {
	entries := make([]AuthorEntry, len(authors))
	for i, a := range authors {
		entries[i] = AuthorEntry{Author: a, Sorted: a.Name}
		if !cite.FamilyFirst(a.Name) {
			n := cite.Split(a.Name)
			entries[i].Sorted = n.LastFirst()
			if n.Other != "" {
				entries[i].Sorted += " (" + n.Other + ")" // "Zhang, Hao (张浩)", under Z
			}
			if strings.ContainsFunc(a.Name, isArabicLetter) {
				// Arabic script's own comma: "علي، محمد".
				entries[i].Sorted = strings.ReplaceAll(entries[i].Sorted, ", ", "، ")
			}
		}
	}
	letters := byInitial(lang, entries, func(e AuthorEntry) (string, string) { return e.Sorted, e.Slug })
	groups := make([]AuthorGroup, len(letters))
	for i, l := range letters {
		groups[i] = AuthorGroup{Letter: l.Letter, ID: l.ID, Authors: l.Items}
	}
	return groups
}

// letterGroup is one letter of an index (authors, organizations): the
// items whose name starts with it.
type letterGroup[T any] struct {
	Letter string // as AuthorGroup.Letter
	ID     string // as AuthorGroup.ID
	Items  []T
}

// byInitial groups items by the initial of their name and sorts both
// the letters and each letter's items in the order of the site's
// language, as authorIndex describes; name gives an item's name as it
// is indexed and its slug, the tie-breaker.
func byInitial[T any](lang string, items []T, name func(T) (string, string)) []letterGroup[T] {
	col := textutil.Collator(lang)
	rules := newIndexRules(lang)
	var groups []letterGroup[T]
	var other []T
	at := map[string]int{}
	for _, it := range items {
		n, _ := name(it)
		letter := rules.initial(col, n)
		if letter == "" {
			other = append(other, it)
			continue
		}
		i, ok := at[letter]
		if !ok {
			i = len(groups)
			at[letter] = i
			groups = append(groups, letterGroup[T]{Letter: letter, ID: strings.ToLower(letter)})
		}
		groups[i].Items = append(groups[i].Items, it)
	}
	less := func(a, b T) int {
		an, as := name(a)
		bn, bs := name(b)
		if c := col.CompareString(rules.key(an), rules.key(bn)); c != 0 {
			return c
		}
		if c := col.CompareString(an, bn); c != 0 {
			return c
		}
		return strings.Compare(as, bs)
	}
	slices.SortFunc(groups, func(a, b letterGroup[T]) int {
		if c := cmp.Compare(rules.foreign(a.Letter), rules.foreign(b.Letter)); c != 0 {
			return c
		}
		if c := col.CompareString(a.Letter, b.Letter); c != 0 {
			return c
		}
		return strings.Compare(a.Letter, b.Letter)
	})
	for _, g := range groups {
		slices.SortFunc(g.Items, less)
	}
	if len(other) > 0 {
		slices.SortFunc(other, less)
		groups = append(groups, letterGroup[T]{ID: "other", Items: other})
	}
	return groups
}

// indexRules are the rules of the authors index that depend on the
// site's language.
type indexRules struct {
	script  *unicode.RangeTable // the language's own script, whose letters come first; nil for one not in letterScripts
	article bool                // Arabic: a leading article ال does not decide the letter or the order
	persian bool                // Persian, Urdu, Pashto, Kurdish: ك ي ى are indexed as ک ی, else ک ی as ك ي
}

func newIndexRules(lang string) indexRules {
	tag, err := language.Parse(lang)
	if err != nil {
		tag = language.English
	}
	own := textutil.OwnScript(lang)
	base, _ := tag.Base()
	switch base.String() {
	case "fa", "ur", "ps", "ckb", "ku":
		return indexRules{script: own, persian: true}
	case "ar":
		return indexRules{script: own, article: true}
	}
	return indexRules{script: own}
}

// foreign is 0 for a letter of the language's own script, else 1.
func (x indexRules) foreign(letter string) int {
	r, _ := utf8.DecodeRuneInString(letter)
	if x.script != nil && unicode.Is(x.script, r) {
		return 0
	}
	return 1
}

// key is what a sorted name is ordered and indexed by: the name, on an
// Arabic site without a leading article ال or ٱل ("القحطاني, نورة" is
// under ق, as Arabic catalogues file it) when two letters or more follow
// it in the family name.
func (x indexRules) key(sorted string) string {
	if !x.article {
		return sorted
	}
	for _, article := range []string{"ال", "ٱل"} {
		if rest, ok := strings.CutPrefix(sorted, article); ok && utf8.RuneCountInString(strings.SplitN(rest, ",", 2)[0]) >= 2 {
			return rest
		}
	}
	return sorted
}

// initial is the capital a name is indexed under: the first letter of
// its key, with accents and other marks dropped ("Ö" is "O", "أ" is "ا"),
// compatibility forms decomposed (an Arabic presentation form is its
// letter), the letters keyboards type differently folded (ٱ is ا, and ك
// ک, ي ی ى one letter, as indexRules.persian says), in title case; a
// leading apostrophe ("'t Hooft" is under T), modifier letter (the
// tatweel ـ) or Thai and Lao vowel written before its consonant (เ, โ…)
// is skipped. It is "" for a name that starts with Han, kana, Hangul or
// another character that is not a letter of an alphabet. A letter with a
// mark that the language's alphabet has as a letter of its own (col sees
// a primary difference from its base letter) keeps its mark, as readers
// look it up: Й and Ї in Ukrainian, Й in Russian (but Ё is under Е), Ö in
// Swedish (but under O in German), Ñ in Spanish, Ś in Polish.
func (x indexRules) initial(col *collate.Collator, name string) string {
	for _, c := range norm.NFC.String(x.key(name)) {
		d := norm.NFKD.String(string(c))
		for i, r := range d {
			switch {
			case unicode.IsMark(r), unicode.Is(unicode.Lm, r), unicode.Is(unicode.Logical_Order_Exception, r), r == '\'', r == '’':
				continue
			case !unicode.IsLetter(r), unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Bopomofo, unicode.Yi):
				return ""
			case i == 0 && ownLetter(col, c, d):
				return string(unicode.ToTitle(c))
			default:
				return string(unicode.ToTitle(x.fold(r)))
			}
		}
	}
	return ""
}

// ownLetter reports whether c, whose compatibility decomposition is d,
// is a letter of its own in col's language rather than its base letter
// with a mark. Arabic script's hamza and madda are left to fold: the
// collator weighs أ إ آ apart from ا, but Arabic and Persian dictionaries
// file them under ا, and keyboards type one for another.
func ownLetter(col *collate.Collator, c rune, d string) bool {
	if string(c) == d || unicode.Is(unicode.Arabic, c) {
		return false
	}
	base := strings.Map(func(r rune) rune {
		if unicode.IsMark(r) {
			return -1
		}
		return r
	}, d)
	return col.CompareString(string(c), base) != 0
}

// fold maps the Arabic-script letters that keyboards type differently
// to the one the index shows.
func (x indexRules) fold(r rune) rune {
	switch r {
	case 'ٱ':
		return 'ا'
	case 'ك', 'ک':
		if x.persian {
			return 'ک'
		}
		return 'ك'
	case 'ي', 'ی', 'ى':
		if x.persian {
			return 'ی'
		}
		return 'ي'
	}
	return r
}

// isArabicLetter reports whether r is a letter of the Arabic script
// (Arabic, Persian, Urdu), whose lists take the Arabic comma.
func isArabicLetter(r rune) bool { return unicode.Is(unicode.Arabic, r) && unicode.IsLetter(r) }
