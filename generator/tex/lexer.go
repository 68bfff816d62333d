package tex

import (
	"errors"
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind classifies a token of math-mode TeX.
type tokKind uint8

const (
	tEOF     tokKind = iota
	tChar            // one character: letter, digit or symbol
	tCommand         // \name or \c; text is the name without the backslash
	tOpen            // {
	tClose           // }
	tSup             // ^
	tSub             // _
	tAmp             // & (a column separator)
	tPrime           // '
	tTilde           // ~ (an unbreakable space)
)

// token is one lexical unit of math-mode TeX.
type token struct {
	kind tokKind
	text string
}

// source is the TeX of t as a message quotes it.
func (t token) source() string {
	if t.kind == tCommand {
		return `\` + t.text
	}
	return t.text
}

// errUnsupported marks every source MathML cannot convert; the caller only
// needs to know that it must fall back.
var errUnsupported = errors.New("tex: unsupported math")

// lexer splits math-mode TeX into tokens, skipping white space. The parser
// also reads raw text (\text arguments, environment names) from it.
type lexer struct {
	src string
	pos int
}

// skipSpace advances past white space: ASCII's, and the Unicode spaces
// a formula pasted from a web page or a PDF has in place of them (a
// no-break space, a thin space), which TeX's math mode ignores as it
// ignores spaces; one was taken for an operator, and the + after it for a
// sign.
func (l *lexer) skipSpace() {
	for l.pos < len(l.src) {
		switch c := l.src[l.pos]; {
		case c == ' ', c == '\t', c == '\n', c == '\r':
			l.pos++
		case c >= utf8.RuneSelf:
			r, n := utf8.DecodeRuneInString(l.src[l.pos:])
			if !unicode.Is(unicode.Zs, r) {
				return
			}
			l.pos += n
		default:
			return
		}
	}
}

// next returns the next token and advances past it.
func (l *lexer) next() (token, error) {
	t, n, err := l.scan()
	l.pos += n
	return t, err
}

// peek returns the next token without consuming it.
func (l *lexer) peek() (token, error) {
	t, _, err := l.scan()
	return t, err
}

// scan reads the token at the current position (after white space) and
// returns it with its length in bytes.
func (l *lexer) scan() (token, int, error) {
	l.skipSpace()
	s := l.src[l.pos:]
	if s == "" {
		return token{kind: tEOF}, 0, nil
	}
	switch s[0] {
	case '{':
		return token{kind: tOpen, text: "{"}, 1, nil
	case '}':
		return token{kind: tClose, text: "}"}, 1, nil
	case '^':
		return token{kind: tSup, text: "^"}, 1, nil
	case '_':
		return token{kind: tSub, text: "_"}, 1, nil
	case '&':
		return token{kind: tAmp, text: "&"}, 1, nil
	case '\'':
		return token{kind: tPrime, text: "'"}, 1, nil
	case '~':
		return token{kind: tTilde, text: "~"}, 1, nil
	case '%', '#', '$':
		// Comments, macro parameters and nested math are not supported.
		return token{}, 0, malformed(`a ` + s[:1] + ` in math is TeX's ` + map[byte]string{'%': "comment", '#': "macro parameter", '$': "end of math"}[s[0]] + `; write \` + s[:1] + ` for the sign itself`)
	case '\\':
		n := 1
		for n < len(s) && isLetter(s[n]) {
			n++
		}
		if n > 1 {
			return token{kind: tCommand, text: s[1:n]}, n, nil
		}
		r, size := utf8.DecodeRuneInString(s[1:])
		if size == 0 || r == utf8.RuneError || forbidden(r) {
			return token{}, 0, errUnsupported
		}
		return token{kind: tCommand, text: s[1 : 1+size]}, 1 + size, nil
	}
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || forbidden(r) {
		return token{}, 0, errUnsupported
	}
	return token{kind: tChar, text: s[:size]}, size, nil
}

// number consumes the rest of a decimal number whose first digit has been
// read: further digits, and a point followed by a digit.
func (l *lexer) number() string {
	start := l.pos
	for l.pos < len(l.src) {
		c := l.src[l.pos]
		if isDigit(c) || c == '.' && l.pos+1 < len(l.src) && isDigit(l.src[l.pos+1]) {
			l.pos++
			continue
		}
		break
	}
	return l.src[start:l.pos]
}

// length consumes the length after \kern, \hskip and their kin: spaces,
// a sign, a decimal, spaces and a unit's letters (0.5em, -3 mu, 2pt);
// a braced one ({2pt}) too. It returns what it consumed, spaces left out.
func (l *lexer) length() string {
	l.skipSpace()
	if l.pos < len(l.src) && l.src[l.pos] == '{' {
		g, _ := l.group()
		return g
	}
	sign := ""
	if l.pos < len(l.src) && (l.src[l.pos] == '-' || l.src[l.pos] == '+') {
		sign = l.src[l.pos : l.pos+1]
		l.pos++
	}
	return sign + l.number() + l.unit() // number takes .5 too
}

// glue consumes the plus and minus lengths of a skip after its length
// (\hskip 2pt plus 1fil minus 1pt), if it has them.
func (l *lexer) glue() {
	for _, word := range []string{"plus", "minus"} {
		start := l.pos
		l.skipSpace()
		if !strings.HasPrefix(l.src[l.pos:], word) {
			l.pos = start
			continue
		}
		l.pos += len(word)
		if l.length() == "" {
			l.pos = start
			continue
		}
		if strings.HasPrefix(l.src[l.pos:], "fil") { // 1fil, 1fill, 1filll
			l.pos += len("fil")
			for l.pos < len(l.src) && l.src[l.pos] == 'l' {
				l.pos++
			}
		}
	}
}

// unit consumes the spaces and the two letters of a TeX unit after a
// length's number, if there is one.
func (l *lexer) unit() string {
	start := l.pos
	l.skipSpace()
	if l.pos+2 <= len(l.src) && isLetter(l.src[l.pos]) && isLetter(l.src[l.pos+1]) && (l.pos+2 == len(l.src) || !isLetter(l.src[l.pos+2])) {
		l.pos += 2
		return l.src[l.pos-2 : l.pos]
	}
	l.pos = start
	return ""
}

// letters consumes a run of ASCII letters directly following the current
// position.
func (l *lexer) letters() string {
	start := l.pos
	for l.pos < len(l.src) && isLetter(l.src[l.pos]) {
		l.pos++
	}
	return l.src[start:l.pos]
}

// group reads a brace-delimited group verbatim and returns its inside. Braces
// escaped with a backslash do not count.
func (l *lexer) group() (string, error) {
	l.skipSpace()
	if l.pos >= len(l.src) || l.src[l.pos] != '{' {
		return "", errUnsupported
	}
	depth := 0
	for i := l.pos; i < len(l.src); i++ {
		switch l.src[i] {
		case '\\':
			i++ // skip the escaped byte
		case '{':
			depth++
			if depth > MaxDepth {
				return "", errUnsupported
			}
		case '}':
			depth--
			if depth == 0 {
				inner := l.src[l.pos+1 : i]
				l.pos = i + 1
				return inner, nil
			}
		}
	}
	return "", errUnsupported
}

// optional reads a bracketed optional argument [..] verbatim if one follows;
// an unclosed one is an error.
func (l *lexer) optional() (string, bool, error) {
	l.skipSpace()
	if l.pos >= len(l.src) || l.src[l.pos] != '[' {
		return "", false, nil
	}
	depth := 0
	for i := l.pos + 1; i < len(l.src); i++ {
		switch l.src[i] {
		case '\\':
			i++
		case '{':
			depth++
		case '}':
			depth--
		case ']':
			if depth == 0 {
				inner := l.src[l.pos+1 : i]
				l.pos = i + 1
				return inner, true, nil
			}
		}
	}
	return "", false, errUnsupported
}

// star consumes a * directly following a command name, as in \operatorname*.
func (l *lexer) star() bool {
	if l.pos < len(l.src) && l.src[l.pos] == '*' {
		l.pos++
		return true
	}
	return false
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
