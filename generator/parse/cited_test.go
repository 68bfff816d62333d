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
