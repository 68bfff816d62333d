package golden

import (
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	long := strings.Repeat("x", 200)
	tests := []struct{ got, want, diff string }{
		{"a\nb\n", "a\nb\n", ""},
		{"a\nc\n", "a\nb\n", "line 2, byte 1:\n got  \"c\"\n want \"b\""},
		{"a\nb\nextra", "a\nb", "line 3, byte 1:\n got  \"extra\"\n want \"\""},
		{"a\nb", "a\nb\n", "line 3, byte 1:\n got  \"\"\n want \"\""},
		{long + "1" + long, long + "2" + long, "line 1, byte 201:\n got  \"" + long[:60] + "1" + long[:99] + "\"\n want \"" + long[:60] + "2" + long[:99] + "\""},
	}
	for _, tt := range tests {
		if got := Diff(tt.got, tt.want); got != tt.diff {
			t.Errorf("Diff(%q, %q) =\n%s\nwant\n%s", tt.got, tt.want, got, tt.diff)
		}
	}
}
