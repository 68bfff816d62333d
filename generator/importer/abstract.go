package importer

import (
	"regexp"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Abstract turns an abstract as arXiv and Hugging Face deliver it (plain
// text with TeX, hard-wrapped lines, paragraphs marked by a blank line or an
// indented line) into Markdown that renders to the same text:
//
//   - hard wraps are joined, so each paragraph is one line (a TeX tie ~
//     ending a line joins the next without a space); paragraphs are
//     separated by a blank line;
//   - TeX's display math \[…\] becomes $$…$$ on lines of its own, which
//     the build shows as display math within the paragraph (in Markdown,
//     \[ in a sentence is an escaped bracket);
//   - $…$ and $$…$$ math is copied untouched, and so is every backslash pair
//     (\%, \"o, \textsc, \$), so TeX arrives as delivered;
//   - outside math, * _ < > [ ] ` | are backslash-escaped (a ` next to a
//     brace becomes &#96;, as \` there is TeX's grave accent, and a [
//     opening a paragraph &#91;, as \[ there opens TeX's display math),
//     as are an entity-like &name;, a $ that opens no math, what would
//     start a heading or list at the start of a paragraph (# - + 1. 1)),
//     and a ~~~ that would open a fence there; in a paragraph that
//     the build would strike through (~~120 ms~~, ~x~:
//     markdown.Renderer.Strikes), every ~ that is no TeX tie (tex.Tie)
//     is escaped too (\~, or &#126; where the build would read \~ as
//     TeX's accent: see tilde), and elsewhere the tildes are kept as
//     written ("~2x", "~30%"); a tie (Fig.~3, 3~5) is always kept for
//     the build to make a no-break space;
//   - a { that opens another generator's template tag, {{ {% or {: (a
//     Hugo or Zola shortcode, Jekyll's Liquid, a kramdown attribute
//     list, which the build refuses as such: Markdown in chat-template
//     papers quotes Jinja's {% for %}), becomes &#123;, so that the page
//     shows it as written and the build's check finds no tag;
//   - bare URLs and email addresses are copied verbatim so the renderer
//     still links them.
//
// Math is what the renderer takes for math: $…$ by textutil.InlineMathEnd,
// \(…\), and not a dollar sign right after a backslash (\\$ is an
// escaped backslash, then a dollar sign the renderer does not open math
// at). Each paragraph is then read as the build reads it (asText), and
// one that would still hold raw HTML, a link, an image or a template tag
// (a way of writing math the two disagree on) is escaped again with its
// math as text: what a submitter wrote can never become markup on the
// site, nor stop its build.
func Abstract(text string) string {
	paras := Paragraphs(text)
	for i, p := range paras {
		paras[i] = escapeAsText(p)
	}
	return strings.Join(paras, "\n\n")
}

// escaping is how escapeParagraph escapes a paragraph: with its math
// copied as it is, and with its tildes that are no tie escaped.
type escaping struct{ math, tildes bool }

// escapeAsText escapes p, one unwrapped paragraph, the first way the
// build reads as text (asText) with nothing struck through: with its
// math, then without; each with its tildes as written, then escaped.
func escapeAsText(p string) string {
	var md string
	for _, e := range []escaping{{true, false}, {true, true}, {false, false}, {false, true}} {
		if !e.tildes && !strings.Contains(p, "~") {
			continue // the same as escaped
		}
		md = escapeParagraph(p, e)
		if asText(md) && (e.tildes || !inertRenderer().Strikes([]byte(tex.Plain(md)))) {
			break
		}
	}
	return md
}

// asText reports whether the build reads md, an escaped paragraph, as
// text and math only: no raw HTML, link or image (markdown.Renderer.Inert),
// and, once its TeX-isms are rewritten as the build rewrites them
// (tex.Plain), no other generator's template tag, which the build's own
// check refuses (markdown.Renderer.Check's Shortcodes).
func asText(md string) bool {
	r := inertRenderer()
	if !r.Inert([]byte(md)) {
		return false
	}
	if !strings.Contains(md, "{") { // every such tag opens with one
		return true
	}
	return len(r.Check(tex.Plain(md), md).Shortcodes) == 0
}

// inertRenderer is the Markdown renderer that checks escaped abstracts
// (markdown.Renderer.Inert), configured as builds configure theirs.
var inertRenderer = sync.OnceValue(func() *markdown.Renderer { return markdown.New(markdown.Options{}) })

// Paragraphs unwraps hard-wrapped text into paragraphs. A blank line or a
// line that starts with white space begins a new paragraph; white space runs
// become single spaces.
func Paragraphs(text string) []string {
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	var paras []string
	var cur []string
	flush := func() {
		if len(cur) > 0 {
			paras = append(paras, strings.Join(cur, " "))
			cur = nil
		}
	}
	for i, line := range strings.Split(strings.TrimSpace(text), "\n") {
		fields := strings.Fields(line)
		if len(fields) == 0 {
			flush()
			continue
		}
		if i > 0 && (line[0] == ' ' || line[0] == '\t') {
			flush()
		}
		line = strings.Join(fields, " ")
		if n := len(cur); n > 0 && isTie(cur[n-1]) {
			// A TeX tie at the end of a line ("Fig.~" then "3")
			// joins the next line without a space, so it stays a tie.
			cur[n-1] += line
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return paras
}

// isTie reports whether s ends with a lone ~ after a character that is
// not white space: a TeX tie (see tex.Plain), not a strikethrough ~~.
func isTie(s string) bool {
	t := strings.TrimSuffix(s, "~")
	return len(t) == len(s)-1 && t != "" && !strings.HasSuffix(t, "~") && !strings.HasSuffix(t, " ")
}

var (
	// urlRE is goldmark's linkify pattern, so a URL copied verbatim is the
	// URL the renderer links.
	urlRE = regexp.MustCompile(`^(?:(?:http|https|ftp)://[-a-zA-Z0-9@:%._\+~#=]{1,256}\.[a-z]+(?::\d+)?|www\.[-a-zA-Z0-9@:%._\+~#=]{1,256}\.[a-z]+)(?:[/#?][-a-zA-Z0-9@:%_+.~#$!?&/=\(\);,'">\^{}\[\]` + "`" + `]*)?`)
	// emailRE is an email address whose every character but the letters
	// and digits (. _ % + -) stands between two of them, so that none of
	// them can be Markdown (an underscore inside a word never emphasizes):
	// copied verbatim, it is the address GFM links ("first_last@x.org",
	// where first\_last@x.org would show as text).
	emailRE    = regexp.MustCompile(`^[A-Za-z0-9]+(?:[._%+-][A-Za-z0-9]+)*@[A-Za-z0-9]+(?:[.-][A-Za-z0-9]+)*`)
	entityRE   = regexp.MustCompile(`^&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});`)
	listItemRE = regexp.MustCompile(`^[0-9]{1,9}[.)]`)
)

// escapeParagraph escapes one unwrapped paragraph as e says; see
// Abstract. Without math, every dollar sign and \( is text.
func escapeParagraph(p string, e escaping) string {
	math := e.math
	var b strings.Builder
	b.Grow(len(p) + len(p)/16)
	i := escapeLineStart(p, &b)
	for i < len(p) {
		c := p[i]
		switch {
		case c == '\\' && math && strings.HasPrefix(p[i:], `\(`):
			if j := strings.Index(p[i+2:], `\)`); j >= 0 { // inline math, as the renderer's \(…\)
				b.WriteString(p[i : i+2+j+2])
				i += 2 + j + 2
				continue
			}
			b.WriteString(`\(`)
			i += 2
		case c == '\\' && math && strings.HasPrefix(p[i:], `\[`) && displayEnd(p, i) > 0:
			i = writeDisplay(p, i, &b)
		case c == '\\' && !math && strings.HasPrefix(p[i:], `\(`):
			b.WriteString(`\\\(`) // a backslash, then an escaped parenthesis
			i += 2
		case c == '\\' && i+1 < len(p) && p[i+1] == '{' && opensTag(p, i+1):
			b.WriteString("&#123;") // \{ shows a brace as the entity does
			i += 2
		case c == '\\':
			n := 1
			if i+1 < len(p) {
				n += runeLen(p[i+1:])
			}
			b.WriteString(p[i : i+n])
			i += n
		case c == '$':
			if end := mathEnd(p, i); math && end > i && (i == 0 || p[i-1] != '\\') {
				b.WriteString(p[i:end])
				i = end
				continue
			}
			b.WriteString(`\$`)
			i++
		case isAlnum(c) && (i == 0 || !isAlnum(p[i-1]) && strings.IndexByte("._%+-", p[i-1]) < 0):
			// The start of a word, which may be a URL or an address.
			var m string
			if linkStart(p, i) {
				m = urlRE.FindString(p[i:])
			}
			if m == "" {
				m = emailRE.FindString(p[i:])
			}
			if m == "" {
				m = p[i : i+1]
			}
			b.WriteString(m)
			i += len(m)
		case c == '&' && entityRE.MatchString(p[i:]):
			b.WriteString(`\&`)
			i++
		case c == '`' && (i > 0 && p[i-1] == '{' || i+1 < len(p) && p[i+1] == '{'):
			// \` next to a brace would read as TeX's grave accent ({\`e},
			// \`{e}) when the build rewrites TeX-isms: an entity is safe.
			b.WriteString("&#96;")
			i++
		case c == '{' && opensTag(p, i):
			// {% for %}, {{< x >}}, {: .c} would be another generator's
			// tag to the build's check, which refuses the paper: an
			// entity shows the brace and opens none.
			b.WriteString("&#123;")
			i++
		case c == '[' && b.Len() == 0:
			// \[ opening a paragraph is TeX's display math when the build
			// rewrites TeX-isms ("[Code and data]" became a formula): an
			// entity is safe.
			b.WriteString("&#91;")
			i++
		case c == '~' && e.tildes && !tex.Tie(p, i):
			// Markdown's strikethrough (~~120 ms~~, ~x~), where the
			// submitter wrote tildes; a tie (Fig.~3) stays TeX's.
			b.WriteString(tilde(p[i+1:]))
			i++
		case strings.IndexByte("*_<>[]`|", c) >= 0:
			b.WriteByte('\\')
			b.WriteByte(c)
			i++
		default:
			b.WriteByte(c)
			i++
		}
	}
	return b.String()
}

// tilde is how escapeParagraph writes a ~ that is no tie, before rest:
// \~, or &#126; where \~ would be TeX's tilde accent to the build
// (tex.Plain makes \~n ñ, and \~\~a ~ã): before a letter, a brace or a
// backslash.
func tilde(rest string) string {
	if rest != "" && (rest[0] >= utf8.RuneSelf || isAlnum(rest[0]) && !isDigit(rest[0]) || rest[0] == '{' || rest[0] == '\\') {
		return "&#126;"
	}
	return `\~`
}

// displayEnd returns the index just past the \] that closes the TeX
// display math \[…\] opening at p[i], or -1 when none does or what it
// holds is empty or has $$, which would end the $$…$$ it becomes.
func displayEnd(p string, i int) int {
	j := strings.Index(p[i+2:], `\]`)
	if j < 0 {
		return -1
	}
	inner := strings.TrimSpace(p[i+2 : i+2+j])
	if inner == "" || strings.Contains(inner, "$$") {
		return -1
	}
	return i + 2 + j + 2
}

// writeDisplay writes the display math \[…\] opening at p[i] (see
// displayEnd) as $$…$$ on lines of its own, which the build sets as
// display math inside the paragraph, and returns the index of what
// follows it: in Markdown a \[ in a sentence is an escaped bracket, but
// arXiv's abstracts are TeX, where it is display math, as arXiv's own
// page shows it. The text after it starts a line, escaped as a
// paragraph's start is.
func writeDisplay(p string, i int, b *strings.Builder) int {
	end := displayEnd(p, i)
	before := strings.TrimRight(b.String(), " ")
	b.Reset()
	b.WriteString(before)
	if before != "" {
		b.WriteByte('\n')
	}
	b.WriteString("$$\n" + strings.TrimSpace(p[i+2:end-2]) + "\n$$")
	for end < len(p) && p[end] == ' ' {
		end++
	}
	if end == len(p) {
		return end
	}
	b.WriteByte('\n')
	return end + escapeLineStart(p[end:], b)
}

// escapeLineStart writes what must be escaped at the start of a paragraph
// (a heading, list marker, thematic break or ~~~ fence) and returns how
// many bytes it consumed.
func escapeLineStart(p string, b *strings.Builder) int {
	switch {
	case p == "":
		return 0
	case p[0] == '#' || p[0] == '-' || p[0] == '+':
		b.WriteByte('\\')
		b.WriteByte(p[0])
		return 1
	case strings.HasPrefix(p, "~~~"):
		b.WriteString(`\~`)
		return 1
	}
	if m := listItemRE.FindString(p); m != "" && (len(m) == len(p) || p[len(m)] == ' ') {
		b.WriteString(m[:len(m)-1])
		b.WriteByte('\\')
		b.WriteByte(m[len(m)-1])
		return len(m)
	}
	return 0
}

// opensTag reports whether the brace at p[i] opens what the build's check
// takes for another generator's template tag, as markdown's shortcodes
// find them: {{ (Hugo, Zola, Liquid's output), {% (Liquid's tag, Zola's
// body) or {: (kramdown), a \% counting as the % tex.Plain makes it.
func opensTag(p string, i int) bool {
	rest := p[i+1:]
	return rest != "" && strings.IndexByte("{%:", rest[0]) >= 0 || strings.HasPrefix(rest, `\%`)
}

// mathEnd returns the end of the $…$ or $$…$$ span opening at p[i], or -1 if
// the dollar opens no math. A single dollar follows the renderer's rule
// (textutil.InlineMathEnd), so "from $5 to $10" stays text.
func mathEnd(p string, i int) int {
	if strings.HasPrefix(p[i:], "$$") {
		j := strings.Index(p[i+2:], "$$")
		if j <= 0 {
			return -1
		}
		return i + 2 + j + 2
	}
	return textutil.InlineMathEnd(p, i)
}

// linkStart reports whether a URL at p[i] would be linked by the renderer:
// linkify only starts at the beginning of a line, after white space or '('.
func linkStart(p string, i int) bool {
	return i == 0 || p[i-1] == ' ' || p[i-1] == '('
}

// runeLen is the byte length of the first rune of s.
func runeLen(s string) int {
	for i := range s {
		if i > 0 {
			return i
		}
	}
	return len(s)
}

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// isAlnum reports whether c is an ASCII letter or digit.
func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}
