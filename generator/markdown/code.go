package markdown

import (
	"bytes"
	"cmp"
	"strconv"
	"strings"
	"time"
	_ "unsafe" // for go:linkname

	"github.com/alecthomas/chroma/v2"
	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/util"
)

// codeRenderer highlights fenced code whose info string names a language
// chroma knows, as spans with CSS classes (the theme's syntax.css colours
// them); other fenced code gets the same markup, uncoloured. One formatter serves
// every block: chroma's formatter caches its style table, and making one
// per block, as goldmark-highlighting does, spent a third of the time of
// a whole abstract rebuilding that table.
//
// Every line of a block, fenced or indented, is a <span class="cl">, and
// an indented one says its indentation in columns (style="--indent:4"), so that
// style.css hangs a long line's continuation under the line's own text
// rather than left of it. The attribute goes only on indented lines, and
// adds no text: copying the block gives its source.
type codeRenderer struct {
	formatter *chromahtml.Formatter
	style     *chroma.Style
	clock     func() int64 // regexpClock; a test's own
}

func newCodeRenderer() *codeRenderer {
	return &codeRenderer{formatter: chromahtml.New(chromahtml.WithClasses(true)), style: styles.Get("github"), clock: regexpClock}
}

// RegisterFuncs implements renderer.NodeRenderer.
func (c *codeRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindFencedCodeBlock, c.fenced)
	reg.Register(ast.KindCodeBlock, c.indented)
}

// codeOf returns the text of code block n.
func codeOf(n ast.Node, src []byte) string {
	var code strings.Builder
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		code.Write(seg.Value(src))
	}
	return code.String()
}

func (c *codeRenderer) fenced(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	n := node.(*ast.FencedCodeBlock)
	lang := n.Language(src)
	code := codeOf(n, src)
	// Code in no language chroma knows goes through its plain-text lexer:
	// the same markup, so a long line wraps with the same continuation cue.
	lexer := lexers.Fallback
	if lang != nil {
		lexer = cmp.Or(lexers.Get(string(lang)), lexer)
	}
	var html bytes.Buffer
	tokens, err := c.tokenise(chroma.Coalesce(lexer), code)
	if err == nil && c.formatter.Format(&html, c.style, chroma.Literator(tokens...)) == nil {
		indentLines(w, html.Bytes(), code)
		return ast.WalkContinue, nil
	}
	writePlain(w, lang, code)
	return ast.WalkContinue, nil
}

// Chroma gives each of a lexer's regular expressions 250 ms to match and
// takes one that runs out as no match: another rule matches instead, or
// an Error token is written where the code has none. The time is
// regexp2's own clock, which a goroutine moves forward every 100 ms, and
// on a busy machine (load 36 on two cores, once in 100,000 papers) that
// goroutine waits long enough for the clock to jump past the deadline of
// a match that has only just begun: the same sources would highlight
// differently. No chroma or regexp2 setting changes the 250 ms, and the
// lexers compile their expressions lazily, some of them only when code
// in another language needs them, so they cannot be given a longer
// timeout before they are used.
//
// What can be known is whether any deadline could have been reached: a
// match's deadline is the clock when it starts plus more than
// matchTimeout, so a tokenisation over which the clock moved less than
// that had no timeout, and its tokens are the ones an idle machine gets.
// tokenise reads the clock around each try and tries again when it
// moved that much, at most maxTokenises times: code that is slow to
// highlight even when the machine is idle, which chroma cuts short alike
// on every try, keeps its last try.
const (
	matchTimeout = 250 * time.Millisecond
	maxTokenises = 3
)

// regexpDeadline is regexp2's makeDeadline: its clock in ticks of 2^20 ns,
// plus d and the clock's period. It starts the clock if it is stopped, as
// each of chroma's matches does. TestRegexpClock checks that it is the
// clock chroma's matches run on and that its ticks are 2^20 ns.
//
//go:linkname regexpDeadline github.com/dlclark/regexp2/v2.makeDeadline
func regexpDeadline(d time.Duration) int64

// regexpClock reads regexp2's clock, in its ticks.
func regexpClock() int64 { return regexpDeadline(0) }

// regexpTicks converts d to regexp2's ticks, as its durationToTicks does.
func regexpTicks(d time.Duration) int64 { return int64(d) >> 20 }

// tokenise returns lexer's tokens of code, from a try that no timeout cut
// short (see matchTimeout).
func (c *codeRenderer) tokenise(lexer chroma.Lexer, code string) ([]chroma.Token, error) {
	var tokens []chroma.Token
	for range maxTokenises {
		start := c.clock()
		it, err := lexer.Tokenise(nil, code)
		if err != nil {
			return nil, err
		}
		// Chroma matches as the iterator is read: the reading is timed.
		tokens = it.Tokens()
		if c.clock()-start < regexpTicks(matchTimeout) {
			break
		}
	}
	return tokens, nil
}

// indented writes an indented code block plain: it has no language, and
// a page without highlighted code links no syntax.css.
func (c *codeRenderer) indented(w util.BufWriter, src []byte, node ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		writePlain(w, nil, codeOf(node, src))
	}
	return ast.WalkContinue, nil
}

// writePlain writes code in language lang (nil for none) as
// <pre><code>, a <span class="cl"> a line as chroma writes them.
func writePlain(w util.BufWriter, lang []byte, code string) {
	w.WriteString("<pre><code")
	if lang != nil {
		w.WriteString(` class="language-`)
		ghtml.DefaultWriter.Write(w, lang)
		w.WriteByte('"')
	}
	w.WriteByte('>')
	for line := range strings.Lines(code) {
		w.WriteString(`<span class="cl"`)
		writeIndent(w, line)
		w.WriteByte('>')
		ghtml.DefaultWriter.RawWrite(w, []byte(line))
		w.WriteString("</span>")
	}
	w.WriteString("</code></pre>\n")
}

// codeLine opens a line of chroma's markup. Its tokens are escaped, so
// it occurs nowhere else: the nth is the start of code's nth line.
const codeLine = `<span class="cl"`

// indentLines writes html, chroma's markup of code, with the indentation
// of each indented line of code in its <span class="cl">.
func indentLines(w util.BufWriter, html []byte, code string) {
	for {
		i := bytes.Index(html, []byte(codeLine+">"))
		if i < 0 {
			break
		}
		i += len(codeLine)
		w.Write(html[:i])
		html = html[i:]
		var line string
		line, code, _ = strings.Cut(code, "\n")
		writeIndent(w, line)
	}
	w.Write(html)
}

// tabWidth is the columns a tab stop is apart in a code block: CSS's
// initial tab-size, which style.css keeps.
const tabWidth = 8

// indentOf returns the column line's text starts at, its leading spaces
// and tabs counted as the browser lays them out; 0 for a blank line,
// which has no text to hang under.
func indentOf(line string) int {
	col := 0
	for _, r := range []byte(line) {
		switch r {
		case ' ':
			col++
		case '\t':
			col += tabWidth - col%tabWidth
		case '\n', '\r':
			return 0
		default:
			return col
		}
	}
	return 0
}

// writeIndent writes the style attribute of line's <span class="cl"> that
// style.css hangs a wrapped line's continuation by: --indent, its indentation
// in columns; nothing for a line that starts at the margin.
func writeIndent(w util.BufWriter, line string) {
	if n := indentOf(line); n > 0 {
		w.WriteString(` style="--indent:`)
		w.WriteString(strconv.Itoa(n))
		w.WriteByte('"')
	}
}
