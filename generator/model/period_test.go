package model

import "testing"

// TestAround: a key the site lacks between two it has names both; one
// past either end, or one it has, none.
func TestAround(t *testing.T) {
	keys := []string{"2026-07-09", "2025-06-16", "2024-05-27"}
	for _, tt := range []struct{ key, older, newer string }{
		{"2025-06-17", "2025-06-16", "2026-07-09"},
		{"2024-05-28", "2024-05-27", "2025-06-16"},
		{"2030-01-01", "", ""},
		{"2020-01-01", "", ""},
		{"2025-06-16", "", ""},
	} {
		if older, newer := Around(tt.key, keys); older != tt.older || newer != tt.newer {
			t.Errorf("Around(%s) = %q, %q; want %q, %q", tt.key, older, newer, tt.older, tt.newer)
		}
	}
}

// TestWeeksIn: a year whose December 28 falls in week 53 has 53 weeks.
func TestWeeksIn(t *testing.T) {
	for _, tt := range []struct{ year, want int }{{2020, 53}, {2024, 52}, {2026, 53}, {2027, 52}} {
		if got := WeeksIn(tt.year); got != tt.want {
			t.Errorf("WeeksIn(%d) = %d, want %d", tt.year, got, tt.want)
		}
	}
}
