package tex

import "strings"

// mathSpan returns the index just past the $…$ or $$…$$ math span opening at
// s[i] == '$', which Plain copies unchanged, as dollarSpanAt finds it. A
// dollar sign that opens no span (textutil.InlineMathEnd, for a single one)
// is an ordinary character, and so is an unclosed $$.
func mathSpan(s string, i int) int {
	if end, _, _ := dollarSpanAt(s, i); end >= 0 {
		return end
	}
	if strings.HasPrefix(s[i:], "$$") {
		return i + 2
	}
	return i + 1
}

// displayBlock writes the display math that starts on the line at s[i], as
// LaTeX writes it and MathJax and KaTeX read it, as $$ math, and returns
// the index past it, or i if none starts there. It is a line of only \[
// through the next line of only \], each written $$ (or a paragraph of only
// \[…\], on one line), or a line that starts
// with \begin{env} of a display environment (equation, align, gather,
// multline, eqnarray, starred or not) through the next line that ends
// with \end{env}, written between $$ and $$; either within one paragraph,
// on lines that are not indented code. Elsewhere \[ is Markdown's escaped
// bracket, which the importers write for every [ of an abstract, and
// \begin{align} in a sentence is prose.
func (c *plainConv) displayBlock(s string, i int) int {
	line := s[i:eol(s, i)]
	t := strings.TrimLeft(line, " \t")
	indent := len(line) - len(t)
	if indent > 3 && !continues(s, i) {
		return i // indented code
	}
	t = strings.TrimRight(t, " \t\r")
	if len(t) > 4 && strings.HasPrefix(t, `\[`) && strings.HasSuffix(t, `\]`) && !continues(s, i) && !continued(s, i) {
		// A paragraph of its own: \[ x \].
		c.b.WriteString(line[:indent] + "$$" + t[2:len(t)-2] + "$$" + line[indent+len(t):])
		return i + len(line)
	}
	return c.display(s, i, i+indent, nil)
}

// display writes the display math whose \[ or \begin{env} is at s[open],
// on the line at s[i] after the markers of its containers marks (nil at
// the top level), through the line that closes it, as $$ math, and
// returns the index past it, or i if it is text: a line of its
// paragraph closes it, \] alone or one that ends with \end{env}, before
// the paragraph or a container ends or another opens.
func (c *plainConv) display(s string, i, open int, marks []int) int {
	first := strings.TrimRight(s[open:eol(s, i)], " \t\r")
	paren := first == `\[`
	var closing string
	if paren {
		closing = `\]`
	} else if name, ok := displayEnv(first); ok {
		closing = `\end{` + name + `}`
	} else {
		return i
	}
	end := -1
	if !paren && strings.HasSuffix(first, closing) {
		end = eol(s, i) // all on one line
	}
	// The search stops at the next opening line, so that a paragraph of
	// many unclosed ones costs linear time.
	for j := eol(s, i) + 1; end < 0 && j < len(s); j = eol(s, j) + 1 {
		p := 0
		if marks != nil {
			if p = continuation(s[j:eol(s, j)], marks); p < 0 {
				return i // a container ended first: it is text
			}
		}
		l := strings.TrimSpace(s[j+p : eol(s, j)])
		if _, env := displayEnv(l); l == "" || l == `\[` || env {
			return i // the paragraph ended, or another opens: it is text
		}
		if paren && l == closing || !paren && strings.HasSuffix(l, closing) {
			end = eol(s, j)
		}
	}
	switch {
	case end < 0:
		return i
	case paren:
		close := strings.LastIndex(s[open:end], `\]`) + open
		c.b.WriteString(s[i:open] + "$$" + s[open+2:close] + "$$" + s[close+2:end])
	default:
		c.b.WriteString(s[i:open] + "$$" + s[open:end] + "$$")
	}
	return end
}

// displayEnv returns the name of the display environment that the line l
// (without leading white space) begins, if it begins one.
func displayEnv(l string) (string, bool) {
	rest, ok := strings.CutPrefix(l, `\begin{`)
	if !ok {
		return "", false
	}
	name, _, ok := strings.Cut(rest, "}")
	switch strings.TrimSuffix(name, "*") {
	case "equation", "align", "gather", "multline", "eqnarray":
		return name, ok
	}
	return "", false
}

// eol returns the index of the newline that ends the line at s[i], or
// len(s).
func eol(s string, i int) int {
	if k := strings.IndexByte(s[i:], '\n'); k >= 0 {
		return i + k
	}
	return len(s)
}

// continues reports whether the line at s[i] continues a paragraph: the
// line before it has text. Such a line is never indented code.
func continues(s string, i int) bool {
	if i == 0 {
		return false
	}
	prev := strings.LastIndexByte(s[:i-1], '\n') + 1
	return strings.TrimSpace(s[prev:i-1]) != ""
}

// continued reports whether the line at s[i] is followed by one with
// text, in its paragraph.
func continued(s string, i int) bool {
	j := eol(s, i) + 1
	return j < len(s) && strings.TrimSpace(s[j:eol(s, j)]) != ""
}

// mathFence returns the fenced code block fenced, as fencedCode found it,
// as display math between lines of $$ when its language is math, as
// GitHub and GitLab draw it, and otherwise as it is. A block left open,
// whose TeX holds $$ or a blank line (blankMathFence), stays code.
func mathFence(fenced string) string {
	first, last, ok := mathFenceBody(fenced)
	if !ok || blankLine(fenced[first+1:last]) {
		return fenced
	}
	indent := fenced[:len(fenced[:first])-len(strings.TrimLeft(fenced[:first], " "))]
	return indent + "$$" + fenced[first:last] + indent + "$$" + strings.TrimLeft(fenced[last:], " `~")
}

// mathFenceBody returns where the TeX of the fenced code block fenced of
// language math lies, from the newline that ends its opening fence to the
// start of its closing fence's line, and false if it is not such a block,
// is left open or holds $$.
func mathFenceBody(fenced string) (first, last int, ok bool) {
	first = eol(fenced, 0)
	open := strings.TrimLeft(fenced[:first], " ")
	marks := strings.TrimLeft(open, open[:1])
	if strings.TrimSpace(marks) != "math" || first == len(fenced) {
		return 0, 0, false
	}
	body := strings.TrimSuffix(fenced[first+1:], "\n")
	last = first + 1 + strings.LastIndexByte(body, '\n') + 1
	closing := strings.TrimSpace(fenced[last : first+1+len(body)])
	if len(closing) < len(open)-len(marks) || strings.Trim(closing, open[:1]) != "" || strings.Contains(fenced[first:last], "$$") {
		return 0, 0, false
	}
	return first, last, true
}

// blankMathFence reports whether the fenced code block fenced is one of
// language math with a blank line in its TeX, which stays code: a blank
// line ends display math in Markdown and is an error in TeX (Missing $
// inserted), and whether it parts two formulas or is a slip is for the
// curator to say, whom Leftovers tells.
func blankMathFence(fenced string) bool {
	first, last, ok := mathFenceBody(fenced)
	return ok && blankLine(fenced[first+1:last])
}

// blankLine reports whether s has a line of white space only.
func blankLine(s string) bool {
	for l := range strings.Lines(s) {
		if strings.TrimSpace(l) == "" {
			return true
		}
	}
	return false
}

// parenSpan returns the index just past the \(…\) math span opening at
// s[i], or i if none opens there. The span closes at the next \) of its
// paragraph, as the Markdown extension that reads it as math closes it, so
// what is between (\text{DPO}, a~b, x--y) is TeX, not prose to rewrite.
func (c *plainConv) parenSpan(s string, i int) int {
	if !strings.HasPrefix(s[i:], `\(`) {
		return i
	}
	end := c.parens.from(c.src, i+2)
	if end+2 > len(s) || c.blank.from(c.src, i) < end {
		return i
	}
	return end + 2
}

// blankFinder finds the next blank line, remembering it as finder does.
type blankFinder struct {
	next int // the first blank line's start at or after the last search start; -1 before any search
}

// from returns the index of the newline that ends the last line before the
// first blank line (one of white space only) of s after i, or len(s).
func (f *blankFinder) from(s string, i int) int {
	if f.next >= i && f.next >= 0 {
		return f.next
	}
	f.next = len(s)
	for j := i; j < len(s); {
		k := strings.IndexByte(s[j:], '\n')
		if k < 0 {
			break
		}
		j += k + 1
		rest := s[j:]
		if nl := strings.IndexByte(rest, '\n'); nl >= 0 && strings.TrimSpace(rest[:nl]) == "" {
			f.next = j - 1
			break
		}
	}
	return f.next
}

// fencedCode returns the index just past the fenced code block opening on
// the line at s[i], or i if no fence opens there. An unclosed fence runs to
// the end, as in CommonMark.
func fencedCode(s string, i int) int {
	j := i
	for j < len(s) && j-i < 3 && s[j] == ' ' {
		j++
	}
	if j >= len(s) || s[j] != '`' && s[j] != '~' {
		return i
	}
	ch := s[j]
	n := 0
	for j+n < len(s) && s[j+n] == ch {
		n++
	}
	if n < 3 {
		return i
	}
	fence := strings.Repeat(string(ch), n)
	line := strings.IndexByte(s[j:], '\n')
	if ch == '`' && strings.Contains(s[j+n:lineEnd(s, j, line)], "`") {
		return i // backticks in the info string: an inline code span
	}
	for line >= 0 {
		start := j + line + 1
		if end := eol(s, start); closingFence(s[start:end], fence) {
			return min(end+1, len(s))
		}
		j = start
		line = strings.IndexByte(s[j:], '\n')
	}
	return len(s)
}

// closingFence reports whether line closes a fenced code block opened by
// fence: up to three spaces, at least as many of its characters, and
// nothing but white space after them.
func closingFence(line, fence string) bool {
	trimmed := strings.TrimLeft(line, " ")
	return len(line)-len(trimmed) <= 3 && strings.HasPrefix(trimmed, fence) &&
		strings.TrimSpace(strings.TrimLeft(trimmed, fence[:1])) == ""
}

// lineEnd returns the end of the line starting at j, given the offset of its
// newline or -1.
func lineEnd(s string, j, newline int) int {
	if newline < 0 {
		return len(s)
	}
	return j + newline
}

// bareURL returns the index just past a URL starting at s[i] after a word
// boundary, or i if none starts there. Plain copies URLs unchanged so that a
// ~ or -- in them survives.
func bareURL(s string, i int) int {
	if i > 0 && (isLetter(s[i-1]) || isDigit(s[i-1])) {
		return i
	}
	rest := s[i:]
	if !strings.HasPrefix(rest, "http://") && !strings.HasPrefix(rest, "https://") &&
		!strings.HasPrefix(rest, "ftp://") && !strings.HasPrefix(rest, "www.") {
		return i
	}
	end := strings.IndexAny(rest, " \t\n\r")
	if end < 0 {
		return len(s)
	}
	return i + end
}

// autolink returns the index just past the Markdown autolink opening at
// s[i] == '<' (<scheme:…> or <user@host>), or i if none opens there. Plain
// copies autolinks unchanged, whatever their scheme.
func autolink(s string, i int) int {
	if s[i] != '<' {
		return i
	}
	k := strings.IndexAny(s[i+1:], "<> \t\n\r")
	if k <= 0 || s[i+1+k] != '>' {
		return i
	}
	inner := s[i+1 : i+1+k]
	if strings.ContainsFunc(inner, func(r rune) bool { return r < ' ' || r == 0x7f }) ||
		!strings.Contains(inner, "@") && !hasScheme(inner) {
		return i
	}
	return i + 1 + k + 1
}

// hasScheme reports whether u starts with a URI scheme and a colon, as a
// Markdown autolink must: a letter, then 1 to 31 letters, digits, +, . or -.
func hasScheme(u string) bool {
	colon := strings.IndexByte(u, ':')
	if colon < 2 || colon > 32 || !isLetter(u[0]) {
		return false
	}
	for i := 1; i < colon; i++ {
		if c := u[i]; !isLetter(c) && !isDigit(c) && c != '+' && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

// linkDest returns the index just past the destination of the inline link
// or image whose text ends at s[i] == ']' ("](dest"), or i if no
// destination follows. Plain copies destinations unchanged, so that a ~ or
// -- in a relative URL such as /~me/ survives; the link text and title are
// prose.
func linkDest(s string, i int) int {
	if !strings.HasPrefix(s[i:], "](") {
		return i
	}
	j := i + 2
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j < len(s) && s[j] == '<' {
		if k := strings.IndexAny(s[j+1:], "<>\n"); k >= 0 && s[j+1+k] == '>' {
			return j + 1 + k + 1
		}
		return i
	}
	open := 0 // unbalanced ( in the destination
	for ; j < len(s); j++ {
		switch c := s[j]; {
		case c == '\\' && j+1 < len(s) && s[j+1] > ' ':
			j++
		case c == '(':
			open++
		case c == ')':
			if open == 0 {
				return j
			}
			open--
		case c <= ' ':
			return j
		}
	}
	return j
}

// entityLike reports whether s starts like an HTML character reference
// ("amp;", "#38;", "#x26;"), which a bare & before it would complete.
func entityLike(s string) bool {
	i := 0
	if strings.HasPrefix(s, "#") {
		i = 1
		if len(s) > 1 && (s[1] == 'x' || s[1] == 'X') {
			i = 2
		}
	}
	j := i
	for j < len(s) && (isLetter(s[j]) || isDigit(s[j])) {
		j++
	}
	return j > i && j < len(s) && s[j] == ';'
}

// safeScheme reports whether u is an absolute URL with a scheme Plain links.
func safeScheme(u string) bool {
	l := strings.ToLower(u)
	for _, p := range []string{"http://", "https://", "ftp://", "mailto:"} {
		if strings.HasPrefix(l, p) && len(l) > len(p) {
			return true
		}
	}
	return false
}

// urlText undoes the escapes TeX allows in \url and \href arguments.
func urlText(u string) string {
	r := strings.NewReplacer(`\%`, "%", `\#`, "#", `\_`, "_", `\&`, "&", `\~`, "~", `\$`, "$")
	return strings.TrimSpace(r.Replace(u))
}

// unlinkable reports whether u cannot be a Markdown link destination.
func unlinkable(u string) bool {
	return u == "" || strings.ContainsAny(u, " \t\r\n<>\\`")
}

// markdownText escapes s so that Markdown shows it literally.
func markdownText(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if strings.IndexByte("\\`*_[]<>()#!|$~&", s[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// destination escapes the parentheses of a link destination.
func destination(u string) string {
	return strings.NewReplacer("(", `\(`, ")", `\)`).Replace(u)
}

// url writes \url{u} as a Markdown autolink, a link for a bare domain, or
// literal text.
func (c *plainConv) url(raw string) {
	u := urlText(raw)
	switch {
	case unlinkable(u):
		c.b.WriteString(markdownText(u))
	case safeScheme(u):
		c.b.WriteString("<" + u + ">")
	case strings.Contains(u, ".") && (isLetter(u[0]) || isDigit(u[0])) && !strings.Contains(u, ":"):
		c.b.WriteString("[" + markdownText(u) + "](https://" + destination(u) + ")")
	default:
		c.b.WriteString(markdownText(u))
	}
}

// href writes \href{u}{src[lo:hi]} as a Markdown link, or only its text when u is
// not a safe absolute URL.
func (c *plainConv) href(raw string, lo, hi, depth int) {
	u := urlText(raw)
	t := strings.NewReplacer("[", `\[`, "]", `\]`).Replace(c.convert(lo, hi, depth+1))
	if unlinkable(u) || !safeScheme(u) {
		c.b.WriteString(t)
		return
	}
	if strings.TrimSpace(t) == "" {
		t = markdownText(u)
	}
	c.b.WriteString("[" + t + "](" + destination(u) + ")")
}

// ruleLine returns the end of the line at s[i] when it is Markdown structure
// made of dashes — a table's delimiter row (|---|:--:|), a thematic break
// (---, ***) or a setext heading underline (===, ---) — so its dashes do
// not become en and em dashes; otherwise it returns i.
func ruleLine(s string, i int) int {
	end := strings.IndexByte(s[i:], '\n')
	if end < 0 {
		end = len(s)
	} else {
		end += i
	}
	marks := 0
	for _, r := range s[i:end] {
		switch r {
		case '-', '=', '*', '_':
			marks++
		case ':', '|', ' ', '\t':
		default:
			return i
		}
	}
	if marks < 3 {
		return i
	}
	return end
}

// rawHTML returns the index just past the raw HTML that opens at s[i] ==
// '<' as CommonMark reads it inline: a comment (<!-- … -->, <!-->, <!--->),
// an open tag with its attributes, or a closing tag; i if none opens
// there. Plain copies it unchanged: a curator's <!-- note --> must stay a
// comment, which -- → – would end, and class="callout--warning" or
// style="--accent: red" must keep their dashes. An unclosed comment is
// copied to the end, where CommonMark's HTML block would run too.
func rawHTML(s string, i int) int {
	rest := s[i:]
	switch {
	case strings.HasPrefix(rest, "<!-->"):
		return i + len("<!-->")
	case strings.HasPrefix(rest, "<!--->"):
		return i + len("<!--->")
	case strings.HasPrefix(rest, "<!--"):
		if end := strings.Index(rest[len("<!--"):], "-->"); end >= 0 {
			return i + len("<!--") + end + len("-->")
		}
		return len(s)
	case strings.HasPrefix(rest, "</"):
		j := tagName(s, i+2)
		if j == i+2 {
			return i
		}
		j = skipSpace(s, j)
		if j < len(s) && s[j] == '>' {
			return j + 1
		}
		return i
	}
	j := tagName(s, i+1)
	if j == i+1 {
		return i
	}
	for {
		k := skipSpace(s, j)
		if k < len(s) && s[k] == '>' {
			return k + 1
		}
		if strings.HasPrefix(s[k:], "/>") {
			return k + 2
		}
		if k == j { // an attribute needs white space before it
			return i
		}
		if j = attribute(s, k); j == k {
			return i
		}
	}
}

// tagName returns the index past the HTML tag name at s[i] (a letter, then
// letters, digits and hyphens), or i if none starts there.
func tagName(s string, i int) int {
	if i >= len(s) || !isLetter(s[i]) {
		return i
	}
	j := i + 1
	for j < len(s) && (isLetter(s[j]) || isDigit(s[j]) || s[j] == '-') {
		j++
	}
	return j
}

// attribute returns the index past the HTML attribute at s[i], its name
// and any value, or i if none starts there.
func attribute(s string, i int) int {
	if i >= len(s) || !isLetter(s[i]) && s[i] != '_' && s[i] != ':' {
		return i
	}
	j := i + 1
	for j < len(s) && (isLetter(s[j]) || isDigit(s[j]) || strings.IndexByte("_.:-", s[j]) >= 0) {
		j++
	}
	k := skipSpace(s, j)
	if k >= len(s) || s[k] != '=' {
		return j
	}
	k = skipSpace(s, k+1)
	if k >= len(s) {
		return i
	}
	if q := s[k]; q == '"' || q == '\'' {
		end := strings.IndexByte(s[k+1:], q)
		if end < 0 {
			return i
		}
		return k + 1 + end + 1
	}
	v := k
	for v < len(s) && strings.IndexByte(" \t\n\r\"'=<>`", s[v]) < 0 {
		v++
	}
	if v == k {
		return i
	}
	return v
}

// skipSpace returns the index past the white space (line breaks included)
// at s[i].
func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r') {
		i++
	}
	return i
}

// listBlock writes the LaTeX list that starts on the line at s[i] as a
// Markdown list, line for line, and returns the index past it, or i if
// none starts there: a line of only \begin{itemize} (or {enumerate}),
// lines that start with \item or continue the item before them, and a
// line of only the \end{…} that closes it, in one paragraph. The \begin
// and \end lines become empty (the list a block of its own), each \item
// a "- " (or "1. ") item whose text is converted as the rest of the
// prose is. A list of another kind (description's \item[label]), one
// written inside a line, or nested, is left as it is, and Leftovers
// tells it.
func (c *plainConv) listBlock(s string, i, depth int) int {
	var marker string
	switch strings.TrimSpace(s[i:eol(s, i)]) {
	case `\begin{itemize}`:
		marker = "- "
	case `\begin{enumerate}`:
		marker = "1. "
	default:
		return i
	}
	env := strings.TrimSuffix(strings.TrimPrefix(strings.TrimSpace(s[i:eol(s, i)]), `\begin{`), "}")
	closing := `\end{` + env + `}`
	end := -1
	for j := eol(s, i) + 1; end < 0 && j < len(s); j = eol(s, j) + 1 {
		l := strings.TrimSpace(s[j:eol(s, j)])
		switch {
		case l == closing:
			end = eol(s, j)
		case l == "", strings.Contains(l, `\begin{`), strings.Contains(l, `\end{`):
			return i // the paragraph ended, or a list in it or another environment
		case j == eol(s, i)+1 && !isItem(l):
			return i // text before the first item
		case strings.HasPrefix(l, `\item`) && !isItem(l):
			return i // \item[label], or \itemsep
		}
	}
	if end < 0 {
		return i
	}
	for j := eol(s, i) + 1; ; j = eol(s, j) + 1 {
		c.b.WriteByte('\n')
		line := s[j:eol(s, j)]
		if strings.TrimSpace(line) == closing {
			return end
		}
		t := strings.TrimLeft(line, " \t")
		if isItem(t) {
			at := j + len(line) - len(t) + len(`\item`)
			for at < eol(s, j) && (s[at] == ' ' || s[at] == '\t') {
				at++
			}
			c.b.WriteString(marker)
			c.run(at, eol(s, j), depth+1)
		} else {
			c.run(j, eol(s, j), depth+1)
		}
	}
}

// isItem reports whether the line l, without the white space before it,
// starts with \item alone: followed by white space or nothing.
func isItem(l string) bool {
	rest, ok := strings.CutPrefix(l, `\item`)
	return ok && (rest == "" || rest[0] == ' ' || rest[0] == '\t')
}
