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

// closingDollar returns the index of the first dollar sign of s at or
// after from that no backslash escapes, or -1.
func closingDollar(s string, from int) int {
	for from <= len(s) {
		k := strings.IndexByte(s[from:], '$')
		if k < 0 {
			return -1
		}
		if !Escaped(s, from+k) {
			return from + k
		}
		from += k + 1
	}
	return -1
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
