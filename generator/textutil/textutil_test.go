package textutil

import "testing"

func TestTruncate(t *testing.T) {
	tests := []struct {
		n       int
		in, out string
	}{
		{10, "short", "short"},
		{10, "exactly 10", "exactly 10"},
		{12, "a sentence that goes on", "a sentence…"},
		{3, "Schrödinger", "Sch…"},
		{8, "one, two, three", "one, two…"},
		{9, "one, two, three", "one, two…"},
		{10, "a few more words here", "a few more…"},
		{5, "ünïcödé wörds", "ünïcö…"},
	}
	for _, tt := range tests {
		if got := Truncate(tt.n, tt.in); got != tt.out {
			t.Errorf("Truncate(%d, %q) = %q, want %q", tt.n, tt.in, got, tt.out)
		}
	}
}

func TestPlural(t *testing.T) {
	for _, tt := range []struct {
		n    int
		want string
	}{{0, "0 papers"}, {1, "1 paper"}, {2, "2 papers"}} {
		if got := Plural(tt.n, "paper", "papers"); got != tt.want {
			t.Errorf("Plural(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
