package mail

import (
	"cmp"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// cell is a table cell as plain text: its words on one line, and its
// column's alignment, "right", "center" or "" (left).
type cell struct {
	text, align string
}

// table renders the table n a row a line. When the rows fit the text's
// width, its columns line up, padded with spaces (columns counts a
// Chinese or Japanese character as two) as the column is aligned (|--:|),
// separated by " | ", a rule under the header row; where they do not, a
// row is its cells separated by " | ", filled to the width like a
// paragraph, so a row never reads as one run of words.
func (t *textRenderer) table(n *html.Node) {
	rows, head := tableRows(n)
	if len(rows) == 0 {
		return
	}
	widths := columnWidths(rows)
	room := t.width - textutil.Columns(t.indent)
	if len(t.quotes) > 0 {
		room -= len(t.quotes) + 1
	}
	if total := sum(widths) + 3*(len(widths)-1); total > room {
		for i, r := range rows {
			t.open("", i > 0, false)
			t.write(strings.Join(cellTexts(r), " | "))
		}
		t.cur = nil
		return
	}
	t.open("", false, true)
	for i, r := range rows {
		if i > 0 {
			t.cur.text.WriteString("\n")
		}
		t.cur.text.WriteString(alignedRow(r, widths))
		if i+1 == head {
			rule := make([]string, len(widths))
			for j, w := range widths {
				rule[j] = strings.Repeat("-", w)
			}
			t.cur.text.WriteString("\n" + strings.Join(rule, "-+-"))
		}
	}
	t.cur = nil
}

// tableRows reads the rows of the table n, and how many of them come
// first in its header (<thead>).
func tableRows(n *html.Node) (rows [][]cell, head int) {
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch c.DataAtom {
			case atom.Thead, atom.Tbody, atom.Tfoot:
				walk(c)
			case atom.Tr:
				rows = append(rows, rowCells(c))
				if n.DataAtom == atom.Thead {
					head = len(rows)
				}
			}
		}
	}
	walk(n)
	return rows, head
}

// rowCells reads the cells of the table row tr, each rendered as the
// text part writes it (a link "text <URL>") on one line.
func rowCells(tr *html.Node) []cell {
	var cells []cell
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		sub := &textRenderer{}
		sub.children(c)
		var words []string
		for _, b := range sub.blocks {
			words = append(words, b.text.String())
		}
		align := cmp.Or(textutil.TextAlign(attr(c, "style")), strings.ToLower(attr(c, "align")))
		cells = append(cells, cell{text: textutil.CollapseSpace(strings.Join(words, " ")), align: align})
	}
	return cells
}

// columnWidths is the width in columns of each column of rows: its
// widest cell's.
func columnWidths(rows [][]cell) []int {
	var widths []int
	for _, r := range rows {
		for j, c := range r {
			if j == len(widths) {
				widths = append(widths, 0)
			}
			widths[j] = max(widths[j], textutil.Columns(c.text))
		}
	}
	return widths
}

// alignedRow is the row r with its cells padded to widths as aligned,
// separated by " | ", without the spaces that would end the line.
func alignedRow(r []cell, widths []int) string {
	parts := make([]string, len(widths))
	for j, w := range widths {
		var c cell
		if j < len(r) {
			c = r[j]
		}
		gap := max(0, w-textutil.Columns(c.text))
		switch c.align {
		case "right":
			parts[j] = strings.Repeat(" ", gap) + c.text
		case "center":
			parts[j] = strings.Repeat(" ", gap/2) + c.text + strings.Repeat(" ", gap-gap/2)
		default:
			parts[j] = c.text + strings.Repeat(" ", gap)
		}
	}
	return strings.TrimRight(strings.Join(parts, " | "), " ")
}

// cellTexts is the text of each cell of r.
func cellTexts(r []cell) []string {
	out := make([]string, len(r))
	for i, c := range r {
		out[i] = c.text
	}
	return out
}

// sum is the sum of ns.
func sum(ns []int) int {
	s := 0
	for _, n := range ns {
		s += n
	}
	return s
}
