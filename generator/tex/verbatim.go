package tex

import "strings"

// byteRange is the part src[lo:hi] of a conversion's source.
type byteRange struct{ lo, hi int }

// verbatimBlocks returns, in order, the blocks of the Markdown source s
// that CommonMark shows as written and Plain therefore copies: indented
// code, and raw HTML blocks of <pre>, <script>, <style> or <textarea>.
//
// It reads s line by line once, keeping what CommonMark's block parser
// needs to tell indented code from the lines around it: the list items
// open (by the column their content starts at) and whether the line
// before is paragraph text. A line indented four columns past the
// innermost list item it belongs to is code, unless it continues a
// paragraph (lazily too); so "- item", a blank line and "    more" is the
// item's second paragraph, and "    more" after a paragraph is text.
// Lines in block quotes, and lists inside them, are left to the rest of
// Plain, as is code in a fenced block.
func verbatimBlocks(s string) []byteRange {
	if !strings.Contains(s, "    ") && !strings.Contains(s, "\t") && !strings.Contains(s, "<") {
		return nil
	}
	var (
		blocks []byteRange
		items  []int // the content column of each open list item, outermost first
		para   bool  // the line before is paragraph text
		code   = -1  // the start of the open indented code block, or -1
		base   int   // the content column of the item that code is in
	)
	for i := 0; i < len(s); {
		next := min(eol(s, i)+1, len(s))
		col, at := indent(s[i:eol(s, i)])
		at += i
		switch {
		case at == eol(s, i): // a blank line: code goes on past it
			para = false
		case code >= 0 && col >= base+4:
		default:
			if code >= 0 {
				blocks, code = append(blocks, byteRange{code, i}), -1
			}
			open := len(items)
			for open > 0 && col < items[open-1] {
				open--
			}
			inner := 0
			if open > 0 {
				inner = items[open-1]
			}
			if para && (col >= inner+4 || !interrupts(s, at)) {
				break // it continues the paragraph, its items with it
			}
			items = items[:open]
			switch {
			case col >= inner+4:
				code, base = i, inner
			case htmlBlock(s, at) > at:
				next, para = htmlBlock(s, at), false
				blocks = append(blocks, byteRange{i, next})
			case fencedCode(s, i) > i:
				next, para = fencedCode(s, i), false
			default:
				items, para = openItems(s, i, at, col, items)
			}
		}
		i = next
	}
	if code >= 0 {
		blocks = append(blocks, byteRange{code, len(s)})
	}
	return blocks
}

// indent returns the column (a tab advancing to the next multiple of four)
// and the byte offset of the first character of line that is not a space
// or tab, or len(line) for a blank line.
func indent(line string) (col, at int) {
	for at < len(line) {
		switch line[at] {
		case ' ':
			col++
		case '\t':
			col += 4 - col%4
		case '\r':
			if at == len(line)-1 {
				return col, len(line)
			}
			return col, at
		default:
			return col, at
		}
		at++
	}
	return col, at
}

// interrupts reports whether the line whose text starts at s[at] starts a
// block that may interrupt a paragraph: a list item, a block quote, a
// heading, a rule (or a setext heading's underline), a fence or a raw
// HTML block.
func interrupts(s string, at int) bool {
	line := s[at:eol(s, at)]
	return listMarker(s, at) > at || line[0] == '>' || atxHeading(line) ||
		ruleLine(s, at) > at || fencedCode(s, at) > at || htmlBlock(s, at) > at
}

// atxHeading reports whether line, without its indent, is an ATX heading:
// one to six # and a space or the line's end.
func atxHeading(line string) bool {
	n := len(line) - len(strings.TrimLeft(line, "#"))
	return n >= 1 && n <= 6 && (n == len(line) || line[n] == ' ' || line[n] == '\t')
}

// openItems reads the line at s[i], whose text starts at s[at] in column
// col and is no code, and returns the list items open after it (items
// and those it opens, "- 1. x" two) and whether it ends in paragraph
// text.
func openItems(s string, i, at, col int, items []int) ([]int, bool) {
	line := s[at:eol(s, at)]
	if atxHeading(line) || ruleLine(s, at) > at {
		return items, false
	}
	for {
		m := listMarker(s, at)
		if m == at {
			return items, true
		}
		spaces, rest := indent(s[m-1 : eol(s, m)]) // the space listMarker takes, and any after it
		content := col + (m - 1 - at) + spaces
		if rest == eol(s, m)-(m-1) || spaces > 4 {
			// An item that starts blank or with code: its content is one
			// space past the marker.
			content = col + (m - at)
		}
		items = append(items, content)
		if rest == eol(s, m)-(m-1) {
			return items, false
		}
		at, col = m-1+rest, content
		if spaces > 4 {
			return items, false // the rest of the line is code, which no paragraph continues
		}
	}
}

// htmlBlockTags are the elements whose raw HTML block CommonMark ends only
// at a line with their end tag (its type 1), blank lines and all.
var htmlBlockTags = []string{"pre", "script", "style", "textarea"}

// htmlBlock returns the index past the raw HTML block of <pre>,
// <script>, <style> or <textarea> that opens at s[at] (the line's text
// after at most three columns of indent), through the line with its end
// tag (or any of the four's), or the source's end; at if none opens there.
func htmlBlock(s string, at int) int {
	if at >= len(s) || s[at] != '<' {
		return at
	}
	for _, tag := range htmlBlockTags {
		j := at + 1 + len(tag)
		if j > len(s) || !strings.EqualFold(s[at+1:j], tag) {
			continue
		}
		if j < len(s) && !strings.ContainsRune(" \t\r\n>", rune(s[j])) {
			continue
		}
		for k := at; ; {
			close := strings.Index(s[k:], "</")
			if close < 0 {
				return len(s)
			}
			k += close + 2
			for _, end := range htmlBlockTags {
				if e := k + len(end); e < len(s) && strings.EqualFold(s[k:e], end) && s[e] == '>' {
					return min(eol(s, k)+1, len(s))
				}
			}
		}
	}
	return at
}

// verbatim returns the index past the block of verbatimBlocks that starts
// at src[i], or i if none does, forgetting the blocks before i.
func (c *plainConv) verbatim(i int) int {
	for len(c.verbatims) > 0 && c.verbatims[0].lo < i {
		c.verbatims = c.verbatims[1:]
	}
	if len(c.verbatims) > 0 && c.verbatims[0].lo == i {
		return c.verbatims[0].hi
	}
	return i
}
