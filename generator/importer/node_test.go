package importer

import (
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestSameTimes: a date the curator wrote with RFC 3339's lower-case t
// and z, which the build reads, is the instant the source gives, so an
// import leaves it as written.
func TestSameTimes(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"2024-03-14T09:30:00Z", "2024-03-14T09:30:00Z", true},
		{"2024-03-14t09:30:00z", "2024-03-14T09:30:00Z", true},
		{"2024-03-14T18:30:00+09:00", "2024-03-14t09:30:00z", true},
		{"2024-03-14t09:30:00z", "2024-03-14T09:31:00Z", false},
	} {
		a, b := &yaml.Node{Kind: yaml.ScalarNode, Value: tt.a}, &yaml.Node{Kind: yaml.ScalarNode, Value: tt.b}
		if got := same(a, b); got != tt.want {
			t.Errorf("same(%s, %s) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
