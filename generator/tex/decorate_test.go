package tex

import "testing"

// TestMathMLDecorations: the boxes, strikes, colours, phantoms, stacked
// limits and siunitx quantities that once showed as TeX source become
// MathML Core (classes the theme draws where Core has no element).
func TestMathMLDecorations(t *testing.T) {
	tests := []struct{ src, want string }{
		{`\boxed{E=mc^2}`, `<mrow class="tex-boxed"><mi>E</mi><mo>=</mo><mi>m</mi><msup><mi>c</mi><mn>2</mn></msup></mrow>`},
		{`\cancel{x}`, `<mrow class="tex-cancel"><mi>x</mi></mrow>`},
		{`\bcancel{a+b}`, `<mrow class="tex-bcancel"><mi>a</mi><mo>+</mo><mi>b</mi></mrow>`},
		{`\xcancel 2`, `<mrow class="tex-xcancel"><mn>2</mn></mrow>`},
		// \color colours the rest of its group, as in TeX.
		{`\color{red}{x}+y`, `<mrow class="tex-red"><mi>x</mi><mo>+</mo><mi>y</mi></mrow>`},
		{`{\color{blue} x}+y`, `<mrow class="tex-blue"><mi>x</mi></mrow><mo>+</mo><mi>y</mi>`},
		{`\textcolor{darkgray}{x}+y`, `<mrow class="tex-gray"><mi>x</mi></mrow><mo>+</mo><mi>y</mi>`},
		// Black and white are the text's colour, readable on any page.
		{`\color{black} x`, `<mi>x</mi>`},
		{`\textcolor{white}{x}`, `<mi>x</mi>`},
		{`a\phantom{b}c`, `<mi>a</mi><mphantom><mi>b</mi></mphantom><mi>c</mi>`},
		{`a\hphantom{bc}`, `<mi>a</mi><mpadded height="0" depth="0"><mphantom><mi>b</mi><mi>c</mi></mphantom></mpadded>`},
		{`\vphantom{x}y`, `<mpadded width="0"><mphantom><mi>x</mi></mphantom></mpadded><mi>y</mi>`},
		{`\sum_{\substack{i<j\\ i\neq k}} a`, `<msub><mo lspace="0">∑</mo><mtable class="tex-substack"><mtr><mtd><mi>i</mi><mo lspace="0" rspace="0">&lt;</mo><mi>j</mi></mtd></mtr><mtr><mtd><mi>i</mi><mo lspace="0" rspace="0">≠</mo><mi>k</mi></mtd></mtr></mtable></msub><mi>a</mi>`},
		{`\substack{i\\}`, `<mtable class="tex-substack"><mtr><mtd><mi>i</mi></mtd></mtr></mtable>`},
		{`\SI{3}{\giga\hertz}`, `<mrow><mn>3</mn><mspace width="0.1667em"></mspace><mi>GHz</mi></mrow>`},
		{`\si{\milli\second}`, `<mi>ms</mi>`},
		{`\unit{\kilo\gram\metre\per\second\squared}`, `<mrow><mi>kg</mi><mspace width="0.1667em"></mspace><mi mathvariant="normal">m</mi><mo lspace="0" rspace="0">/</mo><msup><mi mathvariant="normal">s</mi><mn>2</mn></msup></mrow>`},
		{`\si{\square\metre}`, `<msup><mi mathvariant="normal">m</mi><mn>2</mn></msup>`},
		{`\si{kg.m^{-1}}`, `<mrow><mi>kg</mi><mspace width="0.1667em"></mspace><msup><mi mathvariant="normal">m</mi><mrow><mo>−</mo><mn>1</mn></mrow></msup></mrow>`},
		{`\si{\metre\tothe{4}}`, `<msup><mi mathvariant="normal">m</mi><mn>4</mn></msup>`},
		{`\num{1e6}`, `<mrow><mn>1</mn><mo>×</mo><msup><mn>10</mn><mn>6</mn></msup></mrow>`},
		{`\num[group-digits=false]{-2.5e-3}`, `<mrow><mo>−</mo><mn>2.5</mn><mo>×</mo><msup><mn>10</mn><mrow><mo>−</mo><mn>3</mn></mrow></msup></mrow>`},
		{`\num{e9}`, `<msup><mn>10</mn><mn>9</mn></msup>`},
		{`\SI{5}{\percent}`, `<mrow><mn>5</mn><mi>%</mi></mrow>`},
		{`\SI{90}{\degree}`, `<mrow><mn>90</mn><mi>°</mi></mrow>`},
		{`\overset{!}{=}`, `<mover><mo>=</mo><mo>!</mo></mover>`},
		{`\underset{x}{y}`, `<munder><mi>y</mi><mi>x</mi></munder>`},
	}
	for _, tt := range tests {
		t.Run(tt.src, func(t *testing.T) {
			if got, want := MathML(tt.src, false), inline(tt.src, tt.want); got != want {
				t.Errorf("MathML(%q) = %s, want %s", tt.src, got, want)
			}
			if err := checkMathML(tt.src, false, MathML(tt.src, false)); err != nil {
				t.Errorf("MathML(%q): %v", tt.src, err)
			}
		})
	}
}

// TestUnicodeDecorations: the plain text of search, feeds and meta
// descriptions reads each of them: the math without its box, strike or
// colour, a space for a phantom, a stack's lines as one, a quantity as
// it is written in text.
func TestUnicodeDecorations(t *testing.T) {
	for _, c := range []struct{ src, want string }{
		{`\boxed{E = mc^2}`, "E = mc²"},
		{`\frac{\cancel{2}x}{\cancel{2}}`, "2x/2"},
		{`\xcancel{a}+b`, "a + b"},
		{`{\color{red} x} + \textcolor{blue}{y}`, "x + y"},
		{`a\phantom{bb}c`, "a c"},
		{`a\vphantom{b}c`, "ac"},
		{`\sum_{\substack{i<j\\ i\neq k}} a_{ij}`, "∑_(i<j,i≠k) aᵢⱼ"},
		{`\SI{3}{\giga\hertz}`, "3\u202fGHz"},
		{`\si{\milli\second}`, "ms"},
		{`\num{1e6}`, "1 × 10⁶"},
		{`\SI{5}{\percent}`, "5%"},
		{`\SI{9.81}{\metre\per\second\squared}`, "9.81\u202fm/s²"},
		{`\SI{-40}{\degreeCelsius}`, "−40\u202f°C"},
	} {
		if got, ok := Unicode(c.src); !ok || got != c.want {
			t.Errorf("Unicode(%q) = %q, %v; want %q", c.src, got, ok, c.want)
		}
	}
	if got := UnicodeText(`runs at $\SI{3}{\giga\hertz}$ in $\si{\milli\second}$`); got != "runs at 3\u202fGHz in ms" {
		t.Errorf("UnicodeText = %q, want %q", got, "runs at 3\u202fGHz in ms")
	}
}

// TestProblemDecorations: what the new commands cannot show is named,
// with what to write instead.
func TestProblemDecorations(t *testing.T) {
	const colours = "red, green, blue, cyan, magenta, yellow, orange, purple, violet, pink, brown, teal, olive, lime, gray, black or white"
	tests := []struct{ src, want string }{
		{`\color{#ff0000} x`, `{#ff0000} is not a colour Paperboy's math shows (pages show colours that read on light and dark backgrounds alike); write one of ` + colours + `, or leave the colour out`},
		{`\textcolor[rgb]{1,0,0}{x}`, `[rgb]{1,0,0} is not a colour Paperboy's math shows (pages show colours that read on light and dark backgrounds alike); write one of ` + colours + `, or leave the colour out`},
		{`\num{1.2.3}`, `{1.2.3} is not a number siunitx's \num and \SI take here; write digits with a decimal point and an exponent if need be (\num{6.02e23}, \SI{-3.5}{\metre})`},
		{`\SI{3}{\furlong}`, `\furlong is not a unit or prefix Paperboy's siunitx knows; write the unit's symbol in letters instead (\si{GHz}, \SI{3}{kg.m/s^2})`},
		{`\boxed{x}\cancel{y}\phantom{z}`, ""},
	}
	for _, tt := range tests {
		if got := Problem(tt.src); got != tt.want {
			t.Errorf("Problem(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}
