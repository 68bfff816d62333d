package tex

import (
	"strings"
	"testing"
)

func TestTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Attention Is All You Need", "Attention Is All You Need"},
		{`AutoCoder: Enhancing Code Large Language Model with \textsc{AIEV-Instruct}`, "AutoCoder: Enhancing Code Large Language Model with AIEV-Instruct"},
		{`Expanders after Nguy\~{\^e}n`, "Expanders after Nguyễn"},
		{`Schr\"odinger Bridges and {\'E}tale {\em Sheaves}`, "Schrödinger Bridges and Étale Sheaves"},
		{`Q\&A at 100\% for \emph{all} \ldots`, "Q&A at 100% for all …"},
		{"``Real-time'' Agents", "“Real-time” Agents"},
		{`$\beta$-VAE with $\mathcal{O}(n)$ {\bf Memory}`, `$\beta$-VAE with $\mathcal{O}(n)$ Memory`},
		{"A Report {with} 100% braces_ ~2x -- fast", "A Report {with} 100% braces_ ~2x -- fast"}, // typed by hand
		{`\unknown{x} stays, \textsc{unclosed`, `\unknown{x} stays, \textsc{unclosed`},
		{"``no close", "``no close"},
		{"Splitting H~2~O at 10^-3^ bar, Fig.~3 and Table~1~and", "Splitting H₂O at 10⁻³ bar, Fig.\u00a03 and Table\u00a01\u00a0and"}, // pandoc's scripts
		// Spaces as Unicode writes them in math: \, a narrow no-break
		// space, a tie a no-break space, \: and \; a space, \! none.
		{`Training on 10\,000 GPUs for 5\,days`, "Training on 10\u202f000 GPUs for 5\u202fdays"},
		{`A\:B and C\;D, E\!F`, "A B and C D, EF"},
		{`{\,}x\,{\em y}`, "{\u202f}x\u202fy"},
		{"Scaling Laws of Fig.~3 and Smith~et~al.", "Scaling Laws of Fig.\u00a03 and Smith\u00a0et\u00a0al."},
		{"A (~100B) model in ~1 day, ~~struck~~, x~ y, end~", "A (~100B) model in ~1 day, ~~struck~~, x~ y, end~"}, // about, not ties
		{`$10\,000$ and $a~b$ math`, `$10\,000$ and $a~b$ math`},
		{`\\, escaped`, `\\, escaped`},
		{`\(a\,b\%\) at 50\% and \(x`, `\(a\,b\%\) at 50% and \(x`}, // \(…\) math as written
	}
	for _, tt := range tests {
		if got := Title(tt.in); got != tt.want {
			t.Errorf("Title(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTitleDashes: an arXiv title's TeX dashes read as its abstract's
// do (Plain), so a page never writes Navier--Stokes over Navier–Stokes.
func TestTitleDashes(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Global well-posedness of the Navier--Stokes equations", "Global well-posedness of the Navier–Stokes equations"},
		{"Pages 10--20 and 1998--2004", "Pages 10–20 and 1998–2004"},
		{"Stability---and instability --- of flows", "Stability—and instability — of flows"},
		{"A -- B, in-context, well-posed", "A – B, in-context, well-posed"},
		{"Training with --fp16 (--bf16)", "Training with --fp16 (--bf16)"},   // options
		{"Rewards --> policies <-- data", "Rewards --> policies <-- data"},   // arrows
		{"$a--b$ and $x$--$y$ and \\$5--6", "$a--b$ and $x$–$y$ and \\$5–6"}, // math kept
		{"No dash here", "No dash here"},
	}
	for _, tt := range tests {
		if got := TitleDashes(tt.in); got != tt.want {
			t.Errorf("TitleDashes(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTitleLinear checks that unclosed groups and quotes cost linear time:
// a quadratic scan of these would take minutes.
func TestTitleLinear(t *testing.T) {
	for _, s := range []string{strings.Repeat(`{\em `, 200000), strings.Repeat("``a ", 200000), strings.Repeat(`\textsc{`, 200000), strings.Repeat(`\(`, 200000), strings.Repeat(`{\em \(a`, 100000) + `\)`} {
		if got := Title(s); len(got) < len(s)/2 {
			t.Errorf("Title(%q…) lost its text", s[:12])
		}
	}
}
