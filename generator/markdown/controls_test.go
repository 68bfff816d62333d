package markdown

import (
	"strings"
	"testing"
)

// TestControls: each line of a body with a control character is named,
// with the characters as U+XXXX; tabs, CR and LF are no control
// characters there; a byte-order mark a joined file left is named too,
// and other invisible characters are not; past maxControlLines lines, the
// last message counts the rest.
func TestControls(t *testing.T) {
	for _, tt := range []struct {
		name, src string
		want      []Hidden
	}{
		{"prose", "A\ttab,\r\nCRLF and LF lines,\rand a lone CR.\n", nil},
		{"no-break space and soft hyphen", "A\u00a0B and hy\u00adphen.\n", nil},
		{"escape", "Red \x1b[31m text\n", []Hidden{{1, "U+001B (escape, of a terminal's colours) is a control character, which a web page cannot show (copied from a PDF or a terminal?); delete it, or write the character meant in its place"}}},
		{"several on a line", "ok\n\x01\b\x01\n", []Hidden{{2, "U+0001 and U+0008 (backspace) are control characters, which a web page cannot show (copied from a PDF or a terminal?); delete them, or write the characters meant in their place"}}},
		{"NUL, form feed, DEL, C1", "\x00\n\f\n\x7f\n\u009b\n", []Hidden{
			{1, "U+0000 (NUL) is a control character"}, {2, "U+000C (form feed, a PDF's page break) is a control character"},
			{3, "U+007F (delete) is a control character"}, {4, "U+009B is a control character"}}},
		{"many lines", strings.Repeat("\x01\n", 8), []Hidden{{1, ""}, {2, ""}, {3, ""}, {4, ""}, {5, "; 3 more lines below have such characters too"}}},
		{"zero-width space, word joiner", "zero\u200bwidth\u2060joined\n", nil},
		{"byte-order mark of a joined file", "Our reading group.\n\ufeff## Notes\nend\ufeff---\n", []Hidden{{2, bomMessage}, {3, bomMessage}}},
		{"both", "\x01\ufeff\n", []Hidden{{1, "U+0001 is a control character, which a web page cannot show (copied from a PDF or a terminal?); delete it, or write the character meant in its place; " + bomMessage}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := Controls(tt.src)
			if len(got) != len(tt.want) {
				t.Fatalf("Controls(%q) = %+v, want %d errors", tt.src, got, len(tt.want))
			}
			for i, w := range tt.want {
				if got[i].Line != w.Line || !strings.Contains(got[i].Msg, w.Msg) {
					t.Errorf("Controls(%q)[%d] = %+v, want line %d with %q", tt.src, i, got[i], w.Line, w.Msg)
				}
			}
		})
	}
}
