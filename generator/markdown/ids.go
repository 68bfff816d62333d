package markdown

import (
	"bytes"
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/gohugoio/hugo-goldmark-extensions/passthrough"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html/atom"

	"github.com/paperboy-digest/paperboy/generator/slug"
)

// pageIDs are the ids the theme's pages give their own elements around a
// paper's or day's Markdown; a heading of the Markdown never takes one,
// which would make two elements of one id on the page.
// Every id the built-in templates write is one (TestPageIDsOfTheme).
var pageIDs = []string{"main", "paper-title", "page-title", "abstract", "ai-summary", "cite", "related",
	"header-q", "subscribe-heading", "subscribe-email", "subscribe-privacy", "bibtex-entry", "copy-status",
	"author-feeds", "by-email", "by-feed", "daily-feeds", "latest", "letters", "organization-feeds",
	"search-form", "search-from", "search-messages", "search-q", "search-results", "search-status",
	"search-to", "search-topic", "site-feeds", "topic-feeds", "trending", "unsubscribing", "weekly-feeds"}

// headingIDs gives each heading of one document an id made like a slug,
// so a heading in any script keeps its words ("## 笔记" is #笔记, where
// goldmark's own ids give every non-Latin heading "heading", "heading-1"
// …, which change as headings are added); a repeated one gets -1, -2.
type headingIDs struct {
	used map[string]bool
	// last is the number Generate last gave a repeated base: every id
	// base-1 … base-last is taken (ids are never freed), so the next
	// one is looked for after it, and a source of n equal headings
	// costs n lookups, not n²/2 (minutes for a few thousand).
	last map[string]int
}

func newHeadingIDs() parser.Context {
	ids := &headingIDs{used: map[string]bool{}, last: map[string]int{}}
	for _, id := range pageIDs {
		ids.used[id] = true
	}
	return parser.NewContext(parser.WithIDs(ids))
}

// Generate implements parser.IDs.
func (s *headingIDs) Generate(value []byte, _ ast.NodeKind) []byte {
	base := slug.Make(string(value))
	if base == "" {
		base = "section"
	}
	id := base
	if s.used[id] {
		i := s.last[base]
		for s.used[id] {
			i++
			id = base + "-" + strconv.Itoa(i)
		}
		s.last[base] = i
	}
	s.used[id] = true
	return []byte(id)
}

// Put implements parser.IDs: an id written out ({#id}) is taken.
func (s *headingIDs) Put(value []byte) { s.used[string(value)] = true }

// headingIDer gives each heading without an id written out ({#id}) one
// made from the words it shows (headingWords), once its inlines are
// parsed. goldmark's own (parser.WithAutoHeadingID) are made from the
// heading's source line, before that: "## Using [LoRA](https://x.org/)"
// had the address's words in its id, "## Press <kbd>Esc</kbd>" the tag's
// name and "## Results[^1]" the note's label. Headings are taken in
// order, an id written out as it comes, as goldmark takes them.
type headingIDer struct{}

// Transform implements parser.ASTTransformer.
func (headingIDer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	src := reader.Source()
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		unnumbered(h, src)
		if v, ok := h.AttributeString("id"); ok {
			if id, ok := v.([]byte); ok {
				pc.IDs().Put(id)
			}
		} else {
			h.SetAttribute([]byte("id"), pc.IDs().Generate([]byte(headingWords(h, src)), ast.KindHeading))
		}
		return ast.WalkSkipChildren, nil
	})
}

// unnumbered reads Pandoc's {-} at the end of heading h ("## Appendix
// {-}"), its shorthand for {.unnumbered}, as {.unnumbered}: goldmark
// reads the one as the heading's class and leaves the other as its text.
func unnumbered(h *ast.Heading, src []byte) {
	t, ok := h.LastChild().(*ast.Text)
	if !ok {
		return
	}
	v := t.Segment.Value(src)
	words, ok := bytes.CutSuffix(bytes.TrimRight(v, " \t"), []byte("{-}"))
	if !ok || len(words) == 0 || words[len(words)-1] != ' ' && words[len(words)-1] != '\t' {
		return
	}
	words = bytes.TrimRight(words, " \t")
	if len(words) == 0 && t.PreviousSibling() == nil {
		return // "## {-}" has no words but these
	}
	t.Segment = t.Segment.WithStop(t.Segment.Start + len(words))
	class := []byte("unnumbered")
	if c, ok := h.AttributeString("class"); ok {
		if c, ok := c.([]byte); ok {
			class = append(append(slices.Clip(c), ' '), class...)
		}
	}
	h.SetAttribute([]byte("class"), class)
}

// headingWords returns the words heading h shows, which its id is made
// from: its text, a code span's and a link's, and a formula's TeX
// ("$\alpha$" is alpha), with entities and escapes resolved; not a raw
// HTML tag, a note's reference or an image, which show no words.
func headingWords(h *ast.Heading, src []byte) string {
	var b bytes.Buffer
	ast.Walk(h, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := n.(type) {
		case *ast.Text:
			v := t.Segment.Value(src)
			if !t.IsRaw() {
				v = util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(v)))
			}
			b.Write(v)
			if t.SoftLineBreak() || t.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(t.Value)
		case *ast.AutoLink:
			b.Write(t.Label(src))
		case *passthrough.PassthroughInline:
			b.Write(t.Segment.Value(src))
		case *ast.RawHTML, *ast.Image:
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// takenIDs returns the headings of src whose id, written out as in Hugo
// (`## Setup {#setup}`), an element before it on the page has: a heading
// of src, or one of the theme's own (pageIDs). The page would have two
// elements of one id, which is invalid, and a link to it would go to the
// first. So is one written out empty (`{#}`, a placeholder never filled
// in): an id must have a character, and no link can name it.
func (s *source) takenIDs() []Hidden {
	if !strings.Contains(s.text, "{#") && !strings.Contains(s.text, "id=") {
		return nil
	}
	src := s.bytes()
	var out []Hidden
	seen := map[string]string{} // heading id → the heading's text
	ast.Walk(s.root(), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		h, ok := n.(*ast.Heading)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		v, has := h.AttributeString("id")
		id, _ := v.([]byte)
		line := 1
		if h.Lines().Len() > 0 {
			line = s.line(h.Lines().At(0).Start)
		}
		switch first, dup := seen[string(id)]; {
		case has && len(id) == 0:
			out = append(out, Hidden{line, fmt.Sprintf("the heading's id is written out empty, which HTML does not allow and no link can name; write it after the # ({#%s}), or remove the braces for one made from its words", cmp.Or(slug.Make(headingWords(h, src)), "section"))})
		case slices.Contains(pageIDs, string(id)):
			out = append(out, Hidden{line, fmt.Sprintf("the heading's id %q is one the page gives its own element; choose another {#…}", id)})
		case dup:
			out = append(out, Hidden{line, fmt.Sprintf("the heading's id %q is also that of the heading %q above it; give one of them another {#…}", id, first)})
		default:
			seen[string(id)] = plain(h, src)
		}
		return ast.WalkSkipChildren, nil
	})
	return out
}

// skippedLevels returns the headings of src that break the page's outline,
// which screen-reader users move through by level: a level-1 heading, a
// second h1 beside the page's own (a paper's title, a day's), and one more
// than a level below the heading before it (#### after ##), whose list of
// headings then misses a level. Raw HTML headings (<h4>, with unsafeHTML)
// count as Markdown's do. The page's h1 comes before the first heading,
// and on a paper's page the abstract's h2 too when it has one, so a first
// heading of level 3 is told of both.
func (s *source) skippedLevels() []Hidden {
	if !mayHoldHeading(s.text) && !(s.r.unsafe && rawHeadingRE.MatchString(s.text)) {
		return nil
	}
	var out []Hidden
	prev := 0 // the level of the text's heading before, 0 before the first
	for _, h := range s.outline() {
		switch {
		case h.level == 1 && h.separator > 0:
			out = append(out, Hidden{h.separator, fmt.Sprintf("this ======= makes the line above it, %q, a level-1 heading, and is most likely git's separator between a merge conflict's two sides, left when its <<<<<<< and >>>>>>> lines were deleted; "+
				"check that the lines around it keep one side only, and delete this line (a heading here would be %s)", h.words, h.as(2))})
		case h.level == 1:
			out = append(out, Hidden{h.line, fmt.Sprintf("the heading %q is of level 1, a second h1 on a page whose title is its h1 (screen readers take it for the page's name); make it %s", h.words, h.as(2))})
		case prev == 0 && h.level > 2:
			out = append(out, Hidden{h.line, fmt.Sprintf("the heading %q is of level %d, but this text's headings start at level 2: the page shows the text after its title, an h1 (and on a paper's page after the abstract's h2, when it has one), so the outline, which screen readers move through by level, misses level 2, or holds your heading as part of the abstract; make it %s", h.words, h.level, h.as(2))})
		case prev > 0 && h.level > prev+1:
			out = append(out, Hidden{h.line, fmt.Sprintf("the heading %q is of level %d where the heading before it is of level %d, so the outline, which screen readers move through by level, misses level %d; make it %s", h.words, h.level, prev, prev+1, h.as(prev+1))})
		}
		prev = max(h.level, 2) // a level-1 heading is told to be ##
	}
	return out
}

// rawHeadingRE is the start of a raw HTML heading, <h1> to <h6>.
var rawHeadingRE = regexp.MustCompile(`(?i)<h[1-6][\s>]`)

// heading is a heading of a source's outline: a Markdown heading, or a
// raw HTML one.
type heading struct {
	level, line int
	words       string
	raw         bool
	// separator is the line of the ======= under a setext heading that
	// reads as a merge conflict's leftover (leftoverSeparator), or 0.
	separator int
}

// as returns the heading written at level, as it is written: ## Words,
// or <h2>Words</h2>.
func (h heading) as(level int) string {
	if h.raw {
		return fmt.Sprintf("<h%d>%s</h%[1]d>", level, h.words)
	}
	return strings.Repeat("#", level) + " " + h.words
}

// outline returns the headings of the source in order, raw HTML ones
// (rawTags) among them.
func (s *source) outline() []heading {
	src := s.bytes()
	var out []heading
	ast.Walk(s.root(), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		if h, ok := n.(*ast.Heading); ok {
			line := 1
			if h.Lines().Len() > 0 {
				line = s.line(h.Lines().At(0).Start)
			}
			out = append(out, heading{level: h.Level, line: line, words: plain(h, src), separator: s.leftoverSeparator(h)})
			return ast.WalkSkipChildren, nil
		}
		for _, t := range s.rawTags(n) {
			if level := headingLevel(t.DataAtom); level > 0 {
				out = append(out, heading{level: level, line: t.Line, words: strings.Join(strings.Fields(t.Text), " "), raw: true})
			}
		}
		return ast.WalkContinue, nil
	})
	return out
}

// leftoverSeparator returns the line of the ======= that underlines the
// setext heading h, when it reads as git's separator between a merge
// conflict's sides that a curator left in deleting the <<<<<<< and
// >>>>>>> lines, or 0. That is an underline of git's length exactly, at
// the line's start, unless it looks drawn for a heading: under one line
// of seven characters, its width, with a blank line (or nothing) after
// it. Under a sentence, or with the other side's text right after it, a
// heading is the less likely reading; either way the page shows an h1,
// which skippedLevels tells of, so only its message changes.
func (s *source) leftoverSeparator(h *ast.Heading) int {
	lines := h.Lines()
	if h.Level != 1 || lines.Len() == 0 {
		return 0
	}
	first, last := lines.At(0), lines.At(lines.Len()-1)
	if start, _ := s.lineBounds(first.Start); strings.HasPrefix(strings.TrimLeft(s.text[start:first.Start], " >"), "#") {
		return 0 // an ATX heading, # Notes
	}
	_, end := s.lineBounds(last.Start)
	if end >= len(s.text) {
		return 0
	}
	under, rest, _ := strings.Cut(s.text[end+1:], "\n")
	if strings.TrimRight(under, " \t") != "=======" {
		return 0 // an ATX heading's next line, or another underline
	}
	next, _, _ := strings.Cut(rest, "\n")
	text := strings.TrimSpace(s.text[first.Start:last.Stop])
	if lines.Len() == 1 && utf8.RuneCountInString(text) == 7 && strings.TrimSpace(next) == "" {
		return 0 // Results, underlined to its width
	}
	return s.line(end + 1)
}

// headingLevel returns the level of a heading's tag, <h1> to <h6>, or 0.
func headingLevel(a atom.Atom) int {
	return max(0, 1+slices.Index([]atom.Atom{atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6}, a))
}

// mayHoldHeading reports whether src may hold a heading that breaks the
// outline: a # that only spaces, quote or list markers come before on its
// line (an ATX heading; "C#" and "issue #4" are none), or a line of = (a
// setext heading of level 1). A setext heading of level 2, underlined
// with -, never skips a level.
func mayHoldHeading(src string) bool {
	return strings.Contains(src, "\n=") || anyAt(src, '#', func(i int) bool {
		start := strings.LastIndexByte(src[:i], '\n') + 1
		return strings.Trim(src[start:i], blockMarkers) == ""
	})
}
