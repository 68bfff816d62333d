package tex

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// maxPlainDepth bounds the nesting of \emph{…}-like groups Plain rewrites;
// deeper groups are copied through unchanged.
const maxPlainDepth = 16

// Plain rewrites the TeX-isms arXiv leaves in the prose of an abstract as
// Markdown source:
//
//	\% → %   "\ " → " "   \& → & (kept as \& before what would read as an HTML entity)
//	5\,km → 5 U+202F km (as Unicode writes \, in math)   a\:b, a\;b → a b
//	a~b → a U+00A0 b   -- → –   --- → — (not in -->, <--, nor --fp16)   ``quotes'' → “quotes”   \ldots → …
//	\"o, \"{o}, {\"o} → ö, likewise \' \^ \~ \= \. \c \v \H \k \u \r \d \b
//	\`{e}, {\`e} → è (a bare \` is Markdown's escaped backtick)
//	\`\`quotes'' (backticks escaped, as the importers write them) → “quotes”
//	\ss \o \O \aa \AA \ae \AE \oe \OE \l \L \i \j → ß ø Ø å Å æ Æ œ Œ ł Ł ı ȷ
//	\emph{t}, \textit{t}, {\em t}, {\it t}, {\sl t} → *t*
//	\textbf{t}, {\bf t} → **t**
//	\textsc{t}, \texttt{t}, \textrm{t}, \textsf{t}, \textup{t}, \textmd{t},
//	\textnormal{t}, \text{t}, \mbox{t} → t
//	\url{u} → <u>   \href{u}{t} → [t](u)
//	\[ and \] each alone on a line → $$ and $$ (see displayBlock)
//	\begin{align}…\end{align} on lines of their own → $$\begin{align}…\end{align}$$
//	a fenced code block of language math (GitHub's display math) → $$ lines around its TeX
//	\begin{itemize} (or {enumerate}), \item … lines, \end{itemize}, each starting a line → a Markdown list (see listBlock)
//	$`\sqrt{3}`$ (GitHub's inline math with backticks) → $\sqrt{3}$
//	H~2~O, 10^-3^ (pandoc's subscript and superscript of a number) → H₂O, 10⁻³
//
// A tie is a lone ~ between two characters that are not white space (but
// not "(~100B", which is "about"); any other run of tildes is Markdown's (~~struck~~ is strikethrough), as
// tildes explains. \$ is left as it is: it is already the Markdown escape
// for a literal dollar sign, and turning it into a bare $ could open a math
// span. \! is left too: it is Markdown's escaped "!" (\![not an
// image](…)), and in prose TeX's negative space is next to unheard of.
// Plain copies $…$, $$…$$ and \(…\) math, code spans, fenced and indented
// code blocks, raw HTML blocks of <pre> (and <script>, <style>,
// <textarea>), bare URLs, autolinks, raw HTML (comments and tags, as CommonMark reads
// them inline) and link destinations through unchanged, leaves
// every other byte as it is, and never writes raw HTML. \href links with a
// scheme other than http, https, ftp or mailto keep only their text.
func Plain(s string) string {
	if !strings.ContainsAny(s, "\\~-`'{$^") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	c := newPlainConv(s, &b)
	c.run(0, len(s), 0)
	return b.String()
}

// Leftovers returns the offset in s of each command that Plain leaves as
// it is outside math, code and links (\cite{…}, a macro of the paper's
// own such as \method), which the page then shows as written, and the
// fence of each block of language math that stays code for a blank line
// in it (blankMathFence), in order.
func Leftovers(s string) []int {
	if !strings.Contains(s, `\`) && !strings.Contains(s, "math") {
		return nil
	}
	var left []int
	c := newPlainConv(s, &strings.Builder{})
	c.left = &left
	c.run(0, len(s), 0)
	return pairedEnds(s, left)
}

// pairedEnds returns the commands at left without the \end of each
// display environment whose \begin is among them: an equation written in
// a sentence is one mistake, told at its \begin.
func pairedEnds(s string, left []int) []int {
	var open map[string]int // the display environments begun and not yet ended, by name
	out := left[:0]
	for _, at := range left {
		if env, ok := displayEnv(s[at:]); ok {
			if open == nil {
				open = make(map[string]int)
			}
			open[env]++
		} else if rest, ok := strings.CutPrefix(s[at:], `\end{`); ok {
			if env, ok := displayEnv(`\begin{` + rest[:min(len(rest), 16)]); ok && open[env] > 0 {
				open[env]--
				continue
			}
		}
		out = append(out, at)
	}
	return out
}

// newPlainConv returns the state of a conversion of s into b.
func newPlainConv(s string, b *strings.Builder) plainConv {
	return plainConv{src: s, match: matchBraces(s), b: b,
		quotes: finder{pat: "''", next: -1}, ticks: finder{pat: "``", next: -1},
		parens: finder{pat: `\)`, next: -1}, blank: blankFinder{next: -1},
		verbatims: verbatimBlocks(s)}
}

// plainConv holds the state of one Plain conversion.
type plainConv struct {
	src    string
	match  []int32 // the index of the brace matching each brace, or -1
	b      *strings.Builder
	quote  bool   // a ``quotation is open
	quotes finder // the next ''
	ticks  finder // the next ``
	parens finder // the next \)
	blank  blankFinder
	// verbatims are the blocks of src still ahead that are copied as
	// they are (see verbatimBlocks).
	verbatims []byteRange
	// left, when not nil, collects the offset in src of each command
	// the conversion copies as it is (see Leftovers).
	left *[]int
}

// run converts src[lo:hi], whose groups are nested depth deep, into c.b.
// Every scan stops at hi, so a span or group cannot leak out of the group
// being converted.
func (c *plainConv) run(lo, hi, depth int) {
	s := c.src[:hi]
	for i := lo; i < len(s); {
		if (i == 0 || s[i-1] == '\n') && depth == 0 {
			if end := c.verbatim(i); end > i {
				c.b.WriteString(s[i:end])
				i = end
				continue
			}
			if end, block, blank := containedFence(s, i); end > i {
				if blank && c.left != nil {
					*c.left = append(*c.left, i+len(s[i:end])-len(strings.TrimLeft(s[i:end], " >-*+0123456789.)")))
				}
				c.b.WriteString(block)
				i = end
				continue
			}
			if end := fencedCode(s, i); end > i {
				if c.left != nil && blankMathFence(s[i:end]) {
					*c.left = append(*c.left, i+len(s[i:end])-len(strings.TrimLeft(s[i:end], " ")))
				}
				c.b.WriteString(mathFence(s[i:end]))
				i = end
				continue
			}
			if end := c.containedDisplay(s, i); end > i {
				i = end
				continue
			}
			if end := c.displayBlock(s, i); end > i {
				i = end
				continue
			}
			if end := c.listBlock(s, i, depth); end > i {
				i = end
				continue
			}
			if end := ruleLine(s, i); end > i {
				c.b.WriteString(s[i:end])
				i = end
				continue
			}
		}
		if end := autolink(s, i); end > i {
			c.b.WriteString(s[i:end])
			i = end
			continue
		}
		if s[i] == '<' {
			if end := rawHTML(s, i); end > i {
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
			c.b.WriteString(backtickMath(s[i:end]))
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
			i = c.tildes(s, i)
		case '^':
			if end, ok := c.scripted(s, i); ok {
				i = end
			} else {
				c.b.WriteByte('^')
				i++
			}
		case ']':
			end := max(linkDest(s, i), i+1)
			c.b.WriteString(s[i:end])
			i = end
		case '-':
			i = c.dashes(s, i)
		case '{':
			i = c.brace(s, i, depth)
		case '\\':
			if end := c.parenSpan(s, i); end > i {
				c.b.WriteString(s[i:end])
				i = end
				continue
			}
			i = c.command(s, i, depth)
		default:
			c.b.WriteByte(s[i])
			i++
		}
	}
}

// dashes handles the hyphen at s[i] (dash).
func (c *plainConv) dashes(s string, i int) int {
	out, end := dash(s, i)
	c.b.WriteString(out)
	return end
}

// dash returns what the run of hyphens at s[i] shows as, and the index
// after what it consumed: in prose --- is an em dash and -- an en dash,
// as in TeX, but the hyphens of an ASCII arrow (-->, <--, <-->, --->)
// and a command line's option (--fp16) stay as written. An en dash
// glued to an angle bracket ("–>") is no sign anyone means, and an
// option with one would not run.
func dash(s string, i int) (string, int) {
	n := 1
	for i+n < len(s) && s[i+n] == '-' {
		n++
	}
	if n >= 2 && (i+n < len(s) && s[i+n] == '>' || i > 0 && s[i-1] == '<') {
		return s[i : i+n], i + n
	}
	switch {
	case n >= 3:
		return "—", i + 3
	case n == 2 && cliFlag(s, i):
		return "--", i + 2
	case n == 2:
		return "–", i + 2
	}
	return "-", i + 1
}

// tildes handles the run of tildes at s[i]. A lone ~ between two
// characters that are not white space is a TeX tie and becomes U+00A0
// ("Fig.~3", "Smith~et~al."). Every other run is copied for Markdown, where
// one or two tildes are GitHub strikethrough delimiters ("~~struck~~", or
// "~struck~" with white space outside it) and goldmark pairs them; an
// unpaired run, and a run of three or more, is shown as it is. So ~~ is
// never read as two ties, and a ~ next to a space ("~3x faster") or between
// an opening bracket and a number ("(~100B") stays ~.
func (c *plainConv) tildes(s string, i int) int {
	if end, ok := c.scripted(s, i); ok {
		return end
	}
	n := 1
	for i+n < len(s) && s[i+n] == '~' {
		n++
	}
	if n == 1 && Tie(c.src, i) {
		c.b.WriteString("\u00a0")
	} else {
		c.b.WriteString(s[i : i+n])
	}
	return i + n
}

// Tie reports whether the ~ at src[i] is a TeX tie, which Plain makes a
// no-break space: alone, between two characters that are not white
// space, and not "about" ("(~100B"). Every other ~ is Markdown's.
func Tie(src string, i int) bool {
	return tieSide(src[:i], true) && tieSide(src[i+1:], false) && !approximately(src[:i], src[i+1:])
}

// approximately reports whether the ~ between before and after stands for
// "about" rather than a tie: an opening bracket or quote is before it and
// a number after it ("(~100B parameters)", "[~5%]", "\"~3x\""), where no tie
// joins two words. A straight quote opens where a word does (after white
// space, a bracket or nothing); after a word it closes one, and the ~ is
// a tie (12"~4, a closing quote's ~3).
func approximately(before, after string) bool {
	if after == "" || after[0] < '0' || after[0] > '9' {
		return false
	}
	r, n := utf8.DecodeLastRuneInString(before)
	if r == '"' || r == '\'' {
		if len(before) == n {
			return true
		}
		r, _ = utf8.DecodeLastRuneInString(before[:len(before)-n])
		return unicode.IsSpace(r) || strings.ContainsRune("([{", r)
	}
	return strings.ContainsRune("([{“‘", r)
}

// tieSide reports whether the character at the end (before) or start
// (!before) of s may stand next to a TeX tie: it exists, and is neither
// white space nor another tilde.
func tieSide(s string, before bool) bool {
	var r rune
	if before {
		r, _ = utf8.DecodeLastRuneInString(s)
	} else {
		r, _ = utf8.DecodeRuneInString(s)
	}
	return s != "" && r != '~' && !unicode.IsSpace(r)
}

// backticks handles a run of backticks at s[i]: “quotes” become curly
// quotes, a Markdown code span is copied, and anything else stays.
func (c *plainConv) backticks(s string, i int) int {
	n := 0
	for i+n < len(s) && s[i+n] == '`' {
		n++
	}
	rest := s[i+n:]
	if n == 2 && c.closingQuote(s, i+2) {
		c.b.WriteString("“")
		c.quote = true
		return i + 2
	}
	if end := closingRun(rest, n); end >= 0 {
		c.b.WriteString(s[i : i+n+end])
		return i + n + end
	}
	c.b.WriteString(s[i : i+n])
	return i + n
}

// closingQuote reports whether a ” follows s[i:] before any further “.
func (c *plainConv) closingQuote(s string, i int) bool {
	q := c.quotes.from(c.src, i)
	return q+2 <= len(s) && q <= c.ticks.from(c.src, i)
}

// finder finds the next occurrence of a pattern, remembering it so that
// repeated searches from increasing positions cost linear time in all.
type finder struct {
	pat  string
	next int // the first occurrence at or after the last search start; -1 before any search
}

// from returns the index of the first occurrence of f.pat in s at or after
// i, or len(s).
func (f *finder) from(s string, i int) int {
	if f.next < i || f.next < 0 {
		f.next = len(s)
		if q := strings.Index(s[i:], f.pat); q >= 0 {
			f.next = i + q
		}
	}
	return f.next
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
			if end := c.closing(s, i); end > 0 {
				c.emphasis(skipSpaces(s, j), end, mark, depth)
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

// plainFont reports whether \name{t} sets a font Markdown cannot show, so
// that only the text t stands for it.
func plainFont(name string) bool {
	switch name {
	case "textsc", "texttt", "textrm", "textsf", "textup", "textmd", "textnormal", "text", "mbox":
		return true
	}
	return false
}

// emphasis writes the converted inner text between marks, keeping its
// leading and trailing spaces outside them as Markdown requires.
func (c *plainConv) emphasis(lo, hi int, mark string, depth int) {
	text := c.convert(lo, hi, depth+1)
	trimmed := strings.TrimSpace(text)
	if trimmed == "" {
		c.b.WriteString(text)
		return
	}
	lead := text[:strings.Index(text, trimmed)]
	c.b.WriteString(lead + mark + trimmed + mark + text[len(lead)+len(trimmed):])
}

// textSpace returns what the spacing command \name writes in prose, as
// Title and Plain write it: \, the narrow no-break space Unicode writes
// for it in math, and \:, \; and "\ " a space. ok is false for any other
// command.
func textSpace(name string) (space string, ok bool) {
	switch name {
	case ",":
		return "\u202f", true
	case ":", ";", " ":
		return " ", true
	}
	return "", false
}

// command handles the control sequence at s[i] == '\\'.
func (c *plainConv) command(s string, i, depth int) int {
	if strings.HasPrefix(s[i:], "\\`") && !strings.HasPrefix(s[i+2:], "{") {
		// In Markdown \` is an escaped backtick, which is how the importers
		// write TeX's ``quotes''; a grave accent needs braces: \`{e}, {\`e}.
		if strings.HasPrefix(s[i+2:], "\\`") && c.closingQuote(s, i+4) {
			c.b.WriteString("“")
			c.quote = true
			return i + 4
		}
		c.b.WriteString("\\`")
		return i + 2
	}
	if out, next, ok := letter(s, i); ok {
		c.b.WriteString(out)
		return next
	}
	name, j := commandName(s, i)
	if space, ok := textSpace(name); ok {
		c.b.WriteString(space)
		return j
	}
	switch name {
	case "%":
		c.b.WriteByte('%')
		return j
	case "&":
		if entityLike(s[j:]) {
			c.b.WriteString(`\&`)
		} else {
			c.b.WriteByte('&')
		}
		return j
	}
	if end := ellipsis(name, s, j); end > 0 {
		c.b.WriteString("…")
		return end
	}
	if n := quantityArgs(name); n > 0 {
		// siunitx's \SI{3}{\giga\hertz}, which only math converts: one
		// leftover, its arguments (commands too) as written.
		end := j
		for range n {
			close := c.closing(s, end)
			if close < 0 {
				break
			}
			end = close + 1
		}
		if c.left != nil {
			*c.left = append(*c.left, i)
		}
		c.b.WriteString(s[i:end])
		return end
	}
	if plainFont(name) {
		if end := c.closing(s, j); end > 0 && depth < maxPlainDepth {
			c.b.WriteString(c.convert(j+1, end, depth+1))
			return end + 1
		}
	}
	switch name {
	case "LaTeX", "TeX":
		c.b.WriteString(name) // the logos' names, with the {} that keeps a space after them
		return j + len(s[j:]) - len(strings.TrimPrefix(s[j:], "{}"))
	case "emph", "textit", "textsl", "textbf":
		if end := c.closing(s, j); end > 0 && depth < maxPlainDepth {
			c.emphasis(j+1, end, emphasisMark(name), depth)
			return end + 1
		}
	case "url":
		if end := c.closing(s, j); end > 0 {
			c.url(s[j+1 : end])
			return end + 1
		}
	case "href":
		if end := c.closing(s, j); end > 0 && depth < maxPlainDepth {
			if end2 := c.closing(s, end+1); end2 > 0 {
				c.href(s[j+1:end], end+2, end2, depth)
				return end2 + 1
			}
		}
	}
	if c.left != nil && j > i+1 && isLetter(s[i+1]) {
		*c.left = append(*c.left, i)
	}
	c.b.WriteString(s[i:j])
	return j
}

// convert returns the conversion of src[lo:hi] at the given depth.
func (c *plainConv) convert(lo, hi, depth int) string {
	saved := c.b
	defer func() { c.b = saved }()
	var b strings.Builder
	c.b = &b
	c.run(lo, hi, depth)
	return b.String()
}

// closing returns the index of the } matching the { at s[i], or -1 if there
// is none within s.
func (c *plainConv) closing(s string, i int) int { return closingBrace(c.match, s, i) }

// closingBrace returns the index of the } matching the { at s[i] by match
// (see matchBraces), or -1 if there is none within s.
func closingBrace(match []int32, s string, i int) int {
	if i >= len(s) || s[i] != '{' {
		return -1
	}
	if end := int(match[i]); end > i && end < len(s) {
		return end
	}
	return -1
}

// ellipsis returns the index after the ellipsis command name ending at
// s[j], and after the empty group that may follow it, or -1 if name is
// none.
func ellipsis(name, s string, j int) int {
	switch name {
	case "ldots", "dots", "textellipsis":
		if strings.HasPrefix(s[j:], "{}") {
			return j + 2
		}
		return j
	}
	return -1
}

// matchBraces pairs the braces of s in one pass: for every { and }, the
// index of its partner, or -1. Escaped braces do not count.
func matchBraces(s string) []int32 {
	if strings.IndexByte(s, '{') < 0 {
		return nil
	}
	match := make([]int32, len(s))
	var open []int32
	for i := 0; i < len(s); i++ {
		match[i] = -1
		switch s[i] {
		case '\\':
			if i+1 < len(s) {
				i++
				match[i] = -1
			}
		case '{':
			open = append(open, int32(i))
		case '}':
			if n := len(open); n > 0 {
				match[open[n-1]] = int32(i)
				match[i] = open[n-1]
				open = open[:n-1]
			}
		}
	}
	return match
}

// backtickMath returns the inline math span m, $`…`$ as GitHub writes
// math whose TeX Markdown would otherwise read, as $…$ (Paperboy's math
// is never Markdown); any other span as it is.
func backtickMath(m string) string {
	if len(m) > 4 && strings.HasPrefix(m, "$`") && strings.HasSuffix(m, "`$") && !strings.ContainsAny(m[2:len(m)-2], "$`") {
		return "$" + m[2:len(m)-2] + "$"
	}
	return m
}

// pandocScript returns the pandoc subscript (~2~) or superscript (^2^)
// that starts at s[i] in Unicode's form (₂, ²), as the writer of H~2~O
// or 10^-3^ meant, and the index past it; false when none starts there.
// It is a number of at most four digits, with a sign before it, between
// two of s[i]'s character right after a letter, a digit or a closing
// bracket, and not before a small letter: "Table~1~and" is two ties of
// TeX's, as is "Figs.~1~and~2", and H~2~O, CO~2~ and 10^6^ are no TeX.
func pandocScript(s string, i int) (string, int, bool) {
	mark := s[i]
	forms := subscripts
	if mark == '^' {
		forms = superscripts
	}
	before, _ := utf8.DecodeLastRuneInString(s[:i])
	if i == 0 || !(unicode.IsLetter(before) || unicode.IsDigit(before) || before == ')' || before == ']') {
		return "", i, false
	}
	j := i + 1
	if j < len(s) && (s[j] == '-' || s[j] == '+') {
		j++
	}
	digits := j
	for j < len(s) && j-digits < 5 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j == digits || j-digits > 4 || j >= len(s) || s[j] != mark || j+1 < len(s) && s[j+1] == mark {
		return "", i, false
	}
	if after, _ := utf8.DecodeRuneInString(s[j+1:]); unicode.IsLower(after) {
		return "", i, false
	}
	var b strings.Builder
	for _, r := range s[i+1 : j] {
		if r == '-' {
			r = '−' // the minus sign, which the forms have
		}
		b.WriteRune(forms[r])
	}
	return b.String(), j + 1, true
}

// scripted writes the pandoc script that starts at s[i] (pandocScript)
// and returns the index past it; false when none starts there.
func (c *plainConv) scripted(s string, i int) (int, bool) {
	out, end, ok := pandocScript(s, i)
	c.b.WriteString(out)
	return end, ok
}

// cliFlag reports whether the -- at s[i] starts a command line's option:
// a lower-case letter right after it, and the text's start, a space or an
// opening bracket or quote right before (--fp16, (--batch-size 8), not
// 1--10, a--b or $x$--b).
func cliFlag(s string, i int) bool {
	if i+2 >= len(s) || s[i+2] < 'a' || s[i+2] > 'z' {
		return false
	}
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || strings.ContainsRune("([`\"'“‘", r)
}
