package csstext

import "testing"

func TestBlankComments(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"a { color: red }", "a { color: red }"},
		{"/* x */a", "       a"},
		{"/* a\nb */c", "    \n    c"},
		{"/* a\r\nb */ /**/c", "    \r\n         c"},
		{"a /* never closed", "a /* never closed"},
	} {
		if got := string(BlankComments([]byte(tc.in))); got != tc.want {
			t.Errorf("BlankComments(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}
