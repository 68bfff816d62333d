package golden

import "testing"

func TestDiff(t *testing.T) {
	tests := []struct{ got, want, diff string }{
		{"a\nb\n", "a\nb\n", ""},
		{"a\nc\n", "a\nb\n", "line 2:\n got  c\n want b"},
		{"a\nb\nextra", "a\nb", "line 3:\n got  extra\n want "},
		{"a\nb", "a\nb\n", "line 3:\n got  \n want "},
	}
	for _, tt := range tests {
		if got := Diff(tt.got, tt.want); got != tt.diff {
			t.Errorf("Diff(%q, %q) = %q, want %q", tt.got, tt.want, got, tt.diff)
		}
	}
}
