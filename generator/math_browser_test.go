package generator

import (
	"bytes"
	"context"
	"image/png"
	"math"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
)

// TestMathAlignsInBrowser: the columns of an aligned, a cases and an
// array line up as LaTeX sets them, in Chromium, whose MathML Core has
// no columnalign and centred every cell: an aligned's = signs one under
// the other, a cases' values and an {r} column's ends.
func TestMathAlignsInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	out := mustBuild(t, siteYAML+"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n"+
		"$$\n\\begin{aligned} \\log p(x) &\\geq \\mathbb{E}[\\log p(x|z)] - D \\\\ L &= \\text{ELBO} \\end{aligned}\n$$\n\n"+
		"$$\n\\begin{cases} 1 & x > 0 \\\\ -100 & \\text{otherwise} \\end{cases}\n$$\n\n"+
		"$$\n\\begin{array}{r} 1 \\\\ 1000 \\end{array}\n$$\n")
	do(t, ctx, chromedp.Navigate(serveBuilt(t, out, "/")+"papers/2401.00001/"), chromedp.WaitReady("mtable"))
	// The left or right edge of the first child of each cell of column
	// col, one per row, of the table'th table of the page.
	edges := func(table, col int, side string) []float64 {
		return run(t, ctx, chromedp.Evaluate[[]float64](`[...document.querySelectorAll("mtable")[`+strconv.Itoa(table)+`].querySelectorAll(":scope > mtr > mtd:nth-child(`+strconv.Itoa(col)+`)")].map(td => td.firstElementChild.getBoundingClientRect().`+side+`)`))
	}
	for _, c := range []struct {
		name       string
		table, col int
		side       string
	}{
		{"the aligned's = and ≥", 0, 2, "left"},
		{"the aligned's left-hand sides", 0, 1, "right"},
		{"the cases' values", 1, 1, "left"},
		{"the array's {r} column", 2, 1, "right"},
	} {
		got := edges(c.table, c.col, c.side)
		if len(got) != 2 || got[0] != got[1] {
			t.Errorf("%s have their %s edges at %v, want them at one", c.name, c.side, got)
		}
	}
}

// TestMathBarsInBrowser: an absolute value or a norm, written with bars
// as |x|, \lvert x\rvert, \vert x\vert, \|x\| or \left| x\right|, touches
// its bars as TeX sets it. Chromium gave a bar inside a row the operator
// dictionary's infix spacing, a relation's: | Δ | in a = |\Delta_t| + b,
// and |Δ | in |\Delta_t| + b, where the first bar, first in its row, was
// taken for a prefix.
func TestMathBarsInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	formulas := []string{`a = |\Delta_t| + b`, `|\Delta_t| + b`, `a = \lvert \Delta_t\rvert + b`, `a = \|x\| + b`, `a = \Vert x\Vert + b`,
		`a = \lVert x\rVert + b`, `a = \vert x\vert + b`, `a = \left| \Delta_t \right| + b`, `a = \bigl| x \bigr| + b`}
	showFormulas(t, ctx, formulas)
	// For each formula, the space between its opening bar and what follows
	// it, and between its closing bar and what precedes it.
	gaps := run(t, ctx, chromedp.Evaluate[[][]float64](`[...document.querySelectorAll("math")].filter(m => /[|‖]/.test(m.textContent)).map(m => {
		const bars = [...m.querySelectorAll("mo")].filter(mo => /^[|‖]$/.test(mo.textContent));
		const box = e => e.getBoundingClientRect();
		const open = box(bars[0]), close = box(bars[1]);
		return [box(bars[0].nextElementSibling).left - open.right, close.left - box(bars[1].previousElementSibling).right];
	})`))
	if len(gaps) != len(formulas) {
		t.Fatalf("found %d formulas with bars, want %d", len(gaps), len(formulas))
	}
	for i, g := range gaps {
		if math.Abs(g[0]) > 0.5 || math.Abs(g[1]) > 0.5 {
			t.Errorf("$%s$: %.1fpx after its opening bar, %.1fpx before its closing one, want none", formulas[i], g[0], g[1])
		}
	}
}

// TestMathCalligraphicInBrowser: \mathcal's letters are drawn as the math
// font's plain script capitals, TeX's calligraphic letters, where they
// were its bold script ones, and the variation selector after each takes
// no room of its own: each is as wide as the plain script letter alone
// and narrower than the bold one.
func TestMathCalligraphicInBrowser(t *testing.T) {
	t.Parallel()
	widths := letterWidths(t, `\mathcal{L} + \mathcal{A} + \mathscr{L}`, `ℒ + 𝒜 + ℒ`, `𝓛 + 𝓐 + 𝓛`)
	for i, name := range []string{`\mathcal{L}`, `\mathcal{A}`, `\mathscr{L}`} {
		got, plain, bold := widths[0][i], widths[1][i], widths[2][i]
		if math.Abs(got-plain) > 0.01 || bold <= plain {
			t.Errorf("%s is %.2fpx wide, want the plain script letter's %.2fpx (the bold one's is %.2fpx)", name, got, plain, bold)
		}
	}
}

// TestMathBoldCalligraphicInBrowser: \mathcal and \mathfrak in
// \boldsymbol or \bm are drawn bold, as TeX's bold math version sets
// them, where \boldsymbol{\mathcal L} was drawn as the plain calligraphic
// letter: each is as wide as the bold letter alone (the selector after a
// capital takes no room) and wider than the plain one.
func TestMathBoldCalligraphicInBrowser(t *testing.T) {
	t.Parallel()
	widths := letterWidths(t, `\boldsymbol{\mathcal L} + \bm{\mathcal{A}} + \boldsymbol{\mathfrak g}`, `ℒ + 𝒜 + 𝔤`, `𝓛 + 𝓐 + 𝖌`)
	for i, name := range []string{`\boldsymbol{\mathcal L}`, `\bm{\mathcal{A}}`, `\boldsymbol{\mathfrak g}`} {
		got, plain, bold := widths[0][i], widths[1][i], widths[2][i]
		if math.Abs(got-bold) > 0.01 || bold <= plain {
			t.Errorf("%s is %.2fpx wide, want the bold letter's %.2fpx (the plain one's is %.2fpx)", name, got, bold, plain)
		}
	}
}

// letterWidths shows formulas, three of three letters each, in
// Chromium, and returns the width of each letter of each.
func letterWidths(t *testing.T, formulas ...string) [][]float64 {
	t.Helper()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	showFormulas(t, ctx, formulas)
	widths := run(t, ctx, chromedp.Evaluate[[][]float64](`[...document.querySelectorAll("article math")].map(m =>
		[...m.querySelectorAll("mi")].map(mi => mi.getBoundingClientRect().width))`))
	if len(widths) != len(formulas) || slices.ContainsFunc(widths, func(w []float64) bool { return len(w) != 3 }) {
		t.Fatalf("widths of the formulas' letters = %v, want %d of three", widths, len(formulas))
	}
	return widths
}

// TestMathMiddleInBrowser: a \middle delimiter touches what is either side
// of it, as TeX sets it, where Chromium gave a \middle| a relation's
// space: P(A | B) for P\left(A \middle| B\right).
func TestMathMiddleInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	formulas := []string{`P\left(A \middle| B\right)`, `\left\{ x \middle\| y \right\}`, `\left( \frac{a}{b} \middle/ c \right)`}
	showFormulas(t, ctx, formulas)
	// For each formula, the space before its middle delimiter, the second
	// <mo> of its fenced row, and after it.
	gaps := run(t, ctx, chromedp.Evaluate[[][]float64](`[...document.querySelectorAll("math")].map(m => {
		const mid = m.querySelectorAll("mo")[1], box = e => e.getBoundingClientRect();
		return [box(mid).left - box(mid.previousElementSibling).right, box(mid.nextElementSibling).left - box(mid).right];
	})`))
	wantTouching(t, formulas, gaps, `its \middle delimiter`)
}

// showFormulas opens, in the browser of ctx, a paper page whose body is
// formulas, each inline math in a paragraph of its own.
func showFormulas(t *testing.T, ctx context.Context, formulas []string) {
	t.Helper()
	body := ""
	for _, f := range formulas {
		body += "$" + f + "$\n\n"
	}
	out := mustBuild(t, siteYAML+"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n"+body)
	do(t, ctx, chromedp.Navigate(serveBuilt(t, out, "/")+"papers/2401.00001/"), chromedp.WaitReady("math"), withoutThemeColor)
}

// withoutThemeColor removes the page's theme-color metas, with which
// headless Chromium's screenshot of one element (chromedp.Screenshot,
// which captures beyond the viewport) can wait forever.
var withoutThemeColor = chromedp.Evaluate[chromedp.Void](`document.querySelectorAll('meta[name="theme-color"]').forEach(m => m.remove()); 0`)

// TestMathFencesInBrowser: \left and \right around a row no taller than
// text, subscripts included, are the size of the delimiters typed alone
// and take no more room, as TeX sets them, where Chromium gave them the
// room of their widest stretched size: \left[ x \right] showed as [ x ].
// Around a fraction they still stretch.
func TestMathFencesInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	formulas := []string{`\left[ x \right]`, `[x]`, `\left( \frac{a}{b} \right)`, `(x)`, `\left( x_{t-1} \right)`}
	showFormulas(t, ctx, formulas)
	// The width and height of each formula's first delimiter.
	sizes := run(t, ctx, chromedp.Evaluate[[][]float64](`[...document.querySelectorAll("article math")].map(m => {
		const box = m.querySelector("mo").getBoundingClientRect();
		return [box.width, box.height];
	})`))
	if len(sizes) != len(formulas) {
		t.Fatalf("found %d formulas, want %d", len(sizes), len(formulas))
	}
	if fenced, alone := sizes[0], sizes[1]; math.Abs(fenced[0]-alone[0]) > 0.01 || math.Abs(fenced[1]-alone[1]) > 0.01 {
		t.Errorf("$%s$'s bracket is %.1f×%.1fpx, want the %.1f×%.1fpx of $%s$'s", formulas[0], fenced[0], fenced[1], alone[0], alone[1], formulas[1])
	}
	if fenced, alone := sizes[4], sizes[3]; math.Abs(fenced[0]-alone[0]) > 0.01 || math.Abs(fenced[1]-alone[1]) > 0.01 {
		t.Errorf("$%s$'s parenthesis is %.1f×%.1fpx, want the %.1f×%.1fpx of $%s$'s", formulas[4], fenced[0], fenced[1], alone[0], alone[1], formulas[3])
	}
	if fenced, alone := sizes[2], sizes[3]; fenced[1] <= alone[1] {
		t.Errorf("$%s$'s parenthesis is %.1fpx high, want it taller than $%s$'s %.1fpx", formulas[2], fenced[1], formulas[3], alone[1])
	}
}

// TestMathUnarySignInBrowser: a sign after a relation, an opening
// delimiter or another operator touches its operand, as TeX sets it, and
// one between two operands keeps its space: Chromium took every sign
// inside a row for a binary operator, so a = -b showed as a = − b.
func TestMathUnarySignInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	formulas := []string{`a = -b`, `(-x)`, `y = \pm 1`, `a - b`}
	showFormulas(t, ctx, formulas)
	// For each formula, the space after its sign.
	gaps := run(t, ctx, chromedp.Evaluate[[]float64](`[...document.querySelectorAll("article math")].map(m => {
		const sign = [...m.querySelectorAll("mo")].find(mo => /^[−±]$/.test(mo.textContent));
		return sign.nextElementSibling.getBoundingClientRect().left - sign.getBoundingClientRect().right;
	})`))
	if len(gaps) != len(formulas) {
		t.Fatalf("found %d formulas, want %d", len(gaps), len(formulas))
	}
	for i, g := range gaps[:3] {
		if math.Abs(g) > 0.5 {
			t.Errorf("$%s$: %.1fpx after its sign, want none", formulas[i], g)
		}
	}
	if g := gaps[3]; g < 1 {
		t.Errorf("$%s$: %.1fpx after its minus, want a binary operator's space", formulas[3], g)
	}
}

// TestMathScriptSpacingInBrowser: a relation, a binary operator or a
// comma in a script or in a fraction's parts in inline math touches its
// neighbours, as TeX sets them in script style, where Chromium spaced
// them as on the line: \sum_{i = 1}, x_{t + 1}, \mathbb{E}_{x, y}.
func TestMathScriptSpacingInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	formulas := []string{`\sum_{i=1}^n x_i`, `x_{t+1}`, `\mathbb{E}_{x,y} f`, `\frac{a+b}{2}`}
	showFormulas(t, ctx, formulas)
	// For each formula, the space before and after the operator of its
	// script or fraction.
	gaps := run(t, ctx, chromedp.Evaluate[[][]float64](`[...document.querySelectorAll("article math")].map(m => {
		const op = [...m.querySelectorAll("mo")].find(mo => /^[=+,]$/.test(mo.textContent)), box = e => e.getBoundingClientRect();
		return [box(op).left - box(op.previousElementSibling).right, box(op.nextElementSibling).left - box(op).right];
	})`))
	wantTouching(t, formulas, gaps, "the operator of its script")
}

// wantTouching checks that what, in each of formulas, touches its
// neighbours: gaps holds, for each formula, the space before and after it.
func wantTouching(t *testing.T, formulas []string, gaps [][]float64, what string) {
	t.Helper()
	if len(gaps) != len(formulas) {
		t.Fatalf("found %d formulas, want %d", len(gaps), len(formulas))
	}
	for i, g := range gaps {
		if math.Abs(g[0]) > 0.5 || math.Abs(g[1]) > 0.5 {
			t.Errorf("$%s$: %.1fpx before %s, %.1fpx after it, want none", formulas[i], g[0], what, g[1])
		}
	}
}

// TestMathEllipsisInBrowser: an ellipsis is spaced as TeX sets its inner
// atom: a thin space before a comma after it, as wide as the comma's own
// space after it (β₁, …, β_T, where Chromium set the second comma against
// the dots), none before a closing delimiter, a thin space between it and
// a letter either side (x₁ ⋯ xₙ), and \cdots between two plus signs as far
// from each as the plus of a + b from b, where Chromium once gave an
// ellipsis a relation's space either side: a +  ⋯  + b.
func TestMathEllipsisInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	formulas := []string{`\beta_1, \dots, \beta_T`, `a + \cdots + b`, `a + b`, `(a, \ldots)`, `x_1 \cdots x_n`}
	showFormulas(t, ctx, formulas)
	// For each formula, the space before and after its ellipsis, or its
	// plus sign's space before and after it.
	gaps := run(t, ctx, chromedp.Evaluate[[][]float64](`[...document.querySelectorAll("article math")].map(m => {
		const e = [...m.querySelectorAll("mi, mo")].find(e => /^[…⋯+]$/.test(e.textContent) && !(e.textContent == "+" && /[…⋯]/.test(m.textContent)));
		const box = x => x.getBoundingClientRect(), atom = (x, step) => { do x = x[step]; while (x.localName == "mspace"); return x; };
		return [box(e).left - box(atom(e, "previousElementSibling")).right, box(atom(e, "nextElementSibling")).left - box(e).right];
	})`))
	if len(gaps) != len(formulas) {
		t.Fatalf("found %d formulas, want %d", len(gaps), len(formulas))
	}
	thin := gaps[0][0] // the comma's space after it
	if g := gaps[0][1]; thin < 1 || math.Abs(g-thin) > 0.5 {
		t.Errorf("$%s$: %.1fpx between \\dots and the comma after it, want the %.1fpx after the comma before it", formulas[0], g, thin)
	}
	plus := gaps[2][1]
	if g := gaps[1]; math.Abs(g[0]-plus) > 0.5 || math.Abs(g[1]-plus) > 0.5 {
		t.Errorf("$%s$: %.1fpx before \\cdots, %.1fpx after it, want a plus sign's %.1fpx", formulas[1], g[0], g[1], plus)
	}
	if g := gaps[3][1]; math.Abs(g) > 0.5 {
		t.Errorf("$%s$: %.1fpx between \\ldots and the parenthesis after it, want none", formulas[3], g)
	}
	if g := gaps[4]; math.Abs(g[0]-thin) > 0.5 || math.Abs(g[1]-thin) > 0.5 {
		t.Errorf("$%s$: %.1fpx before \\cdots, %.1fpx after it, want a thin space's %.1fpx", formulas[4], g[0], g[1], thin)
	}
}

// TestMathLonelyBinaryInBrowser: a binary operator with no operand on
// one side touches what is beside it, as TeX sets it, an ordinary symbol:
// Chromium gave it a binary operator's space either side, so an
// abstract's $1.5\times$ faster showed as 1.5 × , and ($\times$2) as ( × 2).
func TestMathLonelyBinaryInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	formulas := []string{`1.5\times`, `(\times 2)`, `x \cdot`}
	showFormulas(t, ctx, formulas)
	// For each formula, the space before its operator and after it, to
	// what follows or to the formula's end.
	gaps := run(t, ctx, chromedp.Evaluate[[][]float64](`[...document.querySelectorAll("article math")].map(m => {
		const op = [...m.querySelectorAll("mo")].find(mo => /^[×⋅]$/.test(mo.textContent)), box = e => e.getBoundingClientRect();
		return [box(op).left - box(op.previousElementSibling).right, (op.nextElementSibling ? box(op.nextElementSibling).left : box(m).right) - box(op).right];
	})`))
	wantTouching(t, formulas, gaps, "its operator")
}

// TestMathSolidusInBrowser: a solidus touches what is either side of it,
// as TeX sets it, where Chromium gave it a thin space each side:
// (N_c / N) in the scaling laws' abstract.
func TestMathSolidusInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	formulas := []string{`L(N) \approx (N_c / N)^{\alpha_N}`, `1/\sqrt{d_k}`}
	showFormulas(t, ctx, formulas)
	gaps := run(t, ctx, chromedp.Evaluate[[][]float64](`[...document.querySelectorAll("article math")].map(m => {
		const op = [...m.querySelectorAll("mo")].find(mo => mo.textContent == "/"), box = e => e.getBoundingClientRect();
		return [box(op).left - box(op.previousElementSibling).right, box(op.nextElementSibling).left - box(op).right];
	})`))
	wantTouching(t, formulas, gaps, "its solidus")
}

// TestMathSignBeforeFunctionInBrowser: a function name after a unary sign
// is set off by a thin space, as after a letter (n \log n), as TeX sets
// it, where -\log p showed as −log p.
func TestMathSignBeforeFunctionInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	formulas := []string{`a = -\log p`, `-\log p`, `n \log n`}
	showFormulas(t, ctx, formulas)
	// For each formula, the space before "log".
	gaps := run(t, ctx, chromedp.Evaluate[[]float64](`[...document.querySelectorAll("article math")].map(m => {
		const log = [...m.querySelectorAll("mi")].find(mi => mi.textContent == "log");
		let prev = log.previousElementSibling;
		while (prev.localName == "mspace") prev = prev.previousElementSibling;
		return log.getBoundingClientRect().left - prev.getBoundingClientRect().right;
	})`))
	if len(gaps) != len(formulas) {
		t.Fatalf("found %d formulas, want %d", len(gaps), len(formulas))
	}
	thin := gaps[2]
	for i, g := range gaps[:2] {
		if thin < 1 || math.Abs(g-thin) > 0.5 {
			t.Errorf("$%s$: %.1fpx before log, want the %.1fpx of $%s$", formulas[i], g, thin, formulas[2])
		}
	}
}

// TestMathPmodInBrowser: \pmod leaves TeX's space before its parenthesis,
// amsmath's \mkern8mu in a line and \mkern18mu in display math, where a
// line's a \equiv b \pmod{p} had display math's whole em.
func TestMathPmodInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	out := mustBuild(t, siteYAML+"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n"+
		"$a \\equiv b \\pmod{p}$\n\n$$\na \\equiv b \\pmod{p}\n$$\n")
	do(t, ctx, chromedp.Navigate(serveBuilt(t, out, "/")+"papers/2401.00001/"), chromedp.WaitReady("math"))
	// For each formula, the space between b and the parenthesis, in ems
	// of the formula's font.
	gaps := run(t, ctx, chromedp.Evaluate[[]float64](`[...document.querySelectorAll("article math")].map(m => {
		const b = [...m.querySelectorAll("mi")].find(mi => mi.textContent == "b"), open = [...m.querySelectorAll("mo")].find(mo => mo.textContent == "(");
		return (open.getBoundingClientRect().left - b.getBoundingClientRect().right) / parseFloat(getComputedStyle(m).fontSize);
	})`))
	if len(gaps) != 2 {
		t.Fatalf("found %d formulas, want 2", len(gaps))
	}
	for i, want := range []float64{8.0 / 18, 1} {
		if math.Abs(gaps[i]-want) > 0.03 {
			t.Errorf("formula %d: %.3fem between b and (mod, want TeX's %.3fem", i, gaps[i], want)
		}
	}
}

// TestMathColonInBrowser: a colon typed as : is a relation, with as much
// space either side as the = of a = b (\{x : x > 0\}, a:b), and \colon
// is amsmath's punctuation, 2mu before it and 6mu after (f\colon A\to B),
// where Chromium spaced both as punctuation, none before and a thin
// space after.
func TestMathColonInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	formulas := []string{`\{x : x>0\}`, `a:b`, `f\colon A\to B`, `a = b`}
	showFormulas(t, ctx, formulas)
	// For each formula, the space before and after its colon or equals
	// sign, in ems of the formula's font.
	gaps := run(t, ctx, chromedp.Evaluate[[][]float64](`[...document.querySelectorAll("article math")].map(m => {
		const op = [...m.querySelectorAll("mo")].find(mo => /^[:=]$/.test(mo.textContent)), box = e => e.getBoundingClientRect(), em = parseFloat(getComputedStyle(m).fontSize);
		return [(box(op).left - box(op.previousElementSibling).right) / em, (box(op.nextElementSibling).left - box(op).right) / em];
	})`))
	if len(gaps) != len(formulas) {
		t.Fatalf("found %d formulas, want %d", len(gaps), len(formulas))
	}
	rel := gaps[3]
	for i, g := range gaps[:2] {
		if math.Abs(g[0]-rel[0]) > 0.02 || math.Abs(g[1]-rel[1]) > 0.02 {
			t.Errorf("$%s$: %.3fem before its colon, %.3fem after it, want the %.3fem and %.3fem of $%s$", formulas[i], g[0], g[1], rel[0], rel[1], formulas[3])
		}
	}
	if g := gaps[2]; math.Abs(g[0]-2.0/18) > 0.02 || math.Abs(g[1]-6.0/18) > 0.02 {
		t.Errorf("$%s$: %.3fem before \\colon, %.3fem after it, want amsmath's %.3fem and %.3fem", formulas[2], g[0], g[1], 2.0/18, 6.0/18)
	}
}

// TestMathLeadingRelationInBrowser: a relation with nothing before it,
// first in a formula or after an opening parenthesis, has no space before
// it, as TeX sets it, where Chromium gave $\geq 99\%$ a thick space
// before the ≥; and \sim or \approx there is a prefix of the quantity
// after it, "about" (an abstract's ~5%), with no space after it either.
func TestMathLeadingRelationInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	formulas := []string{`\sim 5\%`, `(\sim 5\%)`, `\approx 2\times`, `\geq 99\%`, `(< 1\%)`}
	showFormulas(t, ctx, formulas)
	// For each formula, the space before its relation (from the formula's
	// start or the parenthesis) and after it, in ems of its font.
	gaps := run(t, ctx, chromedp.Evaluate[[][]float64](`[...document.querySelectorAll("article math")].map(m => {
		const op = [...m.querySelectorAll("mo")].find(mo => /^[∼≈≥<]$/.test(mo.textContent)), box = e => e.getBoundingClientRect(), em = parseFloat(getComputedStyle(m).fontSize);
		const before = op.previousElementSibling ? box(op.previousElementSibling).right : box(m).left;
		return [(box(op).left - before) / em, (box(op.nextElementSibling).left - box(op).right) / em];
	})`))
	if len(gaps) != len(formulas) {
		t.Fatalf("found %d formulas, want %d", len(gaps), len(formulas))
	}
	for i, g := range gaps {
		after := 0.0
		if i >= 3 {
			after = 5.0 / 18
		}
		if math.Abs(g[0]) > 0.02 || math.Abs(g[1]-after) > 0.02 {
			t.Errorf("$%s$: %.3fem before its relation, %.3fem after it, want none and %.3fem", formulas[i], g[0], g[1], after)
		}
	}
}

// TestMathBigDelimitersInBrowser: a delimiter of a size of its own
// (\big, \Big, \bigl…) is as far from what it encloses as one at its own
// size is, as TeX sets them: Chromium gave a stretchy delimiter the room
// of the widest glyph it could draw, whatever its size, so \big( x \big)
// showed as ( x ).
func TestMathBigDelimitersInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 1000))
	formulas := []string{`(x)`, `\big( x \big)`, `\Big( x \Big)`, `\bigl( x \bigr)`, `[x]`, `\Big[ x \Big]`, `\{x\}`, `\bigg\{ x \bigg\}`}
	gaps := inkGaps(t, ctx, formulas)
	for i, f := range formulas {
		plain := gaps[0]
		if i >= 6 {
			plain = gaps[6]
		} else if i >= 4 {
			plain = gaps[4]
		}
		if g := gaps[i]; len(g) != 2 || math.Abs(g[0]-plain[0]) > 0.06 || math.Abs(g[1]-plain[1]) > 0.06 {
			t.Errorf("$%s$: %.2fem of blank between its delimiters and x, want about the %.2fem of its delimiters at their own size", f, g, plain)
		}
	}
}

// inkGaps shows formulas in the browser of ctx, 60 px high, and returns,
// for each, the blank columns between the pieces of its ink, in ems: the
// space a reader sees between a parenthesis and what it encloses.
func inkGaps(t *testing.T, ctx context.Context, formulas []string) [][]float64 {
	t.Helper()
	showFormulas(t, ctx, formulas)
	if n := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("article math").forEach((m, i) => { m.id = "f" + i; m.style.fontSize = "60px"; }) || document.querySelectorAll("article math").length`)); n != len(formulas) {
		t.Fatalf("found %d formulas, want %d", n, len(formulas))
	}
	var gaps [][]float64
	for i := range formulas {
		img, err := png.Decode(bytes.NewReader(run(t, ctx, chromedp.Screenshot("#f"+strconv.Itoa(i)))))
		if err != nil {
			t.Fatal(err)
		}
		b := img.Bounds()
		br, bg, bb, _ := img.At(b.Min.X, b.Min.Y).RGBA()
		var g []float64
		blank, seen := 0, false
		for x := b.Min.X; x < b.Max.X; x++ {
			ink := false
			for y := b.Min.Y; y < b.Max.Y && !ink; y++ {
				r, gr, bl, _ := img.At(x, y).RGBA()
				ink = far(r, br)+far(gr, bg)+far(bl, bb) > 3*0x8000
			}
			switch {
			case ink && seen && blank > 0:
				g = append(g, float64(blank)/60)
				blank = 0
			case ink:
				seen = true
			case seen:
				blank++
			}
		}
		gaps = append(gaps, g)
	}
	return gaps
}

// TestMathBinomInBrowser: a binomial in a line has TeX's text-style
// parentheses, \big's, as far from the numbers they enclose as a
// parenthesis from what it encloses at its own size, where Chromium
// stretched them to cover the stacked numbers and gave them the room of
// their widest size: \binom{n}{k} showed loose, ( ⁿₖ ).
func TestMathBinomInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 1000))
	formulas := []string{`\binom{n}{k}`, `(x)`, `\big( x \big)`}
	gaps := inkGaps(t, ctx, formulas)
	if g, plain := gaps[0], gaps[1]; len(g) != 2 || math.Abs(g[0]-plain[0]) > 0.06 || math.Abs(g[1]-plain[1]) > 0.06 {
		t.Errorf("$%s$: %.2fem of blank inside its parentheses, want about the %.2fem of $%s$", formulas[0], g, plain, formulas[1])
	}
	heights := run(t, ctx, chromedp.Evaluate[[]float64](`[...document.querySelectorAll("article math")].map(m => m.querySelector("mo").getBoundingClientRect().height)`))
	if math.Abs(heights[0]-heights[2]) > 0.5 {
		t.Errorf("$%s$'s parenthesis is %.1fpx high, want the %.1fpx of $%s$'s", formulas[0], heights[0], heights[2], formulas[2])
	}
}

// TestMathStretchedFencesInBrowser: \left and \right delimiters that
// stretch over a taller row stand about as far from it as a parenthesis
// at its own size from x, as TeX sets them, where Chromium gave them the
// room of their widest size: \left( x^2 \right) showed as ( x² ).
func TestMathStretchedFencesInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 1000))
	formulas := []string{`(x)`, `\left( x^2 \right)`, `\left( \frac{a}{b} \right)`, `\left[ \hat{x} \right]`, `\mathrm{softmax}\left(\frac{QK^T}{\sqrt{d_k}}\right)V`}
	gaps := inkGaps(t, ctx, formulas)
	plain := gaps[0]
	for i, f := range formulas[1:4] {
		// The first blank and the last: x² has one between x and 2.
		if g := gaps[i+1]; len(g) < 2 || math.Abs(g[0]-plain[0]) > 0.1 || math.Abs(g[len(g)-1]-plain[1]) > 0.1 {
			t.Errorf("$%s$: %.2fem of blank between its pieces, want about the %.2fem inside $%s$ inside its delimiters", f, g, plain, formulas[0])
		}
	}
	// softmax's parentheses are no nearer to V than a parenthesis is to x.
	if g := gaps[4]; len(g) < 2 || g[len(g)-1] < plain[1]-0.1 {
		t.Errorf("$%s$: %.2fem of blank between its pieces, want at least %.2fem before V", formulas[4], g, plain[1]-0.1)
	}
}

// TestMathRootInBrowser: what follows a root stands nearer the end of its
// overbar than the quarter em more than from a letter that Chromium left,
// the room of the radical sign's widest size: DDPM's
// \sqrt{\bar\alpha_t}\,x_0 showed as √ᾱₜ  x₀. (TeX's overbar ends where
// its content does, nearer still; see radicalMargin for why not all of it
// is taken back.)
func TestMathRootInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 1000))
	formulas := []string{`\sqrt{a}\,x`, `a\,x`, `\sqrt[3]{a}\,x`}
	gaps := inkGaps(t, ctx, formulas)
	plain := gaps[1]
	for _, i := range []int{0, 2} {
		if g := gaps[i]; len(g) == 0 || len(plain) != 1 || g[len(g)-1]-plain[0] > 0.15 {
			t.Errorf("$%s$: %.2fem of blank between its pieces, want no more than 0.15em over the %.2fem of $%s$ before x", formulas[i], g, plain, formulas[1])
		}
	}
}

// TestMathBigOperatorSpaceInBrowser: a big operator has a thin space
// before it only after an ordinary atom (a\sum), as TeX sets it, and none
// after an opening parenthesis or first in a formula, and only the
// relation's after one, where MathML gave ∑ its thin space wherever it
// was: ( ∑ xᵢ), and a = ∑ with a thick space and a thin one.
func TestMathBigOperatorSpaceInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	formulas := []string{`(\sum_i x_i)`, `\sum_i x_i`, `a = \sum_i x_i`, `a = b`, `a \sum_i x_i`}
	showFormulas(t, ctx, formulas)
	// For each formula, the space before ∑ (from the formula's start or
	// what precedes it), or after = in a = b, in ems of its font.
	gaps := run(t, ctx, chromedp.Evaluate[[]float64](`[...document.querySelectorAll("article math")].map(m => {
		const box = e => e.getBoundingClientRect(), em = parseFloat(getComputedStyle(m).fontSize);
		const sum = [...m.querySelectorAll("mo")].find(mo => mo.textContent == "∑");
		if (!sum) { const eq = m.querySelector("mo"); return (box(eq.nextElementSibling).left - box(eq).right) / em; }
		const before = sum.parentElement.previousElementSibling;
		return (box(sum).left - (before ? box(before).right : box(m).left)) / em;
	})`))
	if len(gaps) != len(formulas) {
		t.Fatalf("found %d formulas, want %d", len(gaps), len(formulas))
	}
	for i, want := range []float64{0, 0, gaps[3], 0, 1.0 / 6} {
		if i != 3 && math.Abs(gaps[i]-want) > 0.02 {
			t.Errorf("$%s$: %.3fem before ∑, want %.3fem", formulas[i], gaps[i], want)
		}
	}
}

// TestMathEndingInRootFitsInBrowser: a formula in a sentence that ends in
// a root holds the root's overbar whole, where the room taken back after
// a root (radicalMargin) ran the overbar past the end of the formula's
// box, which then scrolled by those 3 px, cut the overbar's end and took a
// stop of its own in the page's Tab order ($1/\sqrt{d_k}$ in the sample's
// Transformer paper).
func TestMathEndingInRootFitsInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1000, 800))
	formulas := []string{`1/\sqrt{d_k}`, `\sqrt{a}`, `\sqrt[3]{x}`, `x^{\sqrt{y}}`, `a + \sqrt{b_t}`}
	showFormulas(t, ctx, formulas)
	got := run(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll("article math")].filter(m => m.scrollWidth > m.clientWidth).map(m =>
		m.getAttribute("alttext") + " (" + m.scrollWidth + " px in " + m.clientWidth + ")")`))
	if len(got) > 0 {
		t.Errorf("formulas wider than their box, which scrolls: %s", strings.Join(got, ", "))
	}
}
