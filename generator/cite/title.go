package cite

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Title returns a paper's title for a BibTeX title field: its $…$ and
// \(…\) math (as tex.MathSpans finds it, the spans its pages show as
// math) stays TeX, written $…$, each span in braces so that
// styles which lowercase titles leave it alone, and the rest is escaped,
// with straight double quotes as TeX's (texQuotes).
// Math that could break the entry or the document stays text: braces that
// do not balance, a % (a comment in TeX) or a closing $ after a backslash.
//
// A word with capitals a lowercasing style would lose ("BERT",
// "ConvLLaVA", "U-Net", "LLMs", "O(n"; see keepsCase) is braced too, as is
// usual in .bib files, so that the styles that lowercase titles (plain,
// IEEEtran) print it as written. So is, in a title written in sentence
// case (see sentenceCase), a word that starts with a capital, as it is a
// name there ("Fine-tuning {Llama} 2 on {Wikipedia}"), unless it is the
// title's first or follows a colon, which styles keep as written; a name
// in a title written in title case cannot be told from the other words
// ("Diffusion Schrödinger Bridge"), and styles lowercase it.
func Title(s string) string {
	s = texQuotes(s)
	type span struct {
		start, end int
		tex        string // the span as $…$
	}
	var maths []span // the math spans kept as TeX
	var text strings.Builder
	last := 0
	for start, end := range tex.MathSpans(s) {
		if math, ok := inlineTeX(s[start:end]); ok {
			maths = append(maths, span{start, end, math})
			text.WriteString(s[last:start] + " ")
			last = end
		}
	}
	text.WriteString(s[last:])
	names, greek := sentenceCase(text.String()), greekText(s)
	var b strings.Builder
	last = 0
	for _, m := range maths {
		b.WriteString(keepCapitals(s[last:m.start], last == 0, names, greek))
		b.WriteString("{" + m.tex + "}")
		last = m.end
	}
	b.WriteString(keepCapitals(s[last:], last == 0, names, greek))
	return b.String()
}

// texDashes writes a title's en and em dashes as TeX's -- and ---,
// which every BibTeX reads, as arXiv's titles have them (the importer
// writes them as Unicode's: tex.TitleDashes).
var texDashes = strings.NewReplacer("–", "--", "—", "---")

// keepCapitals escapes title text (Escape), its dashes TeX's (texDashes),
// bracing each word that keeps its case (keepsCase), and with names (a
// title in sentence case) each word that starts with a capital; the
// punctuation around a word stays outside ("{BERT}:"). atStart says s
// begins the title, whose first letter no style lowercases. greek says
// the title is in Greek, whose letters Escape leaves as they are
// (greekText).
func keepCapitals(s string, atStart, names, greek bool) string {
	s = texDashes.Replace(s)
	esc := func(s string) string { return escape(s, greek) }
	var b strings.Builder
	afterColon := false // styles keep the letter after a colon and a space
	for i, word := range strings.Split(s, " ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		start := strings.IndexFunc(word, wordRune)
		if start < 0 {
			b.WriteString(esc(word))
			afterColon = afterColon && word == "" || strings.HasSuffix(word, ":")
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
		name := names && !first && !(afterColon && start == 0) && unicode.IsUpper(r)
		afterColon = strings.HasSuffix(word, ":")
		if !opens && !name && !keepsCase(core, first && start == 0) {
			b.WriteString(esc(word))
			continue
		}
		b.WriteString(esc(word[:start]) + "{" + esc(core) + "}" + esc(word[end:]))
	}
	return b.String()
}

// minorWords are the words title case leaves in lower case ("Learning to
// Rank with Trees", "Language Models are Few-Shot Learners").
var minorWords = map[string]bool{
	"a": true, "an": true, "the": true, "and": true, "but": true, "or": true, "nor": true, "for": true, "so": true,
	"yet": true, "as": true, "at": true, "by": true, "in": true, "of": true, "off": true, "on": true, "per": true,
	"to": true, "up": true, "via": true, "vs": true, "from": true, "into": true, "onto": true, "over": true,
	"with": true, "than": true, "upon": true, "is": true, "are": true, "be": true, "am": true, "was": true, "were": true,
}

// sentenceCase reports whether a title (its text without math) is written
// in sentence case, "Bayesian optimization with Gaussian processes",
// rather than in title case, "Attention Is All You Need": at least two of
// the words title case would capitalise start in lower case, and no
// fewer start with a capital. Only words of letters count (not
// "GPT-4"), of two letters or more, neither minor words ("of", "is")
// nor words keepsCase braces anyway ("BERT"), nor the title's first word
// or a word after a colon, question mark or full stop, which both cases
// capitalise.
func sentenceCase(title string) bool {
	lower, upper := 0, 0
	after := true // at the title's start or after the end of a sentence or clause
	for _, w := range strings.Fields(title) {
		core := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		skip := after
		after = strings.ContainsAny(w[len(w)-1:], ":?!.")
		if skip || utf8.RuneCountInString(core) < 2 || minorWords[strings.ToLower(core)] ||
			strings.ContainsFunc(core, unicode.IsDigit) || keepsCase(core, false) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(core)
		switch {
		case unicode.IsUpper(r):
			upper++
		case unicode.IsLower(r):
			lower++
		}
	}
	return lower >= 2 && lower >= upper
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

// inlineTeX returns a title's math span, $…$ or \(…\), as the $…$ a
// BibTeX field keeps (\(…\) is LaTeX's, which BibTeX tools other than
// LaTeX, reference managers, do not read as math), and false for one
// that stays text: $$…$$, display math, which a title cannot hold, or
// one texSafe refuses.
func inlineTeX(span string) (string, bool) {
	if strings.HasPrefix(span, "$$") {
		return "", false
	}
	if strings.HasPrefix(span, `\(`) {
		inner := strings.TrimSpace(span[2 : len(span)-2])
		if inner == "" || strings.Contains(strings.ReplaceAll(inner, `\$`, ""), "$") {
			return "", false
		}
		span = "$" + inner + "$"
	}
	return span, texSafe(span)
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
			if !textutil.Escaped(math, i) {
				return false
			}
		case '\n', '\r':
			return false
		}
	}
	return depth == 0 && !textutil.Escaped(math, len(math)-1)
}
