package render

import (
	"html/template"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// webScheme starts an http(s) address in running text; addressLen finds
// where the address ends.
var webScheme = regexp.MustCompile(`(?i)\bhttps?://`)

// linkURLs is the template function "linkURLs": plain text, such as an
// arXiv comment ("Code available at https://github.com/a/b."), as HTML
// with each http(s) address in it a link, as arxiv.org shows a comment,
// and everything else escaped. The punctuation that ends a sentence or a
// parenthesis after an address is not part of it (trimAddress), nor is
// the Chinese or Japanese text written right after it (addressLen).
func linkURLs(s string) template.HTML {
	var b strings.Builder
	at := 0
	for _, m := range webScheme.FindAllStringIndex(s, -1) {
		if m[0] < at {
			continue // a scheme inside the address before, "?u=https://…"
		}
		addr := trimAddress(s[m[0] : m[1]+addressLen(s[m[1]:])])
		if len(addr) == m[1]-m[0] {
			continue // a scheme alone
		}
		b.WriteString(template.HTMLEscapeString(s[at:m[0]]))
		b.WriteString(`<a href="` + template.HTMLEscapeString(addr) + `" rel="noopener">` + template.HTMLEscapeString(addr) + `</a>`)
		at = m[0] + len(addr)
	}
	b.WriteString(template.HTMLEscapeString(s[at:]))
	return template.HTML(b.String())
}

// addressLen is how much of rest, the text after an address's "https://",
// is the address. It ends at a space, a quote, an angle bracket or an
// invisible character, which no address written in a sentence holds; at
// punctuation other than ASCII's (，。、：「」（）… » “ ’), which an
// address pasted from a browser has only as %xx, but for a dash
// (Wikipedia's Michelson–Morley_experiment); and at text of a script
// written without spaces between words (Chinese, Japanese, Korean's
// particles, Thai) right after an ASCII letter or digit of the same part
// of the address: "见 https://x.org/d数据" links https://x.org/d, where
// https://zh.wikipedia.org/wiki/北京 keeps 北京, which starts its part.
// So the address "https://x.org/data数据" is cut at data: arXiv comments
// hold such addresses far more rarely than such sentences.
func addressLen(rest string) int {
	asciiInPart := false // an ASCII letter or digit since the last / ? # & =
	for i, r := range rest {
		switch {
		case endsAddress(r), asciiInPart && unicode.In(r, unspacedScripts...):
			return i
		case strings.ContainsRune("/?#&=", r):
			asciiInPart = false
		case r < utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			asciiInPart = true
		}
	}
	return len(rest)
}

// unspacedScripts are the scripts whose sentences run on without a space
// after a word, and so after an address.
var unspacedScripts = []*unicode.RangeTable{
	unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Bopomofo,
	unicode.Hangul, unicode.Thai, unicode.Lao, unicode.Khmer, unicode.Myanmar,
}

// endsAddress reports whether r is never part of an address in running
// text, wherever it stands (see addressLen).
func endsAddress(r rune) bool {
	switch {
	case r == utf8.RuneError, unicode.IsSpace(r), unicode.IsControl(r), unicode.Is(unicode.Cf, r):
		return true // U+3000, a no-break or zero-width space, a bad byte
	case r < utf8.RuneSelf:
		return strings.ContainsRune(`<>"`, r)
	}
	return unicode.IsPunct(r) && !unicode.In(r, unicode.Pd, unicode.Pc)
}

// trimAddress is addr without the punctuation that follows an address in
// a sentence: a final . , ; : ! ? ' or *, any punctuation other than
// ASCII's (a final – or ‿ that addressLen let by), and a closing bracket
// that the address does not open ("(see https://x.org/a)" ends at a,
// where Wikipedia's https://en.wikipedia.org/wiki/Rust_(programming_language)
// keeps its own).
func trimAddress(addr string) string {
	for addr != "" {
		last, size := utf8.DecodeLastRuneInString(addr)
		switch {
		case strings.ContainsRune(".,;:!?'*", last):
		case last >= utf8.RuneSelf && unicode.IsPunct(last):
		case last == ')' && strings.Count(addr, "(") < strings.Count(addr, ")"),
			last == ']' && strings.Count(addr, "[") < strings.Count(addr, "]"),
			last == '}' && strings.Count(addr, "{") < strings.Count(addr, "}"):
		default:
			return addr
		}
		addr = addr[:len(addr)-size]
	}
	return addr
}
