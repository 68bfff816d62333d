package textutil

import (
	"iter"
	"strings"
)

// InlineMathEnd returns the index just past the $…$ math span that the
// single dollar sign s[i] opens, or -1 if it opens none. The rule is
// pandoc's, which keeps prices as text: the span closes at the next dollar
// sign of the same paragraph (a blank line ends the search) that no
// backslash escapes (\$ inside math is TeX's dollar sign: "$\$2.50$"),
// its TeX must not start or end with white space, and it must not be
// followed by a digit unless the TeX starts with a backslash or a sign
// (mathBeforeDigit): arXiv abstracts write "$\sim$100B", "$\geq$99\%" and
// "$<$1\%", which no price looks like. So "$x^2$", "$\sim$100B" and
// "$\$5$" are math, while "from $5 to $10", "$ x$", "$x$1", "$20-$30"
// and "$5, not \$6" are not. Every part of Paperboy that tells math from
// prose asks this function: the Markdown renderer, the TeX-ism rewriting,
// the importers' escaping, related-paper terms, Truncate and the theme's
// inlineMath.
func InlineMathEnd(s string, i int) int {
	k := closingDollar(s, i+1)
	if k <= i+1 {
		return -1
	}
	inner := s[i+1 : k]
	end := k + 1
	if isSpace(inner[0]) || isSpace(inner[len(inner)-1]) || end < len(s) && '0' <= s[end] && s[end] <= '9' && !mathBeforeDigit(inner) {
		return -1
	}
	first := true
	for line := range strings.Lines(inner) {
		if !first && strings.TrimSpace(line) == "" {
			return -1 // a blank line: the paragraph ended before the dollar
		}
		first = false
	}
	return end
}

// closingDollar returns the index of the dollar sign of s at or after
// from that closes the math a dollar sign opened right before from: the
// first that no backslash escapes and that no \text{…} holds, as TeX reads
// "$1 \text{ if $x > 0$}$", whose inner dollar signs open math of the
// text's own; or -1. A text group not closed within TextMathReach bytes
// of the first dollar sign inside it holds none (a brace left open,
// "$\text{a$ and $b$"): the first dollar sign closes then, so a paragraph
// of such groups costs linear time.
func closingDollar(s string, from int) int {
	first := -1     // the first unescaped dollar sign
	textDepth := -1 // the brace depth outside the \text{…} being read
	depth := 0
	for i := from; i < len(s); i++ {
		if first >= 0 && i-first > TextMathReach {
			return first
		}
		switch s[i] {
		case '\\':
			name := commandName(s, i+1)
			if textDepth < 0 && textCommands[name] && i+1+len(name) < len(s) && s[i+1+len(name)] == '{' {
				textDepth = depth
				depth++
				i += 1 + len(name)
				continue
			}
			i += max(len(name), 1)
		case '{':
			depth++
		case '}':
			if depth > 0 {
				depth--
			}
			if depth == textDepth {
				textDepth = -1
			}
		case '\n':
			if blankLineAt(s, i+1) {
				return first // the paragraph ends: nothing after closes
			}
		case '$':
			if textDepth < 0 {
				return i
			}
			if first < 0 {
				first = i
			}
		}
	}
	return first
}

// blankLineAt reports whether the line at s[i] is blank: white space
// alone up to its end.
func blankLineAt(s string, i int) bool {
	for ; i < len(s) && s[i] != '\n'; i++ {
		if !isSpace(s[i]) {
			return false
		}
	}
	return true
}

// TextMathReach is how far past its first dollar sign a \text{…} of
// inline math must close for its dollar signs to be its own math
// (closingDollar): a callee reading a paragraph a line at a time reads
// this many bytes past the first dollar sign it finds.
const TextMathReach = 256

// textCommands are the commands whose braces hold text, in which a dollar
// sign opens math of its own.
var textCommands = map[string]bool{"text": true, "textrm": true, "textnormal": true, "textit": true, "textbf": true,
	"textsf": true, "texttt": true, "textup": true, "textmd": true, "textsl": true, "mbox": true, "hbox": true}

// commandName returns the letters of the command name at s[i], after its
// backslash: "" when none is there.
func commandName(s string, i int) string {
	j := i
	for j < len(s) && ('a' <= s[j] && s[j] <= 'z' || 'A' <= s[j] && s[j] <= 'Z') {
		j++
	}
	return s[i:j]
}

// mathBeforeDigit reports whether the TeX of a span closed right before a
// digit is still math: a command or a sign ("$\sim$100B", "$<$1\%",
// "$^{*}$2"). A price starts with a digit ("$20-$30") and pandoc's rule
// keeps a letter's span text too ("$x$1"), so only these escape it.
func mathBeforeDigit(tex string) bool {
	return strings.IndexByte(`\<>=+-^_~`, tex[0]) >= 0
}

// InlineMath yields the start and end of each $…$ math span of s in order,
// as InlineMathEnd finds them; a dollar sign that opens no span is text,
// and so is an escaped one (\$), which opens none.
func InlineMath(s string) iter.Seq2[int, int] {
	return func(yield func(start, end int) bool) {
		for i := 0; i < len(s); i++ {
			if s[i] != '$' || Escaped(s, i) {
				continue
			}
			if end := InlineMathEnd(s, i); end >= 0 {
				if !yield(i, end) {
					return
				}
				i = end - 1
			}
		}
	}
}

// Escaped reports whether the byte s[i] follows an odd number of
// backslashes, so that TeX and Markdown read it as written (\$, \{).
func Escaped(s string, i int) bool {
	n := 0
	for i > 0 && s[i-1] == '\\' {
		n++
		i--
	}
	return n%2 == 1
}

// isSpace reports whether c is ASCII white space.
func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'
}

// ParagraphEnd returns the offset in s of the first blank line after its
// first line (one of only spaces and a quote's > markers), where the
// paragraph that s starts in ends, or len(s): a formula, or math that
// some sign opens, ends with it (the Markdown checks of math left open).
func ParagraphEnd(s string) int {
	first, _, _ := strings.Cut(s, "\n")
	at := len(first)
	for at < len(s) {
		line, _, _ := strings.Cut(s[at+1:], "\n")
		if strings.TrimSpace(strings.TrimLeft(line, " >")) == "" {
			return at + 1
		}
		at += 1 + len(line)
	}
	return len(s)
}
