package tex

import "strings"

// font is a math alphabet chosen by a font command such as \mathbb.
type font uint8

const (
	fontNone        font = iota // the default: italic letters, upright digits
	fontRoman                   // \mathrm, \text…: upright
	fontBold                    // \mathbf
	fontItalic                  // \mathit
	fontBoldItalic              // \boldsymbol, \bm
	fontSans                    // \mathsf
	fontMono                    // \mathtt
	fontCal                     // \mathcal: bold script, which has no holes
	fontScript                  // \mathscr
	fontDouble                  // \mathbb
	fontFraktur                 // \mathfrak
	fontBoldCal                 // \mathcal in \boldsymbol or \bm: bold script
	fontBoldScript              // \mathscr in \boldsymbol or \bm
	fontBoldFraktur             // \mathfrak in \boldsymbol or \bm
)

// within returns the font that the font command f sets inside an
// argument of font outer: f, but for \mathcal, \mathscr and \mathfrak
// in \boldsymbol or \bm, which TeX's bold math version draws bold
// (\boldsymbol{\mathcal L} is a bold calligraphic L). \mathbb has no
// bold letters, and \mathbf, like every other alphabet, replaces the
// one around it.
func within(outer, f font) font {
	if outer != fontBoldItalic {
		return f
	}
	switch f {
	case fontCal:
		return fontBoldCal
	case fontScript:
		return fontBoldScript
	case fontFraktur:
		return fontBoldFraktur
	}
	return f
}

// fonts maps font commands to their alphabets. It is read-only.
var fonts = map[string]font{
	"mathrm": fontRoman, "mathup": fontRoman, "rm": fontRoman, "mathbf": fontBold,
	"bf": fontBold, "mathit": fontItalic, "boldsymbol": fontBoldItalic,
	"bm": fontBoldItalic, "pmb": fontBoldItalic, "mathsf": fontSans,
	"mathtt": fontMono, "mathcal": fontCal, "mathscr": fontScript,
	"mathbb": fontDouble, "mathfrak": fontFraktur,
	// \mathds (dsfont) and \mathbbm (bbm) are papers' double-struck 1
	// of an indicator function, 𝟙; \cal, \it, \sf and \tt are the
	// plain-TeX forms of \mathcal, \mathit, \mathsf and \mathtt.
	"mathds": fontDouble, "mathbbm": fontDouble, "cal": fontCal, "it": fontItalic,
	"sf": fontSans, "tt": fontMono, "mathnormal": fontNone,
}

// alphabet gives the first code points of a font's letters and digits in the
// Mathematical Alphanumeric Symbols block; 0 means the font leaves them.
type alphabet struct {
	upper, lower, digit, greek rune
}

// alphabetOf returns the code points of f's alphabet.
func alphabetOf(f font) alphabet {
	switch f {
	case fontBold:
		return alphabet{0x1D400, 0x1D41A, 0x1D7CE, 0x1D6A8}
	case fontItalic:
		return alphabet{0x1D434, 0x1D44E, 0, 0x1D6E2}
	case fontBoldItalic:
		return alphabet{0x1D468, 0x1D482, 0x1D7CE, 0x1D71C}
	case fontSans:
		return alphabet{0x1D5A0, 0x1D5BA, 0x1D7E2, 0}
	case fontMono:
		return alphabet{0x1D670, 0x1D68A, 0x1D7F6, 0}
	case fontCal, fontBoldCal, fontBoldScript:
		return alphabet{0x1D4D0, 0x1D4EA, 0, 0}
	case fontScript:
		return alphabet{0x1D49C, 0x1D4B6, 0, 0}
	case fontDouble:
		return alphabet{0x1D538, 0x1D552, 0x1D7D8, 0}
	case fontFraktur:
		return alphabet{0x1D504, 0x1D51E, 0, 0}
	case fontBoldFraktur:
		return alphabet{0x1D56C, 0x1D586, 0, 0}
	}
	return alphabet{}
}

// letterlike holds the letters that Unicode encodes in the Letterlike
// Symbols block rather than in the alphabet's own run, leaving holes there.
func letterlike(f font, r rune) rune {
	switch f {
	case fontItalic:
		if r == 'h' {
			return 'ℎ'
		}
	case fontScript:
		switch r {
		case 'B':
			return 'ℬ'
		case 'E':
			return 'ℰ'
		case 'F':
			return 'ℱ'
		case 'H':
			return 'ℋ'
		case 'I':
			return 'ℐ'
		case 'L':
			return 'ℒ'
		case 'M':
			return 'ℳ'
		case 'R':
			return 'ℛ'
		case 'e':
			return 'ℯ'
		case 'g':
			return 'ℊ'
		case 'o':
			return 'ℴ'
		}
	case fontDouble:
		switch r {
		case 'C':
			return 'ℂ'
		case 'H':
			return 'ℍ'
		case 'N':
			return 'ℕ'
		case 'P':
			return 'ℙ'
		case 'Q':
			return 'ℚ'
		case 'R':
			return 'ℝ'
		case 'Z':
			return 'ℤ'
		}
	case fontFraktur:
		switch r {
		case 'C':
			return 'ℭ'
		case 'H':
			return 'ℌ'
		case 'I':
			return 'ℑ'
		case 'R':
			return 'ℜ'
		case 'Z':
			return 'ℨ'
		}
	}
	return 0
}

// styled returns r in font f: Latin letters, digits and Greek letters move to
// the font's mathematical alphanumeric code points; everything else, and
// everything in a font Unicode lacks, stays as it is.
func styled(f font, r rune) rune {
	a := alphabetOf(f)
	if l := letterlike(f, r); l != 0 {
		return l
	}
	switch {
	case r >= 'A' && r <= 'Z' && a.upper != 0:
		return a.upper + r - 'A'
	case r >= 'a' && r <= 'z' && a.lower != 0:
		return a.lower + r - 'a'
	case r >= '0' && r <= '9' && a.digit != 0:
		return a.digit + r - '0'
	case a.greek == 0:
		return r
	case r >= 'Α' && r <= 'Ω' && r != 0x3A2:
		return a.greek + r - 'Α'
	case r >= 'α' && r <= 'ω':
		return a.greek + 26 + r - 'α'
	}
	// The Greek run ends with ∇ after the capitals and with ∂ and the
	// variant letters after the small letters.
	const smallEnd = 26 + 25
	switch r {
	case '∇':
		return a.greek + 25
	case '∂':
		return a.greek + smallEnd
	case 'ϵ':
		return a.greek + smallEnd + 1
	case 'ϑ':
		return a.greek + smallEnd + 2
	case 'ϰ':
		return a.greek + smallEnd + 3
	case 'ϕ':
		return a.greek + smallEnd + 4
	case 'ϱ':
		return a.greek + smallEnd + 5
	case 'ϖ':
		return a.greek + smallEnd + 6
	}
	return r
}

// styleString returns s with every rune styled in font f.
func styleString(f font, s string) string {
	if f == fontNone || f == fontRoman {
		return s
	}
	out := make([]rune, 0, len(s))
	for _, r := range s {
		out = append(out, styled(f, r))
	}
	return string(out)
}

// Variation selectors that choose the style of a script capital (Unicode's
// standardized variants): TeX's \mathcal is the chancery style, \mathscr
// (rsfs) the roundhand one.
const (
	chancery  = '\uFE00'
	roundhand = '\uFE01'
)

// scriptFont returns the current font when it is \mathcal's or
// \mathscr's, bold or not, whose letters MathML writes by scriptStyles,
// and fontNone otherwise.
func (p *parser) scriptFont() font {
	switch p.font {
	case fontCal, fontScript, fontBoldCal, fontBoldScript:
		return p.font
	}
	return fontNone
}

// scriptStyles returns the text s of an identifier in font f as MathML
// writes it. \mathcal's letters (fontCal), bold script in s as plain text
// has them (an alphabet with no holes, so in one style in any font),
// become plain script, which a math font draws as TeX's calligraphic
// letters (Latin Modern, STIX Two) where bold script is bold, each capital
// followed by the chancery selector; \mathscr's capitals are followed by
// the roundhand one. A font with both styles (STIX Two) honours the
// selectors, the others ignore them. In \boldsymbol (fontBoldCal,
// fontBoldScript) the letters stay bold script, each capital followed by
// its style's selector, as Unicode standardizes them for bold script too.
func scriptStyles(f font, s string) string {
	if f != fontCal && f != fontScript && f != fontBoldCal && f != fontBoldScript {
		return s
	}
	boldCapital := func(r rune) bool { return r >= 0x1D4D0 && r <= 0x1D4E9 }
	var b strings.Builder
	for _, r := range s {
		switch {
		case f == fontCal && boldCapital(r):
			b.WriteRune(styled(fontScript, 'A'+r-0x1D4D0))
			b.WriteRune(chancery)
		case f == fontCal && r >= 0x1D4EA && r <= 0x1D503: // bold script small letter
			b.WriteRune(styled(fontScript, 'a'+r-0x1D4EA))
		case f == fontBoldCal && boldCapital(r):
			b.WriteRune(r)
			b.WriteRune(chancery)
		case f == fontScript && scriptCapital(r), f == fontBoldScript && boldCapital(r):
			b.WriteRune(r)
			b.WriteRune(roundhand)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// scriptCapital reports whether r is a plain script capital, in its
// alphabet's run or in the Letterlike Symbols block.
func scriptCapital(r rune) bool {
	switch r {
	case 'ℬ', 'ℰ', 'ℱ', 'ℋ', 'ℐ', 'ℒ', 'ℳ', 'ℛ':
		return true
	}
	return r >= 0x1D49C && r <= 0x1D4B5
}
