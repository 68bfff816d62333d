package markdown

import (
	"reflect"
	"testing"
)

// TestBrokenWords: a word a line's end breaks with a hyphen is a warning
// at the hyphen's line, with the word to write: the form the text has
// elsewhere, the hyphen kept in a compound, else both; a hyphen before
// and or or, one in code, a dash between spaces and one at a paragraph's
// end are none.
func TestBrokenWords(t *testing.T) {
	r := New(Options{})
	both := "write it on one line: transformer (or trans-former, if the hyphen is the word's own)"
	for _, tt := range []struct {
		name, src string
		want      []Hidden
	}{
		{"broken", "We propose a new trans-\nformer.\n", []Hidden{{1, `"trans-" ends this line and "former" starts the next, as a copy of a PDF's lines leaves a word the PDF broke, so the page shows "trans- former"; ` + both}}},
		{"written whole elsewhere", "The transformer.\nOur trans-\nformer.\n", []Hidden{{2, `"trans-" ends this line and "former" starts the next, as a copy of a PDF's lines leaves a word the PDF broke, so the page shows "trans- former"; write it on one line: transformer`}}},
		{"a compound", "It is state-of-the-\nart.\n", []Hidden{{1, `"state-of-the-" ends this line and "art" starts the next, as a copy of a PDF's lines leaves a word the PDF broke, so the page shows "state-of-the- art"; write it on one line: state-of-the-art`}}},
		{"a soft hyphen", "A trans\u00ad\nformer.\n", []Hidden{{1, `"trans\u00ad" ends this line and "former" starts the next, as a copy of a PDF's lines leaves a word the PDF broke, so the page shows "trans former"; write it on one line, without the soft hyphen: transformer`}}},
		{"in a list item", "- a trans-\n  former\n", []Hidden{{1, `"trans-" ends this line and "former" starts the next, as a copy of a PDF's lines leaves a word the PDF broke, so the page shows "trans- former"; ` + both}}},
		{"in a quote", "Text.\n\n> a trans-\n> former\n", []Hidden{{3, `"trans-" ends this line and "former" starts the next, as a copy of a PDF's lines leaves a word the PDF broke, so the page shows "trans- former"; ` + both}}},
		{"pre- and post-", "Both pre-\nand post-training.\n", nil},
		{"a capital after", "Trained on pre-\nImageNet data.\n", nil},
		{"a code span", "See `trans-\nformer` here.\n", nil},
		{"a dash", "One -\ntwo.\n", nil},
		{"a paragraph's end", "Trans-\n\nformer.\n", nil},
		{"fenced", "```\ntrans-\nformer\n```\n", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := r.source([]byte(tt.src)).brokenWords(); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("brokenWords(%q) =\n%+v\nwant\n%+v", tt.src, got, tt.want)
			}
		})
	}
}
