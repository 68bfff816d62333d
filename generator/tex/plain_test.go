package tex

import (
	"bytes"
	"strings"
	"testing"

	"github.com/gohugoio/hugo-goldmark-extensions/passthrough"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

func TestPlain(t *testing.T) {
	tests := []struct {
		in, want string
	}{
		// Ordinary text stays byte-identical.
		{"", ""},
		{"A state-of-the-art model's results (n=5): 3 < 4 & 5 > 2.", "A state-of-the-art model's results (n=5): 3 < 4 & 5 > 2."},
		{"Unicode: naïve café — “ok”", "Unicode: naïve café — “ok”"},
		{"{braces} stay, and so does \\unknown{x}", "{braces} stay, and so does \\unknown{x}"},
		{"The \\LaTeX{} and \\TeX\\ engines", "The LaTeX and TeX engines"},
		// TeX's thin and medium spaces in prose are the spaces Unicode
		// writes for them in math; \! is Markdown's escaped "!".
		{"5\\,km at 10\\,000 steps", "5\u202fkm at 10\u202f000 steps"},
		{"a\\:b and a\\;b", "a b and a b"},
		{"\\![not an image](x)", "\\![not an image](x)"},
		{"`5\\,km` and $5\\,\\mathrm{km}$", "`5\\,km` and $5\\,\\mathrm{km}$"},
		// Raw HTML stays as CommonMark reads it: a comment stays a comment,
		// and attributes keep their dashes; text around it is converted.
		{"a -- b <!-- note -- private --> c -- d", "a – b <!-- note -- private --> c – d"},
		{"<!--more-->\n\nRest -- here", "<!--more-->\n\nRest – here"},
		{"x <!-- never closed -- at all", "x <!-- never closed -- at all"},
		{"<!--> a -- b <!---> c -- d", "<!--> a – b <!---> c – d"},
		{`<div class="callout--warning" style='--accent: red' data-x=a--b hidden>`, `<div class="callout--warning" style='--accent: red' data-x=a--b hidden>`},
		{"<span\n  title=\"a--b\"/> and </span > -- x", "<span\n  title=\"a--b\"/> and </span > – x"},
		// What is not a tag is text.
		{"3 <-- 4 and x<y -- z and <3 -- a and <a title=\"x--y> -- b", "3 <-- 4 and x<y – z and <3 – a and <a title=\"x–y> – b"},
		// Markdown structure made of dashes stays.
		{"| a | b |\n|---|:--:|\n| 1--2 | x |\n", "| a | b |\n|---|:--:|\n| 1–2 | x |\n"},
		{"text\n\n---\n\nmore -- here", "text\n\n---\n\nmore – here"},
		{"Title\n===\n", "Title\n===\n"},
		{"a --- b", "a — b"},
		// Escapes.
		{`61.08\%`, "61.08%"},
		{`AT\&T`, "AT&T"},
		{`\&amp; stays escaped`, `\&amp; stays escaped`},
		{`\&#38;`, `\&#38;`},
		{`costs \$5 and \$10`, `costs \$5 and \$10`},
		{`a\ b`, "a b"},
		// Spaces and dashes.
		{`Fig.~3`, "Fig.\u00a03"},
		// A tie is a lone ~ between two characters that are not white
		// space; every other run of tildes is Markdown's strikethrough or text.
		{`Smith~et~al. in Fig.~$3$ and \emph{a}~b`, "Smith\u00a0et\u00a0al. in Fig.\u00a0$3$ and *a*\u00a0b"},
		{"Schrödinger~équation (~x~)", "Schrödinger\u00a0équation (\u00a0x\u00a0)"},
		{"~~struck~~ and a ~~b c~~ d", "~~struck~~ and a ~~b c~~ d"},
		{"a~~b~~c -- and a ~b~ c", "a~~b~~c – and a ~b~ c"},
		{"~3x faster, ~ alone, x ~y, end~", "~3x faster, ~ alone, x ~y, end~"},
		// "About" a number after an opening bracket or quote is no tie.
		{"a model (~100B parameters) [~5%] \"~3x\" and (~x~) of~10", "a model (~100B parameters) [~5%] \"~3x\" and (\u00a0x\u00a0) of\u00a010"},
		// A straight quote after a word closes it: its ~ is a tie.
		{"the ``best''~3 and 12\"~4, ('~5) and '~6", "the “best”\u00a03 and 12\"\u00a04, ('~5) and '~6"},
		{"~start and line~\nnext", "~start and line~\nnext"},
		{"a~~~b ~~~~ c", "a~~~b ~~~~ c"},
		{`\~~x and \~{n}~y`, "\\~~x and ñ\u00a0y"},
		// Link destinations and autolinks are copied; link text is prose.
		{"[Smith~et~al.](/~me/a--b) and ![x--y](img~1.png \"a--b\")", "[Smith\u00a0et\u00a0al.](/~me/a--b) and ![x–y](img~1.png \"a–b\")"},
		{"[a](<../~x y/>) [b](/p(a~b)c) [c]( /~d) [d] (e~f)", "[a](<../~x y/>) [b](/p(a~b)c) [c]( /~d) [d] (e\u00a0f)"},
		{"<mailto:a~b@x.org> <a~b@x.org> <ftp://x/~y> <b~c> <x:~y>", "<mailto:a~b@x.org> <a~b@x.org> <ftp://x/~y> <b\u00a0c> <x:\u00a0y>"},
		{"](", "]("},
		{"a]b", "a]b"},
		{`pages 1--10`, "pages 1–10"},
		{`yes---no`, "yes—no"},
		{`a - b`, "a - b"},
		// Accents.
		{`Schr\"odinger`, "Schrödinger"},
		{`Schr\"{o}dinger`, "Schrödinger"},
		{`Schr{\"o}dinger`, "Schrödinger"},
		{`Schr{\"{o}}dinger`, "Schrödinger"},
		{"\\'el\\`{e}ve \\^ot\\'e Li{\\`e}ge", "élève ôté Liège"},
		// A bare \` is Markdown's escaped backtick, as the importers write
		// backticks; escaped ``quotes'' still curl.
		{"x \\`y\\` z", "x \\`y\\` z"},
		// An accent goes on a letter; before anything else it is a Markdown
		// escape, such as an importer's escaped list marker.
		{"0\\.\n\n1\\. x \\'. \\\"1", "0\\.\n\n1\\. x \\'. \\\"1"},
		{`we term \textsc{AIEV-Instruct} and \texttt{run\_all} in \mbox{one--two}`, "we term AIEV-Instruct and run\\_all in one–two"},
		{`\textsc{unclosed`, `\textsc{unclosed`},
		{"a \\`\\`real-time'' system", "a “real-time” system"},
		{"\\`\\`a'' and \\`\\`b''", "“a” and “b”"},
		{"\\`\\`open only", "\\`\\`open only"},
		{`Espa\~na`, "España"},
		{`Nguy\~{\^e}n V\u{a}n, {\~{\^E}}, \'{\^{o}}`, "Nguyễn Văn, Ễ, ố"}, // stacked, as arXiv writes Vietnamese
		{`x \~\^e`, `x \~ê`},                                               // unbraced, the outer accent is left as it is
		{`gar\c{c}on gar\c con`, "garçon garçon"},
		{`\v{S}koda Dvo\v{r}\'ak`, "Škoda Dvořák"},
		{`Erd\H{o}s`, "Erdős"},
		{`Stra\ss e \ss{}`, "Straße ß"},
		{`Bj\o rn {\O}sterby`, "Bjørn Østerby"},
		{`\aa ngstr\"om \AA`, "ångström Å"},
		{`\ae sthetics \oe uvre \OE{} \AE \AE`, "æsthetics œuvre Œ ÆÆ"},
		{`\L\'od\'z`, "Łódź"},
		{`na\"{\i}ve \'\i`, "naïve í"},
		{`\={a} \.{z} \u{a} \r{u} \k{a}`, "ā ż ă ů ą"},
		{`\"`, `\"`},
		{`\"{}`, `\"{}`},
		// Symbols of text mode.
		{`See \S 3 and \S\S 4--5, \copyright{} 2024 Ada\dag, 5\textdegree C, \euro 3.`, "See §3 and §§4–5, © 2024 Ada†, 5°C, €3."},
		// Emphasis, links and quotes.
		{`{\em very} good`, "*very* good"},
		{`{\it italic} and {\sl slanted}`, "*italic* and *slanted*"},
		{`\emph{new} \textit{it}`, "*new* *it*"},
		{`\emph{ spaced }`, " *spaced* "},
		{`\emph{}`, ""},
		{`\textbf{bold} {\bf b}`, "**bold** **b**"},
		{`\emph{Schr\"odinger's} cat`, "*Schrödinger's* cat"},
		{`\url{https://github.com/a/b}`, "<https://github.com/a/b>"},
		{`\url{github.com/x_y}`, `[github.com/x\_y](https://github.com/x_y)`},
		{`\url{https://x.org/a\%20b}`, "<https://x.org/a%20b>"},
		{`\url{<script>}`, `\<script\>`},
		{`\href{https://x.org}{our \emph{site}}`, "[our *site*](https://x.org)"},
		{`\href{https://x.org/a_(b)}{t}`, `[t](https://x.org/a_\(b\))`},
		{`\href{javascript:alert(1)}{click}`, "click"},
		{`\href{https://x.org}{[x]}`, `[\[x\]](https://x.org)`},
		{"``quoted''", "“quoted”"},
		{"it's ``a'' and ``b''", "it's “a” and “b”"},
		{"``a ``b''", "``a ``b''"}, // a code span, as Markdown reads it
		{"{\\em ``a''} ``b", "*“a”* ``b"},
		{"don't '' touch", "don't '' touch"},
		{`\ldots and \dots{}`, "… and …"},
		// Spans copied through.
		{`$a--b~c \% \"o$ and -- x`, `$a--b~c \% \"o$ and – x`},
		{`$$\frac{a}{b}--$$ -- x`, `$$\frac{a}{b}--$$ – x`},
		{`$x \$ y$ -- z`, `$x \$ y$ – z`},
		{"a lone $ sign -- here", "a lone $ sign – here"},
		// \(…\) is math too, up to the next \) of its paragraph.
		{`\(\mathcal{L}_\text{DPO}\) and \(a~b--c\) -- x`, `\(\mathcal{L}_\text{DPO}\) and \(a~b--c\) – x`},
		{"\\(x--y\\) \\\\(\\text{a}\\)", "\\(x--y\\) \\\\(a\\)"}, // \\( is an escaped backslash, no math
		{"\\(a--b\n\nc--d\\) -- \\(e--f\\)", "\\(a–b\n\nc–d\\) – \\(e--f\\)"},
		// Display math as LaTeX writes it, on lines of its own, is $$ math.
		{"a -- b\n\\[\nx~y--z\n\\]\nc -- d", "a – b\n$$\nx~y--z\n$$\nc – d"},
		{"  \\[ \n  x--y\n  \\] ", "  $$ \n  x--y\n  $$ "},
		{"\\begin{align*}\nx &= a--b \\\\\n\\end{align*}\n\n-- x", "$$\\begin{align*}\nx &= a--b \\\\\n\\end{align*}$$\n\n– x"},
		{"\\begin{equation} E = mc^2 \\end{equation}", "$$\\begin{equation} E = mc^2 \\end{equation}$$"},
		{"a\n\n\\[ x--y \\]\n\nb -- c", "a\n\n$$ x--y $$\n\nb – c"},
		{"a\n\\[ x--y \\]", "a\n\\[ x–y \\]"},
		{"\\[1\\]\nb", "\\[1\\]\nb"},
		// A fenced block of language math is display math, as on GitHub.
		{"a\n```math\nx--y \\\\\n```\nb -- c", "a\n$$\nx--y \\\\\n$$\nb – c"},
		{"  ~~~~ math \n  a--b\n  ~~~~~\n", "  $$\n  a--b\n  $$\n"},
		{"```math\n```", "$$\n$$"},
		{"root $`\\sqrt{3}`$ and $`a_1`$--b", "root $\\sqrt{3}$ and $a_1$–b"},          // GitHub's inline math
		{"H~2~O, CO~2~ and 10^-3^ or 2^10^; (a)^2^", "H₂O, CO₂ and 10⁻³ or 2¹⁰; (a)²"}, // pandoc's
		{"An area of 10^6^ m", "An area of 10⁶ m"},                                     // nothing else Plain converts
		// LaTeX lists on lines of their own are Markdown's, line for line.
		{"We propose:\n\\begin{itemize}\n\\item First -- point\n  continued \\emph{here}\n  \\item Second\n\\end{itemize}\nDone.", "We propose:\n\n- First – point\n  continued *here*\n- Second\n\nDone."},
		{"\\begin{enumerate}\n\\item A\n\\item B\n\\end{enumerate}", "\n1. A\n1. B\n"},
		{"\\begin{itemize}\ntext\n\\item A\n\\end{itemize}", "\\begin{itemize}\ntext\n\\item A\n\\end{itemize}"},             // text before the first item
		{"\\begin{description}\n\\item[a] A\n\\end{description}", "\\begin{description}\n\\item[a] A\n\\end{description}"},   // not a kind it makes
		{"\\begin{itemize}\n\\item A\n\n\\item B\n\\end{itemize}", "\\begin{itemize}\n\\item A\n\n\\item B\n\\end{itemize}"}, // a blank line
		{"\\begin{itemize}\n\\item A", "\\begin{itemize}\n\\item A"},                                                         // never closed
		{"Table~1~and Figs.~1~and~2, a ~2~ b, x~12345~Y, 10^6 and 2^^ and a^2^^", "Table\u00a01\u00a0and Figs.\u00a01\u00a0and\u00a02, a ~2~ b, x\u00a012345\u00a0Y, 10^6 and 2^^ and a^2^^"},
		{"$`a$b`$ and $``$ and `$x$`", "$`a$b`$ and $``$ and `$x$`"},
		{"```math\na--b", "```math\na--b"},                         // left open: code
		{"```math\n$$a$$\n```", "```math\n$$a$$\n```"},             // holds $$: code
		{"````math\na\n```\n````", "$$\na\n```\n$$"},               // a shorter fence is its text
		{"```mathematica\na--b\n```", "```mathematica\na--b\n```"}, // another language
		// So is one in a list item or a block quote, its markers kept.
		{"- loss:\n- ```math\n  a--b\n  ```\n- c -- d", "- loss:\n- $$\n  a--b\n  $$\n- c – d"},
		{"> ```math\n> a--b\n> ```\nc -- d", "> $$\n> a--b\n> $$\nc – d"},
		{"- ```math\n  a--b\n\n  ```\n- c -- d", "- ```math\n  a--b\n\n  ```\n- c – d"}, // a blank line: code
		{"> ```math\n> a--b\n>\n> c\n> ```", "> ```math\n> a--b\n>\n> c\n> ```"},
		{"```math\na = b\n\nc = d\n```", "```math\na = b\n\nc = d\n```"},
		{"> 1. ~~~ math\n>    a\n>    ~~~\n", "> 1. $$\n>    a\n>    $$\n"},
		{"- ```math\n  a--b\nc--d\n```", "- ```math\n  a--b\nc–d\n```"},     // the item ends first: code
		{"> ```go\n> a--b\n> ```\n> c--d", "> ```go\n> a--b\n> ```\n> c–d"}, // code in a quote is copied
		// Elsewhere \[ is an escaped bracket and \begin{align} prose.
		{"\\[1\\] and \\[\nx--y\n\n\\]", "\\[1\\] and \\[\nx–y\n\n\\]"},
		{"\\[\na--b\n\n\\]", "\\[\na–b\n\n\\]"},
		{"\\[\n\\[\na\n\\]", "\\[\n$$\na\n$$"},
		{"text\n\n    \\[\n    a--b\n    \\]", "text\n\n    \\[\n    a--b\n    \\]"}, // indented code
		{"1. Loss:\n    \\[\n    a--b\n    \\]", "1. Loss:\n    $$\n    a--b\n    $$"},
		{"> \\begin{align}\n> a--b\n> \\end{align}\n", "> $$\\begin{align}\n> a--b\n> \\end{align}$$\n"}, // in containers
		{"- \\begin{equation}\n  a--b\n  \\end{equation}", "- $$\\begin{equation}\n  a--b\n  \\end{equation}$$"},
		{"> - \\[\n>   a--b\n>   \\]", "> - $$\n>   a--b\n>   $$"},
		{"- \\[ a--b \\]\n- c", "- $$ a--b $$\n- c"},
		{"> text\n> \\[ a--b \\]", "> text\n> \\[ a–b \\]"}, // in a sentence: escaped brackets
		{"- \\[\na--b\n\\]", "- \\[\na–b\n\\]"},             // the item ends first: text
		{"> \\begin{align}\na--b\n\\end{align}", "> \\begin{align}\na–b\n\\end{align}"},
		{"see \\begin{align} x -- y \\end{align} here", "see \\begin{align} x – y \\end{align} here"},
		{"\\begin{tabular}\na--b\n\\end{tabular}", "\\begin{tabular}\na–b\n\\end{tabular}"},
		{`prices $5 -- $10 \% off`, `prices $5 – $10 % off`}, // "$5 -- $" is no math: it ends with a space
		{"$x$2 -- y", "$x$2 – y"},
		{"`code -- ~` -- x", "`code -- ~` – x"},
		{"``code -- x`` -- y", "``code -- x`` – y"},
		{"a\n```go\nx -- ~y\n```\nb -- c", "a\n```go\nx -- ~y\n```\nb – c"},
		{"~~~\nx--\n", "~~~\nx--\n"},
		{"see https://x.org/~a--b, ok -- yes", "see https://x.org/~a--b, ok – yes"},
		{"see <https://x.org/~u> -- yes", "see <https://x.org/~u> – yes"},
		// A command line's options keep their two hyphens.
		{"run with --fp16 (--batch-size 8), pages 10--20", "run with --fp16 (--batch-size 8), pages 10–20"},
		{"--lr 3e-4 -- then a--b and $x$--b", "--lr 3e-4 – then a–b and $x$–b"},
		// So do an ASCII arrow's.
		{"tokenizer --> encoder, decoder <-- loss, a <--> b, x ---> y", "tokenizer --> encoder, decoder <-- loss, a <--> b, x ---> y"},
		{"a -- > b and a< -- b", "a – > b and a< – b"},
	}
	for _, tt := range tests {
		if got := Plain(tt.in); got != tt.want {
			t.Errorf("Plain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPlainMarkdown renders Plain's output with goldmark and the passthrough
// extension the site uses for math, checking that what Plain writes means
// in Markdown what the TeX meant.
func TestPlainMarkdown(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(extension.Strikethrough, passthrough.New(passthrough.Config{
		InlineDelimiters: []passthrough.Delimiters{{Open: "$", Close: "$"}, {Open: `\(`, Close: `\)`}},
		BlockDelimiters:  []passthrough.Delimiters{{Open: "$$", Close: "$$"}},
	})))
	tests := []struct {
		in, want string
	}{
		{`costs \$5 and \$10`, "<p>costs $5 and $10</p>\n"},
		{"a \\`\\`real-time'' x \\`y\\`", "<p>a “real-time” x `y`</p>\n"},
		{`\&amp; and AT\&T`, "<p>&amp;amp; and AT&amp;T</p>\n"},
		{`{\em very} \textbf{bold}`, "<p><em>very</em> <strong>bold</strong></p>\n"},
		{`\url{https://x.org/}`, "<p><a href=\"https://x.org/\">https://x.org/</a></p>\n"},
		{`\href{https://x.org}{x}`, "<p><a href=\"https://x.org\">x</a></p>\n"},
		{`\url{<b>x</b>}`, "<p>&lt;b&gt;x&lt;/b&gt;</p>\n"},
		{`\url{github.com/a_b_c}`, "<p><a href=\"https://github.com/a_b_c\">github.com/a_b_c</a></p>\n"},
		{"~~struck~~ in Fig.~3", "<p><del>struck</del> in Fig.\u00a03</p>\n"},
		{"a ~b~ c and Smith~et~al.", "<p>a <del>b</del> c and Smith\u00a0et\u00a0al.</p>\n"},
		{"~3x, ~~1~~ 2x and a~~~b", "<p>~3x, <del>1</del> 2x and a~~~b</p>\n"},
		{`\(\hat{y}_\text{DPO}\) and \(a~b\)`, "<p>\\(\\hat{y}_\\text{DPO}\\) and \\(a~b\\)</p>\n"},
		{"We have\n\\[\nx_1 = y_2\n\\]\nfor all \\[x\\].", "<p>We have\n</p>\n$$\nx_1 = y_2\n$$\n<p>\nfor all [x].</p>\n"},
		{"[me](/~me/--x) <https://x.org/~a>", "<p><a href=\"/~me/--x\">me</a> <a href=\"https://x.org/~a\">https://x.org/~a</a></p>\n"},
	}
	for _, tt := range tests {
		var buf bytes.Buffer
		if err := md.Convert([]byte(Plain(tt.in)), &buf); err != nil {
			t.Fatal(err)
		}
		if got := buf.String(); got != tt.want {
			t.Errorf("goldmark(Plain(%q)) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestPlainNoHTML checks that Plain never writes a < that was not in its
// input, other than the one opening an autolink.
func TestPlainNoHTML(t *testing.T) {
	for _, in := range []string{`\url{https://a.b/}`, `\href{https://a.b}{<i>x</i>}`, `{\em <b>}`, `\"<`} {
		got := Plain(in)
		if strings.Count(got, "<") > strings.Count(in, "<")+strings.Count(in, `\url`) {
			t.Errorf("Plain(%q) = %q, adds a <", in, got)
		}
	}
}

func TestPlainDeepGroups(t *testing.T) {
	in := strings.Repeat(`\emph{`, 10000) + "x" + strings.Repeat("}", 10000)
	got := Plain(in)
	if !strings.Contains(got, `\emph{\emph{x}}`) || !strings.HasSuffix(got, "}"+strings.Repeat("*", maxPlainDepth)) {
		t.Errorf("Plain(deep emphasis) = %.80q…, want the deep part copied through", got)
	}
}
