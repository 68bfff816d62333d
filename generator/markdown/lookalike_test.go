package markdown

import (
	"reflect"
	"slices"
	"testing"
)

// TestLookalikes: prose indented into a code block and rows of a table
// without its line of dashes are warnings at their first line; code
// indented, fenced prose, a table and pipes in a sentence are none.
func TestLookalikes(t *testing.T) {
	r := New(Options{})
	tests := []struct {
		name, src string
		want      []int
	}{
		{"abstract indented", "    We propose a method for learning representations that\n    works well on every benchmark we tried.\n", []int{1}},
		{"paragraph indented with a tab", "Abstract.\n\n\tThe notes of mine say this paper is worth reading for its\n\tablation study and its careful baselines.\n", []int{3}},
		{"code indented", "Abstract.\n\n    model = AutoModel.from_pretrained(\"x\")\n    model.eval()\n\n    pip install paperboy\n", nil},
		{"few words", "Abstract.\n\n    See the paper.\n", nil},
		{"no full stop", "Abstract.\n\n    one two three four five six seven eight nine\n", nil},
		{"prose fenced", "Abstract.\n\n```\nWe propose a method for learning representations that works well.\n```\n", nil},
		{"list item's paragraph", "- item\n\n    A continuation of the item that is long enough to be prose here.\n", nil},
		{"rows without dashes", "Results:\n\n| Model | Score |\n| GPT | 1.0 |\n| Ours | 2.0 |\n", []int{3}},
		{"rows after a sentence", "The scores\n| Model | Score |\n| Ours | 2.0 |\n", []int{2}},
		{"a table after a sentence", "The scores\n| Model | Score |\n| --- | --- |\n| Ours | 2.0 |\n", nil},
		{"a table", "| Model | Score |\n| --- | --- |\n| Ours | 2.0 |\n", nil},
		{"one row", "| Model | Score |\n", nil},
		{"pipes in sentences", "The norm |x| is\nbounded by |y| here.\n", nil},
		{"rows in code", "```\n| a | b |\n| c | d |\n```\n", nil},
		{"a rule right under a sentence", "Abstract.\n\nMy notes on this paper.\n---\nMore.\n", []int{3}},
		{"a long line underlined", "Abstract.\n\nThe method beats every baseline we know of on every benchmark we ran\n---\n", []int{3}},
		{"in a quote", "> My notes on this paper.\n> ---\n", []int{1}},
		{"a heading underlined", "Abstract.\n\nMy notes\n--------\n\nText.\n", nil},
		{"a rule after a blank line", "My notes on this paper.\n\n---\n\nMore.\n", nil},
		{"an ATX heading", "## A heading that ends with a full stop.\n", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := r.source([]byte(tt.src))
			var got []int
			for _, h := range slices.Concat(s.indentedProse(), s.pipeRows(), s.underlinedProse()) {
				got = append(got, h.Line)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("lines warned of in %q = %v, want %v", tt.src, got, tt.want)
			}
		})
	}
	got := r.source([]byte("Results:\n\n| Model | Score | Size |\n| Ours | 2.0 | 7B |\n")).pipeRows()
	want := []Hidden{{3, "these lines are no table, as a table needs a line of dashes after its header row, so the page shows them as text with their pipes; add | --- | --- | --- | after | Model | Score | Size |"}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("pipeRows = %+v, want %+v", got, want)
	}
}

// TestSplitCells: a | in a code span or a formula of a table's row, not
// written \|, is told at its line: the table splits the cell there.
func TestSplitCells(t *testing.T) {
	r := New(Options{})
	src := "Intro with `a|b` and $|x|$ outside a table.\n\n| Model | Command | Bound |\n|---|---|---|\n| A | `x|y` | $\\lvert a \\rvert$ |\n| B | `z\\|w` | $|a|b$ |\n| C | `` `|` `` | $\\|a\\|$ |\n\nAfter: `p|q`.\n"
	got := r.source([]byte(src)).splitCells()
	want := []Hidden{
		{5, "the | in the code `x|y` ends its table cell there, as a table splits a row at every |, so the rest goes to the next cell or is lost; write \\| for it, which the cell shows as |"},
		{6, "the | in the formula $|a|b$ ends its table cell there, as a table splits a row at every |, so the rest goes to the next cell or is lost; write \\vert (or \\lvert and \\rvert) for it"},
		{7, "the | in the code `` `|` `` ends its table cell there, as a table splits a row at every |, so the rest goes to the next cell or is lost; write \\| for it, which the cell shows as |"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("splitCells =\n%v\nwant\n%v", got, want)
	}
}
