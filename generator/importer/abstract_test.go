package importer

import (
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/tex"
)

func TestAbstract(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"unwrap", "one\ntwo\n  three", "one two\n\nthree"},
		{"blank line", "a\n\nb\n", "a\n\nb"},
		{"legacy indent", "  Theoretical\ndescription\n", "Theoretical description"},
		{"underscore star", "a_b *c*", `a\_b \*c\*`},
		{"backtick by a brace", "{`0} `{x} `y`", "{&#96;0} &#96;{x} \\`y\\`"},
		{"html", "x < y > z <b>", `x \< y \> z \<b\>`},
		{"brackets pipe code", "a [1] a|b `c`", `a \[1\] a\|b \` + "`c\\`"},
		// \[ opening a paragraph would be TeX's display math to the build.
		{"bracket opening a paragraph", "[1] a\n\n[Code and data]", "&#91;1\\] a\n\n&#91;Code and data\\]"},
		{"math kept", "loss $\\mathcal{L}_{x}^*$ here", "loss $\\mathcal{L}_{x}^*$ here"},
		{"display math kept", "see $$a_1*b_2$$ ok", "see $$a_1*b_2$$ ok"},
		{"dollars not math", "from $5 to $10", `from \$5 to \$10`},
		{"lone dollar", "costs $3", `costs \$3`},
		// arXiv's "about 100B" and "at least 99%": math before a number,
		// which must not pair its dollar with a later one.
		{"math before a number", `a $\sim$100B model, $\geq$99\% and $<$1\% error; $\approx$2x, by 2$\times$.`,
			`a $\sim$100B model, $\geq$99\% and $<$1\% error; $\approx$2x, by 2$\times$.`},
		{"paren math kept", `for \(\alpha<1\) only`, `for \(\alpha<1\) only`},
		// TeX's display math in a sentence, as arXiv writes it: $$…$$ on
		// lines of its own, which the build sets as display math, where
		// \[ in Markdown's sentence is an escaped bracket.
		{"bracket display math", `the bound \[ \sum_{i=1}^n x_i \le n \] holds [1].`, "the bound\n$$\n\\sum_{i=1}^n x_i \\le n\n$$\nholds \\[1\\]."},
		{"bracket display math ends", `is \[x_1\]`, "is\n$$\nx_1\n$$"},
		{"bracket display math then a list mark", `\[x\] - y`, "$$\nx\n$$\n\\- y"},
		{"bracket display math empty", `a \[ \] b`, `a \[ \] b`},
		{"paren math ends first", `\(x$$\) <img src=x onerror=y> [a](b) $$`, `\(x$$\) \<img src=x onerror=y\> \[a\](b) \$\$`},
		{"dollar after an escaped backslash", `a \\$<img src=x>$ b`, `a \\\$\<img src=x\>\$ b`},
		{"tex kept", `\"Ust\"un 54.6\% a~b -- c \textsc{AIEV-Instruct}`, `\"Ust\"un 54.6\% a~b -- c \textsc{AIEV-Instruct}`},
		{"escaped underscore kept", `G\_stack`, `G\_stack`},
		{"heading start", "# not a heading", `\# not a heading`},
		{"list start", "- item\n\n+ plus", "\\- item\n\n\\+ plus"},
		{"ordered start", "1. first\n  2) second", "1\\. first\n\n2\\) second"},
		{"number not list", "2024.05 was", "2024.05 was"},
		{"fence", "~~~ code", `\~~~ code`},
		// In a paragraph the build would strike through, a ~ that is no
		// TeX tie is escaped, as \~ or, where TeX would read \~ as its
		// accent (\~n is ñ), &#126;; elsewhere tildes stay as written
		// ("about": ~2x). A tie stays one.
		{"strikethrough", "from ~~120 ms~~ to 80 ms", `from \~\~120 ms\~\~ to 80 ms`},
		{"strikethrough of words", "a ~~struck~~ b ~x~ c", `a \~&#126;struck\~\~ b &#126;x\~ c`},
		{"tildes before TeX", `~~{x}~~ ~\alpha ~é`, `\~&#126;{x}\~\~ &#126;\alpha &#126;é`},
		{"tildes before TeX striking nothing", `~{x} ~\alpha ~é`, `~{x} ~\alpha ~é`},
		{"single tildes that strike", "~2x and 3x~ faster", `\~2x and 3x\~ faster`},
		{"ties", "Fig.~3, 3~5, Smith~et~al., H~2~O", "Fig.~3, 3~5, Smith~et~al., H~2~O"},
		{"about", "(~100B) ~3x, ~ 5", "(~100B) ~3x, ~ 5"},
		{"about, alone", "It gives a ~2x speedup and uses ~30% less memory.", "It gives a ~2x speedup and uses ~30% less memory."},
		{"about beside a strikethrough", "about ~2x and ~~struck~~ text", `about \~2x and \~&#126;struck\~\~ text`},
		{"tilde in a URL", "see https://x.org/~a/~~b", "see https://x.org/~a/~~b"},
		{"entity", "a &amp; b & c", `a \&amp; b & c`},
		{"url verbatim", "see https://github.com/a/schedule_free).", "see https://github.com/a/schedule_free)."},
		{"url mid-word escaped", "x:https://a.b/c_d", `x:https://a.b/c\_d`},
		// An address links as itself (GFM's autolinks), and the paragraph's
		// math stays math: it was escaped as text, the address taken for
		// markup.
		{"email with math", "We show $O(n)$ time. Contact: a.b@c.org", "We show $O(n)$ time. Contact: a.b@c.org"},
		{"email with an underscore", "Contact first_last@x.org (or a_b.c-d@e-f.org).", "Contact first_last@x.org (or a_b.c-d@e-f.org)."},
		{"underscore not inside an address's word", "x._y@z.org, _a@b.org and a_@b.org", `x.\_y@z.org, \_a@b.org and a\_@b.org`},
		// Another generator's template tag would stop the build.
		{"liquid", "in Jinja, {% for m in messages %}{{ m.content }}{% endfor %} or {%- if x -%}", "in Jinja, &#123;% for m in messages %}&#123;{ m.content }}&#123;% endfor %} or &#123;%- if x -%}"},
		{"hugo and zola", "{{% notice %}} {{< figure >}} {{ youtube(id=\"x\") }}", "&#123;&#123;% notice %}} &#123;{\\< figure \\>}} &#123;{ youtube(id=\"x\") }}"},
		{"kramdown", "a {: .class} b {:toc}", "a &#123;: .class} b &#123;:toc}"},
		{"escaped brace", `\{% x %\} {\% y \%}`, `&#123;% x %\} &#123;\% y \%}`},
		{"brace kept", "a {b} {x}% {\\bf y}", "a {b} {x}% {\\bf y}"},
		{"tag in math kept", "$\\{{x}\\}$ and $a_{{%}}$", "$\\{{x}\\}$ and $a_{{%}}$"},
		{"crlf", "a\r\nb", "a b"},
		{"tie at a line end", "see Fig.~\n3 and x ~\ny and a~~\nb", "see Fig.~3 and x ~ y and a~~ b"},
		{"empty", "  \n ", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Abstract(tt.in); got != tt.want {
				t.Errorf("Abstract(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// renderer is the build's Markdown renderer.
func renderer() *markdown.Renderer { return markdown.New(markdown.Options{}) }

var tagRE = regexp.MustCompile(`</?[a-zA-Z][^>]*>`)

// rendersLiterally checks that Abstract(in) renders to the text of in: the
// Markdown constructs stay literal, only backslash pairs of ASCII
// punctuation lose their backslash (as any Markdown does) and ~ pairs may
// strike through (tex.Plain turns only a lone ~ between two characters
// that are not white space into a non-breaking space).
func rendersLiterally(t *testing.T, md *markdown.Renderer, in string) {
	t.Helper()
	rendersLiterallyAfter(t, md, in, func(s string) string { return s })
}

// rendersLiterallyAfter is rendersLiterally with the Markdown passed
// through prepare first, as the build passes it through tex.Plain.
func rendersLiterallyAfter(t *testing.T, md *markdown.Renderer, in string, prepare func(string) string) {
	t.Helper()
	src := prepare(Abstract(in))
	out, err := md.Render([]byte(src))
	if err != nil {
		t.Fatal(err)
	}
	got := html.UnescapeString(tagRE.ReplaceAllString(string(out.HTML), ""))
	got = strings.Join(strings.Fields(got), " ")
	want := strings.Join(Paragraphs(in), " ")
	want = regexp.MustCompile(`\\([!-/:-@\[-`+"`"+`{-~])`).ReplaceAllString(want, "$1")
	// Display math becomes its own block, so white space may move; and a
	// backslash before other text is the renderer's to keep or drop.
	strip := strings.NewReplacer(`\`, "", " ", "")
	got, want = strip.Replace(got), strip.Replace(want)
	if got != want {
		t.Errorf("Abstract(%q) renders as\n%q, want\n%q\n(markdown %q)", in, got, want, src)
	}
}

// TestAbstractLinksAddresses: a bare address with an underscore in it is
// linked, as one without is (GFM's autolinks), where its escaped
// underscore kept it text.
func TestAbstractLinksAddresses(t *testing.T) {
	out, err := renderer().Render([]byte(Abstract("Write to first_last@x.org or (a.b_c@d-e.org) today.")))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<a href="mailto:first_last@x.org">first_last@x.org</a>`, `(<a href="mailto:a.b_c@d-e.org">a.b_c@d-e.org</a>)`} {
		if !strings.Contains(string(out.HTML), want) {
			t.Errorf("the abstract renders as\n%s\nwant it to hold %s", out.HTML, want)
		}
	}
}

func TestAbstractRendersLiterally(t *testing.T) {
	md := renderer()
	for _, in := range []string{
		"a_b_c *x* **y** <div>hi</div> [link](http://x.y) `code` | col |",
		"# head\n  - item\n  1. one\n  > quote",
		"math $a_1 * b_2 < c$ and $$\\sum_i x_i$$ and $5 and $6",
		`\"Ust\"un 54.6\% \textsc{AI} G\_{stack} &amp; &#42;`,
		"see https://github.com/facebookresearch/schedule_free and (https://x.org/a_b).",
		"mail first_last@x.org, _a@b.org, a_@b.org, x._y@z.org or (a_b_c@d.org_e) *a_b@c.org* _d_e@f.org_",
		"Jinja {% for m in messages %}{{ m.content }}{% endfor %}, Hugo {{% notice %}} {{< figure >}}, Zola {{ youtube(id=\"x\") }}, kramdown {: .c} {:toc}",
	} {
		rendersLiterally(t, md, in)
	}
	files, _ := filepath.Glob("testdata/*.json")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`"summary": ("(?:[^"\\]|\\.)*")`).FindAllSubmatch(data, -1) {
			s, err := unquoteJSON(m[1])
			if err != nil {
				t.Fatal(err)
			}
			rendersLiterally(t, md, s)
		}
	}
}

// TestAbstractStrikesNothing: tildes in an abstract render as the
// submitter wrote them through the build's path (tex.Plain, then the
// renderer), never as strikethrough, which the page showed struck and
// the descriptions left out ("Latency drops from to 80 ms"); a TeX tie
// is still a no-break space.
func TestAbstractStrikesNothing(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Latency drops from ~~120 ms~~ to 80 ms.", "<p>Latency drops from ~~120 ms~~ to 80 ms.</p>\n"},
		{"a ~~struck~~ b ~x~ c ~~~ d", "<p>a ~~struck~~ b ~x~ c ~~~ d</p>\n"},
		{"~~~\ncode\n~~~", "<p>~~~ code ~~~</p>\n"},
		{"~2x and 3x~ faster, ~30% less", "<p>~2x and 3x~ faster, ~30% less</p>\n"},
		{"~~{x}~~ ~n ~é", "<p>~~{x}~~ ~n ~é</p>\n"},
		{"Fig.~3 and 3~5 by Smith~et~al., (~100B) ~n ~{x} ~é", "<p>Fig.\u00a03 and 3\u00a05 by Smith\u00a0et\u00a0al., (~100B) ~n ~{x} ~é</p>\n"},
	} {
		md := Abstract(tt.in)
		out, err := renderer().Render([]byte(tex.Plain(md)))
		if err != nil {
			t.Fatal(err)
		}
		if string(out.HTML) != tt.want {
			t.Errorf("Abstract(%q) = %q, which renders as %q, want %q", tt.in, md, out.HTML, tt.want)
		}
	}
}

// FuzzAbstractStrikesNothing: whatever a submitter writes, the imported
// abstract renders, through the build's path, with no strikethrough
// (TestAbstractStrikesNothing).
func FuzzAbstractStrikesNothing(f *testing.F) {
	for _, s := range []string{"from ~~120 ms~~ to 80", "a ~b~ c", "~~~ x", "Fig.~3 ~~a~~ 3~5", "~{x}~ ~\\a~", "(~1~) ~~é~~", "$x$ ~~y~~ $z$", "~2x and ~30%", "~2x to 3x~", "a~~ b ~c"} {
		f.Add(s)
	}
	md := renderer()
	f.Fuzz(func(t *testing.T, in string) {
		out := Abstract(in)
		res, err := md.Render([]byte(tex.Plain(out)))
		if err != nil {
			return
		}
		if strings.Contains(string(res.HTML), "<del>") {
			t.Fatalf("Abstract(%q) = %q, which renders struck through: %s", in, out, res.HTML)
		}
	})
}

// FuzzAbstractInert: whatever a submitter writes, backslashes, dollars and
// \( included, the imported abstract parses as text and math only, never
// raw HTML, a link or an image (markdown.Renderer.Inert).
func FuzzAbstractInert(f *testing.F) {
	for _, s := range []string{`\(x$$\) <img src=x onerror=y> ![](https://t.example/p.gif) [click](https://p.example) $$ in detail.`,
		`A line break \\$<img src=x onerror=y>$ then text.`, `\\(x\) <b>`, `$x\\$ <i>`, `\$$<b>$$`, "a $$\n<b>\n$$", `\(\(<a href=x>\)`, "_a_b@c.org_ $x$ *d_e@f.org*",
		"~~120 ms~~ ~x~ ~~~ a~b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		if out := Abstract(in); !inertRenderer().Inert([]byte(out)) {
			t.Fatalf("Abstract(%q) = %q, which parses as markup", in, out)
		}
	})
}

// TestAbstractBuilds: an abstract quoting another generator's template
// tags (Jinja's {% for %} in a paper on chat templates, Hugo's
// {{% notice %}}, Zola's {{ youtube(id=…) }}, kramdown's {: .class}) is
// escaped so that the build's check, run on it as the build runs it
// (after tex.Plain), finds no tag: the import wrote it as it came, and
// the next build refused the paper.
func TestAbstractBuilds(t *testing.T) {
	for _, in := range []string{
		"Chat templates are written in Jinja, e.g. {% for message in messages %}{{ message.content }}{% endfor %}.",
		"{{% notice %}} {{< figure src=\"x.png\" >}} {{ youtube(id=\"x\") }} {% note() %} x {% end %}",
		"{{ site.baseurl }} {{ 'x' | relative_url }} {% include a.html %} {% raw %}",
		"{: .class} {:toc} {::comment} x {:/comment} {: #id}",
		`\{% for x %\} {\% if y \%} {\{ page.title }} \{\{< x >}}`,
		"$x$ then {% for %} and $$y$$ {{ site.url }}",
		"math the renderer reads otherwise: $5 {% for x %} $",
	} {
		md := Abstract(in)
		if found := renderer().Check(tex.Plain(md), md).Shortcodes; len(found) > 0 {
			t.Errorf("Abstract(%q) = %q, in which the build finds %s %s", in, md, found[0].Of, found[0].Text)
		}
	}
}

// FuzzAbstractBuilds: whatever a submitter writes, the build's check finds
// no other generator's template tag in the imported abstract, which
// would stop the build (TestAbstractBuilds).
func FuzzAbstractBuilds(f *testing.F) {
	for _, s := range []string{"{% for m in ms %}{{ m }}{% endfor %}", "{{% x %}} {{< y >}}", "{: .c}", `\{% x %\}`, `{\% x \%}`, "$a$ {% if %} $b"} {
		f.Add(s)
	}
	md := renderer()
	f.Fuzz(func(t *testing.T, in string) {
		if !isPrintable(in) {
			return
		}
		out := Abstract(in)
		if found := md.Check(tex.Plain(out), out).Shortcodes; len(found) > 0 {
			t.Fatalf("Abstract(%q) = %q, in which the build finds %s %s", in, out, found[0].Of, found[0].Text)
		}
	})
}

func FuzzAbstract(f *testing.F) {
	for _, s := range []string{"a_b $x_1$ <b>", "- x\n  1. y", "$$a$$ $ b $", "\\", "[^1]: x", "https://a.b/c_d_e", "a_b@c.org *d_e@f.org* _g_h@i.org_ (j_k@l-m.org)"} {
		f.Add(s)
	}
	md := renderer()
	f.Fuzz(func(t *testing.T, in string) {
		if strings.ContainsAny(in, "~\x00") || !isPrintable(in) {
			return // ~ is TeX's, left to the build; control bytes are not text
		}
		rendersLiterally(t, md, in)
	})
}

// FuzzAbstractBuild is FuzzAbstract through the build's own path, which
// rewrites TeX-isms (tex.Plain) before rendering: text free of TeX (no
// backslash, tie, dashes or quotes) must still render as it came.
func FuzzAbstractBuild(f *testing.F) {
	for _, s := range []string{"x `y` z", "a ``b`` c", "`code` and *em* _u_", "a $b$ <c> [d](e) | f |", "{x} & #y"} {
		f.Add(s)
	}
	md := renderer()
	f.Fuzz(func(t *testing.T, in string) {
		if strings.ContainsAny(in, "\\~\x00") || strings.Contains(in, "--") || strings.Contains(in, "''") || !isPrintable(in) {
			return
		}
		rendersLiterallyAfter(t, md, in, tex.Plain)
	})
}

func isPrintable(s string) bool {
	for _, r := range s {
		if r < ' ' && r != '\n' || r == 0x7f || r == 0xfffd || r > 0x7e {
			return false
		}
	}
	return true
}
