package markdown

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"

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
	"search-to", "search-topic", "site-feeds", "topic-feeds", "trending", "unsubscribing"}

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

// takenIDs returns the headings of src whose id, written out as in Hugo
// (`## Setup {#setup}`), an element before it on the page has: a heading
// of src, or one of the theme's own (pageIDs). The page would have two
// elements of one id, which is invalid, and a link to it would go to the
// first.
func (s *source) takenIDs() []Hidden {
	if !strings.Contains(s.text, "{#") {
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
		v, _ := h.AttributeString("id")
		id, _ := v.([]byte)
		line := 1
		if h.Lines().Len() > 0 {
			line = s.line(h.Lines().At(0).Start)
		}
		switch first, dup := seen[string(id)]; {
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
// headings then misses a level. The page's h1 counts as the first heading.
func (s *source) skippedLevels() []Hidden {
	if !mayHoldHeading(s.text) {
		return nil
	}
	src := s.bytes()
	var out []Hidden
	prev := 1
	each(s.root(), func(h *ast.Heading) {
		line := 1
		if h.Lines().Len() > 0 {
			line = s.line(h.Lines().At(0).Start)
		}
		words := plain(h, src)
		switch {
		case h.Level == 1:
			out = append(out, Hidden{line, fmt.Sprintf("the heading %q is of level 1, a second h1 on a page whose title is its h1 (screen readers take it for the page's name); make it ## %s", words, words)})
		case h.Level > prev+1:
			out = append(out, Hidden{line, fmt.Sprintf("the heading %q is of level %d where the page's outline is at level %d, so the outline, which screen readers move through by level, misses level %d; make it %s %s", words, h.Level, prev, prev+1, strings.Repeat("#", prev+1), words)})
		}
		prev = max(h.Level, 2) // a level-1 heading is told to be ##
	})
	return out
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
