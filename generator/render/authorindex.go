package render

import (
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/cite"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// AuthorGroup is one letter of the authors index: the authors whose
// family name starts with it.
type AuthorGroup struct {
	Letter  string // "A"…"Z" (accents folded), a Greek or Cyrillic capital, or "" for every other name
	ID      string // its fragment: "a", …, or "other"
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
// order of the site's language ("Vaswani, Ashish" under V), names in
// scripts without letters to group by (Chinese, Japanese…) last, in one
// group. A site of thousands of authors gets a page a reader can jump
// through.
func authorIndex(lang string, authors []*model.Author) []AuthorGroup {
	col := textutil.Collator(lang)
	entries := make([]AuthorEntry, len(authors))
	for i, a := range authors {
		entries[i] = AuthorEntry{Author: a, Sorted: a.Name}
		if !cite.FamilyFirst(a.Name) {
			entries[i].Sorted = cite.LastFirst(a.Name)
		}
	}
	var groups []AuthorGroup
	var other []AuthorEntry
	at := map[string]int{}
	for _, e := range entries {
		letter := initial(e.Sorted)
		if letter == "" {
			other = append(other, e)
			continue
		}
		i, ok := at[letter]
		if !ok {
			i = len(groups)
			at[letter] = i
			groups = append(groups, AuthorGroup{Letter: letter, ID: strings.ToLower(letter)})
		}
		groups[i].Authors = append(groups[i].Authors, e)
	}
	less := func(a, b AuthorEntry) int {
		if c := col.CompareString(a.Sorted, b.Sorted); c != 0 {
			return c
		}
		return strings.Compare(a.Slug, b.Slug)
	}
	slices.SortFunc(groups, func(a, b AuthorGroup) int { return col.CompareString(a.Letter, b.Letter) })
	for _, g := range groups {
		slices.SortFunc(g.Authors, less)
	}
	if len(other) > 0 {
		slices.SortFunc(other, less)
		groups = append(groups, AuthorGroup{ID: "other", Authors: other})
	}
	return groups
}

// initial is the capital a name is indexed under: its first letter with
// accents folded ("Ö" is "O"), when it is Latin, Greek or Cyrillic, else
// "".
func initial(name string) string {
	for _, r := range norm.NFD.String(name) {
		switch {
		case unicode.Is(unicode.Mn, r), r == '\'', r == '’': // 't Hooft is under T
			continue
		case unicode.IsLetter(r) && unicode.In(r, unicode.Latin, unicode.Greek, unicode.Cyrillic):
			return string(unicode.ToUpper(r))
		default:
			return ""
		}
	}
	return ""
}
