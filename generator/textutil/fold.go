package textutil

import (
	"maps"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/slug"
)

// FoldTable maps letters that Unicode does not decompose to the ASCII a
// reader types for them (slug.LetterSpellings, the table names are
// unaccented with), Greek final sigma ς to σ (a word typed in lower case
// ends in ς, where Go lowercases a capital Σ to σ: the same word either
// way), and the Arabic-script letters that Arabic and
// Persian keyboards type differently to one of each: Persian keheh ک and
// yeh ی, and alef maksura ى, to the Arabic kaf ك and yeh ي (the letters
// of the Arabic block, as Arabic normalisers fold ى); teh marbuta ة to
// heh ه, as it is often typed; alef wasla ٱ to alef ا (the hamza forms
// أ إ آ decompose to it already); Arabic-Indic and Persian digits to
// 0-9; and the tatweel ـ, a stretch of the line, to nothing. The search
// index ships it in meta.json so the script folds exactly as the builder
// does. Each entry is "from=to".
const FoldTable = slug.LetterSpellings + " ς=σ " +
	"ک=ك ی=ي ى=ي ة=ه ٱ=ا ـ= " +
	"٠=0 ١=1 ٢=2 ٣=3 ٤=4 ٥=5 ٦=6 ٧=7 ٨=8 ٩=9 ۰=0 ۱=1 ۲=2 ۳=3 ۴=4 ۵=5 ۶=6 ۷=7 ۸=8 ۹=9"

// FoldPairs returns FoldTable as a map.
func FoldPairs() map[string]string {
	pairs := map[string]string{}
	for _, p := range strings.Fields(FoldTable) {
		from, to, _ := strings.Cut(p, "=")
		pairs[from] = to
	}
	return pairs
}

// Folder lowercases and folds text to the form the search index and the
// related lists compare words in, so that spelling variants of one word
// ("Schrödinger", "Schrodinger", "Schro\u0308dinger") are one. A Folder
// holds transformer state, so each goroutine needs its own.
type Folder struct {
	strip transform.Transformer
	table *strings.Replacer
}

// NewFolder returns a Folder that maps letters by pairs, "from" → "to"
// after lowercasing: FoldPairs, or the search index's meta.json's.
func NewFolder(pairs map[string]string) *Folder {
	var args []string
	for _, from := range slices.Sorted(maps.Keys(pairs)) {
		args = append(args, from, pairs[from])
	}
	return &Folder{
		strip: transform.Chain(norm.NFKD, runes.Remove(runes.Predicate(dropped))),
		table: strings.NewReplacer(args...),
	}
}

// Fold returns s decomposed (NFKD), without accents and invisible
// characters (dropped), lowercased, recomposed (NFC) and with the
// folder's pairs applied: "Schrödinger" → "schrodinger", "Łukasz" →
// "lukasz", "ﬁne" → "fine". Invalid UTF-8 becomes U+FFFD.
func (f *Folder) Fold(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	if isASCII(s) {
		return strings.ToLower(s)
	}
	if t, _, err := transform.String(f.strip, s); err == nil {
		s = t
	}
	return f.table.Replace(norm.NFC.String(strings.ToLower(s)))
}

// dropped reports whether folding drops r: an accent (isAccent), or a
// character that shows as nothing inside a word (Invisible), which a
// copy from a PDF or a web page leaves in it: a soft hyphen
// ("trans\u00adformer" is "transformer"), a zero-width space.
func dropped(r rune) bool { return Invisible(r) || isAccent(r) }

// isAccent reports whether r is a nonspacing mark that folding drops: an
// accent ("ö" is "o"), but not the kana voicing marks, which make other
// words ("ビデオ" is not "ヒテオ", "が" not "か").
func isAccent(r rune) bool {
	return r != '\u3099' && r != '\u309a' && unicode.Is(unicode.Mn, r)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
