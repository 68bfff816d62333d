package markdown

import (
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/tex"
)

// benchAbstract is an abstract of the usual length with inline and
// display math and a fenced code block.
var benchAbstract = strings.Repeat("We study *sparse* attention with $O(n \\log n)$ cost and a `kernel` trick; "+
	"results improve by $\\alpha = 0.3$ over [baselines](https://example.org/). ", 8) +
	"\n\n$$\n\\mathcal{L} = \\sum_i \\log p(x_i \\mid x_{<i})\n$$\n\n```python\nimport numpy as np\nx = np.ones(4)\nprint(x @ x)\n```\n"

// BenchmarkRender renders Markdown with math (as MathML) and highlighted code.
func BenchmarkRender(b *testing.B) {
	r := New(Options{Math: tex.MathML})
	src := []byte(benchAbstract)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		if _, err := r.Render(src); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCheck runs every check on an abstract as the importers write
// one: inline \(…\) math, every [ escaped (\[1\]) and a link.
func BenchmarkCheck(b *testing.B) {
	r := New(Options{})
	src := strings.Repeat("Prior work \\[1\\], \\[2, 3\\] bounds \\(O(n \\log n)\\) cost; see [code](https://example.org/x) for $\\alpha$ ablations. ", 12)
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		r.Check(src, src)
	}
}
