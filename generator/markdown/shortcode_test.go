package markdown

import (
	"fmt"
	"testing"
)

// TestShortcodes: Hugo's shortcodes are found at their lines, with what
// to write instead, except in code, which shows them as written.
func TestShortcodes(t *testing.T) {
	r := New(Options{})
	tests := []struct {
		src  string
		want string // each found, as line:text
	}{
		{"Plain text, {{ not one }}.\n", "[]"},
		{"A.\n\n{{< figure src=\"x.png\" >}}\n", "[3:{{< figure >}}]"},
		{"{{< math >}}a^2{{< /math >}}\n", "[1:{{< math >}}]"},
		{"{{% notice warning %}}Careful.{{% /notice %}}\n", "[1:{{% notice %}}]"},
		{"See [B]({{< ref \"b.md\" >}}) and\n[C]({{<relref \"c\">}}).\n", "[1:{{< ref >}} 2:{{< relref >}}]"},
		{"Write `{{< figure >}}` in Hugo.\n", "[]"},
		{"```\n{{< figure >}}\n```\n\n~~~go\n{{% x %}}\n~~~\n", "[]"},
		{"Text.\n\n    {{< indented >}}\n", "[]"},
		{"`code` then {{< youtube id >}}\n", "[1:{{< youtube >}}]"},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range r.Shortcodes([]byte(tt.src)) {
			got = append(got, fmt.Sprintf("%d:%s", s.Line, s.Text))
			if s.Hint == "" {
				t.Errorf("Shortcodes(%q): %s has no hint", tt.src, s.Text)
			}
		}
		if g := fmt.Sprint(got); g != tt.want {
			t.Errorf("Shortcodes(%q) = %s, want %s", tt.src, g, tt.want)
		}
	}
}
