package render

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestDescription: a page's meta description from a summary has its math
// in Unicode and is cut at a word to 300 characters, for papers, days and
// pages alike.
func TestDescription(t *testing.T) {
	long := strings.Repeat("word ", 80) // 400 characters
	tests := []struct{ summary, want string }{
		{"Bounds on $\\alpha$.", "Bounds on α."},
		{long, strings.TrimSpace(long[:300]) + "…"},
	}
	for _, tt := range tests {
		if got := description(tt.summary); got != tt.want || utf8.RuneCountInString(got) > 301 {
			t.Errorf("description(%q) = %q, want %q", tt.summary, got, tt.want)
		}
	}
}
