package tex

import "strings"

// Title rewrites the TeX-isms a paper title may arrive with as plain
// Unicode text, keeping everything a hand-written title means literally:
//
//	\"o, {\"o}, \ss … → ö, ß …   \& \% \_ \# \$ \{ \} → & % _ # $ { }
//	\textsc{t}, \emph{t}, \textbf{t}, {\em t}, {\bf t} and kin → t
//	``quotes'' → “quotes”   \ldots → …   "\ " → " "
//	10\,000 → 10 U+202F 000   a\:b, a\;b → a b   a\!b → ab   Fig.~3 → Fig. U+00A0 3
//	H~2~O, 10^-3^ (pandoc's scripts of a number, see pandocScript) → H₂O, 10⁻³
//
// Its spaces are the ones Unicode writes for the same spaces in math: \, a
// narrow no-break space, a tie (a lone ~ between two characters that are
// not white space, as Plain reads one) a no-break space, and \: and \; a
// space (\! takes space away, and is dropped). $…$ and \(…\) math is
// copied unchanged (the theme renders it), and so are plain braces, dashes and
// any other ~ ("~2x", "(~100B"), which a title typed by hand means as
// they are. Any other command stays as written. It takes linear time.
func Title(s string) string {
	if !strings.ContainsAny(s, "\\`~^") {
		return s
	}
	t := titleConv{s: s, match: matchBraces(s), quotes: finder{pat: "''", next: -1}, closeParen: finder{pat: `\)`, next: -1}}
	t.b.Grow(len(s))
	t.run(0, len(s), 0)
	return t.b.String()
}

// TitleDashes rewrites the dashes of a title that comes from a TeX
// source (arXiv's titles are TeX: "Navier--Stokes") as an abstract's
// are (Plain): -- an en dash, --- an em dash, but not in $…$ math, an
// ASCII arrow (-->) or a command line's option (--fp16). Title leaves
// them, as a title typed by hand means them as written; the importer
// calls this on what arXiv delivers, so that a page's title and
// abstract write one dash alike.
func TitleDashes(s string) string {
	if !strings.Contains(s, "--") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		switch s[i] {
		case '$':
			end := mathSpan(s, i)
			b.WriteString(s[i:end])
			i = end
		case '-':
			out, end := dash(s, i)
			b.WriteString(out)
			i = end
		case '\\': // \$ is a dollar sign, not math
			end := min(i+2, len(s))
			b.WriteString(s[i:end])
			i = end
		default:
			b.WriteByte(s[i])
			i++
		}
	}
	return b.String()
}

// titleConv holds the state of one Title conversion.
type titleConv struct {
	s      string
	match  []int32 // the index of the brace matching each brace, or -1
	quotes finder  // the next ''
	// closeParen is the next \), which ends the \(…\) math copied as it is.
	closeParen finder
	b          strings.Builder
}

// run converts s[lo:hi], whose groups are nested depth deep.
func (t *titleConv) run(lo, hi, depth int) {
	s := t.s[:hi]
	for i := lo; i < len(s); {
		if c := s[i]; c == '~' || c == '^' {
			if out, end, ok := pandocScript(s, i); ok {
				t.b.WriteString(out)
				i = end
				continue
			}
		}
		switch c := s[i]; {
		case c == '$':
			end := mathSpan(s, i)
			t.b.WriteString(s[i:end])
			i = end
		case strings.HasPrefix(s[i:], "``"):
			if q := t.quotes.from(t.s, i+2); q+2 <= len(s) && depth < maxPlainDepth {
				t.b.WriteString("“")
				t.run(i+2, q, depth+1)
				t.b.WriteString("”")
				i = q + 2
				continue
			}
			t.b.WriteString("``")
			i += 2
		case strings.HasPrefix(s[i:], `\(`) && t.closeParen.from(t.s, i+2) < len(s):
			end := t.closeParen.from(t.s, i+2) + 2
			t.b.WriteString(s[i:end])
			i = end
		case c == '{' && i+1 < len(s) && s[i+1] == '\\':
			i = t.group(s, i, depth)
		case c == '\\':
			i = t.command(s, i, depth)
		case c == '~' && Tie(t.s, i):
			t.b.WriteString("\u00a0")
			i++
		default:
			t.b.WriteByte(c)
			i++
		}
	}
}

// group handles {\"o} and font groups such as {\em t} at s[i], writing
// their text, and returns the index after what it consumed.
func (t *titleConv) group(s string, i, depth int) int {
	if out, next, ok := letter(s, i+1); ok && next < len(s) && s[next] == '}' {
		t.b.WriteString(out)
		return next + 1
	}
	if name, j := commandName(s, i+1); fontCommand(name) && depth < maxPlainDepth {
		if end := t.closing(s, i); end > 0 {
			t.run(skipSpaces(s, j), end, depth+1)
			return end + 1
		}
	}
	t.b.WriteByte('{')
	return i + 1
}

// command writes the conversion of the command at s[i] == '\\' and returns
// the index after it.
func (t *titleConv) command(s string, i, depth int) int {
	if out, next, ok := letter(s, i); ok {
		t.b.WriteString(out)
		return next
	}
	name, j := commandName(s, i)
	if space, ok := textSpace(name); ok {
		t.b.WriteString(space)
		return j
	}
	switch name {
	case "&", "%", "_", "#", "$", "{", "}":
		t.b.WriteString(name)
		return j
	case "!":
		return j
	}
	if end := ellipsis(name, s, j); end > 0 {
		t.b.WriteString("…")
		return end
	}
	if fontCommand(name) && depth < maxPlainDepth {
		if end := t.closing(s, j); end > 0 {
			t.run(j+1, end, depth+1)
			return end + 1
		}
	}
	t.b.WriteString(s[i:j])
	return j
}

// closing returns the index of the } matching the { at s[i], or -1 if
// there is none within s.
func (t *titleConv) closing(s string, i int) int { return closingBrace(t.match, s, i) }

// fontCommand reports whether the command only changes the font of its
// text: Plain's emphasis and fonts, and the declarations {\sc t}, {\tt t},
// {\rm t} and {\sf t}.
func fontCommand(name string) bool {
	switch name {
	case "sc", "tt", "rm", "sf":
		return true
	}
	return emphasisMark(name) != "" || plainFont(name)
}
