package tex

import "testing"

// TestPlainVerbatim checks that Plain copies what CommonMark shows as
// written, indented code and <pre> blocks, and converts the indented lines
// that are text: a paragraph's continuation and a list item's paragraph.
func TestPlainVerbatim(t *testing.T) {
	code := "    cp ~/runs/a~b.ckpt out/\n    grep \"``quoted''\" log -- x\n    echo \\emph{literal}\n"
	tests := []struct {
		in, want string
	}{
		{"Run:\n\n" + code + "\nThen a~b", "Run:\n\n" + code + "\nThen a\u00a0b"},
		{code, code},
		{"## Reproduce\n" + code, "## Reproduce\n" + code},      // a heading ends no paragraph
		{"```\nx\n```\n" + code, "```\nx\n```\n" + code},        // nor does a fence
		{"\ta~b\n\n\t``q''\nc~d", "\ta~b\n\n\t``q''\nc\u00a0d"}, // a tab, blank lines inside
		{"text\n    a~b -- c", "text\n    a\u00a0b – c"},        // a paragraph's continuation
		// A list item's paragraph, indented as its content is, is text;
		// four columns past its content, code.
		{"- item\n\n    a~b -- c", "- item\n\n    a\u00a0b – c"},
		{"1. item\n\n    a~b\n2. next", "1. item\n\n    a\u00a0b\n2. next"},
		{"- item\nlazy\n\n    a~b", "- item\nlazy\n\n    a\u00a0b"},
		{"- a\n  - b\n\n    a~b", "- a\n  - b\n\n    a\u00a0b"},
		{"- item\n\n      a~b", "- item\n\n      a~b"},
		{"- item\n\n      a~b\n\n  c~d", "- item\n\n      a~b\n\n  c\u00a0d"},
		{"- item\n\npara\n\n    a~b", "- item\n\npara\n\n    a~b"}, // the list ended
		{"- item\n    a~b", "- item\n    a\u00a0b"},
		// A raw HTML block of <pre> runs to the line of its end tag.
		{"<pre>\na~b ``q''\n\n\\emph{x}\n</pre>\nc~d", "<pre>\na~b ``q''\n\n\\emph{x}\n</pre>\nc\u00a0d"},
		{"text\n  <PRE class=\"x\">a--b\n</Pre> e--f\ng--h", "text\n  <PRE class=\"x\">a--b\n</Pre> e--f\ng–h"},
		{"<script>\nx--y", "<script>\nx--y"},
		{"x <pre>a~b</pre> and <preface>c~d", "x <pre>a\u00a0b</pre> and <preface>c\u00a0d"}, // inline: text
		// A block quote's lines are left to the rest of Plain.
		{"> a\n>\n>     b--c", "> a\n>\n>     b–c"},
	}
	for _, tt := range tests {
		if got := Plain(tt.in); got != tt.want {
			t.Errorf("Plain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
	if got := Leftovers("Run:\n\n    \\cite{x} \\method\n"); got != nil {
		t.Errorf("Leftovers(indented code) = %v, want none", got)
	}
}
