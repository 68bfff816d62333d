package tex

import "strings"

// envSpec describes a matrix-like environment.
type envSpec struct {
	open, close string // delimiters around the table; "" for none
	align       string // column alignment, "" for centred
	display     bool   // cells in display style, relations aligned at &
}

// envSpecOf returns the layout of a supported environment.
func envSpecOf(name string) (envSpec, bool) {
	switch name {
	case "matrix", "smallmatrix":
		return envSpec{}, true
	case "pmatrix":
		return envSpec{open: "(", close: ")"}, true
	case "bmatrix":
		return envSpec{open: "[", close: "]"}, true
	case "Bmatrix":
		return envSpec{open: "{", close: "}"}, true
	case "vmatrix":
		return envSpec{open: "|", close: "|"}, true
	case "Vmatrix":
		return envSpec{open: "‖", close: "‖"}, true
	case "cases":
		return envSpec{open: "{", align: "left"}, true
	case "dcases": // mathtools' cases in display style
		return envSpec{open: "{", align: "left", display: true}, true
	case "aligned", "align", "align*", "split", "eqnarray", "eqnarray*":
		return envSpec{align: "right left", display: true}, true
	case "gathered", "gather", "gather*", "equation", "equation*":
		return envSpec{display: true}, true
	case "array":
		return envSpec{}, true
	}
	return envSpec{}, false
}

// environment parses \begin{name} … \end{name} into a table.
func (p *parser) environment() (*node, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer p.leave()
	name, err := p.lx.group()
	if err != nil {
		return nil, err
	}
	spec, ok := envSpecOf(name)
	if !ok {
		return nil, unknownError{name: name, env: true}
	}
	if name == "array" {
		cols, err := p.lx.group()
		if err != nil {
			return nil, err
		}
		if spec.align, ok = arrayAlign(cols); !ok {
			return nil, errUnsupported
		}
	}
	rows, err := p.rows(spec)
	if err != nil {
		return nil, err
	}
	if end, err := p.lx.group(); err != nil || end != name {
		return nil, malformed(`\begin{` + name + `} has no \end{` + name + `} to close it, or another \end first; pair each \begin{…} with its \end{…}`)
	}
	table := &node{kind: kTable, kids: rows, text: columnAlign(spec.align, rows)}
	if spec.open == "" && spec.close == "" {
		return table, nil
	}
	r := row()
	if spec.open != "" {
		r.kids = append(r.kids, fence(spec.open, "prefix"))
	}
	r.kids = append(r.kids, table)
	if spec.close != "" {
		r.kids = append(r.kids, fence(spec.close, "postfix"))
	}
	return r, nil
}

// rows parses cells separated by & and rows separated by \\ up to and
// including \end.
func (p *parser) rows(spec envSpec) ([]*node, error) {
	var rows []*node
	cur := row()
	for {
		cell, err := p.list()
		if err != nil {
			return nil, err
		}
		if spec.display {
			if len(cur.kids)%2 == 1 && len(cell.kids) > 0 && cell.kids[0].kind == kOp {
				// Keep the relation after & infix, as TeX does.
				cell.kids = append([]*node{leaf(kIdent, "")}, cell.kids...)
			}
			cell = row(&node{kind: kStyle, text: "display", kids: cell.kids})
		}
		cur.kids = append(cur.kids, cell)
		t, err := p.lx.next()
		if err != nil {
			return nil, err
		}
		switch {
		case t.kind == tAmp:
			continue
		case t.kind == tCommand && (t.text == `\` || t.text == "cr"):
			if _, _, err := p.lx.optional(); err != nil { // a row gap such as \\[2pt] is dropped
				return nil, err
			}
			rows = append(rows, cur)
			cur = row()
		case t.kind == tCommand && t.text == "end":
			if !emptyRow(cur) {
				rows = append(rows, cur)
			}
			return rows, nil
		default:
			return nil, errUnsupported
		}
	}
}

// emptyRow reports whether r is the empty row a trailing \\ leaves.
func emptyRow(r *node) bool {
	if len(r.kids) != 1 {
		return false
	}
	c := r.kids[0]
	if len(c.kids) == 1 && c.kids[0].kind == kStyle {
		c = c.kids[0]
	}
	return len(c.kids) == 0
}

// arrayAlign turns an array column specification such as {lc|r} into a
// column alignment.
func arrayAlign(cols string) (string, bool) {
	var out []string
	for _, c := range cols {
		switch c {
		case 'l':
			out = append(out, "left")
		case 'c':
			out = append(out, "center")
		case 'r':
			out = append(out, "right")
		case '|', ' ':
		default:
			return "", false
		}
	}
	return strings.Join(out, " "), true
}

// columnAlign repeats the alignment pattern over the widest row's columns;
// a pattern of centred columns is left out.
func columnAlign(pattern string, rows []*node) string {
	if pattern == "" || strings.Trim(strings.ReplaceAll(pattern, "center", ""), " ") == "" {
		return ""
	}
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r.kids))
	}
	words := strings.Fields(pattern)
	out := make([]string, 0, cols)
	for i := range cols {
		out = append(out, words[i%len(words)])
	}
	return strings.Join(out, " ")
}
