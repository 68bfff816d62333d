package markdown

import (
	"strings"

	"github.com/gohugoio/hugo-goldmark-extensions/passthrough"
	"github.com/yuin/goldmark/ast"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// unconvertedMath returns a warning for each formula that the page shows
// as its TeX source, in code, because Options.Math cannot convert it (an
// unknown command, braces that do not pair…): the reader sees
// "$\R^n$" where the author meant ℝⁿ. Each says why and what to write, as
// Options.MathProblem does.
func (s *source) unconvertedMath() []Hidden {
	if s.r.mathProblem == nil || !s.mathSuspect() {
		return nil
	}
	src := s.bytes()
	var out []Hidden
	ast.Walk(s.root(), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		var raw string
		var start int
		display := false
		switch m := n.(type) {
		case *passthrough.PassthroughInline:
			raw, start = unquoted(m, string(m.Segment.Value(src))), m.Segment.Start
			if m.Delimiters != nil && m.Delimiters.Open == "$$" && len(raw) >= 4 {
				// $$…$$ left inline: in a heading, a table cell, a link's
				// text or emphasis, where no display math can go.
				tex := shortTeX(raw[2 : len(raw)-2])
				out = append(out, Hidden{s.line(start), "$$" + tex + "$$ shows as its TeX source, not as math: a heading, a table cell, a link's text or emphasis holds no display math " + kramdownMath + "$" + tex + "$"})
				return ast.WalkSkipChildren, nil
			}
		case *passthrough.PassthroughBlock:
			if m.Lines().Len() == 0 {
				return ast.WalkSkipChildren, nil
			}
			raw, start, display = blockTeX(m, src), m.Lines().At(0).Start, true
		default:
			return ast.WalkContinue, nil
		}
		tex := mathTeX(raw, display)
		if why := s.r.mathProblem(tex); why != "" {
			open, close := "$", "$"
			if display {
				open, close = s.displayDelims(s.line(start))
			}
			out = append(out, Hidden{s.line(start), open + shortTeX(tex) + close + " shows as its TeX source, not as math: " + why})
		}
		return ast.WalkSkipChildren, nil
	})
	return out
}

// displayDelims returns the delimiters the author wrote around the
// display formula that opens on line l: \[ and \], none for an
// environment (\begin{align}…\end{align}), the fence of a code block of
// language math (```math and ```, on one line with the TeX), or $$ and $$.
func (s *source) displayDelims(l int) (open, close string) {
	line := s.written
	for ; l > 1 && line != ""; l-- {
		_, line, _ = strings.Cut(line, "\n")
	}
	line, _, _ = strings.Cut(line, "\n")
	switch line = strings.TrimLeft(line, blockMarkers); {
	case strings.HasPrefix(line, `\[`):
		return `\[`, `\]`
	case strings.HasPrefix(line, `\begin{`):
		return "", ""
	}
	if lang, ok := fenceLanguage(line); ok && lang == "math" {
		rest := strings.TrimLeft(line, blockMarkers)
		fence := rest[:len(rest)-len(strings.TrimLeft(rest, rest[:1]))]
		return strings.TrimSpace(rest) + " ", " " + fence
	}
	return "$$", "$$"
}

// mathSuspect reports whether the source may hold math that
// Options.MathProblem finds fault with, by a scan that needs no parse: its
// $…$ spans are asked, and any $$ or \( is suspect. Most abstracts have
// math, all of it fine, so most are never parsed for this check.
func (s *source) mathSuspect() bool {
	if strings.Contains(s.text, "$$") || strings.Contains(s.text, `\(`) {
		return true
	}
	var asked map[string]bool // a formula written again is not parsed again
	for start, end := range textutil.InlineMath(s.text) {
		tex := strings.TrimSpace(s.text[start+1 : end-1])
		if asked[tex] {
			continue
		}
		if s.r.mathProblem(tex) != "" {
			return true
		}
		if asked == nil {
			asked = make(map[string]bool)
		}
		asked[tex] = true
	}
	return false
}

// shortTeX returns a formula's TeX on one line, cut to about 40 bytes at
// a space or command, for a message to quote.
func shortTeX(tex string) string {
	tex = strings.Join(strings.Fields(tex), " ")
	if len(tex) > 40 {
		tex = tex[:strings.LastIndexAny(tex[:37], " \\")+1] + "…"
	}
	return tex
}

// unquoted returns raw, the source of the math node n, without the block
// quote markers (>) that start each of its lines after the first when n
// is in a block quote: the extension takes a formula's source as one span
// of the document, markers and all, and "> $$\n> x\n> $$" would be the
// TeX "> x >".
func unquoted(n ast.Node, raw string) string {
	depth := 0
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Kind() == ast.KindBlockquote {
			depth++
		}
	}
	if depth == 0 || !strings.Contains(raw, "\n") {
		return raw
	}
	lines := strings.Split(raw, "\n")
	for i := 1; i < len(lines); i++ {
		for range depth {
			l := strings.TrimLeft(lines[i], " \t")
			if l, ok := strings.CutPrefix(l, ">"); ok {
				lines[i] = strings.TrimPrefix(l, " ")
			}
		}
	}
	return strings.Join(lines, "\n")
}
