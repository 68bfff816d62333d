package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Title returns a paper's title for a BibTeX title field: its $…$ math
// (as textutil.InlineMath finds it) stays TeX, each span in braces so that
// styles which lowercase titles leave it alone, and the rest is escaped,
// with straight double quotes as TeX's (texQuotes).
// Math that could break the entry or the document stays text: braces that
// do not balance, a % (a comment in TeX) or a closing $ after a backslash.
//
// A word with capitals a lowercasing style would lose ("BERT",
// "ConvLLaVA", "U-Net", "LLMs", "O(n"; see keepsCase) is braced too, as is
// usual in .bib files, so that the styles that lowercase titles (plain,
// IEEEtran) print it as written.
func Title(s string) string {
	s = texQuotes(s)
	var b strings.Builder
	last := 0
	for start, end := range textutil.InlineMath(s) {
		if math := s[start:end]; texSafe(math) {
			b.WriteString(keepCapitals(s[last:start], last == 0))
			b.WriteString("{" + math + "}")
			last = end
		}
	}
	b.WriteString(keepCapitals(s[last:], last == 0))
	return b.String()
}

// keepCapitals escapes title text (Escape), bracing each word that keeps
// its case (keepsCase); the punctuation around a word stays outside
// ("{BERT}:"). atStart says s begins the title, whose first letter no
// style lowercases.
func keepCapitals(s string, atStart bool) string {
	var b strings.Builder
	for i, word := range strings.Split(s, " ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		start := strings.IndexFunc(word, wordRune)
		if start < 0 {
			b.WriteString(Escape(word))
			continue
		}
		end := strings.LastIndexFunc(word, wordRune)
		_, size := utf8.DecodeRuneInString(word[end:])
		end += size
		core := word[start:end]
		first := atStart && i == 0 // the title's first word
		// A style keeps the title's first character only: after a quote
		// or bracket, "Why" would be "why".
		r, _ := utf8.DecodeRuneInString(core)
		opens := first && start > 0 && unicode.IsUpper(r)
		if !opens && !keepsCase(core, first && start == 0) {
			b.WriteString(Escape(word))
			continue
		}
		b.WriteString(Escape(word[:start]) + "{" + Escape(core) + "}" + Escape(word[end:]))
	}
	return b.String()
}

// texQuotes writes a title's straight double quotes as TeX's quotes, two
// grave accents to open and two apostrophes to close: LaTeX prints " as a
// closing quote on both sides, and babel's German makes it a command ("a
// is ä).
func texQuotes(s string) string {
	if !strings.Contains(s, `"`) {
		return s
	}
	var b strings.Builder
	prev := ' '
	for _, r := range s {
		switch {
		case r != '"':
			b.WriteRune(r)
		case unicode.IsSpace(prev) || strings.ContainsRune("([{", prev):
			b.WriteString("``")
		default:
			b.WriteString("''")
		}
		prev = r
	}
	return b.String()
}

// keepsCase reports whether a title word must keep its capitals where a
// style lowercases the title: when a part of it between hyphens has a
// capital after its first letter ("BERT", "GPT-4o", "Transformer-XL") or
// is a capital on its own or before a digit or sign ("U-Net", "O(n",
// "C#", "L2", "X-ray"), which is a symbol or a name's letter, not the
// start of an English word; the article "A" is the one exception, and so
// is the title's first word (first) when it has no hyphen, as styles
// keep a title's first letter ("O(n) Sorting", but "{U-Net}: …"). A
// compound in title case ("Real-Time", "Self-Attention") is an ordinary
// word, lowercased as the style wants.
func keepsCase(core string, first bool) bool {
	for part := range strings.SplitSeq(core, "-") {
		r, size := utf8.DecodeRuneInString(part)
		next, _ := utf8.DecodeRuneInString(part[size:])
		alone := unicode.IsUpper(r) && !unicode.IsLetter(next) && core != "A" && !(first && part == core)
		if alone || strings.ContainsFunc(part[size:], unicode.IsUpper) {
			return true
		}
	}
	return false
}

// texSafe reports whether the math span $…$ can be copied into a field as
// it is.
func texSafe(math string) bool {
	depth := 0
	for i := 1; i < len(math)-1; i++ {
		switch math[i] {
		case '{':
			depth++
		case '}':
			if depth--; depth < 0 {
				return false
			}
		case '%':
			if !escaped(math, i) {
				return false
			}
		case '\n', '\r':
			return false
		}
	}
	return depth == 0 && !escaped(math, len(math)-1)
}

// escaped reports whether s[i] follows an odd number of backslashes.
func escaped(s string, i int) bool {
	n := 0
	for i > 0 && s[i-1] == '\\' {
		n++
		i--
	}
	return n%2 == 1
}
