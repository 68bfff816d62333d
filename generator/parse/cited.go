package parse

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	// initialsRE is given names written as initials, as a citation writes
	// them after a family name: A., A. N., A.N., J.-P.
	initialsRE = regexp.MustCompile(`^\p{Lu}\.(?:[ \t]?-?[ \t]?\p{Lu}\.)*$`)
	// vancouverRE is a name written family name first, then its initials
	// without dots, as the Vancouver style (PubMed) writes it: Vaswani A,
	// Gomez AN.
	vancouverRE = regexp.MustCompile(`^(\p{L}[\p{L}' -]*\p{L})[ \t]+(\p{Lu}{1,3})\.?$`)
	// romanRE is a suffix of a name that vancouverRE would take for
	// initials: John Smith III.
	romanRE = regexp.MustCompile(`^(?:II|III|IV|VI|VII)$`)
)

// CitedNames reads pieces, the parts of a list of names a citation
// writes cut at its commas ("Vaswani", "A.", "Shazeer", "N.", as APA
// and Google Scholar write them; or "Vaswani A", "Gomez AN", as the
// Vancouver style does), as the names they are, given names first:
// "A. Vaswani", "A. N. Gomez". An "&" or "and" before a piece, as a
// citation writes before its last name, is left out, and so is an
// ellipsis, which stands for names the citation leaves out. It reports
// false, with no names, when the pieces are not all such or name one
// person.
func CitedNames(pieces []string) ([]string, bool) {
	var parts []string
	for _, p := range pieces {
		for p = strings.TrimSpace(p); ; {
			q := strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(p, "..."), "…"), "&"), "and "))
			if q == p {
				break
			}
			p = q
		}
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) < 2 {
		return nil, false
	}
	// The first two parts tell, without a pattern, most lists that are
	// neither: APA's second is initials, short and with a dot;
	// Vancouver's first ends in a capital.
	if len(parts[1]) <= 16 && strings.Contains(parts[1], ".") {
		if names := apaNames(parts); len(names) >= 2 {
			return names, true
		}
	}
	if last, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(parts[0], ".")); unicode.IsUpper(last) {
		if names := vancouverNames(parts); len(names) >= 2 {
			return names, true
		}
	}
	return nil, false
}

// apaNames reads parts as family names each followed by its initials
// (Vaswani, A., Gomez, A. N.), or returns nil.
func apaNames(parts []string) []string {
	if len(parts)%2 != 0 {
		return nil
	}
	var names []string
	for i := 0; i < len(parts); i += 2 {
		if !initialsRE.MatchString(parts[i+1]) || initialsRE.MatchString(parts[i]) || !strings.ContainsFunc(parts[i], isLower) {
			return nil
		}
		names = append(names, parts[i+1]+" "+parts[i])
	}
	return names
}

// vancouverNames reads parts as names each written family name first,
// then its initials without dots (Vaswani A, Gomez AN), or returns nil.
func vancouverNames(parts []string) []string {
	var names []string
	for _, p := range parts {
		m := vancouverRE.FindStringSubmatch(p)
		if m == nil || romanRE.MatchString(m[2]) {
			return nil
		}
		names = append(names, strings.Join(strings.Split(m[2], ""), ". ")+". "+m[1])
	}
	return names
}

func isLower(r rune) bool {
	return 'a' <= r && r <= 'z' || r > 127 && strings.ToUpper(string(r)) != string(r)
}

// etAlRE matches what a citation writes for the authors it leaves out,
// alone or after a name: et al., and others.
var etAlRE = regexp.MustCompile(`(?i)(?:^|[\s,]+)(et\.?\s*al\.?|and others|others)$`)

// EtAl returns the name a, written with a citation's "et al." or
// "others" (etAlRE), without it, and what it was; "", "" when a has none.
func EtAl(a string) (alone, rest string) {
	if l := len(a); l < 2 || a[l-1] != '.' && a[l-1]|0x20 != 'l' && a[l-1]|0x20 != 's' {
		return "", "" // most names end otherwise than et al., et al or others
	}
	m := etAlRE.FindStringSubmatchIndex(a)
	if m == nil || strings.EqualFold(a[m[2]:m[3]], "others") && m[0] > 0 { // "Ada Others" may be a name
		return "", ""
	}
	return strings.TrimSpace(a[:m[0]]), a[m[2]:m[3]]
}
