package tex

import (
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
		{`\softmax(z)`, `\softmax is not a command Paperboy's math knows (a macro the paper defines, or a package's); write the TeX it stands for, such as \operatorname{softmax} for a function's name`},
		{`a\cite{x}`, `\cite is not a command Paperboy's math knows; write the reference in words (Vaswani et al., 2017) instead`},
		{`\begin{tikzcd}a\end{tikzcd}`, `\begin{tikzcd} is not an environment Paperboy's math knows; write aligned, gathered, cases, array or a matrix (pmatrix, bmatrix…) instead`},
		{`\text{for $x$}`, `a \text{…} holds TeX that text cannot show (math, or a command other than accents, \textit, \textbf and the like); end the \text{…} before it`},
		{`\frac{a}{b`, `its braces, \left…\right or \begin…\end do not pair up, a command lacks its argument, or it nests deeper than 48 levels; correct the TeX, or write \$ for a dollar sign that is no math`},
		{strings.Repeat("x", MaxInput+1), "the formula is longer than 8 KiB; split it"},
	}
	for _, tt := range tests {
		if got := Problem(tt.src); got != tt.want {
			t.Errorf("Problem(%.40q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}
