// Package markdown renders paper abstracts, notes and day intros to HTML.
//
// It is goldmark with GitHub Flavored Markdown (tables, strikethrough,
// autolinks, task lists), footnotes, definition lists (PHP Markdown
// Extra's, which Hugo and pandoc read too) and chroma highlighting of fenced code
// with CSS classes. TeX math in $…$ and $$…$$ passes through the Markdown
// parser untouched, so underscores and asterisks inside math never become
// emphasis; a Math function given in Options turns it into markup. A single
// $ opens math only by textutil.InlineMathEnd's rule, so prices stay text.
// Raw HTML is dropped unless Options.UnsafeHTML is set.
//
// A Renderer is built once and is safe for concurrent use.
package markdown

import (
	"bytes"
	"cmp"
	"html"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gohugoio/hugo-goldmark-extensions/passthrough"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// maxSummary bounds Result.Summary in runes: it is copied into meta tags
// and every feed, so a pasted multi-megabyte paragraph must not be.
const maxSummary = 2000

// MathFunc renders TeX source (without delimiters) as HTML.
type MathFunc func(tex string, display bool) string

// Options configure a Renderer.
type Options struct {
	UnsafeHTML bool     // keep raw HTML in Markdown
	Math       MathFunc // nil: math is shown as escaped TeX with its delimiters
	// MathProblem says why Math shows a formula's TeX (without its
	// delimiters) as its source, and what to write instead, or returns ""
	// when Math converts it; Check warns of each such formula. Nil: none.
	MathProblem func(tex string) string
	// BasePath is the site's path below its host ("/repo/"), which a link
	// or image path that starts with one / is made to start with: a
	// curator links to /days/2024-05-27/ on a site served from /repo/.
	BasePath string
	// WrittenBasePath is site.yaml's own base path when a --base-url
	// build puts the site under another BasePath (a preview at
	// /digest/pr-preview/pr-42/ of a site at /digest/): a link written
	// with it (/digest/days/…) names the page from the site's root, and
	// is put under BasePath as one written without it is.
	WrittenBasePath string
	// Origin is the scheme and host the site is served at
	// ("https://lab.example.org"): a link to a page or file of the site
	// then has data-url, its whole address, which a printout spells out
	// (its href, /papers/2405.15216/, names no site); "" adds none.
	Origin string
	Labels Labels // the words the HTML adds, in the site's language
}

// Labels are the words a Renderer adds to the HTML for screen readers, in
// the site's language; an empty one is the English default.
type Labels struct {
	Equation string // names a display formula: "Equation"
	Table    string // names a table: "Table"
	Footnote string // a footnote reference's title, ^^ its number: "Footnote ^^"
	Backlink string // a footnote's back-link title: "Back to reference ^^"
	// Alerts are the titles of GitHub's alerts, by type ("note": "Note").
	Alerts map[string]string
	Done   string // names a task list's ticked box: "Done"
	ToDo   string // names a task list's empty box: "Not done"
}

// orDefaults returns l with each empty label English: an alert's title
// its type capitalised ("Note").
func (l Labels) orDefaults() Labels {
	alerts := map[string]string{}
	for _, t := range alertTypes {
		alerts[t] = cmp.Or(l.Alerts[t], strings.ToUpper(t[:1])+t[1:])
	}
	return Labels{
		Equation: cmp.Or(l.Equation, "Equation"), Table: cmp.Or(l.Table, "Table"),
		Footnote: cmp.Or(l.Footnote, "Footnote ^^"), Backlink: cmp.Or(l.Backlink, "Back to reference ^^"),
		Done: cmp.Or(l.Done, "Done"), ToDo: cmp.Or(l.ToDo, "Not done"), Alerts: alerts,
	}
}

// Renderer converts Markdown to HTML.
type Renderer struct {
	md     goldmark.Markdown
	unsafe bool // raw HTML is kept
	base   basePaths
	// mathProblem is Options.MathProblem.
	mathProblem func(tex string) string
}

// Result is one rendered document.
type Result struct {
	HTML    []byte
	Summary string // plain text (see plain) of the first paragraph that has some, at most maxSummary runes
	Text    string // plain text of every paragraph, heading, list item and table cell; code left out
	// AbstractText is the start of Text that comes before the notes (see
	// NotesAt), at most maxSummary runes.
	AbstractText string
	HasMath      bool
	HasCode      bool // a fenced code block, which codeRenderer highlights
	// NotesAt is where in HTML a paper's notes begin: at the body's first
	// heading outside any list or quote. What comes before is the abstract;
	// len(HTML) when there is no such heading.
	NotesAt int
}

// New returns a Renderer for opts.
func New(opts Options) *Renderer {
	var rOpts []renderer.Option
	var htmlOpts []ghtml.Option // of the renderers mathNames wraps
	if opts.UnsafeHTML {
		rOpts = append(rOpts, ghtml.WithUnsafe())
		htmlOpts = append(htmlOpts, ghtml.WithUnsafe())
	} else {
		rOpts = append(rOpts, renderer.WithNodeRenderers(util.Prioritized(omitRaw{}, 50)))
	}
	labels := opts.Labels.orDefaults()
	mathR := &mathRenderer{fn: opts.Math, label: scrollable(labels.Equation)}
	md := goldmark.New(
		goldmark.WithExtensions(
			extension.GFM,
			extension.DefinitionList,
			extension.NewFootnote(
				// A back-link's arrow says nothing to a screen reader: it
				// is hidden, so the title names the link (not hidden text,
				// which feed readers, without the theme's CSS, would show).
				extension.WithFootnoteBacklinkHTML(`<span aria-hidden="true">&#x21a9;&#xfe0e;</span>`),
				extension.WithFootnoteBacklinkTitle(labels.Backlink), // goldmark escapes them
				extension.WithFootnoteLinkTitle(labels.Footnote),
			),
			passthrough.New(passthrough.Config{
				// \[…\] is not display math: \[ is Markdown's escaped bracket,
				// which the importers write for every [ of an abstract.
				InlineDelimiters: []passthrough.Delimiters{{Open: "$", Close: "$"}, {Open: `\(`, Close: `\)`}},
				BlockDelimiters:  []passthrough.Delimiters{{Open: "$$", Close: "$$"}},
			}),
		),
		goldmark.WithParserOptions(parser.WithHeadingAttribute(),
			parser.WithInlineParsers(util.Prioritized(dollarParser{}, 200)),
			parser.WithASTTransformers(util.Prioritized(headingIDer{}, 1000), util.Prioritized(linkFixer{basePaths{opts.BasePath, opts.WrittenBasePath}, opts.Origin}, 100), util.Prioritized(mathOpenings{}, 100), util.Prioritized(alerts{}, 100), util.Prioritized(mathInAlt{}, 100))),
		goldmark.WithRendererOptions(rOpts...),
	)
	md.Renderer().AddOptions(renderer.WithNodeRenderers(util.Prioritized(mathR, 50), util.Prioritized(newCodeRenderer(), 50),
		util.Prioritized(scrollRenderer{label: scrollable(labels.Table)}, 50), util.Prioritized(alertRenderer{titles: labels.Alerts}, 50),
		util.Prioritized(taskRenderer{done: labels.Done, todo: labels.ToDo}, 50), util.Prioritized(newMathNames(htmlOpts...), 50),
		util.Prioritized(newTableCellRenderer(extension.NewTableHTMLRenderer()), 50)))
	return &Renderer{md: md, unsafe: opts.UnsafeHTML, base: basePaths{opts.BasePath, opts.WrittenBasePath}, mathProblem: opts.MathProblem}
}

// Resolve maps the path of a link or image destination of one document,
// decoded and without its query or fragment, to the site path of the file
// it names ("/papers/figures/chart.png"), or "" when it names none. It is
// given each relative path ("figures/chart.png", which the document's
// source folder resolves, or Zola's "@/papers/bert.md", which content/
// resolves) and each path from the site's root ("/team.jpg", without the
// base path), and a relative one it resolves is replaced by the site path
// (with the base path in front).
type Resolve func(path string) string

// Measure returns the width and height in CSS pixels of the image at the
// site path p ("/papers/figures/chart.png", without the base path) that
// an image of the document on its 1-based line shows; 0, 0 when it does
// not know them.
type Measure func(p string, line int) (width, height int)

// Files are what RenderWith knows of the files a document links to.
type Files struct {
	// Resolve resolves the paths of links and images; nil leaves them as
	// written.
	Resolve Resolve
	// Measure sizes the images whose paths Resolve was asked about (a
	// relative one it resolved, and one from the site's root), which then
	// have width and height attributes, so that the page keeps their room
	// while they load; nil, or an image it does not know, has none.
	Measure Measure
}

// Render converts src to HTML.
func (r *Renderer) Render(src []byte) (Result, error) { return r.RenderWith(src, Files{}) }

// RenderWith is Render with the document's links and images resolved and
// its images sized by files.
func (r *Renderer) RenderWith(src []byte, files Files) (Result, error) {
	if line, msg := Costly(string(src)); line > 0 {
		return Result{}, &CostlyError{line, msg}
	}
	pc := newHeadingIDs()
	if files.Resolve != nil {
		pc.Set(resolveKey, files.Resolve)
	}
	if files.Measure != nil {
		pc.Set(measureKey, files.Measure)
	}
	doc := r.md.Parser().Parse(text.NewReader(src), parser.WithContext(pc))
	notes := splitNotes(doc)
	var res Result
	c := collector{src: src, doc: doc, res: &res, moreAt: -1}
	ast.Walk(doc, c.visit)
	abstractLen := c.text.Len()
	if notes != nil {
		ast.Walk(notes, c.visit)
	}
	c.texts(abstractLen)
	var buf bytes.Buffer
	buf.Grow(len(src) + len(src)/2)
	if err := r.md.Renderer().Render(bufWriter{&buf}, src, doc); err != nil {
		return Result{}, err
	}
	res.NotesAt = buf.Len()
	if notes != nil {
		if err := r.md.Renderer().Render(bufWriter{&buf}, src, notes); err != nil {
			return Result{}, err
		}
	}
	res.HTML = buf.Bytes()
	if c.raw && r.unsafe {
		// Raw HTML's links are the curator's too: <img src="fig.png">
		// names a file beside the source as ![…](fig.png) does. Its
		// comments are notes to self, which no page shows.
		abstract, notes := rawLinks(res.HTML[:res.NotesAt], r.base, files.Resolve), rawLinks(res.HTML[res.NotesAt:], r.base, files.Resolve)
		res.HTML, res.NotesAt = append(abstract[:len(abstract):len(abstract)], notes...), len(abstract)
	}
	return res, nil
}

// collector gathers a document's plain text as RenderWith walks it, and
// what the walk finds: math, code, raw HTML, the summary's end.
type collector struct {
	src  []byte
	doc  ast.Node // the abstract's document; the notes are walked after it
	res  *Result  // gets HasMath and HasCode
	text strings.Builder

	summaryAt, summaryLen int         // the first paragraph's text in text; 0, 0 before one
	list                  ast.Node    // the first list with text, the summary when no paragraph is (listSummary)
	listAt, listEnd       int         // its items' text in text
	moreAt                int         // where <!--more--> ends the summary, as in Hugo; -1 when it does not
	raw                   bool        // the document has raw HTML
	blocks                []textBlock // the text of each block, for a summary that display math split
}

// visit is the ast.Walker of collector.
func (c *collector) visit(n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	var t string
	switch n.Kind() {
	case passthrough.KindPassthroughInline:
		c.res.HasMath = true
	case passthrough.KindPassthroughBlock: // its source, as a paragraph keeps inline math's
		c.res.HasMath = true
		t = textutil.CollapseSpace(blockTeX(n, c.src))
	case ast.KindFencedCodeBlock: // highlighted (code.go); indented code is a plain <pre>
		c.res.HasCode = true
	case ast.KindHTMLBlock:
		c.raw = true
		if c.moreAt < 0 && n.Parent() == c.doc && isMore(n, c.src) {
			c.moreAt = c.text.Len()
		}
	case ast.KindRawHTML:
		c.raw = true
	case ast.KindParagraph, ast.KindHeading, ast.KindTextBlock, extast.KindTableCell, extast.KindDefinitionTerm, kindAlertTitle:
		// A tight list's items hold text blocks, not paragraphs.
		if n.Kind() != ast.KindParagraph || !imagesOnly(n, c.src) {
			t = plain(n, c.src)
		}
	}
	if t != "" { // not only raw HTML or nothing
		if c.text.Len() > 0 {
			c.text.WriteByte('\n')
		}
		if c.summaryLen == 0 && n.Kind() == ast.KindParagraph {
			c.summaryAt, c.summaryLen = c.text.Len(), len(t)
		}
		if l := outerList(n); c.summaryLen == 0 && l != nil && (c.list == nil || c.list == l) {
			if c.list == nil {
				c.list, c.listAt = l, c.text.Len()
			}
			c.listEnd = c.text.Len() + len(t)
		}
		if c.summaryLen > 0 && len(c.blocks) < 2*maxSplits+1 {
			c.blocks = append(c.blocks, textBlock{n, c.text.Len(), len(t)})
		}
		c.text.WriteString(t)
	}
	return ast.WalkContinue, nil
}

// texts sets the result's Text, AbstractText and Summary from the text
// collected, of which the first abstractLen bytes are the abstract's.
func (c *collector) texts(abstractLen int) {
	res := c.res
	// The abstract's text and the summary in it are kept for the whole
	// build, without the builder's spare room; a lean build frees Text, so
	// notes have a copy of their own.
	all := c.text.String()
	abstract := strings.Clone(all[:abstractLen])
	res.Text, res.AbstractText = abstract, textutil.Truncate(maxSummary, abstract)
	if abstractLen < len(all) {
		res.Text = strings.Clone(all)
	}
	at, end := c.summaryAt, c.summaryAt+c.summaryLen
	if c.moreAt > 0 && c.moreAt <= abstractLen {
		// The curator marked where the summary ends.
		res.Summary = textutil.Truncate(maxSummary, strings.ReplaceAll(abstract[:c.moreAt], "\n", " "))
	} else if split := splitParagraph(c.blocks, c.src); split > end {
		// Display math written inside the first paragraph split it: the
		// summary is the whole paragraph, not the words before the formula.
		res.Summary = textutil.Truncate(maxSummary, strings.ReplaceAll(all[at:split], "\n", " "))
	} else if c.summaryLen == 0 && c.list != nil {
		// A body of a list alone (key points, takeaways): its items.
		res.Summary = textutil.Truncate(maxSummary, listSummary(all[c.listAt:c.listEnd]))
	} else if end <= abstractLen {
		res.Summary = textutil.Truncate(maxSummary, abstract[at:end])
	} else { // no paragraph before the notes
		res.Summary = textutil.Truncate(maxSummary, strings.Clone(all[at:end]))
	}
	if res.Summary == res.AbstractText {
		// An abstract of one long paragraph: both were cut to the same
		// words, each into a string of its own; keep one.
		res.Summary = res.AbstractText
	}
}

// outerList returns the outermost list that n is in, or nil.
func outerList(n ast.Node) ast.Node {
	var list ast.Node
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Kind() == ast.KindList {
			list = p
		}
	}
	return list
}

// listSummary joins the text of a list's items, one a line, into a
// summary: after an item that ends a sentence (or a colon) with a space,
// else with a semicolon, so that "fast training" and "small memory" do
// not read as one phrase.
func listSummary(items string) string {
	var b strings.Builder
	for i, item := range strings.Split(items, "\n") {
		if i > 0 {
			if last, _ := utf8.DecodeLastRuneInString(b.String()); !strings.ContainsRune(".!?:;…", last) {
				b.WriteByte(';')
			}
			b.WriteByte(' ')
		}
		b.WriteString(item)
	}
	return b.String()
}

// moreRE is the summary's end: Hugo's <!--more-->, or Zola's <!-- more -->.
var moreRE = regexp.MustCompile(`^<!--\s*more\s*-->$`)

// isMore reports whether the HTML block n is a line <!--more--> (or
// <!-- more -->) alone.
func isMore(n ast.Node, src []byte) bool {
	lines := n.Lines()
	if lines.Len() != 1 {
		return false
	}
	seg := lines.At(0)
	return moreRE.Match(bytes.TrimSpace(seg.Value(src)))
}

// splitNotes moves doc's first top-level heading, and everything after it,
// into a document of their own, which it returns; nil when doc has no such
// heading. A paper's abstract is what stays in doc.
func splitNotes(doc ast.Node) ast.Node {
	h := doc.FirstChild()
	for h != nil && h.Kind() != ast.KindHeading {
		h = h.NextSibling()
	}
	if h == nil {
		return nil
	}
	notes := ast.NewDocument()
	for h != nil {
		next := h.NextSibling()
		doc.RemoveChild(doc, h)
		notes.AppendChild(notes, h)
		h = next
	}
	return notes
}

// Link is a link or image destination in a Markdown source.
type Link struct {
	Dest    string // as the page has it: one from the site's root under the base path
	Written string // as src writes it
	Line    int    // 1-based line of src it is on
	// Dropped is set when the page shows Dest as an empty address, as
	// goldmark's renderer does a javascript: one (see drops).
	Dropped bool
}

// Links returns every link, image and autolink destination in src, in
// source order, and when the Renderer keeps raw HTML, every address of
// its tags (src, href, poster, each of a srcset's), so that one that is
// broken is reported at its line, not only on the page.
func (r *Renderer) Links(src []byte) []Link {
	if line, _ := Costly(string(src)); line > 0 {
		return nil // Check's error
	}
	pc := parser.NewContext()
	pc.Set(writtenKey, true)
	doc := r.md.Parser().Parse(text.NewReader(src), parser.WithContext(pc))
	s := r.source(src) // its lines, and its raw tags
	var out []Link
	add := func(written []byte, line int) {
		dest, _ := fixDest(written, r.base, nil)
		out = append(out, Link{Dest: string(dest), Written: string(written), Line: line, Dropped: r.drops(dest)})
	}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if written, ok := linkDest(n, src); ok {
			add(written, s.line(offsetOf(n)))
		}
		for _, t := range s.rawTags(n) {
			for _, a := range t.Attr {
				rawURLs(a, func(u string) string {
					add([]byte(u), t.Line)
					return u
				})
			}
		}
		return ast.WalkContinue, nil
	})
	return out
}

// linkDest returns the destination of n when it is a link, an image or
// an autolink: for an email address autolinked (lab@example.org, or
// <lab@example.org>), the mailto: address the page links, as goldmark's
// renderer writes it, so that the link checks do not take the address for
// a file beside the page.
func linkDest(n ast.Node, src []byte) ([]byte, bool) {
	switch n := n.(type) {
	case *ast.Link:
		return n.Destination, true
	case *ast.Image:
		return n.Destination, true
	case *ast.AutoLink:
		u := n.URL(src)
		if n.AutoLinkType == ast.AutoLinkEmail && !bytes.HasPrefix(bytes.ToLower(u), []byte("mailto:")) {
			return append([]byte("mailto:"), u...), true
		}
		return u, true
	}
	return nil, false
}

// drops reports whether the page shows dest, a link's, as an empty
// address: goldmark's renderer empties a javascript:, vbscript:, file:
// or data: one (but data:image/png, gif, jpeg or webp) for the reader's
// safety (html.IsDangerousURL), unless raw HTML is kept.
func (r *Renderer) drops(dest []byte) bool { return !r.unsafe && ghtml.IsDangerousURL(dest) }

// offsetOf returns where in the source the inline node n starts, as near as
// goldmark records it: its first text, else the text before or after it
// (in its nearest maxNeighbours siblings), else its block's first line,
// else the same for its parent. (Paragraphs with math lose their lines to
// the passthrough extension.)
func offsetOf(n ast.Node) int {
	if t := textIn(n, false); t != nil {
		return t.Segment.Start
	}
	s := n.PreviousSibling()
	for i := 0; s != nil && i < maxNeighbours; i, s = i+1, s.PreviousSibling() {
		if t := textIn(s, true); t != nil {
			return t.Segment.Stop
		}
	}
	s = n.NextSibling()
	for i := 0; s != nil && i < maxNeighbours; i, s = i+1, s.NextSibling() {
		if t := textIn(s, false); t != nil {
			return t.Segment.Start
		}
	}
	p := n.Parent()
	if p == nil {
		return 0
	}
	if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
		return p.Lines().At(0).Start
	}
	return offsetOf(p)
}

// maxNeighbours bounds the siblings offsetOf looks through for text: a
// paragraph of thousands of links without text ([](a)[](b)…), each
// looking through all the others, took minutes.
const maxNeighbours = 8

// textIn returns the first (or last) text node in n and its descendants.
func textIn(n ast.Node, last bool) *ast.Text {
	var found *ast.Text
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			found = t
			if !last {
				return ast.WalkStop, nil
			}
		}
		return ast.WalkContinue, nil
	})
	return found
}

// imagesOnly reports whether the paragraph p shows images and no words:
// a day's banner, a page's photo, a paper's teaser figure, alone or
// linked. It has no plain text: its alt text describes a picture, and as
// the first paragraph it became the page's description ("Our lab
// banner") where the words after it were meant.
func imagesOnly(p ast.Node, src []byte) bool {
	images, words := false, false
	ast.Walk(p, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch c := c.(type) {
		case *ast.Image:
			images = true
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			words = len(bytes.TrimSpace(c.Segment.Value(src))) > 0
		case *ast.String:
			words = len(bytes.TrimSpace(c.Value)) > 0
		case *ast.AutoLink, *passthrough.PassthroughInline:
			words = true
		}
		if words {
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return images && !words
}

// bufWriter lets goldmark write straight into a bytes.Buffer: given a plain
// io.Writer it wraps it in a new bufio.Writer for every document.
type bufWriter struct{ *bytes.Buffer }

func (bufWriter) Buffered() int { return 0 }
func (bufWriter) Flush() error  { return nil }

// plain returns the text of n with math as its TeX source and white space
// collapsed, its no-break spaces kept (textutil.CollapseBreakingSpace: a
// tie's in "Fig.~3", one typed in "10\u00a0000 tokens"), so a summary
// in a meta description, a feed or a search result breaks no line there
// either: what a reader of the page would read. Links keep their text,
// autolinks and bare URLs their URL as the page shows it. Struck-through
// text keeps its words, as a link its text: plain text cannot strike
// them, and leaving them out made a sentence say what it did not
// ("drops from ~~120 ms~~ to 80 ms" read "drops from to 80 ms"). A dollar
// sign that is no math's, in code or
// escaped, is written \$ (escapeLiteral), or a consumer's math-to-text
// step took `Answer: $x$` for the formula x.
func plain(n ast.Node, src []byte) string {
	var b strings.Builder
	ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			switch v := t.Segment.Value(src); {
			case t.IsRaw(): // a code span's: its dollar signs are no math
				escapeLiteral(&b, v)
			case bytes.ContainsAny(v, `\&`):
				proseText(&b, v)
			default:
				b.Write(v)
			}
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.AutoLink:
			b.Write(t.Label(src))
		case *passthrough.PassthroughInline:
			b.WriteString(opening(t)) // the brackets mathOpenings took from the text before
			b.Write(t.Segment.Value(src))
			return ast.WalkSkipChildren, nil
		case *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return textutil.CollapseBreakingSpace(b.String())
}

// proseText writes the prose text v (not code) to b as its reader sees
// it (unescape), in plain text's escapes (see escapeLiteral): a dollar
// sign written \$ (or &#36;) is no math's and stays \$, where unescaping
// it made "\$x\$" the formula x. A bare $ in a text node opened no math
// in the page (dollarParser) and opens none by the same rule in plain
// text, so it stays bare.
func proseText(b *strings.Builder, v []byte) {
	for len(v) > 0 {
		i, slashes := 0, 0 // the backslashes right before v[i]
		for ; i < len(v) && (v[i] != '$' || slashes%2 == 1); i++ {
			if v[i] == '\\' {
				slashes++
			} else {
				slashes = 0
			}
		}
		escapeLiteral(b, []byte(unescape(v[:i])))
		if i < len(v) {
			b.WriteByte('$')
			i++
		}
		v = v[i:]
	}
}

// escapeLiteral writes v, text as the page shows it, to b so that the
// plain text reads it as that text and opens no math in it (tex's
// unescapeText shows it again): each $ is written \$, and a
// backslash that would escape what follows or open math (before $, \ or
// (, and at the end, where a formula may follow) is written \\. A code
// span `Answer: $x$` is Answer: \$x\$; `C:\data` stays as it is.
func escapeLiteral(b *strings.Builder, v []byte) {
	for i, c := range v {
		switch {
		case c == '$':
			b.WriteString(`\$`)
		case c == '\\' && (i+1 == len(v) || v[i+1] == '$' || v[i+1] == '\\' || v[i+1] == '('):
			b.WriteString(`\\`)
		default:
			b.WriteByte(c)
		}
	}
}

// blockTeX returns the source of a display formula, $$ delimiters and all.
func blockTeX(n ast.Node, src []byte) string {
	var b strings.Builder
	lines := n.Lines()
	for i := range lines.Len() {
		seg := lines.At(i)
		b.Write(seg.Value(src))
	}
	return strings.TrimRight(unquoted(n, b.String()), "\n")
}

// unescape returns Markdown text as its reader sees it: `G\_{stack}` is
// G_{stack}, `&amp;` is &. Its backslash escapes and entity references are
// resolved by goldmark's own HTML writer, whose escaping is then undone.
func unescape(v []byte) string {
	var buf bytes.Buffer
	ghtml.DefaultWriter.Write(bufWriter{&buf}, v)
	return html.UnescapeString(buf.String())
}

// mathRenderer renders passthrough nodes through the Math function, or as
// escaped TeX. It replaces the extension's own renderer, which writes the
// source unescaped.
type mathRenderer struct {
	fn    MathFunc
	label string // the scrollable attributes of a display formula
}

// RegisterFuncs implements renderer.NodeRenderer.
func (m *mathRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(passthrough.KindPassthroughInline, m.inline)
	reg.Register(passthrough.KindPassthroughBlock, m.block)
}

func (m *mathRenderer) inline(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		ml := m.html(unquoted(n, string(n.(*passthrough.PassthroughInline).Segment.Value(src))), false)
		// The word and punctuation right after the formula keep to it
		// (tex.NoWrap), taken from the text that follows, which is
		// rendered next, and so do the brackets right before it, which
		// mathOpenings took from the text before.
		before, after := opening(n), ""
		if t, ok := n.NextSibling().(*ast.Text); ok {
			if k := tex.Attached(t.Segment.Value(src)); k > 0 {
				after = string(src[t.Segment.Start : t.Segment.Start+k])
				t.Segment = t.Segment.WithStart(t.Segment.Start + k)
			}
		}
		if before != "" || after != "" {
			ml = tex.NoWrap(before, ml, after)
		}
		w.WriteString(ml)
	}
	return ast.WalkSkipChildren, nil
}

func (m *mathRenderer) block(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		w.WriteString(`<div class="math-display" ` + m.label + `>`)
		w.WriteString(m.html(blockTeX(n, src), true))
		w.WriteString("</div>\n")
	}
	return ast.WalkSkipChildren, nil
}

// scrollable returns the attributes of a block that may scroll sideways on a
// narrow screen (display math, a table): a keyboard reaches it to scroll
// it (WCAG 2.1.1; axe's scrollable-region-focusable), and its role and
// name ("Equation", "Table") say what it is when it takes focus.
func scrollable(name string) string {
	return `role="group" aria-label="` + html.EscapeString(name) + `" tabindex="0"`
}

// scrollRenderer renders a table inside a block that scrolls sideways, so
// the table keeps its table semantics (display: block on the table itself
// drops them in some screen readers).
type scrollRenderer struct {
	label string // its scrollable attributes
}

// RegisterFuncs implements renderer.NodeRenderer.
func (s scrollRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(extast.KindTable, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			w.WriteString(`<div class="table-scroll" ` + s.label + `><table`)
			if n.Attributes() != nil {
				ghtml.RenderAttributes(w, n, extension.TableAttributeFilter)
			}
			w.WriteString(">\n")
		} else {
			w.WriteString("</table></div>\n")
		}
		return ast.WalkContinue, nil
	})
}

// html renders raw, which still carries its delimiters.
func (m *mathRenderer) html(raw string, display bool) string {
	delim := "$"
	if display {
		delim = "$$"
	}
	src := mathTeX(raw, display)
	if m.fn == nil {
		return `<code class="math">` + html.EscapeString(delim+src+delim) + `</code>`
	}
	return m.fn(src, display)
}

// mathTeX returns the TeX of a math node's source raw, without its
// delimiters ($…$ or \(…\), or $$…$$ when display is true) and the white
// space inside them.
func mathTeX(raw string, display bool) string {
	delim := "$"
	if display {
		delim = "$$"
	}
	src := raw
	if strings.HasPrefix(src, delim) && strings.HasSuffix(src, delim) && len(src) >= 2*len(delim) {
		src = src[len(delim) : len(src)-len(delim)]
	} else if !display && strings.HasPrefix(src, `\(`) && strings.HasSuffix(src, `\)`) && len(src) >= 4 {
		src = src[2 : len(src)-2]
	}
	return strings.TrimSpace(src)
}

// resolveKey and measureKey hold a document's Resolve and Measure in its
// parser.Context.
var resolveKey, measureKey = parser.NewContextKey(), parser.NewContextKey()

// openingAttr is the attribute of an inline formula that holds the
// brackets right before it (mathOpenings).
const openingAttr = "paperboy-opening"

// opening returns the brackets mathOpenings took from the text before
// the inline formula n, or "".
func opening(n ast.Node) string {
	if v, ok := n.AttributeString(openingAttr); ok {
		return string(v.([]byte))
	}
	return ""
}

// mathInAlt writes the math of an image's description as Unicode text
// (tex.UnicodeText), which an alt attribute holds: goldmark's alt text
// is its text alone, and "![Loss against $\lambda$](p.png)" had the alt
// "Loss against ".
type mathInAlt struct{}

// Transform implements parser.ASTTransformer.
func (mathInAlt) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	if !bytes.Contains(src, []byte("![")) {
		return
	}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Kind() != ast.KindImage {
			return ast.WalkContinue, nil
		}
		var formulas []ast.Node
		ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
			if entering && c.Kind() == passthrough.KindPassthroughInline {
				formulas = append(formulas, c)
			}
			return ast.WalkContinue, nil
		})
		for _, f := range formulas {
			raw := unquoted(f, string(f.(*passthrough.PassthroughInline).Segment.Value(src)))
			f.Parent().ReplaceChild(f.Parent(), f, ast.NewString([]byte(tex.UnicodeText(raw))))
		}
		return ast.WalkSkipChildren, nil
	})
}

// mathOpenings is an AST transformer that takes the opening brackets
// right before an inline formula ("($\sim 5\%$)") from the text before
// it into an attribute of the formula, which the math renderer writes
// with it in one unbreakable piece (tex.NoWrap): a browser may break a
// line between a ( and a <math>, and left the ( at a line's end.
type mathOpenings struct{}

// Transform implements parser.ASTTransformer.
func (mathOpenings) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	if !bytes.Contains(src, []byte("($")) && !bytes.Contains(src, []byte("[$")) && !bytes.Contains(src, []byte(`(\(`)) {
		return
	}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Kind() != passthrough.KindPassthroughInline {
			return ast.WalkContinue, nil
		}
		t, ok := n.PreviousSibling().(*ast.Text)
		if !ok || t.SoftLineBreak() || t.HardLineBreak() {
			return ast.WalkSkipChildren, nil
		}
		v := t.Segment.Value(src)
		if k := tex.Opening(v); k > 0 && (k == len(v) || v[len(v)-k-1] != '\\') {
			n.SetAttributeString(openingAttr, v[len(v)-k:])
			t.Segment = t.Segment.WithStop(t.Segment.Stop - k)
		}
		return ast.WalkSkipChildren, nil
	})
}

// linkFixer is an AST transformer that resolves the link and image
// destinations of a document by its Resolve (in the parser context), puts
// the site's base path in front of those from the site's root, gives
// links to the site's own pages their whole address (data-url, under
// origin), sizes images by its Measure and has them load lazily.
type linkFixer struct {
	base   basePaths
	origin string // Options.Origin
}

// Transform implements parser.ASTTransformer.
func (b linkFixer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	if pc.Get(writtenKey) != nil { // Images: as written
		return
	}
	base := b.base
	resolve, _ := pc.Get(resolveKey).(Resolve)
	measure, _ := pc.Get(measureKey).(Measure)
	lead := leadingImage(doc)
	lines := lineIndex{src: reader.Source()}
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *ast.Link:
			var site string
			t.Destination, site = fixDest(t.Destination, base, resolve)
			if site != "" && b.origin != "" && len(t.Destination) > 0 && t.Destination[0] == '/' {
				t.SetAttributeString("data-url", append([]byte(b.origin), t.Destination...))
			}
		case *ast.Image:
			var site string
			t.Destination, site = fixDest(t.Destination, base, resolve)
			if measure != nil && site != "" {
				if w, h := measure(site, lines.line(offsetOf(t))); w > 0 && h > 0 {
					// The page keeps the image's room while it loads.
					t.SetAttributeString("width", []byte(strconv.Itoa(w)))
					t.SetAttributeString("height", []byte(strconv.Itoa(h)))
				}
			}
			if t == lead {
				break
			}
			// Loaded as the reader scrolls to it, decoded off the main
			// thread: a day of figures does not hold up its first screen.
			t.SetAttributeString("loading", []byte("lazy"))
			t.SetAttributeString("decoding", []byte("async"))
		}
		return ast.WalkContinue, nil
	})
}

// leadingImage returns the image that begins doc (alone or linked: the
// first thing of its first paragraph), or nil. That one loads as the page
// does: it is in the first screen wherever the text starts there (a day's
// banner, a page's photo), often its largest element, and a lazy image
// starts loading only once the stylesheet has come and the page is laid
// out, a round trip or more later on a phone's network. One shown in
// one colour scheme only (#gh-dark-mode-only, #gh-light-mode-only, which
// the stylesheet hides in the other) is none: loaded with the page, the
// first of a pair was fetched by every reader of the other scheme, who
// never sees it, where a lazy image that is not shown is not fetched.
func leadingImage(doc *ast.Document) *ast.Image {
	p, ok := doc.FirstChild().(*ast.Paragraph)
	if !ok {
		return nil
	}
	first := p.FirstChild()
	if link, ok := first.(*ast.Link); ok {
		first = link.FirstChild()
	}
	img, _ := first.(*ast.Image)
	if img != nil && (bytes.HasSuffix(img.Destination, []byte("#gh-dark-mode-only")) || bytes.HasSuffix(img.Destination, []byte("#gh-light-mode-only"))) {
		return nil
	}
	return img
}

// fixDest returns the link or image destination dest resolved by resolve
// (when not nil) and, when it is from the site's root, under base; and
// the site path of the file it names, when resolve was asked about it.
func fixDest(dest []byte, paths basePaths, resolve Resolve) ([]byte, string) {
	dest, base := paths.rebase(visibleOnly(dest)), paths.at
	var site string
	relative := len(dest) > 0 && dest[0] != '/'
	if resolve != nil {
		dest, site = resolved(dest, base, resolve)
	}
	if base == "" || base == "/" {
		return dest, site
	}
	if relative && site != "" {
		// A site path resolve gave: always below base, even when it
		// starts with base's name (/papers/x/fig.png under /papers/).
		return append([]byte(base), dest[1:]...), site
	}
	return underBase(dest, base), site
}

// visibleOnly returns dest without what shows as nothing in an address
// pasted from a PDF or a web page (textutil.Invisible: a zero-width
// space, a soft hyphen): an address never holds one, and a link kept it
// as %E2%80%8B, which no server has.
func visibleOnly(dest []byte) []byte {
	if bytes.IndexFunc(dest, textutil.Invisible) < 0 {
		return dest
	}
	return bytes.Map(func(r rune) rune {
		if textutil.Invisible(r) {
			return -1
		}
		return r
	}, dest)
}

// resolved returns dest with its path resolved by resolve when it is a
// relative path resolve knows; a path from the site's root is passed to
// resolve too (without base, when it starts with it), which may note it,
// and kept. An address with a scheme or host, a fragment or query alone,
// and a path that does not decode are kept without asking. site is the
// site path (without base) of a relative path resolve knows, or of one
// from the root; "" for any other.
func resolved(dest []byte, base string, resolve Resolve) (out []byte, site string) {
	d := string(dest)
	cut := strings.IndexAny(d, "?#")
	if cut < 0 {
		cut = len(d)
	}
	raw, rest := d[:cut], d[cut:]
	if raw == "" || strings.HasPrefix(raw, "//") || textutil.HasScheme(raw) {
		return dest, ""
	}
	p, err := url.PathUnescape(raw)
	if err != nil {
		return dest, ""
	}
	if strings.HasPrefix(p, "/") {
		p = SitePath(p, base)
		resolve(p)
		return dest, p
	}
	site = resolve(p)
	if site == "" {
		return dest, ""
	}
	return []byte((&url.URL{Path: site}).EscapedPath() + rest), site
}

// SitePath returns p, a path from the host's root, as a path from the
// site's root: without the site's base path ("/repo/") when it starts with
// it, as a link written with the base path names the same file as one
// written without ("/repo/fig.png" is "/fig.png"); as it is otherwise.
func SitePath(p, base string) string {
	if b := strings.TrimSuffix(base, "/"); b != "" && strings.HasPrefix(p, b+"/") {
		return p[len(b):]
	}
	return p
}

// SitePath is the package's SitePath at the Renderer's base path, for
// the fields that name a file as a link does (a page's image:).
func (r *Renderer) SitePath(p string) string {
	return SitePath(SitePath(p, r.base.at), r.base.written)
}

// basePaths are the base path the site is built under (Options.BasePath)
// and, when --base-url put it there, site.yaml's own
// (Options.WrittenBasePath).
type basePaths struct{ at, written string }

// rebase returns dest, when it is a path from the host's root written
// with site.yaml's own base path (/digest/days/…) and the site is built
// under another, with the base path built under in its place: the curator
// wrote a link from the site's root, which a preview keeps working.
func (b basePaths) rebase(dest []byte) []byte {
	w := strings.TrimSuffix(b.written, "/")
	under := b.at != "/" && bytes.HasPrefix(dest, []byte(b.at)) // written under the preview's own path
	if w == "" || b.written == b.at || under || !bytes.HasPrefix(dest, []byte(w+"/")) && string(dest) != w {
		return dest
	}
	return append([]byte(b.at), bytes.TrimPrefix(dest[len(w):], []byte("/"))...)
}

// underBase returns dest with base ("/repo/") in front when dest is a path
// from the site's root ("/days/…", not "//host/…") that is not already
// below base.
func underBase(dest []byte, base string) []byte {
	if len(dest) == 0 || dest[0] != '/' || len(dest) > 1 && dest[1] == '/' ||
		bytes.HasPrefix(dest, []byte(base)) || string(dest) == strings.TrimSuffix(base, "/") {
		return dest
	}
	return append([]byte(base), dest[1:]...)
}

// Inert reports whether src parses as text only: paragraphs of text, math,
// code spans, emphasis and bare URLs and email addresses (autolinks, which
// show the address they link to), with no raw HTML, link or image. The
// importers check their escaped abstracts with it, so that whatever the
// renderer takes for math, a submitter's text cannot become markup.
func (r *Renderer) Inert(src []byte) bool {
	doc := r.md.Parser().Parse(text.NewReader(src), parser.WithContext(newHeadingIDs()))
	inert := true
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		switch n.Kind() {
		case ast.KindRawHTML, ast.KindHTMLBlock, ast.KindLink, ast.KindImage:
			inert = false
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return inert
}

// Strikes reports whether src parses with text struck through: GFM's
// ~~x~~, and ~x~, which goldmark strikes too. The importers keep the
// tildes of an abstract as written where they strike nothing ("~2x").
func (r *Renderer) Strikes(src []byte) bool {
	doc := r.md.Parser().Parse(text.NewReader(src), parser.WithContext(newHeadingIDs()))
	struck := false
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if n.Kind() == extast.KindStrikethrough {
			struck = true
			return ast.WalkStop, nil
		}
		return ast.WalkContinue, nil
	})
	return struck
}

// textBlock is a block's plain text: where it starts in Result.Text, how
// long it is.
type textBlock struct {
	n       ast.Node
	at, len int
}

// maxSplits bounds how many display formulas inside one paragraph the
// summary reads past.
const maxSplits = 8

// splitParagraph returns where in Result.Text the first paragraph ends
// when display math written inside it ("We get $$x^2$$ for all x.") split
// it into paragraphs and formulas with no blank line between them: the
// end of the last of those pieces. blocks starts at the first paragraph.
// It returns 0 when the paragraph was not split.
func splitParagraph(blocks []textBlock, src []byte) int {
	end := 0
	for i := 1; i < len(blocks); i++ {
		prev, b := blocks[i-1].n, blocks[i].n
		formula := b.Kind() == passthrough.KindPassthroughBlock
		if !formula && b.Kind() != ast.KindParagraph || !formula && prev.Kind() != passthrough.KindPassthroughBlock ||
			!adjacent(prev, b, src) {
			break
		}
		end = blocks[i].at + blocks[i].len
	}
	return end
}

// adjacent reports whether the blocks a and b follow each other in src
// with no blank line between them. A piece of a paragraph that display
// math split has no lines of its own (the extension makes it from the
// paragraph's inline content), and is adjacent to its formula.
func adjacent(a, b ast.Node, src []byte) bool {
	al, bl := a.Lines(), b.Lines()
	if al.Len() == 0 || bl.Len() == 0 {
		return true
	}
	from, to := al.At(al.Len()-1).Stop, bl.At(0).Start
	if from > to || to > len(src) {
		return false
	}
	for line := range strings.Lines(string(src[from:to])) {
		if strings.TrimSpace(line) == "" && strings.HasSuffix(line, "\n") && line != string(src[from:to]) {
			return false
		}
	}
	return true
}
