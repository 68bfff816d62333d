package markdown

import (
	"fmt"
	"testing"
)

// TestZolaShortcodes: Zola's shortcodes, inline or with a body, an
// {% end %} that closes none and the escaped ones are found at their
// lines with what to write instead, but in code; a body's shortcode is
// Zola's, not Jekyll's Liquid.
func TestZolaShortcodes(t *testing.T) {
	r := New(Options{})
	tests := []struct{ src, want string }{
		{"{{ youtube(id=\"iDulhoQ2pro\") }}\n", "[1:{{ youtube(…) }}:a Zola shortcode:write a link to it: [the video](https://www.youtube.com/watch?v=iDulhoQ2pro)]"},
		{"{{ youtube(id=\"x\", autoplay=true) }}\n", "[1:{{ youtube(…) }}:a Zola shortcode:write a link to it: [the video](https://www.youtube.com/watch?v=x)]"},
		{"A.\n\n{{ figure(src=\"loss.png\", caption=\"Loss against compute\") }}\n", "[3:{{ figure(…) }}:a Zola shortcode:write it as an image: ![Loss against compute](loss.png)" + imageBeside + "]"},
		{"{% note(kind=\"info\") %}\nRead it.\n{% end %}\n", "[1:{% note(…) %}:a Zola shortcode:write a quote: > **Note:** …, in place of {% note(…) %} and its {% end %}]"},
		{"{% note() %}\nA.\n{% end %}\n\n{% admonition(type=\"warning\") %}\nB.\n{% end %}\n", "[1:{% note(…) %}:a Zola shortcode:write a quote: > **Note:** …, in place of {% note(…) %} and its {% end %} " +
			"5:{% admonition(…) %}:a Zola shortcode:write a quote: > **Note:** …, in place of {% admonition(…) %} and its {% end %}]"},
		{"> **Note:** B.\n{% end %}\n", "[2:{% end %}:a Zola shortcode:it closes a Zola shortcode whose opening tag is gone: remove it]"},
		{"{{ katex(body=\"O(N^2)\") }}\n", "[1:{{ katex(…) }}:a Zola shortcode:write the formula as $$O(N^2)$$ (display) or $O(N^2)$ (inline)]"},
		{"Write {{/* youtube(id=\"abc\") */}} and {%/* note() */%}.\n", "[1:{{/* … */}}:a Zola shortcode escaped with /* */:Zola showed it as {{ youtube(id=\"abc\") }}: write that in a code span, `{{ youtube(id=\"abc\") }}` " +
			"1:{%/* … */%}:a Zola shortcode escaped with /* */:Zola showed it as {% note() %}: write that in a code span, `{% note() %}`]"},
		{"Write `{{ youtube(id=\"x\") }}` in Zola.\n\n```\n{% note() %}\nx\n{% end %}\n```\n", "[]"},
		{"Jinja: {{ user.name }} and {{ x }}.\n", "[]"},
		// Hugo's escaped shortcodes are Hugo's, {{%/* … */%}} included, not Zola's {%/* … */%}.
		{"Write {{</* figure src=\"x.png\" */>}} and {{%/* notice */%}}.\n", "[1:{{</* … */>}}:a Hugo shortcode escaped with /* */:Hugo showed it as {{< figure src=\"x.png\" >}}: write that in a code span, `{{< figure src=\"x.png\" >}}` " +
			"1:{{%/* … */%}}:a Hugo shortcode escaped with /* */:Hugo showed it as {{% notice %}}: write that in a code span, `{{% notice %}}`]"},
		{"A {{< /* ref \"x\" */ >}} b.\n", "[1:{{</* … */>}}:a Hugo shortcode escaped with /* */:Hugo showed it as {{< ref \"x\" >}}: write that in a code span, `{{< ref \"x\" >}}`]"},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range r.source([]byte(tt.src)).shortcodes() {
			got = append(got, fmt.Sprintf("%d:%s:%s:%s", s.Line, s.Text, s.Of, s.Hint))
		}
		if g := fmt.Sprint(got); g != tt.want {
			t.Errorf("Shortcodes(%q) =\n%s\nwant\n%s", tt.src, g, tt.want)
		}
	}
}
