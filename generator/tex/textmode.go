package tex

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// textAccent maps the accent commands of text mode to combining marks.
func textAccent(name string) (rune, bool) {
	switch name {
	case `"`:
		return '\u0308', true
	case "'":
		return '\u0301', true
	case "`":
		return '\u0300', true
	case "^":
		return '\u0302', true
	case "~":
		return '\u0303', true
	case "=":
		return '\u0304', true
	case ".":
		return '\u0307', true
	case "c":
		return '\u0327', true
	case "v":
		return '\u030C', true
	case "H":
		return '\u030B', true
	case "k":
		return '\u0328', true
	case "u":
		return '\u0306', true
	case "r":
		return '\u030A', true
	case "d":
		return '\u0323', true
	case "b":
		return '\u0331', true
	}
	return 0, false
}

// textLetter maps the letter commands of text mode, such as \ss, to
// letters, and its symbol commands, such as \S or \textdegree, to their
// characters.
func textLetter(name string) (string, bool) {
	if sym, ok := textSymbols[name]; ok {
		return sym, true
	}
	switch name {
	case "ss":
		return "ß", true
	case "o":
		return "ø", true
	case "O":
		return "Ø", true
	case "aa":
		return "å", true
	case "AA":
		return "Å", true
	case "ae":
		return "æ", true
	case "AE":
		return "Æ", true
	case "oe":
		return "œ", true
	case "OE":
		return "Œ", true
	case "l":
		return "ł", true
	case "L":
		return "Ł", true
	case "i":
		return "ı", true
	case "j":
		return "ȷ", true
	}
	return "", false
}

// textSymbols are the symbol commands of text mode (LaTeX's, textcomp's
// and eurosym's) that a prose abstract has, as characters.
var textSymbols = map[string]string{
	"S": "§", "P": "¶", "textsection": "§", "textparagraph": "¶", "dag": "†", "ddag": "‡",
	"textdagger": "†", "textdaggerdbl": "‡", "copyright": "©", "textcopyright": "©",
	"textregistered": "®", "texttrademark": "™", "pounds": "£", "textsterling": "£",
	"euro": "€", "texteuro": "€", "textyen": "¥", "textdegree": "°", "texttimes": "×",
	"textmu": "µ", "textperthousand": "‰", "textbullet": "•", "textellipsis": "…",
	"textendash": "–", "textemdash": "—", "textonehalf": "½", "textonequarter": "¼",
}

// commandName returns the name of the control sequence at s[i] == '\\' and
// the index just after it: a run of letters, or one other character.
func commandName(s string, i int) (string, int) {
	j := i + 1
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	if j == i+1 && j < len(s) {
		_, size := utf8.DecodeRuneInString(s[j:])
		j += size
	}
	return s[i+1 : j], j
}

// skipSpaces returns the index of the first non-blank byte at or after i.
func skipSpaces(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// letter interprets the accent or letter command at s[i] == '\\', such as
// \"o, \"{o}, \c{c}, \'\i, \ss{} or accents stacked as Vietnamese names
// have them on arXiv (\~{\^e}, ễ), and returns the Unicode text it stands
// for and the index after it. ok is false for any other command.
func letter(s string, i int) (out string, next int, ok bool) {
	return accented(s, i, maxStackedAccents)
}

// maxStackedAccents bounds the accents letter stacks on one letter: two
// is what any language writes, and a bound keeps a run of accents that
// fails at its end (\~\~\~…x) from being read again from each of them.
const maxStackedAccents = 3

// accented is letter, with at most depth accents on the letter.
func accented(s string, i, depth int) (out string, next int, ok bool) {
	name, j := commandName(s, i)
	if l, ok := textLetter(name); ok {
		if strings.HasPrefix(s[j:], "{}") {
			return l, j + 2, true
		}
		return l, skipSpaces(s, j), true
	}
	mark, ok := textAccent(name)
	if !ok {
		return "", i, false
	}
	if isLetter(name[0]) {
		j = skipSpaces(s, j)
	}
	braced := j < len(s) && s[j] == '{'
	if braced {
		j = skipSpaces(s, j+1)
	}
	var base string
	switch {
	case j < len(s) && s[j] == '\\':
		n, k := commandName(s, j)
		if n == "i" || n == "j" {
			base, j = n, k // the dotless letters take the accent as plain i and j
			break
		}
		// Only in braces (\~{\^e}): unbraced, \`\` opens “quotes”.
		if _, accent := textAccent(n); !accent || !braced || depth <= 1 {
			return "", i, false
		}
		if base, j, ok = accented(s, j, depth-1); !ok {
			return "", i, false
		}
	case j < len(s):
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) {
			// An accent goes on a letter; before anything else, \. \` \' …
			// are Markdown's escapes (an importer's "1\." list marker).
			return "", i, false
		}
		base, j = s[j:j+size], j+size
	default:
		return "", i, false
	}
	if braced {
		j = skipSpaces(s, j)
		if j >= len(s) || s[j] != '}' {
			return "", i, false
		}
		j++
	}
	return norm.NFC.String(base + string(mark)), j, true
}

// textMode converts the argument of \text to Unicode text: escaped
// specials, accents and letter commands, ~ and dashes; braces group only.
// ok is false for anything else, such as math or an unknown command.
func textMode(s string) (string, bool) {
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '{' || c == '}':
			i++
		case c == '~':
			b.WriteString("\u00a0")
			i++
		case c == '$' || c == '%' || c == '#' || c == '^' || c == '_' || c == '&':
			return "", false
		case strings.HasPrefix(s[i:], "---"):
			b.WriteString("—")
			i += 3
		case strings.HasPrefix(s[i:], "--"):
			b.WriteString("–")
			i += 2
		case c == '\n' || c == '\r' || c == '\t':
			b.WriteByte(' ')
			i++
		case c != '\\':
			b.WriteByte(c)
			i++
		default:
			if out, next, ok := letter(s, i); ok {
				b.WriteString(out)
				i = next
				continue
			}
			name, next := commandName(s, i)
			switch name {
			case "%", "&", "_", "#", "$", "{", "}":
				b.WriteString(name)
			case " ", ",", ";", ":":
				b.WriteByte(' ')
			case "textbackslash":
				b.WriteByte('\\')
				next = skipSpaces(s, next)
			default:
				return "", false
			}
			i = next
		}
	}
	return b.String(), true
}
