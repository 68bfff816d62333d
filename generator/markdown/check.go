package markdown

import (
	"slices"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// Findings are the mistakes Check finds in a Markdown source.
type Findings struct {
	// Shortcodes are the template tags of other generators (shortcodes).
	Shortcodes []Shortcode
	// UnclosedMath are the lines of the math that Warnings says no $ (or
	// $$, \), \]) closes: the TeX commands on its line are taken for that
	// math's, told with it, not as TeX written outside math.
	UnclosedMath []int
	// Errors hide or break the source's text: control characters, which
	// a page cannot hold (Controls), comments that hide more than
	// themselves (hiddenByComments) and heading ids written twice
	// or written out empty (takenIDs).
	Errors []Hidden
	// Warnings change what the page shows: $$…$$ inside a line of text
	// (inlineDisplayMath), math shown as its TeX source (unconvertedMath),
	// raw HTML the page leaves out (omittedHTML),
	// headings that break the page's outline (skippedLevels) and code
	// shown uncoloured for a misspelt language (misspeltLanguages), a
	// code block never closed (unclosedFence), math never closed
	// (unclosedMath), footnotes without a note (undefinedFootnotes), notes
	// no footnote cites (uncitedFootnotes), notes of one label written
	// twice (twiceDefinedFootnotes) and
	// headings without a space after their # signs (unspacedHeadings),
	// links whose address the page empties (droppedLinks) and links
	// written so that they are none: with a space in their address
	// (spacedLinks), before their ( or with no definition of their
	// reference (unlinked), prose indented into a code block
	// (indentedProse), a table without its line of dashes (pipeRows), a
	// sentence made a heading by a line of - under it (underlinedProse),
	// a word broken at a line's end with a hyphen, as a copy of a PDF's
	// lines leaves it (brokenWords), a link wrapped by a mail or search
	// service (wrappedLinks), an alert that shows as written: of a type
	// GitHub's are not, or outside a quote (alertMistakes), what other
	// tools' Markdown reads and CommonMark does not: Obsidian's wiki links,
	// comments and highlights, pandoc's citations, divs and inline notes,
	// emoji shortcodes (otherMarkdowns), a link with no text
	// (namelessLinks), a heading with no words (emptyHeadings) and a raw
	// <iframe> with no title (untitledFrames).
	Warnings []Hidden
}

// Check runs every check of a Markdown source on one parse of body,
// made only if one of them has something to look for (each first looks
// for the bytes it is about, which most sources lack, so most are never
// copied to bytes or parsed). written is the source as its author wrote
// it, line for line, when body was made from it (tex.Plain), or "": a
// message quotes what the author wrote, \[…\] where body has $$…$$.
func (r *Renderer) Check(body, written string) Findings { return r.CheckLinking(body, written, nil) }

// PaperLink returns the address a source writes to link the site's paper
// whose arXiv id is id (without its version): its file's path relative to
// the source's folder ("../2401.00001.md" from a paper in a folder of
// content/papers/, "../papers/2401.00001.md" from a day), which links its
// page; "" when it does not know one.
type PaperLink func(id string) string

// CheckLinking is Check of the source whose links to the site's papers
// paper makes, for the advice of a link that names a paper as a citation
// does (arXiv:2401.00001: unreachableLinks); nil gives the links from
// content/papers/ and from a day or a page, both.
func (r *Renderer) CheckLinking(body, written string, paper PaperLink) Findings {
	if line, msg := Costly(body); line > 0 {
		return Findings{Errors: []Hidden{{line, msg}}} // no parse, and so no check
	}
	s := &source{r: r, text: body, written: written, paper: paper}
	unclosed := s.unclosedMath()
	var lines []int
	for _, h := range unclosed {
		lines = append(lines, h.Line)
	}
	return Findings{
		Shortcodes:   s.shortcodes(),
		Errors:       slices.Concat(Controls(body), s.hiddenByComments(), s.takenIDs()),
		UnclosedMath: lines,
		Warnings:     slices.Concat(s.inlineDisplayMath(), s.unconvertedMath(), s.omittedHTML(), s.skippedLevels(), s.misspeltLanguages(), s.unclosedFence(), unclosed, s.undefinedFootnotes(), s.uncitedFootnotes(), s.twiceDefinedFootnotes(), s.unspacedHeadings(), s.droppedLinks(), s.spacedLinks(), s.unlinked(), s.indentedProse(), s.pipeRows(), s.splitCells(), s.underlinedProse(), s.brokenWords(), s.wrappedLinks(), s.alertMistakes(), s.otherMarkdowns(), s.namelessLinks(), s.emptyHeadings(), s.untitledFrames(), s.unreachableLinks()),
	}
}

// each calls f for each node of kind T in the tree below root, in
// document order, and looks no further inside it.
func each[T ast.Node](root ast.Node, f func(T)) {
	ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(T); ok && entering {
			f(t)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
}

// blockMarkers are the bytes that may come before a block's text on its
// line: indentation and the markers of quotes and list items.
const blockMarkers = " \t>-*+0123456789.)"

// source is a Markdown source for the checks, made bytes and parsed when
// the first of them needs its tree; the checks only read the tree, so
// they share it.
type source struct {
	r       *Renderer
	text    string
	written string     // text as its author wrote it, line for line, or ""
	plain   bool       // text is no Markdown, where \( shows as written (UnclosedMath)
	paper   PaperLink  // the links to the site's papers, or nil
	src     []byte     // text's bytes, once made
	doc     ast.Node   // src's parse, once made
	lines   *lineIndex // src's lines, once asked for
	code    ranges     // the verbatim ranges, once asked for
	// verbatimWalks counts the walks of the tree for code: one at most.
	verbatimWalks int
	words         map[string]bool // text's words in lower case, once asked for (brokenWords)
	paraEnds      scan            // paragraph ends after the offsets asked (unclosedMath)
	texCloses     [2]scan         // the next \) and \] after the offsets asked
	linkCloses    [2]scan         // the next ) and blank line after a link's address (unclosed)
}

// source returns src as a source for the checks (a test of one check).
func (r *Renderer) source(src []byte) *source { return &source{r: r, text: string(src), src: src} }

// bytes returns the source's bytes.
func (s *source) bytes() []byte {
	if s.src == nil {
		s.src = []byte(s.text)
	}
	return s.src
}

// line is the 1-based line of the source that byte offset at is on.
func (s *source) line(at int) int {
	if s.lines == nil {
		s.lines = &lineIndex{src: s.bytes()}
	}
	return s.lines.line(at)
}

// lineBounds returns the offsets where the line of offset at starts and
// ends (lineIndex.bounds).
func (s *source) lineBounds(at int) (start, end int) {
	s.line(at)
	return s.lines.bounds(at)
}

// root returns the parse of the source, with the heading ids of a page
// (takenIDs reads them; they change nothing the other checks read).
func (s *source) root() ast.Node {
	if s.doc == nil {
		s.doc = s.r.md.Parser().Parse(text.NewReader(s.bytes()), parser.WithContext(newHeadingIDs()))
	}
	return s.doc
}
