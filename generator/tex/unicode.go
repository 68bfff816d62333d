package tex

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Unicode writes the TeX math source src (without its delimiters) as one
// line of Unicode text, for places that cannot show markup: a page's
// <title> and description, a feed item's title and summary, a search
// result. Letters and symbols become their characters (\alpha → α,
// \mathcal{F} → 𝓕, \leq → ≤), scripts become superscript and subscript
// characters where Unicode has one for every character of the script
// (x^2 → x², \sum_{i=1}^n → ∑ᵢ₌₁ⁿ) and ^ or _ otherwise (N_c → N_c,
// x_{\max} → x_(max)), fractions and roots take a solidus and a radical
// (\frac{a+b}{2} → (a+b)/2, \sqrt{d_k} → √dₖ), a one-letter accent takes
// its combining mark (\hat{\theta} → θ̂), and relations and binary
// operators are set off by spaces (a \leq b → a ≤ b). A space no line
// breaks at in TeX stays one: a thin space (\, as in 10\,000, and between
// a number and its unit, \qty{5}{\km}) is U+202F NARROW NO-BREAK SPACE
// (10 000, 5 km), and a tie (~) or a control space (\ ) U+00A0
// NO-BREAK SPACE, as is a ~ in \text{…}.
//
// It reports false for a source it cannot write so that it reads right:
// one MathML cannot convert, and matrices, binomials, stacked symbols,
// braces under or over a formula and accents on more than one letter.
// The caller keeps such a source as TeX.
func Unicode(src string) (string, bool) {
	root, err := parse(src)
	if err != nil {
		return "", false
	}
	var u uniWriter
	if !u.seq(root.kids) {
		return "", false
	}
	s := textutil.CollapseBreakingSpace(u.b.String())
	if strings.ContainsFunc(s, forbidden) { // from \text{…}, as MathML writes it
		s = strings.Map(func(r rune) rune {
			if forbidden(r) {
				return utf8.RuneError
			}
			return r
		}, s)
	}
	if u.marks {
		s = norm.NFC.String(s) // x̂ as one character where Unicode has one: Â
	}
	return s, true
}

// Summary is what a page's meta description or a feed item's summary
// shows of texts (a paper's abstract summary, then its TL;DR): the first
// that is not empty, its math written as UnicodeText writes it, cut at a
// word to at most size characters.
func Summary(size int, texts ...string) string {
	for _, s := range texts {
		if s = textutil.Truncate(size, UnicodeText(s)); s != "" {
			return s
		}
	}
	return ""
}

// Fallback is how a formula of TeX source src is shown where MathML
// cannot go (a feed item's HTML, an email): inline math that Unicode
// writes as that text (code false), and any other, or any display math
// (block), as its source between its delimiters, $…$ or $$…$$, for a
// <code> element (code true).
func Fallback(src string, block bool) (s string, code bool) {
	src = strings.TrimSpace(src)
	if text, ok := Unicode(src); ok && !block {
		return text, false
	}
	if block {
		return "$$" + src + "$$", true
	}
	return "$" + src + "$", true
}

// UnicodeText returns plain text s with each math span in it — $…$ as
// textutil.InlineMath finds it, $$…$$ and \(…\) — written as Unicode finds
// it; a span Unicode cannot write keeps its TeX source and delimiters.
// The text around the spans is shown as unescapeText shows it: \$ as the
// dollar sign it stands for.
func UnicodeText(s string) string {
	if !hasMath(s) {
		return s
	}
	out, changed := withMath(s, func(sp span) string {
		if text, ok := Unicode(s[sp.lo:sp.hi]); ok {
			return text
		}
		return s[sp.start:sp.end]
	})
	if !changed && !strings.Contains(s, `\`) {
		return s
	}
	return out
}

// SlugText is a name's text (a page's title, a topic's) as its slug
// reads it: each math span written as Unicode writes it, folded by NFKC
// to the letters and digits a name without math would spell
// ($\mathsf{NP}$ is NP, $n^2$ n2, $\epsilon$ ε, as ε-nets spells it), and
// one Unicode cannot write as its source without delimiters or
// backslashes ($\binom{n}{k}$ is binom{n}{k}). A slug spelling a name's
// signs (slug.Spelled) would otherwise spell a formula's dollar signs and
// backslashes (dollar-k-dollar-sat for $k$-SAT).
func SlugText(s string) string {
	if !hasMath(s) {
		return s
	}
	out, _ := withMath(s, func(sp span) string {
		text, ok := Unicode(s[sp.lo:sp.hi])
		if !ok {
			text = strings.ReplaceAll(s[sp.lo:sp.hi], `\`, " ")
		}
		return norm.NFKC.String(text)
	})
	return out
}

// withMath returns s with each of its math spans replaced by what write
// makes of it, and the text around them as unescapeText shows it; and
// whether s had a span.
func withMath(s string, write func(span) string) (string, bool) {
	var b strings.Builder
	start := 0 // s[start:] is not written yet
	spans := false
	for sp := range mathSpans(s) {
		writeUnescaped(&b, s[start:sp.start])
		b.WriteString(write(sp))
		start, spans = sp.end, true
	}
	writeUnescaped(&b, s[start:])
	return b.String(), spans
}

// hasMath reports whether s has a dollar sign or a backslash, one of
// which opens every math span: two searches for one byte, which look at
// many bytes at a time, where strings.ContainsAny(s, `$\`) looked at each
// in turn (a whole abstract, for a page's description: 0.8% of a
// 10,000-paper build's CPU).
func hasMath(s string) bool {
	return strings.IndexByte(s, '$') >= 0 || strings.IndexByte(s, '\\') >= 0
}

// span is a math span of plain text: s[start:end] with its delimiters,
// s[lo:hi] its TeX.
type span struct{ start, end, lo, hi int }

// MathSpans yields the start and end of each math span of plain text s,
// its delimiters included, as UnicodeText finds them: $…$, $$…$$ and
// \(…\). A BibTeX title keeps each as TeX, and must find the same spans
// the pages show as math.
func MathSpans(s string) iter.Seq2[int, int] {
	return func(yield func(start, end int) bool) {
		for sp := range mathSpans(s) {
			if !yield(sp.start, sp.end) {
				return
			}
		}
	}
}

// mathSpans yields the math spans of plain text s in order: $…$ as
// textutil.InlineMath finds it, $$…$$ and \(…\), none opened by an
// escaped character.
func mathSpans(s string) iter.Seq[span] {
	return func(yield func(span) bool) {
		// The next \) is remembered, not searched for again from each \(:
		// a text of unclosed \( (a hostile TL;DR) took quadratic time.
		closeParen := finder{pat: `\)`, next: -1}
		for i := 0; i < len(s); i++ {
			j := strings.IndexAny(s[i:], `$\`)
			if j < 0 {
				return
			}
			i += j
			var sp span
			switch {
			case s[i] == '$':
				end, lo, hi := dollarSpanAt(s, i)
				if end < 0 {
					continue
				}
				sp = span{i, end, lo, hi}
			case strings.HasPrefix(s[i:], `\(`):
				hi := closeParen.from(s, i+2)
				if hi == len(s) {
					continue
				}
				sp = span{i, hi + 2, i + 2, hi}
			default:
				i++ // an escaped character opens nothing: \$ is a dollar sign
				continue
			}
			if !yield(sp) {
				return
			}
			i = sp.end - 1
		}
	}
}

// dollarSpanAt returns the end of the $…$ or $$…$$ math span that opens
// at s[i] == '$' and the bounds of its source, or an end of -1 when none
// opens there.
func dollarSpanAt(s string, i int) (end, lo, hi int) {
	if strings.HasPrefix(s[i:], "$$") {
		if j := strings.Index(s[i+2:], "$$"); j >= 0 {
			return i + 2 + j + 2, i + 2, i + 2 + j
		}
		return -1, 0, 0
	}
	if j := textutil.InlineMathEnd(s, i); j > 0 {
		return j, i + 1, j - 1
	}
	return -1, 0, 0
}

// uniWriter builds the text of one formula; its methods report false for
// anything Unicode does not write.
type uniWriter struct {
	b     strings.Builder
	marks bool // a combining mark was written
	// tight is set in a script, where TeX sets relations, binary
	// operators and punctuation with no space (x_{i,j}, 2^{a+b}) but
	// keeps the thin space after a function name (2^{\log n}).
	tight bool
}

// seq writes the members of a row, spacing relations and binary operators.
func (u *uniWriter) seq(kids []*node) bool {
	var prev *node // the last member written
	for i, k := range kids {
		var next *node
		if i+1 < len(kids) {
			next = kids[i+1]
		}
		switch {
		case k.kind == kOp && k.text == "\u2061": // function application
			if next != nil && !next.isOpen() && !isOp(next) {
				u.b.WriteByte(' ')
			}
			continue
		case k.kind == kOp && (k.text == "\u2062" || k.text == "\u2063" || k.text == "\u2064"):
			continue // invisible times, separator and plus
		case k.kind == kRow && len(k.kids) == 0:
			continue
		case k.kind == kOp && u.tight:
			u.b.WriteString(k.text)
		case leadingRelation(prev, k):
			u.b.WriteString(k.text)
			if !approxPrefix(k) && next != nil {
				u.b.WriteByte(' ')
			}
		case k.kind == kOp && spacedOps[k.text] && !k.punct && !unary(prev, k) && !lonelyBinary(prev, k, kids[i+1:]):
			u.b.WriteString(" " + k.text + " ")
		case k.kind == kOp && (k.text == "," || k.text == ";" || k.punct):
			u.b.WriteString(k.text + " ")
		default:
			if isFunction(k) && setOff(prev) {
				u.b.WriteByte(' ') // 2 sin x, n log² n
			}
			if !u.one(k) {
				return false
			}
			if largeOp(k) && next != nil && !isOp(next) && !u.tight {
				u.b.WriteByte(' ') // ∑ᵢ xᵢ
			}
		}
		prev = k
	}
	return true
}

// unary reports whether the sign op, after prev, has one operand: at the
// start of a row or after another operator or an opening delimiter.
func unary(prev, op *node) bool {
	switch op.text {
	case "+", "−", "±", "∓", "¬":
	default:
		return false
	}
	if prev == nil {
		return true
	}
	if prev.kind != kOp {
		return false
	}
	// After a closing delimiter a sign is binary: (a) − b, |x| − 1.
	return prev.form != "postfix" && !strings.Contains(")]}⟩⌋⌉|‖", prev.text)
}

// spacedOps are the relations and binary operators that Unicode sets off
// with a space on each side.
var spacedOps = func() map[string]bool {
	m := map[string]bool{"=": true, "<": true, ">": true, "+": true, "−": true, ":": true, "mod": true}
	for _, s := range symbols {
		if s.kind == sOp && utf8.RuneCountInString(s.text) == 1 {
			m[s.text] = true
		}
	}
	// Prefix, postfix and ellipsis symbols keep to their neighbours.
	for _, s := range []string{"∀", "∃", "∄", "¬", "†", "‡", "…", "⋯", "⋮", "⋱", "√", "↑", "↓"} {
		delete(m, s)
	}
	return m
}()

// largeOp reports whether n is a big operator such as ∑ or ∫, with or
// without limits, which its operand follows after a space.
func largeOp(n *node) bool {
	if n.kind == kScripts {
		n = n.kids[0]
	}
	n = n.single()
	return n.kind == kOp && strings.Contains("∑∏∐∫∬∭∮⋀⋁⋂⋃⨀⨁⨂⨄⨆", n.text)
}

// one writes a single node.
func (u *uniWriter) one(n *node) bool {
	switch n.kind {
	case kIdent, kNumber, kOp:
		u.b.WriteString(n.text)
	case kText:
		// A space at either end of \text{…} the parse made a no-break
		// one, which MathML's <mtext> keeps (text), where TeX's is a
		// space as any other.
		t, before := strings.CutPrefix(n.text, "\u00a0")
		t, after := strings.CutSuffix(t, "\u00a0")
		if before {
			u.b.WriteByte(' ')
		}
		u.b.WriteString(t)
		if after {
			u.b.WriteByte(' ')
		}
	case kSpace:
		switch {
		case n.text == "0.1667em": // \, and \thinspace, and siunitx's between a number and its unit
			u.b.WriteString("\u202f")
		case n.text == "0.3333em": // ~, a tie, and \ , where TeX's math breaks no line either
			u.b.WriteString("\u00a0")
		case !strings.HasPrefix(n.text, "-") && n.text != "0em":
			u.b.WriteByte(' ')
		}
	case kRow, kStyle:
		return u.seq(n.kids)
	case kFrac:
		if n.text != "" { // a binomial or other stacked pair
			return false
		}
		return u.operand(n.kids[0], true) && u.write("/") && u.operand(n.kids[1], false)
	case kSqrt:
		return u.write("√") && u.operand(n.kids[0], false)
	case kRoot:
		switch flatText(n.kids[1]) {
		case "3":
			return u.write("∛") && u.operand(n.kids[0], false)
		case "4":
			return u.write("∜") && u.operand(n.kids[0], false)
		}
		return false
	case kScripts:
		return u.scripts(n)
	case kOver, kUnder:
		return u.accent(n)
	case kClass: // a box, a strike or a colour, which text cannot show
		return u.seq(n.kids)
	case kPhantom: // room for what is not shown: a space, unless only its height
		if n.text != "v" {
			u.b.WriteByte(' ')
		}
	case kStack: // \substack's lines, as one line: i<j, i≠k
		for i, r := range n.kids {
			if i > 0 && u.tight {
				u.b.WriteString(",")
			} else if i > 0 {
				u.b.WriteString(", ")
			}
			if !u.one(r) {
				return false
			}
		}
	default: // kTable
		return false
	}
	return true
}

// write writes s and reports true, to chain with the other writes.
func (u *uniWriter) write(s string) bool {
	u.b.WriteString(s)
	return true
}

// operand writes n as the operand of a solidus or radical, in parentheses
// unless it is one term. Terms side by side (products) count as one only
// before a solidus, where (QKᵀ)/√dₖ is the same number as QKᵀ/√dₖ; after
// one and under a radical they do not, or \frac{1}{2\pi} and
// \frac{1}{2}\pi would both read 1/2π, \sqrt{2\pi} and \sqrt{2}\pi both
// √2π: 1/(2π) and √(2π) tell them apart.
func (u *uniWriter) operand(n *node, products bool) bool {
	if atomic(n, products) {
		return u.one(n)
	}
	return u.write("(") && u.one(n) && u.write(")")
}

// atomic reports whether n reads as one term without parentheses: a
// letter, number or word, with scripts or an accent; a root; a row in
// delimiters; and, if products, a product of such terms written side by
// side (QKᵀ).
func atomic(n *node, products bool) bool {
	n = n.single()
	switch n.kind {
	case kIdent, kNumber:
		return true
	case kText:
		return !strings.ContainsFunc(n.text, unicode.IsSpace)
	case kScripts:
		return atomic(n.kids[0], products)
	case kSqrt, kRoot, kOver, kUnder:
		return true
	case kClass:
		return atomic(row(n.kids...), products)
	case kRow:
		if len(n.kids) == 0 {
			return true
		}
		first, last := n.kids[0], n.kids[len(n.kids)-1]
		if first.kind == kOp && isOpenDelim(first.text) && last.kind == kOp && closes(first.text, last.text) {
			return true
		}
		if !products {
			return false // two or more members: 2π, or a sum
		}
		for _, k := range n.kids {
			if k.kind == kOp || !atomic(k, true) {
				return false
			}
		}
		return true
	}
	return false
}

// closes reports whether delimiter c closes o.
func closes(o, c string) bool {
	i := strings.Index("([{⟨⌊⌈", o)
	return i >= 0 && strings.Index(")]}⟩⌋⌉", c) == i
}

// scripts writes a base and its scripts.
func (u *uniWriter) scripts(n *node) bool {
	base, sub, sup := n.kids[0], n.kids[1], n.kids[2]
	if !u.one(base) {
		return false
	}
	if sub != nil && !u.script(sub, subscripts, "_") {
		return false
	}
	return sup == nil || u.script(sup, superscripts, "^")
}

// script writes a subscript or superscript: in the script characters of
// chars when there is one for each of its characters, after mark (^ or _)
// when not, in parentheses unless it is one character, a run of ASCII
// letters and digits or one word (G_stack, θ_old, but e^(iπ)). Primes follow the base
// as they are, and so does a superscript of one symbol that reads as one
// (x*, A⊤, x†); a raised \circ is TeX's degree sign (90^\circ → 90°).
func (u *uniWriter) script(n *node, chars map[rune]rune, mark string) bool {
	w := uniWriter{tight: true}
	if !w.one(n) {
		return false
	}
	s := w.b.String() // a space left (log n) has no script character: 2^(log n)
	if w.marks {
		s, u.marks = norm.NFC.String(s), true
	}
	if mark == "^" {
		primes := s[:len(s)-len(strings.TrimLeft(s, "′″‴"))]
		u.b.WriteString(primes)
		s = s[len(primes):]
		switch s {
		case "∘":
			u.b.WriteString("°")
			return true
		case "", "∗", "†", "‡", "⊤":
			u.b.WriteString(s)
			return true
		}
	}
	if s == "" {
		return true
	}
	if mapped, ok := mapRunes(s, chars); ok {
		u.b.WriteString(mapped)
		return true
	}
	u.b.WriteString(mark)
	word := func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
	ascii := func(r rune) bool { return r < utf8.RuneSelf && word(r) }
	if utf8.RuneCountInString(s) == 1 || !strings.ContainsFunc(s, func(r rune) bool { return !ascii(r) }) ||
		flatText(n) != "" && !strings.ContainsFunc(s, func(r rune) bool { return !word(r) }) {
		u.b.WriteString(s)
	} else {
		u.b.WriteString("(" + s + ")")
	}
	return true
}

// mapRunes returns s with each rune replaced through chars, or false when
// chars lacks one.
func mapRunes(s string, chars map[rune]rune) (string, bool) {
	var b strings.Builder
	for _, r := range s {
		m, ok := chars[r]
		if !ok {
			return "", false
		}
		b.WriteRune(m)
	}
	return b.String(), true
}

// accent writes a one-letter base with its accent as a combining mark.
func (u *uniWriter) accent(n *node) bool {
	if !n.accent {
		return false
	}
	var marks map[string]rune
	if n.kind == kOver {
		marks = overMarks
	} else {
		marks = underMarks
	}
	mark, ok := marks[flatText(n.kids[1])]
	base := flatText(n.kids[0])
	if !ok || utf8.RuneCountInString(base) != 1 {
		return false
	}
	u.b.WriteString(base)
	u.b.WriteRune(mark)
	u.marks = true
	return true
}

// flatText returns the text of a leaf, or of a row of one leaf; "" for
// anything else.
func flatText(n *node) string {
	n = n.single()
	switch n.kind {
	case kIdent, kNumber, kText, kOp:
		return n.text
	}
	return ""
}

// overMarks and underMarks map the accent characters the parser sets over
// and under a base to the combining marks that put them on one letter.
var (
	overMarks = map[string]rune{
		"^": '\u0302', "~": '\u0303', "¯": '\u0304', "‾": '\u0305', "˘": '\u0306',
		"˙": '\u0307', "¨": '\u0308', "˚": '\u030A', "ˇ": '\u030C', "´": '\u0301',
		"`": '\u0300', "→": '\u20D7', "⃛": '\u20DB', "←": '\u20D6', "↔": '\u20E1',
	}
	underMarks = map[string]rune{"‾": '\u0332', "~": '\u0330', "→": '\u20EF', "←": '\u20EE'}
)

// superscripts and subscripts map characters to the Unicode characters
// that write them raised or lowered. Unicode has no superscript q and no
// subscript for most letters; a script with one of those is written with
// ^ or _.
var superscripts = runeMap(
	"0123456789+−=()abcdefghijklmnoprstuvwxyzABDEGHIJKLMNOPRTUVWαβγδθιφϕχ",
	"⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵅᵝᵞᵟᶿᶥᵠᵠᵡ")

var subscripts = runeMap(
	"0123456789+−=()aehijklmnoprstuvxβγρφϕχ",
	"₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵩᵪ")

// runeMap pairs the runes of from with those of to.
func runeMap(from, to string) map[rune]rune {
	f, t := []rune(from), []rune(to)
	if len(f) != len(t) {
		panic("tex: runeMap of unequal lengths")
	}
	m := make(map[rune]rune, len(f))
	for i, r := range f {
		m[r] = t[i]
	}
	return m
}
