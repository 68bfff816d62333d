package tex

import (
	"html"
	"strings"
	"testing"
)

// inline wraps presentation markup as MathML returns it for inline src.
func inline(src, body string) string {
	return wrap(src, "inline", body)
}

func wrap(src, mode, body string) string {
	var b strings.Builder
	escape(&b, src)
	return `<math display="` + mode + `" alttext="` + b.String() + `"><mrow>` + body + `</mrow></math>`
}

func TestMathMLExact(t *testing.T) {
	const thin = `<mspace width="0.1667em"></mspace>`
	tests := []struct {
		src     string
		display bool
		want    string
	}{
		{`x^2`, false, inline(`x^2`, `<msup><mi>x</mi><mn>2</mn></msup>`)},
		{`x_i^2`, false, inline(`x_i^2`, `<msubsup><mi>x</mi><mi>i</mi><mn>2</mn></msubsup>`)},
		// A prime follows its base rather than raising it: Chromium draws
		// a raised ′ in a superscript tiny, high and apart from the f.
		{`f'(x)`, false, inline(`f'(x)`, `<mrow><mi>f</mi><mo>′</mo></mrow><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo>`)},
		{`f''^2`, false, inline(`f''^2`, `<msup><mrow><mi>f</mi><mo>″</mo></mrow><mn>2</mn></msup>`)},
		{`x'_i`, false, inline(`x'_i`, `<msub><mrow><mi>x</mi><mo>′</mo></mrow><mi>i</mi></msub>`)},
		{`x^23`, false, inline(`x^23`, `<msup><mi>x</mi><mn>2</mn></msup><mn>3</mn>`)},
		{`3.14 + 10`, false, inline(`3.14 + 10`, `<mn>3.14</mn><mo>+</mo><mn>10</mn>`)},
		{`xy`, false, inline(`xy`, `<mi>x</mi><mi>y</mi>`)},
		// := is one relation, the colon against the equals sign, as TeX sets it.
		{`a := b`, false, inline(`a := b`, `<mi>a</mi><mo>:=</mo><mi>b</mi>`)},
		// A no-break or thin space pasted from a web page is white space.
		{"a\u00a0+\u2009b", false, inline("a\u00a0+\u2009b", `<mi>a</mi><mo>+</mo><mi>b</mi>`)},
		{`a-b*c`, false, inline(`a-b*c`, `<mi>a</mi><mo>−</mo><mi>b</mi><mo>∗</mo><mi>c</mi>`)},
		{`\alpha\Gamma\varepsilon`, false, inline(`\alpha\Gamma\varepsilon`, `<mi>α</mi><mi mathvariant="normal">Γ</mi><mi>ε</mi>`)},
		{`\frac{a}{b}`, false, inline(`\frac{a}{b}`, `<mfrac><mi>a</mi><mi>b</mi></mfrac>`)},
		{`\frac12`, false, inline(`\frac12`, `<mfrac><mn>1</mn><mn>2</mn></mfrac>`)},
		{`\dfrac{1}{n}`, false, inline(`\dfrac{1}{n}`, `<mstyle displaystyle="true" scriptlevel="0"><mfrac><mn>1</mn><mi>n</mi></mfrac></mstyle>`)},
		{`\tfrac{1}{n}`, true, wrap(`\tfrac{1}{n}`, "block", `<mstyle displaystyle="false"><mfrac><mn>1</mn><mi>n</mi></mfrac></mstyle>`)},
		{`\binom{n}{k}`, false, inline(`\binom{n}{k}`, `<mrow><mo form="prefix" fence="true" stretchy="true" minsize="1.2em" maxsize="1.2em" style="width:0.53em">(</mo><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac><mo form="postfix" fence="true" stretchy="true" minsize="1.2em" maxsize="1.2em" style="width:0.53em">)</mo></mrow>`)},
		{`\binom{n}{k}`, true, wrap(`\binom{n}{k}`, "block", `<mrow><mo form="prefix" fence="true" stretchy="true" minsize="2.470em" maxsize="2.470em" style="width:0.92em">(</mo><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac><mo form="postfix" fence="true" stretchy="true" minsize="2.470em" maxsize="2.470em" style="width:0.92em">)</mo></mrow>`)},
		{`\tbinom{n}{k}`, true, wrap(`\tbinom{n}{k}`, "block", `<mrow><mo form="prefix" fence="true" stretchy="true" minsize="1.2em" maxsize="1.2em" style="width:0.53em">(</mo><mstyle displaystyle="false"><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac></mstyle><mo form="postfix" fence="true" stretchy="true" minsize="1.2em" maxsize="1.2em" style="width:0.53em">)</mo></mrow>`)},
		{`\sqrt{x+1}`, false, inline(`\sqrt{x+1}`, `<msqrt style="margin-right:-0.14em"><mi>x</mi><mo>+</mo><mn>1</mn></msqrt>`)},
		{`\sqrt[n]{x}`, false, inline(`\sqrt[n]{x}`, `<mroot style="margin-right:-0.14em"><mi>x</mi><mi>n</mi></mroot>`)},
		{`\sum_{i=1}^n x_i`, false, inline(`\sum_{i=1}^n x_i`, `<msubsup><mo lspace="0">∑</mo><mrow><mi>i</mi><mo lspace="0" rspace="0">=</mo><mn>1</mn></mrow><mi>n</mi></msubsup><msub><mi>x</mi><mi>i</mi></msub>`)},
		{`\sum_{i=1}^n x_i`, true, wrap(`\sum_{i=1}^n x_i`, "block", `<munderover><mo lspace="0">∑</mo><mrow><mi>i</mi><mo lspace="0" rspace="0">=</mo><mn>1</mn></mrow><mi>n</mi></munderover><msub><mi>x</mi><mi>i</mi></msub>`)},
		{`-\int f`, false, inline(`-\int f`, `<mo>−</mo><mo>∫</mo><mi>f</mi>`)}, // a thin space after an ordinary sign
		{`\sum\limits_i`, false, inline(`\sum\limits_i`, `<munder><mo lspace="0" movablelimits="false">∑</mo><mi>i</mi></munder>`)},
		{`\int_0^1`, true, wrap(`\int_0^1`, "block", `<msubsup><mo lspace="0">∫</mo><mn>0</mn><mn>1</mn></msubsup>`)},
		{`\lim_{n\to\infty}`, true, wrap(`\lim_{n\to\infty}`, "block", `<munder><mi>lim</mi><mrow><mi>n</mi><mo lspace="0" rspace="0">→</mo><mi>∞</mi></mrow></munder><mo>`+"\u2061"+`</mo>`)},
		{`\max_x f`, false, inline(`\max_x f`, `<msub><mi>max</mi><mi>x</mi></msub><mo rspace="0.1667em">`+"\u2061"+`</mo><mi>f</mi>`)},
		// A function name after an ordinary atom is set off by a thin
		// space, as TeX does: "n log n", not "nlog n".
		{`\mathcal{O}(n \log n)`, false, inline(`\mathcal{O}(n \log n)`, "<mi>𝒪\ufe00</mi>"+`<mo stretchy="false">(</mo><mi>n</mi><mspace width="0.1667em"></mspace><mi>log</mi><mo rspace="0.1667em">`+"\u2061"+`</mo><mi>n</mi><mo stretchy="false">)</mo>`)},
		{`P(x)\log y`, false, inline(`P(x)\log y`, `<mi>P</mi><mo stretchy="false">(</mo><mi>x</mi><mo stretchy="false">)</mo><mspace width="0.1667em"></mspace><mi>log</mi><mo rspace="0.1667em">`+"\u2061"+`</mo><mi>y</mi>`)},
		{`|x|\sin y`, false, inline(`|x|\sin y`, `<mo stretchy="false" lspace="0" rspace="0">|</mo><mi>x</mi><mo stretchy="false" lspace="0" rspace="0">|</mo><mspace width="0.1667em"></mspace><mi>sin</mi><mo rspace="0.1667em">`+"\u2061"+`</mo><mi>y</mi>`)},
		{`(\log x`, false, inline(`(\log x`, `<mo stretchy="false">(</mo><mi>log</mi><mo rspace="0.1667em">`+"\u2061"+`</mo><mi>x</mi>`)},
		{`2\max_x f`, false, inline(`2\max_x f`, `<mn>2</mn><mspace width="0.1667em"></mspace><msub><mi>max</mi><mi>x</mi></msub><mo rspace="0.1667em">`+"\u2061"+`</mo><mi>f</mi>`)},
		{`\log(n)`, false, inline(`\log(n)`, `<mi>log</mi><mo>`+"\u2061"+`</mo><mo stretchy="false">(</mo><mi>n</mi><mo stretchy="false">)</mo>`)},
		{`\operatorname{softmax}(z)`, false, inline(`\operatorname{softmax}(z)`, `<mi>softmax</mi><mo>`+"\u2061"+`</mo><mo stretchy="false">(</mo><mi>z</mi><mo stretchy="false">)</mo>`)},
		{`\operatorname*{arg\,max}_\theta`, true, wrap(`\operatorname*{arg\,max}_\theta`, "block", `<munder><mi>arg`+"\u2009"+`max</mi><mi>θ</mi></munder><mo>`+"\u2061"+`</mo>`)},
		{`\mathbb{R}^d`, false, inline(`\mathbb{R}^d`, `<msup><mi>ℝ</mi><mi>d</mi></msup>`)},
		// \mathcal is plain script, which math fonts draw as TeX's
		// calligraphic letters (bold script is bold), its capitals in the
		// chancery style; \mathscr's take the roundhand style.
		{`\mathcal{L}`, false, inline(`\mathcal{L}`, "<mi>ℒ\ufe00</mi>")},
		{`𝓛 + ℒ`, false, inline(`𝓛 + ℒ`, `<mi>𝓛</mi><mo>+</mo><mi>ℒ</mi>`)}, // as typed
		{`\mathcal{Az}\mathscr{L}`, false, inline(`\mathcal{Az}\mathscr{L}`, "<mi>𝒜\ufe00𝓏</mi><mi>ℒ\ufe01</mi>")},
		// In \boldsymbol or \bm they are bold script with the same
		// selectors, and \mathfrak bold Fraktur, as TeX's bold math
		// version draws them; \mathbf, like any alphabet, gives way to
		// the one inside it, and \mathbb has no bold letters.
		{`\boldsymbol{\mathcal{Lx}}`, false, inline(`\boldsymbol{\mathcal{Lx}}`, "<mi>𝓛\ufe00𝔁</mi>")},
		{`\bm{\mathscr L \mathfrak g \mathbb R \alpha 1}`, false, inline(`\bm{\mathscr L \mathfrak g \mathbb R \alpha 1}`, "<mrow><mi>𝓛\ufe01</mi><mi>𝖌</mi><mi>ℝ</mi><mi>𝜶</mi><mn>𝟏</mn></mrow>")},
		{`\mathbf{\mathcal L \Gamma 1}`, false, inline(`\mathbf{\mathcal L \Gamma 1}`, "<mrow><mi>ℒ\ufe00</mi><mi>𝚪</mi><mn>𝟏</mn></mrow>")},
		// A sign after an operator or an opening delimiter is unary,
		// with no space after it; first in its row MathML takes it so.
		{`a = -b`, false, inline(`a = -b`, `<mi>a</mi><mo>=</mo><mo form="prefix">−</mo><mi>b</mi>`)},
		{`(-x) - (\pm y)`, false, inline(`(-x) - (\pm y)`, `<mo stretchy="false">(</mo><mo form="prefix">−</mo><mi>x</mi><mo stretchy="false">)</mo><mo>−</mo><mo stretchy="false">(</mo><mo form="prefix">±</mo><mi>y</mi><mo stretchy="false">)</mo>`)},
		// In a script, and in a fraction's parts in inline math, TeX sets
		// relations, binary operators and punctuation with no space; a
		// sign first in its row MathML spaces as a prefix already.
		{`x_{t+1}^{-1}`, false, inline(`x_{t+1}^{-1}`, `<msubsup><mi>x</mi><mrow><mi>t</mi><mo lspace="0" rspace="0">+</mo><mn>1</mn></mrow><mrow><mo>−</mo><mn>1</mn></mrow></msubsup>`)},
		{`\frac{a+b}{2}`, false, inline(`\frac{a+b}{2}`, `<mfrac><mrow><mi>a</mi><mo lspace="0" rspace="0">+</mo><mi>b</mi></mrow><mn>2</mn></mfrac>`)},
		{`\frac{a+b}{2}`, true, wrap(`\frac{a+b}{2}`, "block", `<mfrac><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mn>2</mn></mfrac>`)},
		{`\frac{\frac{a+b}{2}}{c}`, true, wrap(`\frac{\frac{a+b}{2}}{c}`, "block", `<mfrac><mfrac><mrow><mi>a</mi><mo lspace="0" rspace="0">+</mo><mi>b</mi></mrow><mn>2</mn></mfrac><mi>c</mi></mfrac>`)},
		{`a_1, \ldots, a_n + \cdots + b`, false, inline(`a_1, \ldots, a_n + \cdots + b`, `<msub><mi>a</mi><mn>1</mn></msub><mo>,</mo><mi>…</mi>`+thin+`<mo>,</mo><msub><mi>a</mi><mi>n</mi></msub><mo>+</mo><mi>⋯</mi><mo>+</mo><mi>b</mi>`)},
		// A binary operator with no operand on one side is ordinary,
		// with no space, as TeX sets it; signs are unary instead.
		{`1.5\times, (\times 2) a\times b`, false, inline(`1.5\times, (\times 2) a\times b`, `<mn>1.5</mn><mo lspace="0" rspace="0">×</mo><mo>,</mo><mo stretchy="false">(</mo><mo lspace="0" rspace="0">×</mo><mn>2</mn><mo stretchy="false">)</mo><mi>a</mi><mo>×</mo><mi>b</mi>`)},
		// An ellipsis is TeX's inner atom: a thin space after an ordinary
		// atom and before one, before an opening delimiter and before
		// punctuation, none before a closing delimiter, none in a script.
		{`x_1 \cdots x_n (\ldots)`, false, inline(`x_1 \cdots x_n (\ldots)`, `<msub><mi>x</mi><mn>1</mn></msub>`+thin+`<mi>⋯</mi>`+thin+`<msub><mi>x</mi><mi>n</mi></msub><mo stretchy="false">(</mo><mi>…</mi><mo stretchy="false">)</mo>`)},
		{`\ldots\ldots (a)`, false, inline(`\ldots\ldots (a)`, `<mi>…</mi>`+thin+`<mi>…</mi>`+thin+`<mo stretchy="false">(</mo><mi>a</mi><mo stretchy="false">)</mo>`)},
		{`x_{1,\ldots,n}`, false, inline(`x_{1,\ldots,n}`, `<msub><mi>x</mi><mrow><mn>1</mn><mo lspace="0" rspace="0">,</mo><mi>…</mi><mo lspace="0" rspace="0">,</mo><mi>n</mi></mrow></msub>`)},
		{`(N_c / N)`, false, inline(`(N_c / N)`, `<mo stretchy="false">(</mo><msub><mi>N</mi><mi>c</mi></msub><mo stretchy="false" lspace="0" rspace="0">/</mo><mi>N</mi><mo stretchy="false">)</mo>`)},
		// A function name after a unary sign is set off by a thin space,
		// as after any ordinary atom.
		{`a = -\log p`, false, inline(`a = -\log p`, `<mi>a</mi><mo>=</mo><mo form="prefix">−</mo><mspace width="0.1667em"></mspace><mi>log</mi><mo rspace="0.1667em">`+"\u2061"+`</mo><mi>p</mi>`)},
		{`-\log p`, false, inline(`-\log p`, `<mo>−</mo><mspace width="0.1667em"></mspace><mi>log</mi><mo rspace="0.1667em">`+"\u2061"+`</mo><mi>p</mi>`)},
		{`-a - b`, false, inline(`-a - b`, `<mo>−</mo><mi>a</mi><mo>−</mo><mi>b</mi>`)},
		{`\mathrm{d}x`, false, inline(`\mathrm{d}x`, `<mi mathvariant="normal">d</mi><mi>x</mi>`)},
		{`\mathrm{KL}`, false, inline(`\mathrm{KL}`, `<mi>KL</mi>`)},
		{`\mathbf{W}x`, false, inline(`\mathbf{W}x`, `<mi>𝐖</mi><mi>x</mi>`)},
		{`\boldsymbol{\theta}`, false, inline(`\boldsymbol{\theta}`, `<mi>𝜽</mi>`)},
		{`\mathbb R`, false, inline(`\mathbb R`, `<mi>ℝ</mi>`)},
		{`\hat{x}`, false, inline(`\hat{x}`, `<mover accent="true"><mi>x</mi><mo stretchy="false">^</mo></mover>`)},
		{`\overline{AB}`, false, inline(`\overline{AB}`, `<mover accent="true"><mrow><mi>A</mi><mi>B</mi></mrow><mo stretchy="true">‾</mo></mover>`)},
		// Delimiters around a row no taller than text keep their own
		// size, as TeX sets them; around a taller one they stretch.
		{`\left(x\right)`, false, inline(`\left(x\right)`, `<mrow><mo form="prefix" fence="true" stretchy="false">(</mo><mi>x</mi><mo form="postfix" fence="true" stretchy="false">)</mo></mrow>`)},
		{`\left(x^2\right)`, false, inline(`\left(x^2\right)`, `<mrow><mo form="prefix" fence="true" stretchy="true" style="width:0.62em">(</mo><msup><mi>x</mi><mn>2</mn></msup><mo form="postfix" fence="true" stretchy="true" style="width:0.62em">)</mo></mrow>`)},
		{`\left\{x\middle|y\right.`, false, inline(`\left\{x\middle|y\right.`, `<mrow><mo form="prefix" fence="true" stretchy="false">{</mo><mi>x</mi><mo stretchy="false" lspace="0" rspace="0">|</mo><mi>y</mi></mrow>`)},
		{`\left\{\frac{1}{x}\middle|y\right.`, false, inline(`\left\{\frac{1}{x}\middle|y\right.`, `<mrow><mo form="prefix" fence="true" stretchy="true" style="width:0.73em">{</mo><mfrac><mn>1</mn><mi>x</mi></mfrac><mo stretchy="true" style="width:0.38em" lspace="0" rspace="0">|</mo><mi>y</mi></mrow>`)},
		{`\left(\left(x\right)\right)`, false, inline(`\left(\left(x\right)\right)`, `<mrow><mo form="prefix" fence="true" stretchy="false">(</mo><mrow><mo form="prefix" fence="true" stretchy="false">(</mo><mi>x</mi><mo form="postfix" fence="true" stretchy="false">)</mo></mrow><mo form="postfix" fence="true" stretchy="false">)</mo></mrow>`)},
		{`\left(\sum x\right)`, false, inline(`\left(\sum x\right)`, `<mrow><mo form="prefix" fence="true" stretchy="true" style="width:0.53em">(</mo><mo lspace="0">∑</mo><mi>x</mi><mo form="postfix" fence="true" stretchy="true" style="width:0.53em">)</mo></mrow>`)},
		{`\bigl(x\bigr)`, false, inline(`\bigl(x\bigr)`, `<mo form="prefix" fence="true" stretchy="true" minsize="1.2em" maxsize="1.2em" style="width:0.53em">(</mo><mi>x</mi><mo form="postfix" fence="true" stretchy="true" minsize="1.2em" maxsize="1.2em" style="width:0.53em">)</mo>`)},
		// A bar is an ordinary symbol in TeX, with no space either side,
		// unless marked as opening or closing: MathML's operator
		// dictionary would space one inside a row as a relation.
		{`\|x\|`, false, inline(`\|x\|`, `<mo stretchy="false" lspace="0" rspace="0">‖</mo><mi>x</mi><mo stretchy="false" lspace="0" rspace="0">‖</mo>`)},
		{`|\Delta_t| + b`, false, inline(`|\Delta_t| + b`, `<mo stretchy="false" lspace="0" rspace="0">|</mo><msub><mi mathvariant="normal">Δ</mi><mi>t</mi></msub><mo stretchy="false" lspace="0" rspace="0">|</mo><mo>+</mo><mi>b</mi>`)},
		{`\lvert x\rVert`, false, inline(`\lvert x\rVert`, `<mo form="prefix" fence="true" stretchy="false">|</mo><mi>x</mi><mo form="postfix" fence="true" stretchy="false">‖</mo>`)},
		{`\bigl\lvert x\bigr|`, false, inline(`\bigl\lvert x\bigr|`, `<mo form="prefix" fence="true" stretchy="true" minsize="1.2em" maxsize="1.2em" style="width:0.38em">|</mo><mi>x</mi><mo form="postfix" fence="true" stretchy="true" minsize="1.2em" maxsize="1.2em" style="width:0.38em">|</mo>`)},
		{`\Big| x`, false, inline(`\Big| x`, `<mo stretchy="true" minsize="1.623em" maxsize="1.623em" style="width:0.38em" lspace="0" rspace="0">|</mo><mi>x</mi>`)},
		{`\text{if } x`, false, inline(`\text{if } x`, "<mtext>if\u00a0</mtext><mi>x</mi>")},
		{`a\,b\quad c`, false, inline(`a\,b\quad c`, `<mi>a</mi><mspace width="0.1667em"></mspace><mi>b</mi><mspace width="1em"></mspace><mi>c</mi>`)},
		{`a\!b`, false, inline(`a\!b`, `<mi>a</mi><mi>b</mi>`)},
		{`\{x\}`, false, inline(`\{x\}`, `<mo stretchy="false">{</mo><mi>x</mi><mo stretchy="false">}</mo>`)},
		{`61.08\%`, false, inline(`61.08\%`, `<mn>61.08</mn><mi>%</mi>`)},
		{`\not\in`, false, inline(`\not\in`, `<mo lspace="0" rspace="0">∉</mo>`)}, // a relation alone has no space
		{`\begin{pmatrix}a&b\\c&d\end{pmatrix}`, false, inline(`\begin{pmatrix}a&b\\c&d\end{pmatrix}`,
			`<mrow><mo form="prefix" fence="true" stretchy="true">(</mo><mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr><mtr><mtd><mi>c</mi></mtd><mtd><mi>d</mi></mtd></mtr></mtable><mo form="postfix" fence="true" stretchy="true">)</mo></mrow>`)},
		{`\begin{cases}1&x>0\\0&\text{else}\end{cases}`, false, inline(`\begin{cases}1&x>0\\0&\text{else}\end{cases}`,
			`<mrow><mo form="prefix" fence="true" stretchy="true">{</mo><mtable columnalign="left left"><mtr><mtd columnalign="left"><mn>1</mn></mtd><mtd columnalign="left"><mi>x</mi><mo>&gt;</mo><mn>0</mn></mtd></mtr><mtr><mtd columnalign="left"><mn>0</mn></mtd><mtd columnalign="left"><mtext>else</mtext></mtd></mtr></mtable></mrow>`)},
		{`a<b \& c`, false, inline(`a<b \& c`, `<mi>a</mi><mo>&lt;</mo><mi>b</mi><mi>&amp;</mi><mi>c</mi>`)},
		{`\text{"q"}`, false, inline(`\text{"q"}`, `<mtext>&quot;q&quot;</mtext>`)},
		{``, false, inline(``, ``)},
		// Commands real abstracts and notes use that once fell back to code.
		{`W^\intercal x`, false, inline(`W^\intercal x`, `<msup><mi>W</mi><mi>⊺</mi></msup><mi>x</mi>`)},
		{`\mathds{1}[y=k]`, false, inline(`\mathds{1}[y=k]`, `<mn>𝟙</mn><mo stretchy="false">[</mo><mi>y</mi><mo>=</mo><mi>k</mi><mo stretchy="false">]</mo>`)},
		{`\mathbbm{1}`, false, inline(`\mathbbm{1}`, `<mn>𝟙</mn>`)},
		{`{\cal L}+{\it x}`, false, inline(`{\cal L}+{\it x}`, "<mi>ℒ\ufe00</mi>"+`<mo>+</mo><mi>𝑥</mi>`)},
		{`\mathop{\mathrm{arg\,min}}_{w} L`, true, wrap(`\mathop{\mathrm{arg\,min}}_{w} L`, "block", `<munder><mi>arg`+"\u2009"+`min</mi><mi>w</mi></munder><mo rspace="0.1667em">`+"\u2061"+`</mo><mi>L</mi>`)},
		{`\mathop{\mathrm{arg\,min}}_{w}`, false, inline(`\mathop{\mathrm{arg\,min}}_{w}`, `<msub><mi>arg`+"\u2009"+`min</mi><mi>w</mi></msub><mo>`+"\u2061"+`</mo>`)},
		{`\ensuremath{x}`, false, inline(`\ensuremath{x}`, `<mi>x</mi>`)},
		{`a\circledast b`, false, inline(`a\circledast b`, `<mi>a</mi><mo>⊛</mo><mi>b</mi>`)},
		{`\begin{equation} E = mc^2 \label{eq:e} \end{equation}`, true, wrap(`\begin{equation} E = mc^2 \label{eq:e} \end{equation}`, "block",
			`<mtable><mtr><mtd><mstyle displaystyle="true" scriptlevel="0"><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mstyle></mtd></mtr></mtable>`)},
		{`x = 1 \tag{2}`, true, wrap(`x = 1 \tag{2}`, "block", `<mi>x</mi><mo>=</mo><mn>1</mn><mrow><mspace width="2em"></mspace><mtext>(2)</mtext></mrow>`)},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			if got := MathML(tt.src, tt.display); got != tt.want {
				t.Errorf("MathML(%q, %v) = %s, want %s", tt.src, tt.display, got, tt.want)
			}
		})
	}
}

// TestMathMLConstructs checks that every supported construct converts to
// valid markup containing the given fragments.
func TestMathMLConstructs(t *testing.T) {
	tests := []struct {
		src  string
		want []string
	}{
		{`\alpha\beta\gamma\delta\epsilon\zeta\eta\theta\iota\kappa\lambda\mu\nu\xi\pi\rho\sigma\tau\upsilon\phi\chi\psi\omega`,
			[]string{"<mi>α</mi>", "<mi>ω</mi>", "<mi>ϵ</mi>", "<mi>ϕ</mi>"}},
		{`\varepsilon\vartheta\varphi\varrho\varsigma\varpi`, []string{"<mi>ε</mi>", "<mi>ϑ</mi>", "<mi>φ</mi>", "<mi>ϱ</mi>", "<mi>ς</mi>", "<mi>ϖ</mi>"}},
		{`\Gamma\Delta\Theta\Lambda\Xi\Pi\Sigma\Upsilon\Phi\Psi\Omega`, []string{`<mi mathvariant="normal">Δ</mi>`, `<mi mathvariant="normal">Ω</mi>`}},
		{`\mathit{diff}`, []string{"<mi>𝑑𝑖𝑓𝑓</mi>"}},
		{`\mathit{h}`, []string{"<mi>ℎ</mi>"}},
		{`\mathsf{T}`, []string{"<mi>𝖳</mi>"}},
		{`\mathtt{x}`, []string{"<mi>𝚡</mi>"}},
		{`\mathfrak{g}`, []string{"<mi>𝔤</mi>"}},
		{`\mathscr{L}`, []string{"<mi>ℒ\ufe01</mi>"}},
		{`\mathbb{N}\mathbb{Z}\mathbb{Q}\mathbb{C}\mathbb{E}\mathbb{1}`, []string{"<mi>ℕ</mi>", "<mi>ℤ</mi>", "<mi>ℚ</mi>", "<mi>ℂ</mi>", "<mi>𝔼</mi>", "<mn>𝟙</mn>"}},
		{`\mathcal{O}(n)`, []string{"<mi>𝒪\ufe00</mi>"}},
		{`\mathbf{0}`, []string{"<mn>𝟎</mn>"}},
		{`\bm{x}`, []string{"<mi>𝒙</mi>"}},
		{`\mathrm{\Delta t}`, []string{`<mi mathvariant="normal">Δ</mi>`, `<mi mathvariant="normal">t</mi>`}},
		{`\log\exp\min\max\sin\cos\tan\arg\det\dim\ker\Pr\sup\inf\lim\ln`, []string{"<mi>log</mi>", "<mi>exp</mi>", "<mi>Pr</mi>", "<mi>ker</mi>", "<mi>ln</mi>"}},
		{`\arg\max_x`, []string{"<mi>arg</mi>", "<msub><mi>max</mi><mi>x</mi></msub>"}},
		{`\prod_{i}\int_a^b\iint\oint\bigcup_i\bigcap_i`, []string{"<msub><mo lspace=\"0\">∏</mo><mi>i</mi></msub>", "<msubsup><mo>∫</mo>", "<mo>∬</mo>", "<mo>∮</mo>", "⋃", "⋂"}},
		{`a\cdot b\times c\div x\pm x\mp x\leq\geq\neq\approx\sim\simeq\equiv\propto\ll\gg\in\notin\subset\subseteq a\cup b\cap c`,
			[]string{"<mo>⋅</mo>", "<mo>×</mo>", "<mo>÷</mo>", "<mo>±</mo>", "<mo>∓</mo>", "<mo>≤</mo>", "<mo>≥</mo>", "<mo>≠</mo>", "<mo>≈</mo>", "<mo>∼</mo>", "<mo>≃</mo>", "<mo>≡</mo>", "<mo>∝</mo>", "<mo>≪</mo>", "<mo>≫</mo>", "<mo>∈</mo>", "<mo>∉</mo>", "<mo>⊂</mo>", "<mo>⊆</mo>", "<mo>∪</mo>", "<mo>∩</mo>"}},
		{`\to\rightarrow\leftarrow\Rightarrow\mapsto`, []string{"<mo>→</mo>", "<mo>←</mo>", "<mo>⇒</mo>", "<mo>↦</mo>"}},
		{`\infty\partial\nabla\ell\forall\exists`, []string{"<mi>∞</mi>", "<mi>∂</mi>", `<mi mathvariant="normal">∇</mi>`, "<mi>ℓ</mi>", "<mo>∀</mo>", "<mo>∃</mo>"}},
		{`\ldots\cdots\dots\mid`, []string{"<mi>…</mi>", "<mi>⋯</mi>", "<mo>∣</mo>"}},
		{`|x|`, []string{`<mo stretchy="false" lspace="0" rspace="0">|</mo><mi>x</mi><mo stretchy="false" lspace="0" rspace="0">|</mo>`}},
		{`\tilde{x}\bar{x}\vec{v}\dot{x}\widehat{xy}\widetilde{xy}`, []string{`<mo stretchy="false">~</mo>`, `<mo stretchy="false">¯</mo>`, `<mo stretchy="false">→</mo>`, `<mo stretchy="false">˙</mo>`, `<mo stretchy="true">^</mo>`, `<mo stretchy="true">~</mo>`}},
		{`\underbrace{a+b}_{n}`, []string{`<munder><munder><mrow><mi>a</mi><mo>+</mo><mi>b</mi></mrow><mo stretchy="true">⏟</mo></munder><mi>n</mi></munder>`}},
		{`\textrm{a}\mbox{b}\textit{c}\textbf{d}`, []string{"<mtext>a</mtext>", "<mtext>b</mtext>", "<mtext>𝑐</mtext>", "<mtext>𝐝</mtext>"}},
		{`A \boxtimes B \lhd C \curvearrowright D \lneq E`, []string{`<mi>A</mi><mo>⊠</mo><mi>B</mi><mo>⊲</mo><mi>C</mi><mo>↷</mo><mi>D</mi><mo>⪇</mo><mi>E</mi>`}},
		{`a \mathrel{:=} b \mathbin{\#} c \mathord{+}`, []string{`<mi>a</mi><mo>:=</mo><mi>b</mi><mo>#</mo><mi>c</mi><mo>+</mo>`}},
		{`a\hspace{1em}b\hspace*{2pt}c\kern0.5em d\mkern3mu e\hskip 2pt plus 1fil minus 1pt f\kern-3mu g`, []string{
			`<mi>a</mi><mspace width="1em"></mspace><mi>b</mi><mspace width="0.2em"></mspace><mi>c</mi><mspace width="0.5em"></mspace><mi>d</mi><mspace width="0.1667em"></mspace><mi>e</mi><mspace width="0.2em"></mspace><mi>f</mi><mi>g</mi>`}},
		{`\smash{x}+\smash[b]{y}`, []string{`<mi>x</mi><mo>+</mo><mi>y</mi>`}},
		{`\textsc{Adam}_t`, []string{`<msub><mtext style="font-variant-caps:small-caps">Adam</mtext><mi>t</mi></msub>`}},
		{`\text{Schr\"odinger 50\%}`, []string{"<mtext>Schrödinger 50%</mtext>"}},
		{`a\;b\qquad c~d`, []string{`<mspace width="0.2778em"></mspace>`, `<mspace width="2em"></mspace>`, `<mspace width="0.3333em"></mspace>`}},
		{`\langle x\rangle\lfloor x\rfloor\lceil x\rceil`, []string{`<mo stretchy="false">⟨</mo>`, `<mo stretchy="false">⟩</mo>`, `<mo stretchy="false">⌊</mo>`, `<mo stretchy="false">⌉</mo>`}},
		{`\left\langle x\right\rangle`, []string{`<mo form="prefix" fence="true" stretchy="false">⟨</mo>`}},
		{`\left\langle x_i\right\rangle`, []string{`<mo form="prefix" fence="true" stretchy="false">⟨</mo>`}},
		{`\left\langle x_i^2\right\rangle`, []string{`<mo form="prefix" fence="true" stretchy="true" style="width:0.62em">⟨</mo>`}},
		{`\left[x\right]`, []string{`<mo form="postfix" fence="true" stretchy="false">]</mo>`}},
		{`\left[\hat{x}\right]`, []string{`<mo form="postfix" fence="true" stretchy="true" style="width:0.63em">]</mo>`}},
		{`\top\star\circ\emptyset\#\_`, []string{"<mi>⊤</mi>", "<mo>⋆</mo>", `<mo lspace="0" rspace="0">∘</mo>`, "<mi>∅</mi>", "<mi>#</mi>", "<mi>_</mi>"}},
		{`\begin{bmatrix}1\\2\end{bmatrix}`, []string{`<mo form="prefix" fence="true" stretchy="true">[</mo>`, "<mtr><mtd><mn>1</mn></mtd></mtr><mtr><mtd><mn>2</mn></mtd></mtr>"}},
		{`\begin{matrix}a&b\\\end{matrix}`, []string{"<mtable><mtr><mtd><mi>a</mi></mtd><mtd><mi>b</mi></mtd></mtr></mtable>"}},
		{`\begin{aligned}a&=b\\&=c\end{aligned}`, []string{`<mtable columnalign="right left">`, `<mtd columnalign="left"><mstyle displaystyle="true" scriptlevel="0"><mi></mi><mo>=</mo><mi>c</mi></mstyle></mtd>`}},
		// Each cell says its alignment, which MathML Core's columnalign does not:
		// aligned's columns in right-left pairs, an array's each its own.
		{`\begin{aligned}a&=b&c&=d\end{aligned}`, []string{`<mtr><mtd columnalign="right"><mstyle displaystyle="true" scriptlevel="0"><mi>a</mi></mstyle></mtd><mtd columnalign="left">`, `</mtd><mtd columnalign="right"><mstyle displaystyle="true" scriptlevel="0"><mi>c</mi></mstyle></mtd><mtd columnalign="left">`}},
		{`\begin{array}{lcr}a&b&c\end{array}`, []string{`<mtable columnalign="left center right"><mtr><mtd columnalign="left"><mi>a</mi></mtd><mtd><mi>b</mi></mtd><mtd columnalign="right"><mi>c</mi></mtd></mtr>`}},
		{`\overset{!}{=}\underset{x}{y}\stackrel{def}{=}`, []string{"<mover><mo>=</mo><mo>!</mo></mover>", "<munder><mi>y</mi><mi>x</mi></munder>"}},
		{`\xrightarrow{f}`, []string{`<mover><mo stretchy="true">→</mo><mi>f</mi></mover>`}},
		{`a\bmod b\pmod{n}`, []string{"<mo>mod</mo>", "<mi>mod</mi>"}},
		{`\displaystyle\sum_i x`, []string{`<mstyle displaystyle="true" scriptlevel="0"><msub><mo lspace="0">∑</mo>`}},
		{`{}^{14}C`, []string{"<msup><mrow></mrow><mn>14</mn></msup>"}},
		{`x_{i_{j_k}}`, []string{"<msub><mi>x</mi><msub><mi>i</mi><msub><mi>j</mi><mi>k</mi></msub></msub></msub>"}},
		{`αβ≤1`, []string{"<mi>α</mi><mi>β</mi><mo>≤</mo><mn>1</mn>"}},
		{`{n \brace k}{a \atop b}`, []string{`>{</mo><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac><mo`, `>}</mo></mrow><mfrac linethickness="0"><mi>a</mi><mi>b</mi></mfrac></mrow>`}},
		{`{n \brack k}`, []string{`>[</mo><mfrac linethickness="0"><mi>n</mi><mi>k</mi></mfrac><mo`}},
		{`\Diamond \Bbbk R \Join S \eqsim T \restriction U`, []string{`<mi>◇</mi><mi>𝕜</mi><mi>R</mi><mo>⨝</mo><mi>S</mi><mo>≂</mo><mi>T</mi><mo>↾</mo><mi>U</mi>`}},
		{`\begin{dcases}\frac{1}{2} & x<0\end{dcases}`, []string{`<mtd columnalign="left"><mstyle displaystyle="true" scriptlevel="0"><mfrac>`}},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			got := MathML(tt.src, false)
			if err := checkMathML(tt.src, false, got); err != nil {
				t.Fatalf("MathML(%q, false) = %s: %v", tt.src, got, err)
			}
			if !strings.HasPrefix(got, "<math") {
				t.Fatalf("MathML(%q, false) = %s, want a <math> element", tt.src, got)
			}
			for _, w := range tt.want {
				if !strings.Contains(got, w) {
					t.Errorf("MathML(%q, false) = %s, want it to contain %s", tt.src, got, w)
				}
			}
		})
	}
}

func TestMathMLFallback(t *testing.T) {
	deep := strings.Repeat("{", 10000) + "x" + strings.Repeat("}", 10000)
	tests := []struct {
		name, src string
	}{
		{"unknown command", `\foo x`},
		{"unknown environment", `\begin{tikzcd}a\end{tikzcd}`},
		{"mismatched end", `\begin{matrix}a\end{pmatrix}`},
		{"unclosed brace", `\frac{a}{b`},
		{"stray close brace", `a}`},
		{"missing argument", `\frac{a}`},
		{"double superscript", `x^2^3`},
		{"double subscript", `x_1_2`},
		{"left without right", `\left( x`},
		{"right without left", `x \right)`},
		{"bad delimiter", `\left x \right)`},
		{"stray ampersand", `a & b`},
		{"stray row break", `a \\ b`},
		{"comment", `x % y`},
		{"nested math", `\text{a $x$}`},
		{"dollar", `a$b`},
		{"macro parameter", `#1`},
		{"control character", "a\x01b"},
		{"invalid UTF-8", "a\xffb"},
		{"trailing backslash", `x\`},
		{"script without argument", `x^`},
		{"unknown command in text", `\text{\foo}`},
		{"bad operatorname", `\operatorname{\frac{a}{b}}`},
		{"deep braces", deep},
		{"deep fractions", strings.Repeat(`\frac{1}{`, 1000) + "x" + strings.Repeat("}", 1000)},
		{"deep left", strings.Repeat(`\left(`, 1000) + strings.Repeat(`\right)`, 1000)},
		{"deep sqrt index", strings.Repeat(`\sqrt[{`, 500) + "x" + strings.Repeat("}]{y}", 500)},
		{"unclosed sqrt index", `\sqrt[3{x}`},
		{"too long", strings.Repeat("x+", MaxInput/2+1)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, display := range []bool{false, true} {
				got := MathML(tt.src, display)
				if !strings.HasPrefix(got, `<code class="math-fallback">`) {
					t.Fatalf("MathML(%.40q, %v) = %.200s, want the fallback", tt.src, display, got)
				}
				if err := checkMathML(tt.src, display, got); err != nil {
					t.Errorf("MathML(%.40q, %v) = %.200s: %v", tt.src, display, got, err)
				}
			}
		})
	}
}

func TestMathMLFallbackExact(t *testing.T) {
	tests := []struct {
		src     string
		display bool
		want    string
	}{
		{`\foo<b>&"`, false, `<code class="math-fallback">$\foo&lt;b&gt;&amp;&quot;$</code>`},
		{`\foo`, true, `<code class="math-fallback">$$\foo$$</code>`},
		{"\\foo\x00\xff", false, "<code class=\"math-fallback\">$\\foo\uFFFD\uFFFD$</code>"},
	}
	for _, tt := range tests {
		if got := MathML(tt.src, tt.display); got != tt.want {
			t.Errorf("MathML(%q, %v) = %s, want %s", tt.src, tt.display, got, tt.want)
		}
	}
}

// TestMathMLEscaping checks that <, & and " from the source never reach the
// output unescaped, in converted math and in the fallback.
func TestMathMLEscaping(t *testing.T) {
	for _, src := range []string{`a<b`, `a>b`, `\&`, `\text{<script>"&amp;"}`, `"x"`, `\foo<script>`, `\text{"}<\&`} {
		for _, display := range []bool{false, true} {
			got := MathML(src, display)
			if err := checkMathML(src, display, got); err != nil {
				t.Errorf("MathML(%q, %v) = %s: %v", src, display, got, err)
			}
			for _, bad := range []string{"<script", `""`, "&amp;amp;amp;", `&"`} {
				if strings.Contains(got, bad) {
					t.Errorf("MathML(%q, %v) = %s, contains %s", src, display, got, bad)
				}
			}
		}
	}
}

// TestMathMLTextOnce checks that a formula's text, as a browser without
// MathML shows it (lynx, w3m, a reader app: every text node), holds its
// symbols only, not its TeX source beside them.
func TestMathMLTextOnce(t *testing.T) {
	tests := []struct{ src, want string }{
		{`\beta_1, \dots, \beta_T`, "β1,…,βT"},
		{`p_\theta(x_{t-1} \mid x_t)`, "pθ(xt−1∣xt)"},
		{`E = mc^2`, "E=mc2"},
	}
	for _, tt := range tests {
		for _, display := range []bool{false, true} {
			out := MathML(tt.src, display)
			if got := htmlText(out); got != tt.want {
				t.Errorf("text of MathML(%q, %v) = %q, want %q", tt.src, display, got, tt.want)
			}
		}
	}
}

// htmlText is the text of every text node of markup s, unescaped.
func htmlText(s string) string {
	var b strings.Builder
	inTag := false
	for _, r := range s {
		switch {
		case r == '<':
			inTag = true
		case r == '>':
			inTag = false
		case !inTag:
			b.WriteRune(r)
		}
	}
	return html.UnescapeString(b.String())
}

func TestStyled(t *testing.T) {
	tests := []struct {
		f    font
		in   rune
		want rune
	}{
		{fontBold, 'A', '𝐀'}, {fontBold, 'z', '𝐳'}, {fontBold, '9', '𝟗'},
		{fontBold, 'α', '𝛂'}, {fontBold, 'Ω', '𝛀'}, {fontBold, '∇', '𝛁'}, {fontBold, 'ϖ', '𝛡'},
		{fontItalic, 'h', 'ℎ'}, {fontItalic, 'a', '𝑎'}, {fontItalic, 'ϑ', '𝜗'},
		{fontBoldItalic, 'θ', '𝜽'}, {fontBoldItalic, 'x', '𝒙'}, {fontBoldItalic, 'ς', '𝝇'},
		{fontScript, 'L', 'ℒ'}, {fontScript, 'A', '𝒜'}, {fontScript, 'o', 'ℴ'},
		{fontCal, 'L', '𝓛'}, {fontCal, 'A', '𝓐'},
		{fontDouble, 'R', 'ℝ'}, {fontDouble, 'E', '𝔼'}, {fontDouble, 'k', '𝕜'}, {fontDouble, '1', '𝟙'},
		{fontFraktur, 'g', '𝔤'}, {fontFraktur, 'H', 'ℌ'}, {fontFraktur, 'A', '𝔄'},
		{fontSans, 'A', '𝖠'}, {fontMono, 'a', '𝚊'}, {fontMono, '0', '𝟶'},
		{fontSans, 'α', 'α'}, {fontRoman, 'x', 'x'}, {fontBold, '+', '+'},
	}
	for _, tt := range tests {
		if got := styled(tt.f, tt.in); got != tt.want {
			t.Errorf("styled(%d, %q) = %q (%U), want %q (%U)", tt.f, tt.in, got, got, tt.want, tt.want)
		}
	}
}

// TestMathMLPlainTeX checks that plain TeX's forms, and MathJax's and
// other packages' names for what the math knows, convert as the form
// they stand for: the same MathML but for the source in alttext.
func TestMathMLPlainTeX(t *testing.T) {
	tests := []struct{ src, same string }{
		{`{n \choose k}`, `\binom{n}{k}`},
		{`n \choose k`, `\binom{n}{k}`}, // the whole formula is the group, as in TeX
		{`{n+1 \over 2}`, `\frac{n+1}{2}`},
		{`x = {a \over b} + c`, `x = \frac{a}{b} + c`},
		{`\left( a \over b \right)`, `\left(\frac{a}{b}\right)`},
		{`a \over b`, `\frac{a}{b}`},
		{`a \lt b \gt c`, `a < b > c`},
		{`\mathnormal{x}`, `x`},
		{`x = 1 \tag*{A}`, `x = 1 \tag{A}`},
	}
	body := func(m string) string { _, b, _ := strings.Cut(m, "><mrow>"); return b }
	for _, tt := range tests {
		got, want := MathML(tt.src, false), MathML(tt.same, false)
		if strings.HasPrefix(got, "<code") {
			t.Errorf("MathML(%q) = %s, want it converted", tt.src, got)
			continue
		}
		if tt.src == `x = 1 \tag*{A}` {
			want = strings.Replace(want, "(A)", "A", 1)
		}
		if body(got) != body(want) {
			t.Errorf("MathML(%q) = %s\nwant as %q: %s", tt.src, got, tt.same, want)
		}
	}
	// Two infix fractions in one group are ambiguous in TeX too.
	if got := MathML(`{a \over b \over c}`, false); !strings.HasPrefix(got, "<code") {
		t.Errorf("MathML(`{a \\over b \\over c}`) = %s, want its source", got)
	}
}
