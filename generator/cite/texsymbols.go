package cite

import "unicode"

// texText are the characters a title may hold that LaTeX's default input
// encoding has no definition of, so that pdfLaTeX stops at them ("Unicode
// character α (U+03B1) not set up for use with LaTeX"), with what a
// braced BibTeX field writes in their place, which every LaTeX engine
// typesets: Greek letters and the symbols of mathematics in math mode
// (braced, so that styles which lowercase titles leave \Gamma alone),
// super- and subscript digits (H₂O), the spaces of typography as TeX's,
// and nothing for the invisible ones (a zero-width space pasted with a
// title). Capital Greek letters that look like Latin ones are those.
// Left as they are: what needs a package to typeset (ℝ, ✓) and emoji.
// TestEscapedSymbolsTypeset runs pdfLaTeX on each.
var texText = map[rune]string{
	'α': `{$\alpha$}`, 'β': `{$\beta$}`, 'γ': `{$\gamma$}`, 'δ': `{$\delta$}`, 'ε': `{$\varepsilon$}`,
	'ϵ': `{$\epsilon$}`, 'ζ': `{$\zeta$}`, 'η': `{$\eta$}`, 'θ': `{$\theta$}`, 'ϑ': `{$\vartheta$}`,
	'ι': `{$\iota$}`, 'κ': `{$\kappa$}`, 'λ': `{$\lambda$}`, 'μ': `{$\mu$}`, 'ν': `{$\nu$}`,
	'ξ': `{$\xi$}`, 'ο': `o`, 'π': `{$\pi$}`, 'ϖ': `{$\varpi$}`, 'ρ': `{$\rho$}`, 'ϱ': `{$\varrho$}`,
	'σ': `{$\sigma$}`, 'ς': `{$\varsigma$}`, 'τ': `{$\tau$}`, 'υ': `{$\upsilon$}`, 'φ': `{$\varphi$}`,
	'ϕ': `{$\phi$}`, 'χ': `{$\chi$}`, 'ψ': `{$\psi$}`, 'ω': `{$\omega$}`,
	'Γ': `{$\Gamma$}`, 'Δ': `{$\Delta$}`, 'Θ': `{$\Theta$}`, 'Λ': `{$\Lambda$}`, 'Ξ': `{$\Xi$}`,
	'Π': `{$\Pi$}`, 'Σ': `{$\Sigma$}`, 'Υ': `{$\Upsilon$}`, 'Φ': `{$\Phi$}`, 'Ψ': `{$\Psi$}`, 'Ω': `{$\Omega$}`,
	'Α': "A", 'Β': "B", 'Ε': "E", 'Ζ': "Z", 'Η': "H", 'Ι': "I", 'Κ': "K", 'Μ': "M", 'Ν': "N",
	'Ο': "O", 'Ρ': "P", 'Τ': "T", 'Χ': "X",

	'−': `{$-$}`, '≤': `{$\leq$}`, '≥': `{$\geq$}`, '≠': `{$\neq$}`, '≈': `{$\approx$}`,
	'∼': `{$\sim$}`, '≃': `{$\simeq$}`, '≡': `{$\equiv$}`, '∝': `{$\propto$}`, '≪': `{$\ll$}`,
	'≫': `{$\gg$}`, '≺': `{$\prec$}`, '≻': `{$\succ$}`, '∞': `{$\infty$}`, '∂': `{$\partial$}`,
	'∇': `{$\nabla$}`, '∑': `{$\sum$}`, '∏': `{$\prod$}`, '∫': `{$\int$}`, '√': `{$\surd$}`,
	'∈': `{$\in$}`, '∉': `{$\notin$}`, '⊂': `{$\subset$}`, '⊆': `{$\subseteq$}`, '⊃': `{$\supset$}`,
	'⊇': `{$\supseteq$}`, '∪': `{$\cup$}`, '∩': `{$\cap$}`, '∅': `{$\emptyset$}`, '∀': `{$\forall$}`,
	'∃': `{$\exists$}`, '∧': `{$\wedge$}`, '∨': `{$\vee$}`, '⊕': `{$\oplus$}`, '⊗': `{$\otimes$}`,
	'⊙': `{$\odot$}`, '∘': `{$\circ$}`, '∗': `{$\ast$}`, '⋆': `{$\star$}`, '⋅': `{$\cdot$}`,
	'∣': `{$\mid$}`, '∥': `{$\parallel$}`, '⊤': `{$\top$}`, '⊥': `{$\bot$}`, '⊢': `{$\vdash$}`,
	'⊨': `{$\models$}`, '∖': `{$\setminus$}`, '∠': `{$\angle$}`, '△': `{$\triangle$}`,
	'ℓ': `{$\ell$}`, 'ℏ': `{$\hbar$}`, 'ℵ': `{$\aleph$}`, '℘': `{$\wp$}`, 'ℑ': `{$\Im$}`, 'ℜ': `{$\Re$}`,
	'⇒': `{$\Rightarrow$}`, '⇐': `{$\Leftarrow$}`, '⇔': `{$\Leftrightarrow$}`, '↦': `{$\mapsto$}`,
	'⟹': `{$\Longrightarrow$}`, '′': `{$'$}`, '″': `{$''$}`, '\u212b': `{\AA}`,

	'⁰': `\textsuperscript{0}`, '⁴': `\textsuperscript{4}`, '⁵': `\textsuperscript{5}`,
	'⁶': `\textsuperscript{6}`, '⁷': `\textsuperscript{7}`, '⁸': `\textsuperscript{8}`,
	'⁹': `\textsuperscript{9}`, '⁺': `\textsuperscript{+}`, '⁻': `\textsuperscript{$-$}`,
	'ⁱ': `\textsuperscript{i}`, 'ⁿ': `\textsuperscript{n}`,
	'₀': `\textsubscript{0}`, '₁': `\textsubscript{1}`, '₂': `\textsubscript{2}`, '₃': `\textsubscript{3}`,
	'₄': `\textsubscript{4}`, '₅': `\textsubscript{5}`, '₆': `\textsubscript{6}`, '₇': `\textsubscript{7}`,
	'₈': `\textsubscript{8}`, '₉': `\textsubscript{9}`, '₊': `\textsubscript{+}`, '₋': `\textsubscript{$-$}`,

	'\u2000': `\enskip{}`, '\u2001': `\quad{}`, '\u2002': `\enskip{}`, '\u2003': `\quad{}`,
	'\u2004': `\,`, '\u2005': `\,`, '\u2006': `\,`, '\u2007': `\,`, '\u2008': `\,`, '\u2009': `\,`,
	'\u200a': `\,`, '\u205f': `\,`, '\u3000': `\quad{}`, '\u2028': " ", '\u2029': " ",
	'\u200b': "", '\u200d': "", '\u2060': "",
}

// greekText reports whether s has a word in Greek: two letters of
// Greek side by side, or one and an accent (Παπαδόπουλος, ή). Then its
// Greek letters are text, which a Unicode engine typesets, where in
// other text each is a symbol (α-Divergence, π0, β-VAE).
func greekText(s string) bool {
	prev := false
	for _, r := range s {
		greek := unicode.Is(unicode.Greek, r)
		if prev && (greek || unicode.Is(unicode.Mn, r)) {
			return true
		}
		prev = greek
	}
	return false
}
