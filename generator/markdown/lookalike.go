package markdown

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// indentedProse returns a warning for each indented code block (four
// spaces or a tab before each line) that reads as prose: an abstract or a
// paragraph pasted with the indentation of an email or a PDF, which the
// page shows as code in a monospace box. Code is let be: a block with a
// sign code has ({ } ; = < > ( ) [ ] # $ and the like), or of few words.
func (s *source) indentedProse() []Hidden {
	if !strings.HasPrefix(s.text, "    ") && !strings.HasPrefix(s.text, "\t") && !strings.Contains(s.text, "\n    ") && !strings.Contains(s.text, "\n\t") {
		return nil
	}
	src := s.bytes()
	var out []Hidden
	each(s.root(), func(cb *ast.CodeBlock) {
		if cb.Lines().Len() > 0 && prose(codeOf(cb, src)) {
			out = append(out, Hidden{s.line(cb.Lines().At(0).Start), "these lines are indented by four spaces or a tab, so the page shows them as code in a box, not as text; remove the indentation (or, for code, fence it between ``` lines)"})
		}
	})
	return out
}

// prose reports whether t reads as sentences rather than code: at least
// eight words, a full stop, and no sign that code, a formula or a table
// has.
func prose(t string) bool {
	if strings.ContainsAny(t, "{}[]()<>=;#$|\\_*`\"'/@&%~^") || !strings.Contains(t, ".") {
		return false
	}
	words := 0
	for w := range strings.FieldsSeq(t) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			words++
		}
	}
	return words >= 8
}

// pipeRows returns a warning for each paragraph of two or more lines
// that begin and end with |, which reads as a table but lacks the line
// that makes one (| --- | --- | after its header row), so the page shows
// the pipes as written.
func (s *source) pipeRows() []Hidden {
	if !strings.Contains(s.text, "|\n") || !strings.Contains(s.text, "\n|") && !strings.Contains(s.text, "\n |") {
		return nil
	}
	src := s.bytes()
	var out []Hidden
	each(s.root(), func(p *ast.Paragraph) {
		lines := p.Lines()
		rows := 0
		for i := range lines.Len() {
			seg := lines.At(i)
			if l := strings.TrimSpace(string(src[seg.Start:seg.Stop])); len(l) > 1 && l[0] == '|' && l[len(l)-1] == '|' {
				if rows++; rows == 2 {
					first := lines.At(i - 1)
					header := strings.TrimSpace(string(src[first.Start:first.Stop]))
					out = append(out, Hidden{s.line(first.Start), fmt.Sprintf("these lines are no table, as a table needs a line of dashes after its header row, so the page shows them as text with their pipes; add %s after %s", delimiterRow(header), header)})
					break
				}
			} else {
				rows = 0
			}
		}
	})
	return out
}

// delimiterRow is the line that makes header, a row of cells between
// pipes, a table's header: | --- | for each cell.
func delimiterRow(header string) string {
	cells := strings.Count(strings.Trim(header, "|"), "|") + 1
	return "|" + strings.Repeat(" --- |", cells)
}

// underlinedProse returns a warning for each paragraph made a heading by
// a line of - right under it, when it reads as a sentence (it ends with a
// full stop, or runs past ten words): the author meant a rule (---) after
// the paragraph, and the page shows the paragraph as a heading, which
// screen readers list as one. (A line of = makes a level-1 heading, which
// skippedLevels tells of.)
func (s *source) underlinedProse() []Hidden {
	if !dashesUnderText(s.text) {
		return nil
	}
	src := s.bytes()
	var out []Hidden
	each(s.root(), func(h *ast.Heading) {
		lines := h.Lines()
		if h.Level != 2 || lines.Len() == 0 {
			return
		}
		first, last := lines.At(0), lines.At(lines.Len()-1)
		start := strings.LastIndexByte(s.text[:first.Start], '\n') + 1
		if strings.HasPrefix(strings.TrimLeft(s.text[start:first.Start], " >"), "#") {
			return // an ATX heading, ## Notes
		}
		text := strings.TrimSpace(string(src[first.Start:last.Stop]))
		if !strings.HasSuffix(text, ".") && len(strings.Fields(text)) <= 10 {
			return
		}
		out = append(out, Hidden{s.line(first.Start), "this paragraph is a heading, as the line of - right under it makes one, so the page shows it as one; put a blank line between them (--- alone is then a rule), or remove the line"})
	})
	return out
}

// dashesUnderText reports whether a line of text has right under it a
// line of nothing but - (after spaces or quote markers), as a setext
// heading's underline has: what underlinedProse needs before it parses.
func dashesUnderText(text string) bool {
	for i := strings.Index(text, "\n"); i >= 0; {
		prev := text[strings.LastIndexByte(text[:i], '\n')+1 : i]
		rest := text[i+1:]
		line, _, _ := strings.Cut(rest, "\n")
		if t := strings.TrimRight(strings.TrimLeft(line, " >"), " \t"); t != "" && strings.Trim(t, "-") == "" && strings.Trim(prev, " >\t") != "" {
			return true
		}
		j := strings.IndexByte(rest, '\n')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// splitCells returns a warning for each line of a table whose code span
// (`x|y`) or formula ($|a|$) holds a | not written \|: the table splits
// the row at it, as GitHub's does, so the span's rest goes to the next
// cell, or past the row's last cell, where it is lost.
func (s *source) splitCells() []Hidden {
	if !strings.Contains(s.text, "|") || !strings.ContainsAny(s.text, "`$") {
		return nil
	}
	src := s.bytes()
	var out []Hidden
	each(s.root(), func(t *extast.Table) {
		start := len(src)
		ast.Walk(t, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if tx, ok := n.(*ast.Text); ok && entering {
				start = min(start, tx.Segment.Start)
			}
			return ast.WalkContinue, nil
		})
		if start == len(src) {
			return
		}
		// The table's lines, from its first text's to a blank line (a
		// row of formulas alone has no text node).
		first := bytes.LastIndexByte(src[:start], '\n') + 1
		for line := range bytes.Lines(src[first:]) {
			if len(bytes.TrimSpace(line)) == 0 || !bytes.Contains(line, []byte("|")) {
				break
			}
			if what := pipeInSpan(string(line)); what != "" {
				out = append(out, Hidden{s.line(first), what})
			}
			first += len(line)
		}
	})
	return out
}

// pipeInSpan says what holds a | not written \| in the table row line: a
// code span or a formula, and what to write; "" when neither does.
func pipeInSpan(line string) string {
	for i := 0; i < len(line); i++ {
		switch c := line[i]; {
		case c == '\\':
			i++
		case c == '`', c == '$' && (i+1 >= len(line) || line[i+1] != '$'):
			n := 1
			for c == '`' && i+n < len(line) && line[i+n] == '`' {
				n++
			}
			closing := strings.Index(line[i+n:], strings.Repeat(string(c), n))
			if closing < 0 {
				return ""
			}
			span := line[i+n : i+n+closing]
			if unescapedPipe(span) {
				if c == '`' {
					return fmt.Sprintf("the | in the code %s%s%s ends its table cell there, as a table splits a row at every |, so the rest goes to the next cell or is lost; write \\| for it, which the cell shows as |", line[i:i+n], span, line[i:i+n])
				}
				return fmt.Sprintf("the | in the formula $%s$ ends its table cell there, as a table splits a row at every |, so the rest goes to the next cell or is lost; write \\vert (or \\lvert and \\rvert) for it", span)
			}
			i += n + closing + n - 1
		}
	}
	return ""
}

// unescapedPipe reports whether s has a | that no \ comes before.
func unescapedPipe(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '|':
			return true
		}
	}
	return false
}
