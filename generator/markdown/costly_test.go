package markdown

import (
	"strings"
	"testing"
)

// TestCostly: a body goldmark would parse in time in the square of its
// size is refused at its line, before any parse; prose, a long list of
// links and a thematic break of many dashes are not.
func TestCostly(t *testing.T) {
	r := New(Options{})
	links := strings.Repeat("- [A paper](https://example.org/a) and *why* it matters_\n", 5000)
	for _, tt := range []struct {
		name, src string
		line      int
	}{
		{"prose", benchAbstract, 0},
		{"a long list of links", links, 0},
		{"a thematic break", strings.Repeat("- ", 60) + "\n", 0},
		{"unclosed links", "Intro.\n\n" + strings.Repeat("[a](", 20000) + "\n", 3},
		{"nested lists", "Intro.\n" + strings.Repeat("- ", 40) + "x\n", 2},
		{"nested quotes", strings.Repeat("> ", 40) + "x\n", 1},
		{"emphasis", strings.Repeat(strings.Repeat("*a_b", 20)+"\n", 1000), 1},
		{"unclosed links, wrapped", strings.Repeat(strings.Repeat("[a](<x ", 10)+"\n", 3000), 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			line, msg := Costly(tt.src)
			if line != tt.line {
				t.Fatalf("Costly = %d, %q; want line %d", line, msg, tt.line)
			}
			errs := r.Check(tt.src, "").Errors
			_, err := r.Render([]byte(tt.src))
			if tt.line == 0 {
				if err != nil {
					t.Errorf("Render: %v", err)
				}
				return
			}
			if len(errs) != 1 || errs[0].Line != tt.line || !strings.Contains(errs[0].Msg, "square") {
				t.Errorf("Check errors = %+v, want one at line %d", errs, tt.line)
			}
			if _, ok := err.(*CostlyError); !ok {
				t.Errorf("Render error = %v, want a CostlyError", err)
			}
		})
	}
}
