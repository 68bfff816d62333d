package search

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// MaxTokenRunes is the length at which a token is cut, in index and query
// alike, so hostile input cannot make a term of unbounded size.
const MaxTokenRunes = 40

// stopwordList are the words dropped from abstracts and from complete query
// words; shipped in meta.json as well.
const stopwordList = "a about above after again against all am an and any are as at be because been " +
	"before being below between both but by can could did do does doing down during each few for " +
	"from further had has have having he her here hers herself him himself his how i if in into is " +
	"it its itself just me more most my myself no nor not now of off on once only or other our ours " +
	"ourselves out over own same she should so some such than that the their theirs them themselves " +
	"then there these they this those through to too under until up very was we were what when " +
	"where which while who whom why will with would you your yours yourself yourselves"

// abbreviationList are the abbreviations of abstracts, lower-case and
// without their last full stop, after which ". " ends no sentence when a
// lower-case word or a digit follows ("e.g. transformers", "Fig. 3", "et
// al. show"); shipped in meta.json as well, for the script's snippets.
const abbreviationList = "al approx cf e.g eq eqs etc fig figs i.e ref refs resp sec sect tab viz vs w.r.t"

// folder lowercases and folds text to the form terms are stored in
// (textutil.Folder), and finds the sentences of an abstract. A folder
// holds transformer state, so each Build or Index makes its own.
type folder struct {
	*textutil.Folder
	stop   map[string]bool
	abbrev map[string]bool
}

func newFolder() *folder {
	return newFolderFrom(textutil.FoldPairs(), strings.Fields(stopwordList), strings.Fields(abbreviationList))
}

// newFolderFrom returns a folder with the given letter folding,
// stopwords and abbreviations, as meta.json ships them.
func newFolderFrom(pairs map[string]string, stop, abbrev []string) *folder {
	f := &folder{
		Folder: textutil.NewFolder(pairs),
		stop:   map[string]bool{},
		abbrev: map[string]bool{},
	}
	for _, a := range abbrev {
		f.abbrev[a] = true
	}
	for _, w := range stop {
		f.stop[w] = true
	}
	return f
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || 'A' <= r && r <= 'Z'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.IsMark(r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

// joinCJK returns s without each single white-space character between
// two CJK characters (see textutil.IsCJK): "山田 太郎" is "山田太郎". Chinese and
// Japanese names are written with a space or without one, and Korean
// spacing varies ("언어 모델", "언어모델"); the index joins them, so it
// holds the pair across the space (田太) that a query typed without the
// space asks for, where a query with it asks only for the pairs it has.
// Two spaces or more, and punctuation, part what they part.
func joinCJK(s string) string {
	if strings.IndexFunc(s, textutil.IsCJK) < 0 {
		return s
	}
	var b strings.Builder
	done := 0 // s[:done] is written, but for the spaces dropped
	prev := rune(-1)
	for i, r := range s {
		if textutil.IsCJK(prev) && unicode.Is(unicode.White_Space, r) {
			_, n := utf8.DecodeRuneInString(s[i:])
			if next, _ := utf8.DecodeRuneInString(s[i+n:]); textutil.IsCJK(next) {
				b.WriteString(s[done:i])
				done = i + n
			}
		}
		prev = r
	}
	if done == 0 {
		return s
	}
	b.WriteString(s[done:])
	return b.String()
}

// words calls emit for each word of folded text s: a run of letters,
// numbers and marks, with apostrophes allowed between them; apos reports
// whether it holds any, joined whether one hyphen alone parts it from
// the word before (the "4o" of "gpt-4o", see isHyphen), and spaced
// whether spaces alone do (the "3" of "llama 3").
func words(s string, emit func(w string, apos, joined, spaced bool)) {
	i, end := 0, -1
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		start, apos := i, false
		i += n
		for i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
			if isWordRune(r) {
				i += n
				continue
			}
			if isApostrophe(r) && i+n < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[i+n:]); isWordRune(r2) {
					i += n
					apos = true
					continue
				}
			}
			break
		}
		joined, spaced := false, false
		if end >= 0 {
			h, n := utf8.DecodeRuneInString(s[end:])
			joined = end+n == start && isHyphen(h)
			spaced = strings.Trim(s[end:start], " ") == ""
		}
		emit(s[start:i], apos, joined, spaced)
		end = i
	}
}

// isHyphen reports whether r joins the parts of a compound word: a
// hyphen-minus, a hyphen or a no-break hyphen (which folding makes a
// hyphen), or the zero-width non-joiner that Persian writes inside a
// word ("مدل‌های", "می‌شوند"), where many keyboards and readers type
// nothing or a space: as a compound, the word is found either way.
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' || r == '\u200c' }

// maxCompound is the most parts a compound word joined by hyphens has
// for its joined form to be a token: "GPT-4o", "Q-LoRA" and
// "vision-language-action", not "state-of-the-art", whose parts alone are
// what a reader types.
const maxCompound = 3

// pieces calls emit for the tokens of one apostrophe-free word, with
// the units of it each spans (see tokensAt), and returns how many units
// the word is: every run of other runes whole, cut to MaxTokenRunes, one
// unit, and a run of CJK characters (see textutil.IsCJK), a unit each, as its
// characters and each pair of neighbours. In the index form a run gives
// both, so one character finds it; a query of two or more characters
// asks for its pairs, so "王伟" finds 王伟 and not 王明 and 张伟; a phrase
// for its characters one after the other.
func pieces(w string, fm form, emit func(tok string, from, to int)) int {
	return textutil.CJKPieces(w, fm != queryForm, fm != phraseForm, func(p string, from, to int) { emit(cut(p), from, to) })
}

// cut returns t cut to MaxTokenRunes runes.
func cut(t string) string { return firstRunes(t, MaxTokenRunes) }

// firstRunes returns the first n runes of s, or all of s when it has
// fewer.
func firstRunes(s string, n int) string {
	runes := 0
	for i := range s {
		if runes == n {
			return s[:i]
		}
		runes++
	}
	return s
}

// tokens calls emit for every token of s in query form: words folded,
// apostrophes removed ("O'Brien" → "obrien"), CJK characters in pairs
// (see pieces), and
// a compound of two or three words joined by hyphens (or Persian's
// zero-width non-joiner, see isHyphen) as one word ("Q-LoRA" → "qlora",
// "GPT-4o" → "gpt4o", "مدل‌های" → "مدلهاي"), which a reader also writes
// without them.
// With parts set (index form) it also emits the apostrophe-separated parts
// of two or more runes ("obrien" and "brien"), so either spelling finds it;
// a compound's joined form and that of its first two words before its
// words ("visionlanguageaction", "visionlanguage", then "vision",
// "language", "action"), so a query of either kind finds it; and after a
// word written in capitalised parts of three letters or more
// ("FlashAttention", "ResNet"; see camelParts) its parts, so "flash
// attention" finds it; and CJK words a single space parts are one (see
// joinCJK).
func (f *folder) tokens(s string, parts bool, emit func(tok string)) {
	f.tokensOf(s, parts, emit, nil)
}

// tokensOf is tokens, calling compound too, when not nil, with each
// compound's joined form and its words.
func (f *folder) tokensOf(s string, parts bool, emit func(tok string), compound func(tok string, words []string)) {
	fm := queryForm
	if parts {
		fm = indexForm
	}
	f.tokensAt(s, fm, func(t string, _, _ int) { emit(t) }, compound)
}

// A form is which tokens of a text tokensAt gives.
type form uint8

const (
	queryForm  form = iota // what a query asks for (tokens without parts)
	indexForm              // what the index holds (tokens with parts)
	phraseForm             // a quoted phrase's words one by one (see phraseTokens)
)

// tokensAt calls emit for the tokens of s in the form fm (see tokens),
// each with the units of the text it spans, from to to: a word is a unit,
// as is each word of a compound, each capitalised part of a word of them
// in the index form, and each CJK character. A word's variants span its
// units ("obrien" and "brien", "التعلم" and "تعلم"), a compound's joined
// form its words' ("statespace" those of "state" and "space"), so a
// phrase is matched by the units its tokens span (see holdsPhrase), not
// by where they come in the stream. The phrase form is the query form
// with a compound as its words, a model's name and its version as two,
// and a CJK word as its characters.
func (f *folder) tokensAt(s string, fm form, emit func(tok string, from, to int), compound func(tok string, words []string)) {
	parts := fm == indexForm
	var camel map[string][]string // only the index form has a word's capitalised parts
	if parts {
		camel = camelWords(s, f)
	}
	at := 0 // the unit the next word starts at
	units := func(w string) int { return max(1, len(camel[w])) }
	var buf [maxCompound + 1]string
	chain := buf[:0] // the words of a compound so far
	flush := func() {
		if len(chain) == 1 && compound != nil {
			if name, version := splitVersion(chain[0]); name != "" {
				at += f.word(chain[0], fm, camel, at, emit)
				compound(cut(chain[0]), []string{name, version})
				chain = chain[:0]
				return
			}
		}
		if len(chain) >= 2 && len(chain) <= maxCompound && fm != phraseForm {
			tok := cut(strings.Join(chain, ""))
			width := 0
			for _, w := range chain {
				width += units(w)
			}
			emit(tok, at, at+width)
			if compound != nil {
				compound(tok, slices.Clone(chain))
			}
			if !parts {
				at += width
				chain = chain[:0]
				return
			}
			if len(chain) > 2 {
				emit(cut(chain[0]+chain[1]), at, at+units(chain[0])+units(chain[1]))
			}
		}
		for _, w := range chain {
			at += f.word(w, fm, camel, at, emit)
		}
		chain = chain[:0]
	}
	text := f.Fold(s)
	if parts {
		text = joinCJK(text)
	}
	// at0 emits a word's pieces at the units from at.
	at0 := func(t string, from, to int) { emit(t, at+from, at+to) }
	words(text, func(w string, apos, joined, spaced bool) {
		// A query's name and version ("llama 3") is one word, as "llama-3".
		versioned := spaced && fm == queryForm && len(chain) == 1 && isName(chain[0]) && !f.stop[chain[0]] && isVersion(w)
		if !joined && !versioned {
			flush()
		}
		if !apos && !hasCJK(w) {
			chain = append(chain, w)
			return
		}
		flush() // a compound is of plain words
		if !apos {
			at += pieces(w, fm, at0)
			return
		}
		joinedWord := strings.NewReplacer("'", "", "’", "").Replace(w)
		n := pieces(joinedWord, fm, at0)
		if parts {
			for _, p := range strings.FieldsFunc(w, isApostrophe) {
				if utf8.RuneCountInString(p) >= 2 {
					pieces(p, fm, at0)
				}
			}
		} else if compound != nil && !hasCJK(w) {
			// A query's elided word ("l'IA", "d'apprentissage") finds, when
			// no paper writes it so, its longest part, as a compound its
			// words.
			if p := longestPart(w); p != "" {
				compound(cut(joinedWord), []string{p})
			}
		}
		at += n
	})
	flush()
}

// isName reports whether w, folded, may be a model's name before its
// version: two ASCII letters or more ("llama", "gpt").
func isName(w string) bool {
	if len(w) < 2 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// isVersion reports whether w, folded, may be a model's version: one to
// three ASCII digits, then at most one ASCII letter ("3", "7b", "4o",
// "405b"); not four digits, a year or an arXiv id's half.
func isVersion(w string) bool {
	i := 0
	for i < len(w) && i < 3 && '0' <= w[i] && w[i] <= '9' {
		i++
	}
	return i > 0 && (i == len(w) || i+1 == len(w) && 'a' <= w[i] && w[i] <= 'z')
}

// splitVersion returns the name and version a query word joins
// ("llama3": llama, 3; "mistral7b": mistral, 7b; see isName, isVersion),
// or "", "" when it is not one.
func splitVersion(w string) (name, version string) {
	i := strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' })
	if i < 2 || !isVersion(w[i:]) {
		return "", ""
	}
	return w[:i], w[i:]
}

// longestPart returns the longest of the parts of two runes or more that
// apostrophes part the word w into (the first of equally long ones), or
// "" when it has none.
func longestPart(w string) string {
	best, n := "", 1
	for _, p := range strings.FieldsFunc(w, isApostrophe) {
		if r := utf8.RuneCountInString(p); r > n {
			best, n = p, r
		}
	}
	return best
}

// word emits the token of the plain word w (a word of a compound, which
// has no CJK character), spanning the units from at, and in the index
// form its capitalised parts from camel, a unit each, and its bare form
// (see bare); it returns how many units it is.
func (f *folder) word(w string, fm form, camel map[string][]string, at int, emit func(tok string, from, to int)) int {
	n := max(1, len(camel[w]))
	emit(cut(w), at, at+n)
	if fm == indexForm {
		for i, p := range camel[w] {
			emit(p, at+i, at+i+1)
		}
		if b := bare(w); b != "" {
			emit(cut(b), at, at+n)
		}
	}
	return n
}

// arabicArticles are what an Arabic word may start with before its bare
// form, longest first, as Larkey's light stemmer has them: the article
// ال, with a conjunction or preposition before it (وال، بال، كال، فال), and
// لل.
var arabicArticles = []string{"وال", "بال", "كال", "فال", "لل", "ال"}

// bare returns the folded word w without the Arabic article it starts
// with ("التعلم": "تعلم", which a reader types), when three letters or
// more are left; else "".
func bare(w string) string {
	for _, a := range arabicArticles {
		if rest, ok := strings.CutPrefix(w, a); ok && utf8.RuneCountInString(rest) >= 3 {
			return rest
		}
	}
	return ""
}

// hasCJK reports whether w holds a CJK character (see textutil.IsCJK).
func hasCJK(w string) bool { return strings.IndexFunc(w, textutil.IsCJK) >= 0 }

// camelWords returns, for each word of s written in capitalised parts
// (see camelParts), its folded form → its parts folded; nil when s has
// none.
func camelWords(s string, f *folder) map[string][]string {
	var out map[string][]string
	for i := 0; i < len(s); {
		if !isASCIIAlnum(s[i]) {
			i++
			continue
		}
		j := i
		for j < len(s) && isASCIIAlnum(s[j]) {
			j++
		}
		if p := camelParts(s[i:j]); p != nil {
			if out == nil {
				out = map[string][]string{}
			}
			for k := range p {
				p[k] = f.Fold(p[k])
			}
			out[f.Fold(s[i:j])] = p
		}
		i = j
	}
	return out
}

func isASCIIAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// camelParts returns the parts of the ASCII word w when it is two or more
// capitalised parts of three letters or more ("FlashAttention",
// "DeepSeek"), else nil: "LoRA", "QLoRA", "GPT", "MobileNetV2" and
// "iPhone" are not.
func camelParts(w string) []string {
	var out []string
	for i := 0; i < len(w); {
		if w[i] < 'A' || w[i] > 'Z' {
			return nil
		}
		j := i + 1
		for j < len(w) && 'a' <= w[j] && w[j] <= 'z' {
			j++
		}
		if j-i < 3 {
			return nil
		}
		out = append(out, w[i:j])
		i = j
	}
	if len(out) < 2 {
		return nil
	}
	return out
}

// queryTokens returns the distinct query-form tokens of s in order, and
// the words of each that is a compound ("qlora" of Q-LoRA: q, lora) where
// it first comes.
func (f *folder) queryTokens(s string) ([]string, map[string][]string) {
	var out []string
	seen := map[string]bool{}
	compounds := map[string][]string{}
	fresh := false // whether the token just emitted was new
	f.tokensOf(s, false, func(t string) {
		fresh = !seen[t]
		if fresh {
			seen[t] = true
			out = append(out, t)
		}
	}, func(t string, words []string) {
		if fresh {
			compounds[t] = words
		}
	})
	return out, compounds
}

// phraseTokens returns the tokens of the quoted phrase s in order, in
// the phrase form (see tokensAt): its words one by one, its CJK words
// joined as the index joins them (see joinCJK) and as their characters,
// so that "山田 太郎" and "山田太郎" are one phrase, held by either (see
// holdsPhrase).
func (f *folder) phraseTokens(s string) []string {
	var toks []string
	f.tokensAt(joinCJK(f.Fold(s)), phraseForm, func(t string, _, _ int) { toks = append(toks, t) }, nil)
	return toks
}
