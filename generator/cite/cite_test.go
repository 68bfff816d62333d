package cite

import (
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

func TestLastFirst(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Ashish Vaswani", "Vaswani, Ashish"},
		{"Aidan N. Gomez", "Gomez, Aidan N."},
		{"Ludwig van Beethoven", "van Beethoven, Ludwig"},
		{"Jan van der Berg", "van der Berg, Jan"},
		{"Martin Luther King Jr.", "King Jr., Martin Luther"},
		{"Erwin Schrödinger", "Schrödinger, Erwin"},
		{"Plato", "Plato"},
		{"Lovelace, Ada", "Lovelace, Ada"},
		{"  Łukasz   Kaiser ", "Kaiser, Łukasz"},
		{"佐藤 健", "佐藤, 健"}, // family name first
		{"李 明", "李, 明"},
		{"やまだ はなこ", "やまだ, はなこ"},
		{"王小明", "王小明"},
	}
	for _, tt := range tests {
		if got := LastFirst(tt.in); got != tt.want {
			t.Errorf("LastFirst(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain", "Plain"},
		{"R&D 50% #1 $x$ a_b", `R\&D 50\% \#1 \$x\$ a\_b`},
		{"{braces} \\cmd ~ ^", `\textbraceleft{}braces\textbraceright{} \textbackslash{}cmd \textasciitilde{} \textasciicircum{}`},
		{"a { b", `a \textbraceleft{} b`},
		{"Schrödinger", "Schrödinger"},
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain & simple", `Plain \& simple`},
		{`Agents with $\mathcal{O}(n)$ Memory`, `Agents with {$\mathcal{O}(n)$} Memory`},
		{`$k$-NN & $N$ Tokens`, `{$k$}-NN \& {$N$} Tokens`},
		{`Cost $50\%$ less`, `Cost {$50\%$} less`},
		{`from $5 to $10`, `from \$5 to \$10`},                            // prices, not math
		{`Bad $x}$ math`, `Bad \$x\textbraceright{}\$ math`},              // unbalanced
		{`Bad $x{$ math`, `Bad \$x\textbraceleft{}\$ math`},               // unbalanced
		{`Odd $a % b$`, `Odd \$a \% b\$`},                                 // a TeX comment
		{`Line $a\\%b$`, `Line \$a\textbackslash{}\textbackslash{}\%b\$`}, // \\ then a comment
		{`Tail $a\$ b$`, `Tail \$a\textbackslash{}\$ b\$`},                // the span closes at a dollar after a backslash: text
		{`Both $a$ and $b}$`, `Both {$a$} and \$b\textbraceright{}\$`},
	}
	for _, tt := range tests {
		got := Title(tt.in)
		if got != tt.want {
			t.Errorf("Title(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if err := balanced(got); err != "" {
			t.Errorf("Title(%q) = %q: %s", tt.in, got, err)
		}
	}
}

func TestKeysStableAndUnique(t *testing.T) {
	a := &model.Paper{ID: "1706.03762", Slug: "1706.03762", ArXiv: "1706.03762", Title: "Attention Is All You Need", Authors: []string{"Ashish Vaswani"}}
	b := &model.Paper{ID: "1706.99999", Slug: "1706.99999", ArXiv: "1706.99999", Title: "Attention, again", Authors: []string{"Ashish Vaswani"}}
	c := &model.Paper{ID: "x-report", Slug: "x-report", Title: "The Schrödinger Bridge", Authors: []string{"Zoë Müller"}, Date: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	keys := Keys([]*model.Paper{b, c, a})
	want := map[*model.Paper]string{a: "vaswani2017attention", b: "vaswani2017attention-1706.99999", c: "muller2024schrodinger"}
	for p, k := range want {
		if keys[p] != k {
			t.Errorf("key of %s = %q, want %q", p.ID, keys[p], k)
		}
	}
	if again := Keys([]*model.Paper{a, c, b}); again[b] != keys[b] || again[a] != keys[a] {
		t.Error("keys depend on the order of papers")
	}
}

func TestEntryParsesBack(t *testing.T) {
	p := &model.Paper{ID: "1706.03762", Slug: "1706.03762", ArXiv: "1706.03762", PrimaryCategory: "cs.CL",
		Title: "Attention {Is} All_You Need & 100% more", Authors: []string{"Ashish Vaswani", "Noam Shazeer"},
		Published: time.Date(2017, 6, 12, 0, 0, 0, 0, time.UTC)}
	got := Entry(p, "vaswani2017attention", "")
	want := `@misc{vaswani2017attention,
  title = {Attention \textbraceleft{}Is\textbraceright{} All\_You Need \& 100\% more},
  author = {Vaswani, Ashish and Shazeer, Noam},
  year = {2017},
  eprint = {1706.03762},
  archivePrefix = {arXiv},
  primaryClass = {cs.CL},
  url = {https://arxiv.org/abs/1706.03762},
}
`
	if got != want {
		t.Errorf("Entry() =\n%s\nwant\n%s", got, want)
	}
	if err := balanced(got); err != "" {
		t.Error(err)
	}
}

// balanced checks that the braces balance as BibTeX counts them: every
// brace, escaped with a backslash or not.
func balanced(s string) string {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth < 0 {
				return "unbalanced } at byte " + string(rune('0'+i%10))
			}
		}
	}
	if depth != 0 {
		return "unbalanced braces"
	}
	return ""
}

func FuzzEscapeBalanced(f *testing.F) {
	for _, s := range []string{"", "{", "}", "\\", "a{b}c", "\\}", "%{}", "~^"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := Entry(&model.Paper{ID: "x", Slug: "x", Title: s, Authors: []string{s}}, "k", "https://e.org/"+s)
		if err := balanced(e); err != "" {
			t.Fatalf("Entry with %q: %s:\n%s", s, err, e)
		}
		for _, line := range strings.Split(strings.TrimSuffix(e, "\n"), "\n") {
			if !strings.HasPrefix(line, "@misc{") && !strings.HasPrefix(line, "  ") && line != "}" {
				t.Fatalf("a title with %q broke the entry's lines:\n%s", s, e)
			}
		}
	})
}
