package parse

import "testing"

// TestMeantDay: a day written in another order, with other separators or
// with its month's name is read as the one day it can be; one that could
// be two days (03/04/2024), or none, is not.
func TestMeantDay(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-6-16", "2025-06-16"},
		{"2025/06/16", "2025-06-16"},
		{"16/06/2025", "2025-06-16"},
		{"16.6.2025", "2025-06-16"},
		{"06/16/2025", "2025-06-16"},
		{"05-05-2025", "2025-05-05"},
		{"June 16, 2025", "2025-06-16"},
		{"16 Jun 2025", "2025-06-16"},
		{"2025\u201306\u201316", "2025-06-16"}, // en dashes, as a word processor writes them
		{"2025\u221206\u221216", "2025-06-16"}, // minus signs
		{"03/04/2025", ""},                     // March 4 or April 3
		{"20250616", "2025-06-16"},             // YYYYMMDD
		{"20251340", ""},                       // no such month
		{"123456789", ""},
		{"31/02/2025", ""}, // no such day
		{"16/06/25", ""},   // which century
		{"soon", ""},
	}
	for _, tt := range tests {
		if got := meantDay(tt.in); got != tt.want {
			t.Errorf("meantDay(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
