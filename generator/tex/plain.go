package tex

import (
	"strings"
)

// maxPlainDepth bounds the nesting of \emph{…}-like groups Plain rewrites;
// deeper groups are copied through unchanged.
const maxPlainDepth = 16

// Plain rewrites the TeX-isms arXiv leaves in the prose of an abstract as
// Markdown source:
//
//	\% → %   "\ " → " "   \& → & (kept as \& before what would read as an HTML entity)
//	~ → U+00A0   -- → –   --- → —   ``quotes'' → “quotes”   \ldots → …
//	\"o, \"{o}, {\"o} → ö, likewise \' \` \^ \~ \= \. \c \v \H \k \u \r \d \b
//	\ss \o \O \aa \AA \ae \AE \oe \OE \l \L \i \j → ß ø Ø å Å æ Æ œ Œ ł Ł ı ȷ
//	\emph{t}, \textit{t}, {\em t}, {\it t}, {\sl t} → *t*
//	\textbf{t}, {\bf t} → **t**
//	\url{u} → <u>   \href{u}{t} → [t](u)
//
// \$ is left as it is: it is already the Markdown escape for a literal
// dollar sign, and turning it into a bare $ could open a math span. Plain
// copies $…$ and $$…$$ math, code spans, fenced code blocks and bare URLs
// through unchanged, leaves every other byte as it is, and never writes raw
// HTML. Links with a scheme other than http, https, ftp or mailto keep only
// their text.
func Plain(s string) string {
	if !strings.ContainsAny(s, "\\~-`'{$") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	c := plainConv{b: &b}
	c.run(s, 0)
	return b.String()
}

// plainConv holds the state of one Plain conversion.
type plainConv struct {
	b     *strings.Builder
	quote bool // a ``quotation is open
}

// run converts s, whose groups are nested depth deep, into c.b.
func (c *plainConv) run(s string, depth int) {
	for i := 0; i < len(s); {
		if (i == 0 || s[i-1] == '\n') && depth == 0 {
			if end := fencedCode(s, i); end > i {
				c.b.WriteString(s[i:end])
				i = end
				continue
			}
		}
		if end := bareURL(s, i); end > i {
			c.b.WriteString(s[i:end])
			i = end
			continue
		}
		switch s[i] {
		case '$':
			end := mathSpan(s, i)
			c.b.WriteString(s[i:end])
			i = end
		case '`':
			i = c.backticks(s, i)
		case '\'':
			if c.quote && strings.HasPrefix(s[i:], "''") {
				c.b.WriteString("”")
				c.quote = false
				i += 2
			} else {
				c.b.WriteByte('\'')
				i++
			}
		case '~':
			c.b.WriteString("\u00a0")
			i++
		case '-':
			switch {
			case strings.HasPrefix(s[i:], "---"):
				c.b.WriteString("—")
				i += 3
			case strings.HasPrefix(s[i:], "--"):
				c.b.WriteString("–")
				i += 2
			default:
				c.b.WriteByte('-')
				i++
			}
		case '{':
			i = c.brace(s, i, depth)
		case '\\':
			i = c.command(s, i, depth)
		default:
			c.b.WriteByte(s[i])
			i++
		}
	}
}

// backticks handles a run of backticks at s[i]: “quotes” become curly
// quotes, a Markdown code span is copied, and anything else stays.
func (c *plainConv) backticks(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	rest := s[i+n:]
	if n == 2 {
		if q := strings.Index(rest, "''"); q >= 0 && !strings.Contains(rest[:q], "``") {
			c.b.WriteString("“")
			c.quote = true
			return i + 2
		}
	}
	if end := closingRun(rest, n); end >= 0 {
		c.b.WriteString(s[i : i+n+end])
		return i + n + end
	}
	c.b.WriteString(s[i : i+n])
	return i + n
}

// closingRun returns the index just past the first run of exactly n
// backticks in s, or -1.
func closingRun(s string, n int) int {
	for j := 0; j < len(s); {
		if s[j] != '`' {
			j++
			continue
		}
		k := j
		for k < len(s) && s[k] == '`' {
			k++
		}
		if k-j == n {
			return k
		}
		j = k
	}
	return -1
}

// brace handles { at s[i]: {\"o} and {\em …}-style groups are rewritten;
// any other brace stays.
func (c *plainConv) brace(s string, i, depth int) int {
	if i+1 < len(s) && s[i+1] == '\\' {
		if out, next, ok := letter(s, i+1); ok && next < len(s) && s[next] == '}' {
			c.b.WriteString(out)
			return next + 1
		}
		name, j := commandName(s, i+1)
		if mark := emphasisMark(name); mark != "" && depth < maxPlainDepth {
			if end := matchBrace(s, i); end > 0 {
				c.emphasis(s[skipSpaces(s, j):end], mark, depth)
				return end + 1
			}
		}
	}
	c.b.WriteByte('{')
	return i + 1
}

// emphasisMark returns the Markdown mark for a TeX font switch such as \em.
func emphasisMark(name string) string {
	switch name {
	case "em", "it", "sl", "emph", "textit", "textsl":
		return "*"
	case "bf", "textbf":
		return "**"
	}
	return ""
}

// emphasis writes the converted inner text between marks, keeping its
// leading and trailing spaces outside them as Markdown requires.
func (c *plainConv) emphasis(inner, mark string, depth int) {
	var ib strings.Builder
	sub := plainConv{b: &ib}
	sub.run(inner, depth+1)
	text := ib.String()
	trimmed := strings.TrimSpace(text)
	if trimmed == "" {
		c.b.WriteString(text)
		return
	}
	lead := text[:strings.Index(text, trimmed)]
	c.b.WriteString(lead + mark + trimmed + mark + text[len(lead)+len(trimmed):])
}

// command handles the control sequence at s[i] == '\\'.
func (c *plainConv) command(s string, i, depth int) int {
	if out, next, ok := letter(s, i); ok {
		c.b.WriteString(out)
		return next
	}
	name, j := commandName(s, i)
	switch name {
	case "%":
		c.b.WriteByte('%')
		return j
	case " ":
		c.b.WriteByte(' ')
		return j
	case "&":
		if entityLike(s[j:]) {
			c.b.WriteString(`\&`)
		} else {
			c.b.WriteByte('&')
		}
		return j
	case "ldots", "dots", "textellipsis":
		c.b.WriteString("…")
		if strings.HasPrefix(s[j:], "{}") {
			return j + 2
		}
		return j
	}
	switch name {
	case "emph", "textit", "textsl", "textbf":
		if end := matchBrace(s, j); end > 0 && depth < maxPlainDepth {
			c.emphasis(s[j+1:end], emphasisMark(name), depth)
			return end + 1
		}
	case "url":
		if end := matchBrace(s, j); end > 0 {
			c.url(s[j+1 : end])
			return end + 1
		}
	case "href":
		if end := matchBrace(s, j); end > 0 && depth < maxPlainDepth {
			if end2 := matchBrace(s, end+1); end2 > 0 {
				c.href(s[j+1:end], s[end+2:end2], depth)
				return end2 + 1
			}
		}
	}
	c.b.WriteString(s[i:j])
	return j
}
