package textutil

import (
	"slices"
	"testing"
)

// TestEntities: a character reference HTML knows, named or by number,
// is found with its semicolon; an ampersand in text (AT&T), one without
// its semicolon and a name HTML does not know are none.
func TestEntities(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"AT&amp;T Labs", []string{"&amp;"}},
		{"Jos&eacute; Garc&iacute;a", []string{"&eacute;", "&iacute;"}},
		{"Q&A &#8212; a &#x2014; b", []string{"&#8212;", "&#x2014;"}},
		{"AT&T", nil},
		{"R&D&amp", nil},
		{"&bogus;", nil},
		{"plain", nil},
	} {
		var got []string
		for _, m := range Entities(tt.in) {
			got = append(got, tt.in[m[0]:m[1]])
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Entities(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
