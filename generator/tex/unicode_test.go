package tex

import (
	"regexp"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// TestUnicode: formulas from the sample site and from arXiv abstracts read
// as Unicode text; what Unicode cannot write right is refused.
func TestUnicode(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`\mathcal{F}(x) = \mathcal{H}(x) - x`, "𝓕(x) = 𝓗(x) − x"},
		{`\mathcal{O}(n^2)`, "𝓞(n²)"},
		{`\boldsymbol{\mathcal L} + \bm{\mathfrak g} + \boldsymbol{\mathscr A \theta} + \mathbf{\mathcal L}`, "𝓛 + 𝖌 + 𝓐𝜽 + 𝓛"},
		{`a_1, \ldots, a_n + \cdots + b`, "a₁, …, aₙ + ⋯ + b"},
		{`1/\sqrt{d_k}`, "1/√dₖ"},
		{`L(N) \approx (N_c / N)^{\alpha_N}`, "L(N) ≈ (N_c/N)^(α_N)"},
		{`\alpha_N \approx 0.076`, "α_N ≈ 0.076"},
		{`\pi_\theta(a_t \mid s_t) / \pi_{\theta_{\mathrm{old}}}(a_t \mid s_t)`, "π_θ(aₜ ∣ sₜ)/π_(θ_old)(aₜ ∣ sₜ)"},
		{`\hat{A}_t`, "Âₜ"},
		{`(\theta, \phi)`, "(θ, ϕ)"},
		{`\mathbf{c}`, "𝐜"},
		{`\sum_{i=1}^{n} x_i`, "∑ᵢ₌₁ⁿ xᵢ"},
		{`\frac{QK^T}{\sqrt{d_k}}`, "QKᵀ/√dₖ"},
		{`\frac{a+b}{2}`, "(a + b)/2"},
		{`\mathrm{softmax}\left(\frac{QK^\top}{\sqrt{d_k}}\right)V`, "softmax(QK⊤/√dₖ)V"},
		{`-x + y`, "−x + y"},
		{`(-1)^n`, "(−1)ⁿ"},
		{`|x| - 1`, "|x| − 1"},
		{`x^{\prime}`, "x′"},
		{`f''(x)`, "f″(x)"},
		{`f'^2`, "f′²"},
		{`x^*`, "x∗"},
		{`90^\circ`, "90°"}, {`37^{\circ}\mathrm{C}`, "37°C"}, {`f \circ g`, "f ∘ g"}, // a raised \circ is the degree sign
		{`\lim_{x \to 0} \frac{\sin x}{x} = 1`, "lim_(x→0) (sin x)/x = 1"},
		{`2\sin x`, "2 sin x"},
		{`O(n \log n)`, "O(n log n)"},
		{`n\log^2 n`, "n log² n"}, {`n\log_2 n`, "n log₂ n"}, {`\sqrt{n}\log^2 n`, "√n log² n"}, // a function with a script
		{`2^{O(\sqrt{\log n})}`, "2^(O(√(log n)))"}, {`2^{\log n}`, "2^(log n)"}, {`x_{i,j} + 2^{a+b}`, "x_(i,j) + 2ᵃ⁺ᵇ"}, // a space in a script
		{`{a+b \over 2}`, "(a + b)/2"}, {`a \lt b \gt c`, "a < b > c"}, // plain TeX's and MathJax's forms
		{`P(x)\log y`, "P(x) log y"}, {`|x|\log y`, "|x| log y"}, {`(\log x)`, "(log x)"},
		{`\mathbb{R}^{d}`, "ℝᵈ"},
		{`\max_{\theta} \mathbb{E}[R]`, "max_θ 𝔼[R]"},
		{`x_{\text{old}}`, "x_old"},
		{`e^{i\pi} + 1 = 0`, "e^(iπ) + 1 = 0"},
		{`W_{qk}`, "W_qk"},
		{`\theta_{\mathrm{old}}`, "θ_old"},
		{`x_{\alpha\beta}`, "x_(αβ)"},
		{`10^{-3}`, "10⁻³"},
		{`\sqrt[3]{x}`, "∛x"},
		{`\bar{x}`, "x̄"},
		{`y^{\tilde{n}}`, "y^ñ"},
		{`\vec{v}`, "v⃗"},
		{`a \leq b`, "a ≤ b"},
		{`\{x : x > 0\}`, "{x : x > 0}"},
		{`f\colon A \to B`, "f: A → B"},                                          // punctuation, where : is a relation
		{`\sim 5\%`, "∼5%"}, {`(\sim 5\%)`, "(∼5%)"}, {`(\geq 99\%)`, "(≥ 99%)"}, // nothing before the relation
		{`\|W\|_F`, "‖W‖_F"},
		{`\int_0^1 f(x)\,dx`, "∫₀¹ f(x)\u202fdx"},
		// A space TeX breaks no line at stays one: a thin space is
		// U+202F, a tie and a control space U+00A0; a medium one, and one
		// at an end of \text{…}, are spaces as any other.
		{`10\,000`, "10\u202f000"}, {`\,x\,`, "x"}, {`a~b`, "a\u00a0b"}, {`n\ \text{tokens}`, "n\u00a0tokens"},
		{`\text{Fig.~3}`, "Fig.\u00a03"}, {`a\:b`, "a b"}, {`\text{ if } x`, "if x"}, {`x \pmod p`, "x (mod\u00a0p)"},
		{`\mathbb{E}_{x \sim p}[\log q(x)]`, "𝔼_(x∼p)[log q(x)]"},
		{`k=1,\dots,K`, "k = 1, …, K"},
		{`\times 4`, "×4"}, // no operand before it: ordinary, as in TeX
		{`a \times b, 2\times, (\cdot)`, "a × b, 2×, (⋅)"},
		{`\text{if } x`, "if x"},
		{`G_{stack}`, "G_stack"},
	} {
		got, ok := Unicode(c.src)
		if !ok || got != c.want {
			t.Errorf("Unicode(%q) = %q, %v; want %q", c.src, got, ok, c.want)
		}
	}
	for _, src := range []string{
		`\binom{n}{k}`, `{n \choose k}`, `{a \atop b}`, `\begin{pmatrix}a&b\end{pmatrix}`, `\overline{xy}`, `\widehat{AB}`,
		`\overbrace{a+b}^{n}`, `\underbrace{a}_{n}`, `\sqrt[5]{x}`, `\xrightarrow{f}`, `\unknown`, `{x`, `x^2^3`,
	} {
		if got, ok := Unicode(src); ok {
			t.Errorf("Unicode(%q) = %q; want it refused", src, got)
		}
	}
}

// TestUnicodeGrouping: a denominator or radicand of terms side by side
// keeps its parentheses, so formulas of different value read differently
// in a feed reader or a <title>: \frac{1}{2}\pi and \frac{1}{2\pi} both
// read 1/2π. A numerator of such terms needs none ((2π)/3 is 2π/3), and
// one term stays bare.
func TestUnicodeGrouping(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`\frac{1}{2}\pi`, "1/2π"}, {`\frac{1}{2\pi}`, "1/(2π)"},
		{`\sqrt{2}\pi`, "√2π"}, {`\sqrt{2\pi}`, "√(2π)"},
		{`\sqrt[3]{2x}`, "∛(2x)"}, {`\frac{a}{bc}`, "a/(bc)"}, {`\frac{1}{\mathrm{d}x}`, "1/(dx)"},
		{`\frac{1}{\sqrt{2\pi\sigma^2}}`, "1/√(2πσ²)"}, {`\frac{1}{\left(2\pi\right)}`, "1/(2π)"},
		{`\frac{2\pi}{3}`, "2π/3"}, {`\frac{1}{2}`, "1/2"}, {`\sqrt{2}`, "√2"}, {`\frac{1}{10}`, "1/10"},
		{`\sqrt{3.14}`, "√3.14"}, {`\frac{1}{\sigma^2}`, "1/σ²"}, {`\sqrt{x_1}`, "√x₁"},
	} {
		if got, ok := Unicode(c.src); !ok || got != c.want {
			t.Errorf("Unicode(%q) = %q, %v; want %q", c.src, got, ok, c.want)
		}
	}
}

// TestSlugText: math in a name is the words a slug makes of it, folded
// to the letters a name without math writes, never its dollar signs and
// backslashes, which slug.Spelled would spell.
func TestSlugText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"no math here", "no math here"},
		{`Notes on $\varepsilon$-nets and $O(n \log n)$ sorting`, "Notes on ε-nets and O(n log n) sorting"},
		{`$k$-SAT`, "k-SAT"},
		{`$\mathsf{NP}$-hardness`, "NP-hardness"},
		{`$n^2$ time`, "n2 time"},
		{`$\binom{n}{k}$ at \$5`, " binom{n}{k} at $5"},
		{`arXiv's \(\alpha\) form`, "arXiv's α form"},
	} {
		if got := SlugText(c.in); got != c.want {
			t.Errorf("SlugText(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

// TestUnicodeText: each kind of math span in plain text is rewritten, one
// Unicode cannot write is kept, and escaped dollars open nothing and show
// as dollars, as escaped backslashes show as backslashes.
func TestUnicodeText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"no math here", "no math here"},
		{`the residual $\mathcal{F}(x)$ learns`, "the residual 𝓕(x) learns"},
		{`costs \$5 and $x^2$`, `costs $5 and x²`},
		{`a \$x$ b`, `a $x$ b`},
		{`the prompt Answer: \$x\$`, `the prompt Answer: $x$`},         // a code span's, in Markdown's plain text
		{`C:\\$x$, \\\$, \\(a\), C:\data`, `C:\x, \$, \(a\), C:\data`}, // escaped backslashes
		{`$\binom{n}{k}$ at \$5`, `$\binom{n}{k}$ at $5`},
		{`$\$5$ and \$`, `$5 and $`},
		{`$\binom{n}{k}$ and $n$`, `$\binom{n}{k}$ and n`},
		{`display $$E = mc^2$$ too`, "display E = mc² too"},
		{`arXiv's \(\alpha\) form`, "arXiv's α form"},
		{`$10 and $20`, `$10 and $20`}, // prices, not math (textutil.InlineMath)
		{`$\beta$-VAE`, "β-VAE"},
		{`unclosed $x`, `unclosed $x`},
		{`\`, `\`},
	} {
		if got := UnicodeText(c.in); got != c.want {
			t.Errorf("UnicodeText(%q) = %q; want %q", c.in, got, c.want)
		}
	}
}

func FuzzUnicode(f *testing.F) {
	for _, s := range mathSeeds {
		f.Add(s)
		f.Add("a $" + s + "$ b $$" + s + "$$ c")
	}
	f.Fuzz(func(t *testing.T, src string) {
		if out, ok := Unicode(src); ok {
			if !utf8.ValidString(out) || textutil.CollapseBreakingSpace(out) != out {
				t.Fatalf("Unicode(%q) = %q: not valid UTF-8 or not collapsed", src, out)
			}
			if strings.ContainsFunc(out, unicode.IsControl) {
				t.Fatalf("Unicode(%q) = %q: a control character", src, out)
			}
		}
		out := UnicodeText(src)
		if utf8.ValidString(src) && !utf8.ValidString(out) {
			t.Fatalf("UnicodeText(%q) = %q, not valid UTF-8", src, out)
		}
		if !strings.ContainsAny(src, `$\`) && out != src {
			t.Fatalf("UnicodeText(%q) = %q: text without math changed", src, out)
		}
		// TextHTML writes no markup but MathML's and the span that holds
		// a formula to its punctuation.
		h := TextHTML(src)
		if utf8.ValidString(src) && !utf8.ValidString(h) {
			t.Fatalf("TextHTML(%q) = %q, not valid UTF-8", src, h)
		}
		if strings.Count(h, "<math") != strings.Count(h, "</math>") || strings.Count(h, "<span") != strings.Count(h, "</span>") {
			t.Fatalf("TextHTML(%q) = %q: unbalanced elements", src, h)
		}
		outside := regexp.MustCompile(`(?s)<math[^>]*>.*?</math>|<code class="math-fallback">[^<]*</code>|</?span[^>]*>`).ReplaceAllString(h, "")
		if strings.ContainsAny(outside, "<>") {
			t.Fatalf("TextHTML(%q) = %q: markup outside its math", src, h)
		}
	})
}

// TestTextHTMLEscapes: a dollar sign or backslash escaped in plain text
// shows as itself, and opens no math.
func TestTextHTMLEscapes(t *testing.T) {
	for src, want := range map[string]string{
		`Answer: \$x\$ now`:  `Answer: $x$ now`,
		`C:\\(a\) and \data`: `C:\(a\) and \data`,
	} {
		if got := TextHTML(src); got != want {
			t.Errorf("TextHTML(%q) = %s, want %s", src, got, want)
		}
	}
	if got := TextHTML(`\$5 or $y$`); !strings.HasPrefix(got, `$5 or <math`) {
		t.Errorf("TextHTML = %s, want it to start $5 or <math", got)
	}
}

// TestTextHTMLDisplayMath: a summary that carries display math written
// inside its paragraph shows it as inline MathML, not as two dollar signs
// around an inline formula.
func TestTextHTMLDisplayMath(t *testing.T) {
	got := TextHTML(`We get $$x^2$$ and \(y\), for $5.`)
	if strings.Count(got, "<math") != 2 || strings.Contains(got, "$<math") || strings.Contains(got, `display="block"`) || !strings.HasSuffix(got, ",</span> for $5.") {
		t.Errorf("TextHTML = %s", got)
	}
}

// TestTextHTMLKeepsPunctuation: the punctuation right after a formula
// and the brackets right before it are held to it, so a line never
// starts with the one or ends with the other alone; other text is not.
func TestTextHTMLKeepsPunctuation(t *testing.T) {
	for src, want := range map[string]string{
		"at $n$.":   `at <span class="nowrap"><math`,
		"($n$) and": `<span class="nowrap">(<math`,
		"[$k$ and":  `<span class="nowrap">[<math`,
		"$n$ and":   `<math`,
	} {
		got := TextHTML(src)
		if !strings.HasPrefix(got, want) {
			t.Errorf("TextHTML(%q) = %s, want it to start %s", src, got, want)
		}
		if wrapped := strings.Contains(got, "nowrap"); wrapped != strings.Contains(want, "nowrap") {
			t.Errorf("TextHTML(%q) = %s: wrapped %v", src, got, wrapped)
		}
	}
	if got := TextHTML("at $n$."); !strings.HasSuffix(got, "</math>.</span>") {
		t.Errorf("TextHTML = %s, want the period inside the span", got)
	}
	// The rest of a word the formula begins keeps to it too, with the
	// punctuation after it: 5 μ did not end a line, m, start the next.
	if got := TextHTML(`$5\,\mu$m, the $k$-means'.`); !strings.Contains(got, "</math>m,</span> the") || !strings.HasSuffix(got, "</math>-means&#39;.</span>") {
		t.Errorf("TextHTML = %s, want m, and -means'. inside the spans", got)
	}
}

// TestMathSpansLinear: a text of unclosed \( (a hostile TL;DR or title)
// costs linear time. Searching for the \) again from each \( took 11 s
// for a tenth of these 3.6 MB, so it would take about 20 minutes here and
// fail by the test binary's timeout (as TestTitleLinear does); a linear
// scan takes a fraction of a second. No clock is read: speed is for the
// benchmarks, and a timed assertion fails on a loaded machine.
func TestMathSpansLinear(t *testing.T) {
	s := strings.Repeat(`\( `, 1200000)
	if got := UnicodeText(s); got != s {
		t.Errorf("UnicodeText(unclosed \\( …) changed the text")
	}
	if got := TextHTML(s); got != s {
		t.Errorf("TextHTML(unclosed \\( …) changed the text")
	}
}
