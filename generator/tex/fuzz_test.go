package tex

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// mathSeeds are math sources like those in arXiv abstracts, plus hostile ones.
var mathSeeds = []string{
	`x^2`, `\alpha_i' + \beta''_{j}^{2}`, `\frac{1}{2}\sqrt[3]{x}`, `\sum_{i=1}^{n} x_i`,
	`\mathbb{R}^{d} \mathcal{L} \mathrm{d}x`, `\sin x + \log(n)`, `\operatorname*{arg\,max}_\theta f`,
	`\left( \frac{a}{b} \right)`, `\left\{ x \middle| y \right.`, `\|x\|_2 |y| \langle a, b\rangle`,
	`\hat{x} \widetilde{abc} \overline{AB}`, `\text{if } x<y \& z`, `3.14 \times 10^{-3}`,
	`\begin{pmatrix} a & b \\ c & d \end{pmatrix}`, `\begin{aligned} a &= b \\ &\leq c \end{aligned}`,
	`\begin{cases} 1 & x > 0 \\ 0 & \text{otherwise} \end{cases}`, `\begin{array}{l|c} a & b \end{array}`,
	`\unknown x`, `{x`, `x}`, `x^2^3`, `\not\in`, `61.08\%`, `\sqrt[`, `\left(`, `\begin{matrix}`,
	`\text{`, `\text{\"o}`, `\operatorname{`, `\\[`, `x_`, `'`, `^'`, `\bigl(`, `\mathbb`, "\x00", "\xff",
	`<script>alert("x")</script>`, `&amp;`, `"`, `\xrightarrow[a]{b}`, `\overbrace{a}^{n}`,
	`\boxed{x}\cancel{y}\bcancel z\xcancel{}`, `{\color{red} x} \color{#f00} \textcolor[rgb]{1,0,0}{y}`, `\color`,
	`a\phantom{b}\hphantom{c}\vphantom`, `\sum_{\substack{i<j\\ i\neq k\\}}`, `\substack{`,
	`\SI[x]{3.5e-2}{\giga\hertz\per\square\metre\cubed}`, `\si{kg.m^{-1}/s~\tothe{2}}`, `\num{e}`, `\si{\kilo}`,
	`a = |\Delta_t| + b`, `\lvert x\rvert \lVert y\rVert \vert z\Vert`, `\bigl| x \Bigr\| \bigg| \biggm|`, `\left\lvert x \right\rVert`, `\bigr`, `P(x)\log y |x|\sin_t z \rangle\max`,
	`\frac{1}{2\pi} \frac{1}{2}\pi \sqrt{2\pi} \sqrt{2}\pi \sqrt[3]{ab}`,
	strings.Repeat("{", 100) + strings.Repeat("}", 100), strings.Repeat(`\frac{`, 60),
	`f(x) = 1 \text{ if $x > 0$}`, `90^\circ + 37^{\circ}\mathrm{C} - f \circ g`, `\mbox{$`,
}

func FuzzMathML(f *testing.F) {
	for _, s := range mathSeeds {
		f.Add(s, false)
		f.Add(s, true)
	}
	f.Fuzz(func(t *testing.T, src string, display bool) {
		out := MathML(src, display)
		if !utf8.ValidString(out) {
			t.Fatalf("MathML(%q, %v) = %q, not valid UTF-8", src, display, out)
		}
		if err := checkMathML(src, display, out); err != nil {
			t.Fatalf("MathML(%q, %v) = %s: %v", src, display, out, err)
		}
		// check explains exactly the formulas the page shows as TeX.
		fellBack := strings.HasPrefix(out, `<code class="math-fallback">`)
		if why := Problem(src); fellBack != (why != "") {
			t.Fatalf("MathML(%q) fell back: %v, but Problem = %q", src, fellBack, why)
		}
	})
}

// FuzzLeftovers checks that the commands Leftovers finds in any prose
// are backslashes (or the fences of blocks of language math), in order,
// and that each gets a message quoting it.
func FuzzLeftovers(f *testing.F) {
	for _, s := range plainSeeds {
		f.Add(s)
	}
	f.Add(`\cite{a} \SI{3}{\giga\hertz} \SI{ \footnote{` + strings.Repeat("x", 50) + `} \alpha \method{}`)
	f.Add(`as \begin{equation} x \end{equation}, \end{align} and \begin{align*} y \end{align} \end{align*} \end{`)
	f.Fuzz(func(t *testing.T, in string) {
		prev := -1
		for _, at := range Leftovers(in) {
			if at <= prev || at >= len(in) || !strings.Contains("\\`~", in[at:at+1]) {
				t.Fatalf("Leftovers(%q) gives %d after %d, not a later backslash or fence", in, at, prev)
			}
			prev = at
			if in[at] != '\\' {
				if line := in[at:eol(in, at)]; !strings.Contains(line, "math") || !strings.HasPrefix(TextProblem(in, at), strings.TrimSpace(line)) {
					t.Fatalf("TextProblem(%q, %d) = %q, not about a fence of math", in, at, TextProblem(in, at))
				}
				continue
			}
			name, _ := commandName(in, at)
			if msg := TextProblem(in, at); !strings.HasPrefix(msg, `\`+name) {
				t.Fatalf("TextProblem(%q, %d) = %q, not about \\%s", in, at, msg, name)
			}
		}
	})
}

// plainSeeds are abstract-like prose with the TeX-isms Plain rewrites.
var plainSeeds = []string{
	"> \\begin{align}\n> a--b\n> \\end{align}\n- \\[ x \\]\n> - \\[\n>   y\n>   \\]\n- ```math\n  a\n\n  ```",
	`Schr\"odinger and 61.08\% -- a {\"o} \"{u} \'e \c{c} \v{s} \ss{} Stra\ss e \o\ \aa \ae`,
	"{\\em emph here} and \\emph{ x } and \\textbf{bold} ``quoted'' text --- yes~no",
	`math $a--b \% x$ and $$\frac{1}{2}$$ costs \$5 AT\&T \&amp;`,
	`\url{https://github.com/a/b} \url{github.com/x_y} \href{https://x.org}{the \emph{site}}`,
	"see https://x.org/~a--b and `code -- ~` and\n```\nfenced -- ~\n```\nafter -- x",
	"a\n\\[\nx--y\n\\]\n\\begin{align}\na \\\\ b\n\\end{align}\n    \\[\n\\begin{gather*} x \\end{gather*}",
	"```math\n\\frac{a}{b}\n```\n~~~ math\n$$\n~~~\n```math\nx", "```math",
	"> - ```math\n>   a\n>\n>   ```\n> x", "- ```math\n  a\nb\n  ```", "1. >", "> ```",
	`\(\text{a}~b--c\) \\(x\) \(\emph{y}`, "\\(a\n\nb\\) \\(c\\)",
	`The rule $f(x) = 1 \text{ if $x > 0$}$ holds, $\text{a$ and $b$, $\mbox{$x$} + \hbox{$`, "$\\text{a$ b.\n\nc} $x$",
	`\'\i \"{\i} \c c \v{S}`, `\href{`, `\url{`, `{\em`, `\emph{\emph{`, "``", "''", "$", "$$",
	"\\", "{\\\"}", "<b>&amp;</b>", "\xff\xfe", "~~~\n", "```", `\href{u}{`,
	"~~struck~~ in Fig.~3 by Smith~et~al., ~3x faster, a ~b~ c, a~~b~~~c (~x~) end~",
	"H~2~O, CO~2~, 10^-3^, Table~1~and, x~2~~, 2^^",
	"We:\n\\begin{itemize}\n\\item A -- b\n  c \\emph{d}\n\\item B\n\\end{itemize}\nx \\begin{enumerate} \\item y \\end{enumerate}",
	`at \SI{3}{\giga\hertz} and \si{\milli\second} -- \num{1e6}, \SI{`, `\SI{3}{`,
	"[Smith~et~al.](/~me/a--b) ![x](<a~b c>) <mailto:a~b@x.org> <a~b@x.org> <b~c>", "](", "]( ", "<", "<a:b",
}

// pandocScriptRE matches what may be a pandoc subscript or superscript of
// a number, which Plain writes in Unicode's (scripted).
var pandocScriptRE = regexp.MustCompile(`[~^][-+]?[0-9]{1,4}[~^]`)

// keptDashesRE matches where Plain may keep -- as written: before a
// command line's option's letter (--fp16) or in an arrow (-->).
var keptDashesRE = regexp.MustCompile(`--[a-z>]`)

func FuzzPlain(f *testing.F) {
	for _, s := range plainSeeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Plain(in)
		if utf8.ValidString(in) && !utf8.ValidString(out) {
			t.Fatalf("Plain(%q) = %q, not valid UTF-8", in, out)
		}
		// Plain adds no raw HTML: the only < it writes opens an autolink.
		if added := strings.Count(out, "<") - strings.Count(in, "<"); added > strings.Count(in, `\url`) {
			t.Fatalf("Plain(%q) = %q, adds %d <", in, out, added)
		}
		// Prose without commands, groups, math, code, URLs, links, lines
		// of rule marks (which may be Markdown's rules and table rows) or
		// pandoc's scripts of numbers (H~2~O) changes only in its dashes
		// and ties, outside indented code.
		if !strings.ContainsAny(in, "\\{$`<") && !strings.Contains(in, "~~~") && !strings.Contains(in, "](") &&
			!strings.Contains(in, "://") && !strings.Contains(in, "www.") && !hasRuleLine(in) && !pandocScriptRE.MatchString(in) &&
			verbatimBlocks(in) == nil && !keptDashesRE.MatchString(in) {
			want := strings.NewReplacer("---", "—", "--", "–").Replace(ties(in))
			if out != want {
				t.Fatalf("Plain(%q) = %q, want %q", in, out, want)
			}
		}
		// Indented code and <pre> blocks come out as they went in.
		for _, v := range verbatimBlocks(in) {
			if !strings.Contains(out, in[v.lo:v.hi]) {
				t.Fatalf("Plain(%q) = %q, want it to keep %q", in, out, in[v.lo:v.hi])
			}
		}
		// Math spans come out as they went in, GitHub's $`…`$ as $…$.
		if strings.HasPrefix(in, "$") && !strings.HasPrefix(in, "$$") {
			if end := mathSpan(in, 0); end > 1 && !strings.HasPrefix(out, backtickMath(in[:end])) {
				t.Fatalf("Plain(%q) = %q, want it to keep the math %q", in, out, backtickMath(in[:end]))
			}
		}
	})
}

// ties replaces each TeX tie in s, a ~ with a character on either side that
// is neither white space nor ~, by U+00A0; a ~ between an opening bracket
// or quote and a digit is "about", no tie.
func ties(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[i+1:])
		// "About" a number, after an opening bracket or quote, is no tie.
		about := strings.ContainsRune("([{“‘", before)
		if before == '"' || before == '\'' {
			open, _ := utf8.DecodeLastRuneInString(s[:i-1])
			about = i == 1 || unicode.IsSpace(open) || strings.ContainsRune("([{", open)
		}
		if s[i] == '~' && i > 0 && i+1 < len(s) && !tieBreaker(before) && !tieBreaker(after) && !(about && '0' <= after && after <= '9') {
			b.WriteString("\u00a0")
		} else {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// tieBreaker reports whether r next to a ~ keeps it from being a tie.
func tieBreaker(r rune) bool { return r == '~' || unicode.IsSpace(r) }

// hasRuleLine reports whether a line of s is one that Plain copies as a
// Markdown rule or table delimiter row.
func hasRuleLine(s string) bool {
	for i := 0; i < len(s); {
		if ruleLine(s, i) > i {
			return true
		}
		n := strings.IndexByte(s[i:], '\n')
		if n < 0 {
			break
		}
		i += n + 1
	}
	return false
}

// FuzzTitle checks that Title keeps valid UTF-8 valid, adds no markup,
// leaves a title without backslashes, backticks or tildes as it is, and
// leaves none of the spacing commands \, \: \; \! outside math ($…$ or
// \(…\), which it copies as written).
func FuzzTitle(f *testing.F) {
	for _, s := range []string{`\textsc{A}`, `{\"o}`, "``a''", `$\beta$-VAE`, `{\em {\bf x}}`, `\`, "{", `10\,000 \: \; \!`, "Fig.~3 (~5)", `\\, $a\,b$`, "H~2~O at 10^-3^", `\(a\,b\%\) 50\% \(x`, `\\(a\) \(`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Title(in)
		if utf8.ValidString(in) && !utf8.ValidString(out) {
			t.Fatalf("Title(%q) = %q, not valid UTF-8", in, out)
		}
		if strings.Count(out, "<") > strings.Count(in, "<") {
			t.Fatalf("Title(%q) = %q adds a <", in, out)
		}
		if !strings.ContainsAny(in, "\\`~") && !pandocScriptRE.MatchString(in) && out != in {
			t.Fatalf("Title(%q) = %q, want it unchanged", in, out)
		}
		if c := spacingCommand(out); c != "" && !strings.Contains(in, `\$`) { // \$ writes a $ that may open math
			t.Fatalf("Title(%q) = %q keeps %s", in, out, c)
		}
	})
}

// spacingCommand returns the first of the spacing commands \, \: \; \!
// in s outside its $…$ and \(…\) math, or "".
func spacingCommand(s string) string {
	for i := 0; i < len(s); {
		switch s[i] {
		case '$':
			i = mathSpan(s, i)
		case '\\':
			if k := strings.Index(s[i:], `\)`); strings.HasPrefix(s[i:], `\(`) && k > 0 {
				i += k + 2
				continue
			}
			name, j := commandName(s, i)
			if len(name) == 1 && strings.Contains(",:;!", name) {
				return `\` + name
			}
			i = j
		default:
			i++
		}
	}
	return ""
}
