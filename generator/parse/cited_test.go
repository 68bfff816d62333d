package parse

import (
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestCitedNames: a citation's list of names cut at its commas, in APA's
// and Google Scholar's form (with its & and ellipsis) or Vancouver's, is
// the names given names first; names that are not such a list, a name
// written "Family, Given" among them, and a Roman suffix, are none. The
// list an authors: on one line is told to be writes such names so, and
// leaves out its "et al.".
func TestCitedNames(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"Vaswani, A., Shazeer, N., Parmar, N.", []string{"A. Vaswani", "N. Shazeer", "N. Parmar"}},
		{"Vaswani, A., Gomez, A. N., ... & Polosukhin, I.", []string{"A. Vaswani", "A. N. Gomez", "I. Polosukhin"}},
		{"Sartre, J.-P., de Beauvoir, S.", []string{"J.-P. Sartre", "S. de Beauvoir"}},
		{"Vaswani A, Shazeer N, Gomez AN", []string{"A. Vaswani", "N. Shazeer", "A. N. Gomez"}},
		{"Müller K, Łukasiewicz J.", []string{"K. Müller", "J. Łukasiewicz"}},
		{"Vaswani, A.", nil},
		{"Lovelace, Ada", nil},
		{"King, Jr., Martin Luther", nil},
		{"Ada Lovelace, Alan Turing", nil},
		{"Smith J, Jones III", nil},
		{"DeepSeek AI, OpenAI", nil},
		{"A., B.", nil},
	} {
		got, ok := CitedNames(strings.Split(tt.in, ","))
		if ok != (tt.want != nil) || !slices.Equal(got, tt.want) {
			t.Errorf("CitedNames(%q) = %q, %v; want %q", tt.in, got, ok, tt.want)
		}
	}
	for in, want := range map[string]string{"Vaswani, A. and Shazeer, N.": "[A. Vaswani, N. Shazeer]", "Ada Lovelace, Alan Turing, et al.": "[Ada Lovelace, Alan Turing]"} {
		if got := listHint("authors", &yaml.Node{Kind: yaml.ScalarNode, Value: in}); got != want {
			t.Errorf("listHint(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestAuthorItems: the names an author's text holds are cut at its
// commas, semicolons and "and"s, but never at the semicolon of an HTML
// character reference (AT&amp;T, Jos&eacute;), which is the name's.
func TestAuthorItems(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want []string
	}{
		{"A. Smith; B. Jones", []string{"A. Smith", "B. Jones"}},
		{"Ada Lovelace and Alan Turing", []string{"Ada Lovelace", "Alan Turing"}},
		{"AT&amp;T Labs", []string{"AT&amp;T Labs"}},
		{"Jos&eacute; Garc&iacute;a", []string{"Jos&eacute; Garc&iacute;a"}},
		{"Jos&eacute; Garc&iacute;a; Ada Lovelace", []string{"Jos&eacute; Garc&iacute;a", "Ada Lovelace"}},
		{"Ren&#233;e Smith;Tom &#x26; Jerry", []string{"Ren&#233;e Smith", "Tom &#x26; Jerry"}},
		{"A &bogus; B", []string{"A &bogus", "B"}}, // no reference HTML knows
	} {
		if got := AuthorItems(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("AuthorItems(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
