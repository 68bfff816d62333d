package search

import "testing"

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"attention", "atention", true},  // left out
		{"atention", "attention", true},  // inserted
		{"attention", "attentoin", true}, // swapped
		{"attention", "attentiom", true}, // changed
		{"attention", "attention", false},
		{"attention", "atentoin", false}, // two mistakes
		{"attention", "attent", false},
		{"schrödinger", "schrodinger", true}, // runes, not bytes
		{"ab", "ba", true},
		{"abc", "cba", false},
	}
	for _, tt := range tests {
		if got := oneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestKin(t *testing.T) {
	tests := []struct {
		term, tok string
		want      bool
	}{
		{"transformers", "transformer", true},
		{"transformer", "transformers", true},
		{"queries", "query", true},
		{"matches", "match", true},
		{"cares", "car", false},
		{"gpus", "gpu", true},     // "us" kept by the S-stemmer
		{"gpu", "gpus", true},     //
		{"movies", "movie", true}, // "ies" made "y" by it
		{"movie", "movies", true}, //
		{"keys", "key", true},     //
		{"less", "les", false},    // "ss" is no plural
		{"losses", "loss", true},
		{"schrödinger", "schrödingers", false}, // ASCII words only
	}
	for _, tt := range tests {
		if got := isKin(tt.term, tt.tok); got != tt.want {
			t.Errorf("isKin(%q, %q) = %v, want %v", tt.term, tt.tok, got, tt.want)
		}
	}
}
