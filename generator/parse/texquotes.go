package parse

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
	"golang.org/x/text/unicode/norm"
)

// texUmlautRE matches what YAML leaves of TeX's umlaut \"o (or \"{o})
// written in "double quotes", which read \" as an escaped quote: a quote
// between letters, Schr"odinger. A quoted word ("word" after a space) is
// not matched.
var texUmlautRE = regexp.MustCompile(`\p{L}"(\p{L}|\{\p{L}\})`)

// ReadsBack reports whether a build reads the text s, written in style
// (as a YAML encoder writes a scalar: yaml.DoubleQuotedStyle,
// yaml.SingleQuotedStyle, or 0 for plain) as it is, without taking it for
// TeX that YAML's quotes mangled (texQuote) or for curly quotes mistyped
// as YAML's (curlyQuoted). A program writing text from elsewhere (the
// importer) checks with it the style it writes in.
func ReadsBack(s string, style yaml.Style) bool {
	switch {
	case style&yaml.DoubleQuotedStyle != 0:
		return !texUmlautRE.MatchString(s)
	case style&yaml.SingleQuotedStyle != 0:
		return closingQuoteHint(s) == ""
	case style&(yaml.LiteralStyle|yaml.FoldedStyle) != 0:
		return true
	}
	return curlyQuoted(&yaml.Node{Kind: yaml.ScalarNode, Style: style, Value: s}) == nil
}

// QuoteStyle is the quotes to write s in for a build to read it back as
// it is (ReadsBack): double quotes, which escape anything, unless s has
// a quote between letters (G"odel, taken for TeX's umlaut they lost);
// then single quotes, unless s has TeX's opening quote (two backquotes)
// and a lone apostrophe after it, taken for TeX's closing quote that
// single quotes halved (closingQuoteHint); 0 when neither does.
func QuoteStyle(s string) yaml.Style {
	for _, style := range []yaml.Style{yaml.DoubleQuotedStyle, yaml.SingleQuotedStyle} {
		if ReadsBack(s, style) {
			return style
		}
	}
	return 0
}

// texQuote returns the first scalar of n (a value or a list of them)
// whose quotes YAML read otherwise than the TeX in it means, and what to
// tell of it (umlautHint, closingQuoteHint); nil if there is none. A
// title (title true) reads TeX's accents when it is a paper's.
func texQuote(n *yaml.Node, title bool) (*yaml.Node, string) {
	var hint string
	s := firstScalar(n, func(s *yaml.Node) bool {
		switch {
		case s.Style&yaml.DoubleQuotedStyle != 0:
			hint = umlautHint(s.Value, title)
		case s.Style&yaml.SingleQuotedStyle != 0:
			hint = closingQuoteHint(s.Value)
		}
		return hint != ""
	})
	return s, hint
}

// umlautHint tells of the first TeX umlaut YAML's double quotes turned
// into a quote in v (see texUmlautRE), or returns "". Single quotes keep
// the umlaut as TeX, which only a title (title true), a paper's, reads.
func umlautHint(v string, title bool) string {
	m := texUmlautRE.FindStringSubmatchIndex(v)
	if m == nil {
		return ""
	}
	q := m[0] + strings.IndexByte(v[m[0]:], '"')
	lo, hi := wordAround(v, q)
	shown := v[lo:hi]
	written := strings.ReplaceAll(shown, `"`, `\"`)
	write := "the letter itself"
	if word, ok := umlauted(shown); ok {
		write = fmt.Sprintf("the letter itself (%s)", word)
	}
	if title {
		write += fmt.Sprintf(", or the value in 'single quotes', where a paper's title reads %s as TeX", written)
	}
	return fmt.Sprintf(`in "double quotes" YAML reads \" as a quote, so TeX's umlaut in %s would show as %s; write %s`, written, shown, write)
}

// umlauted is the word w with each of its TeX umlauts YAML left as a
// quote (texUmlautRE) written as its letter, Gödel for G"odel and
// Müntefering for M"unt"ef… alike; ok is false when a letter has no
// umlaut of its own in Unicode.
func umlauted(w string) (string, bool) {
	ok := true
	out := texUmlautRE.ReplaceAllStringFunc(w, func(m string) string {
		before, after, _ := strings.Cut(m, `"`)
		letter := strings.Trim(after, "{}")
		u := norm.NFC.String(letter + "\u0308")
		if utf8.RuneCountInString(u) != 1 {
			ok = false
		}
		return before + u
	})
	return out, ok
}

// closingQuoteHint tells of TeX's closing quote after an opening one in
// v, a single-quoted value, whose two apostrophes YAML read as one, or
// returns "":
//
//	title: 'The ``best'' model'    is    The ``best' model
//
// An apostrophe between letters is let be, and so is a closing quote
// written with four apostrophes, of which YAML leaves two.
func closingQuoteHint(v string) string {
	open := strings.Index(v, "``")
	if open < 0 {
		return ""
	}
	rest := v[open+2:]
	if strings.Contains(rest, "''") {
		return ""
	}
	for i := 0; i < len(rest); i++ {
		if rest[i] != '\'' {
			continue
		}
		before, _ := utf8.DecodeLastRuneInString(rest[:i])
		after, _ := utf8.DecodeRuneInString(rest[i+1:])
		if unicode.IsLetter(before) && unicode.IsLetter(after) {
			continue // an apostrophe
		}
		quoted := v[open : open+2+i+1]
		return fmt.Sprintf(`in 'single quotes' YAML reads '' as one ', so TeX's closing quote would show as %s; write it as '''' (%s'''), or write the value in "double quotes", doubling each backslash in it`, quoted, quoted)
	}
	return ""
}

// wordAround returns the bounds of the word of v around its byte i: the
// run of letters, quotes and braces that holds it.
func wordAround(v string, i int) (lo, hi int) {
	inWord := func(r rune) bool { return unicode.IsLetter(r) || r == '"' || r == '{' || r == '}' }
	lo, hi = i, i
	for lo > 0 {
		r, size := utf8.DecodeLastRuneInString(v[:lo])
		if !inWord(r) {
			break
		}
		lo -= size
	}
	for hi < len(v) {
		r, size := utf8.DecodeRuneInString(v[hi:])
		if !inWord(r) {
			break
		}
		hi += size
	}
	return lo, hi
}
