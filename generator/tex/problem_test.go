package tex

import (
	"slices"
	"strings"
	"testing"
)

// TestProblem checks what `paperboy check` says of math MathML shows as
// its TeX source: the command or environment at fault and what to write
// instead, from the abstracts' real mistakes (a paper's own \R, \eps and
// \softmax arrive without the \newcommand that defined them).
func TestProblem(t *testing.T) {
	tests := []struct{ src, want string }{
		{`x \in \mathbb{R}^n`, ""},
		{`\R^n`, `\R is not a command Paperboy's math knows; write \mathbb{R} instead`},
		{`\E_{x}[f]`, `\E is not a command Paperboy's math knows; write \mathbb{E} instead`},
		{`\eps`, `\eps is not a command Paperboy's math knows; write \epsilon or \varepsilon instead`},
		{`\ce{H2O}`, `\ce is not a command Paperboy's math knows; write the formula with \mathrm and subscripts (\mathrm{H_2O} for mhchem's \ce{H2O}) instead`},
		{`\softmax(z)`, `\softmax is not a command Paperboy's math knows (a macro the paper defines, or a package's); write the TeX it stands for, such as \operatorname{softmax} for a function's name`},
		{`\ours + \choose`, `\ours is not a command Paperboy's math knows (a macro the paper defines, or a package's); write out the TeX it stands for (a macro's \newcommand is in the paper's source)`},
		{`\begin{array}{c|c} a & b \\ \hline c & d \end{array}`, `\hline is not a command Paperboy's math knows (a macro the paper defines, or a package's); the math draws no rules between an array's rows; remove it, or write the table as a Markdown table, whose rows have lines`},
		{`\newcommand{\R}{\mathbb{R}} \R^n`, `\newcommand defines a macro, which Paperboy's math does not take (each formula is converted on its own); write out what the macro stands for where it is used (\mathbb{R} for \R)`},
		{`\DeclareMathOperator{\sgn}{sgn}`, `\DeclareMathOperator defines a macro, which Paperboy's math does not take (each formula is converted on its own); write out what the macro stands for where it is used (\operatorname{sgn} for \sgn)`},
		{`\def\x{1} \x + 1`, `\def defines a macro, which Paperboy's math does not take (each formula is converted on its own); write out what the macro stands for where it is used (1 for \x)`},
		{`\newcommand{\pr}[1]{P(#1)}`, `\newcommand defines a macro, which Paperboy's math does not take (each formula is converted on its own); write out what the macro stands for where it is used (what \pr stands for in place of \pr)`},
		{`\let\eps\varepsilon`, `\let defines a macro, which Paperboy's math does not take (each formula is converted on its own); write out what the macro stands for where it is used (\varepsilon for \eps)`},
		{`a\cite{x}`, `\cite is not a command Paperboy's math knows; write the reference in words (Vaswani et al., 2017) instead`},
		{`\begin{tikzcd}a\end{tikzcd}`, `\begin{tikzcd} is not an environment Paperboy's math knows; write aligned, gathered, cases, array or a matrix (pmatrix, bmatrix…) instead`},
		{`\text{for $x$}`, `a \text{…} holds TeX that text cannot show (math, or a command other than accents, \textit, \textbf and the like); end the \text{…} before it`},
		// A malformed formula is told its fault.
		{`\frac{a}{b`, `a { is never closed; add the } that closes it`},
		{`\frac{1}{2}} + x`, `a } closes no {; delete it, or add the { it closes`},
		{`\left( \sum_i x_i`, `a \left( has no \right after it in its group; add the \right that closes it, or write ( without \left`},
		{`{\left[ x}`, `a \left[ has no \right after it in its group; add the \right that closes it, or write [ without \left`},
		{`x \right)`, `a \right has no \left before it; add the \left it closes, or delete the \right`},
		{`x^2^3`, `a base has two superscripts (x^2^3); write x^{2^3}, or {x^2}^3`},
		{`x_i_j`, `a base has two subscripts (x_i_j); write x_{i_j}, or x_{ij}`},
		{`x^2'`, `a prime follows a superscript (x^2'); write the prime first, x'^2`},
		{`a & b`, `an & separates columns only in an environment (aligned, cases, a matrix…); write \& for an ampersand, or put the formula in \begin{aligned}…\end{aligned}`},
		{`a \\ b`, `a \\ breaks a line only in an environment (aligned, gathered, a matrix…); put the formula in \begin{gathered}…\end{gathered}, or delete the \\`},
		{`{a & b}`, `a { is not closed before the & after it; add the } that closes it`},
		{`\frac{a}`, `a command, ^ or _ lacks its argument (\frac{a} or x^ at the end of a group); add it, in braces`},
		{`\begin{matrix}a\end{pmatrix}`, `\begin{matrix} has no \end{matrix} to close it, or another \end first; pair each \begin{…} with its \end{…}`},
		{`50% off`, `a % in math is TeX's comment; write \% for the sign itself`},
		{strings.Repeat("{", 60) + "x" + strings.Repeat("}", 60), `it nests groups, fractions or scripts deeper than 48 levels; split it into formulas of their own`},
		{`\text{a`, `a command's argument in braces or brackets is missing or not closed, or it nests deeper than 48 levels; correct the TeX, or write \$ for a dollar sign that is no math`},
		{strings.Repeat("x", MaxInput+1), "the formula is longer than 8 KiB; split it"},
	}
	for _, tt := range tests {
		if got := Problem(tt.src); got != tt.want {
			t.Errorf("Problem(%.40q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestLeftovers checks that the commands the page would show as written in
// an abstract's prose are found and explained, from an arXiv abstract's
// leftovers, while what Plain converts, math and code are not.
func TestLeftovers(t *testing.T) {
	s := "Transformers~\\cite{vaswani2017attention} and \\method{} beat \\ours\\ (Table~\\ref{tab:main}), " +
		"3$\\times$ at $\\alpha$ with \\emph{fewer} \\\"ops, \\LaTeX{} `\\code`, \\alpha and $\\R$.\nAlso \\footnote{Work done at X.} at \\SI{3}{\\giga\\hertz}, $\\SI{5}{\\percent}$ and \\(\\beta_\\text{DPO}\\)\nas \\begin{equation*} E \\end{equation*} and \\begin{tabular}"
	var got []string
	for _, at := range Leftovers(s) {
		got = append(got, TextProblem(s, at))
	}
	want := []string{
		`\cite{vaswani2017attention} is a LaTeX citation, which the page shows as written (it has no bibliography); write the reference in words (Vaswani et al., 2017) or as a link, or delete it`,
		`\method{} is not TeX that Paperboy converts in text (a macro the paper defines?), so the page shows it as written; write the text it stands for`,
		`\ours is not TeX that Paperboy converts in text (a macro the paper defines?), so the page shows it as written; write the text it stands for`,
		`\ref{tab:main} refers to a numbered part of the paper, which the page shows as written; write what it refers to in words, or delete it`,
		`\alpha is math, which the page shows as written outside dollar signs; write $\alpha$`,
		`\footnote{Work done at X.} is a LaTeX footnote, which the page shows as written; write its text in parentheses, or as a Markdown footnote ([^1])`,
		`\SI{3}{\giga\hertz} is siunitx's, which Paperboy converts in math only, so the page shows it as written; write $\SI{3}{\giga\hertz}$`,
		`\begin{equation*} is display math in a sentence, which the page shows as written; put it, from \begin{equation*} to \end{equation*}, on lines of its own, or write it between $$ and $$`,
		`\begin{tabular} is not TeX that Paperboy converts in text (a macro the paper defines?), so the page shows it as written; write the text it stands for`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("Leftovers(%q) say\n%s\nwant\n%s", s, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// One on lines of its own that nothing closes in its paragraph is told
	// so, at the top level, in a quote and in a list item.
	for _, s := range []string{"Text.\n\n\\begin{align}\na &= b\n\nMore \\end{align}.\n", "> \\begin{align}\n> a &= b\n", "- \\begin{align} a &= b\n"} {
		left := Leftovers(s)
		want := `\begin{align} opens display math that no \end{align} closes in its paragraph (a blank line ends it), so the page shows it as written; end the formula with \end{align} at the end of its last line`
		if len(left) == 0 || TextProblem(s, left[0]) != want {
			t.Errorf("Leftovers(%q) = %v, want its \\begin{align}: %s", s, left, want)
		}
	}
	if got := Leftovers("No TeX at all."); got != nil {
		t.Errorf("Leftovers of plain prose = %v, want none", got)
	}
	// A LaTeX list inside a line is told how to make it one; on lines of
	// its own, Plain makes it one, and nothing is told.
	s = "We show \\begin{itemize} \\item a \\end{itemize} here."
	got = nil
	for _, at := range Leftovers(s) {
		got = append(got, TextProblem(s, at))
	}
	const list = " is part of a LaTeX list, which the page shows as written where it is inside a line; put \\begin{itemize}, each \\item and \\end{itemize} at the start of lines of their own, in one paragraph, and the page shows a list (or write it in Markdown: - First point)"
	if want := []string{`\begin{itemize}` + list, `\item` + list, `\end{itemize}` + list}; !slices.Equal(got, want) {
		t.Errorf("Leftovers(%q) say\n%s\nwant\n%s", s, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := Leftovers("We show:\n\\begin{itemize}\n\\item a\n\\end{itemize}\n"); got != nil {
		t.Errorf("Leftovers of a list on lines of its own = %v, want none", got)
	}
}

// TestTextProblemLinear: the messages of a body of many unclosed commands
// (one each) cost linear time in all. Looking for each one's closing
// brace to the end of the body took over ten seconds for these 1.5 MB;
// now it takes under one. No clock is read (speed is for the benchmarks):
// a return of the quadratic search shows as a test that runs for seconds
// in `go test -v`, and at a few times this size as a timeout.
func TestTextProblemLinear(t *testing.T) {
	s := strings.Repeat(`\url{`, 300000)
	left := Leftovers(s)
	for _, at := range left {
		if got := TextProblem(s, at); !strings.HasPrefix(got, `\url is not TeX`) {
			t.Fatalf("TextProblem(…, %d) = %q", at, got)
		}
	}
	if len(left) != 300000 {
		t.Errorf("Leftovers found %d of 300000 \\url{", len(left))
	}
}
