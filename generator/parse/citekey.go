package parse

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// citeKeyChars are the characters a pinned BibTeX key (citekey:) may
// hold besides ASCII letters and digits: those of Google Scholar's keys,
// DBLP's (DBLP:conf/nips/VaswaniSPUJGKP17) and Better BibTeX's. BibTeX
// ends a key at a comma, brace or space, biber refuses " # ' ( ) = % ~
// and a backslash, and 8-bit BibTeX mangles letters beyond ASCII.
const citeKeyChars = "-_:./+"

// citeKey sets p's pinned BibTeX key from y's citekey:, or reports at its
// line why no BibTeX key can be it.
func citeKey(path string, y *paperYAML, line func(string) int, p *model.Paper, errs *diag.List) {
	k := strings.TrimSpace(y.CiteKey)
	if k == "" {
		return
	}
	if why := citeKeyProblem(k); why != "" {
		errs.Add(path, line("citekey"), "citekey %q %s; write the key readers cite, of ASCII letters, digits and %s alone, like `citekey: smith2024notes`", k, why, strings.Join(strings.Split(citeKeyChars, ""), " "))
		return
	}
	p.CiteKey, p.CiteKeyLine = k, line("citekey")
}

// citeKeyProblem says why k is no BibTeX key citekey: may pin, naming
// its first character that no key holds, or "".
func citeKeyProblem(k string) string {
	for _, r := range k {
		switch {
		case r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune(citeKeyChars, r)):
			continue
		case r == ' ' || r == '\t':
			return "has a space, where BibTeX ends the key"
		case r == ',' || r == '{' || r == '}':
			return fmt.Sprintf("has %q, where BibTeX ends the key", r)
		case r >= utf8.RuneSelf:
			return fmt.Sprintf("has %q, which BibTeX does not read as one letter (keys are ASCII)", r)
		default:
			return fmt.Sprintf("has %q, which biber refuses in a key", r)
		}
	}
	return ""
}
