package tex

import (
	"strings"
	"testing"
)

// benchMath is a mix of math as it appears in arXiv abstracts.
var benchMath = []string{
	`O(n \log n)`, `\mathcal{O}(n^2)`, `x_i`, `\alpha = 0.5`, `\epsilon`, `k`, `61.08\%`,
	`\mathbb{R}^{d}`, `\ell_2`, `\sum_{i=1}^{n} x_i^2`, `\frac{1}{\sqrt{n}}`, `\sim 10^{3}`,
	`\mathbf{W}_q \in \mathbb{R}^{d \times d_k}`, `\left( \frac{a}{b} \right)^{2}`,
	`\operatorname*{arg\,max}_{\theta} \; \mathbb{E}_{x \sim p}[\log q_\theta(x)]`,
	`\|\nabla f(x)\|_2 \leq L \|x - y\|`, `\tilde{O}(\sqrt{T})`, `\text{softmax}(QK^\top/\sqrt{d})V`,
	`\begin{pmatrix} a & b \\ c & d \end{pmatrix}`, `\unsupported{x}`,
}

func BenchmarkMathML(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		for i, s := range benchMath {
			MathML(s, i%4 == 0)
		}
	}
}

func BenchmarkPlain(b *testing.B) {
	in := "We study Schr\\\"odinger operators on $\\mathbb{R}^d$ and show a 61.08\\% gain -- see " +
		"\\url{https://github.com/a/b}. {\\em Surprisingly}, the ``na\\\"ive'' method~works; code at https://x.org/~a."
	b.ReportAllocs()
	for b.Loop() {
		Plain(in)
	}
}

// BenchmarkUnicodeText writes the math of an abstract's plain text as
// Unicode, as a paper page's description and a feed item's summary do,
// for an abstract without math, whose text it returns as it is.
func BenchmarkUnicodeText(b *testing.B) {
	s := strings.Repeat("We study operators on manifolds and show a large gain over prior work; the code is open. ", 16)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		UnicodeText(s)
	}
}
