package i18n

import (
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/language"
	xmessage "golang.org/x/text/message"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// defaultDigits are the numbering systems (CLDR ids) a language's numbers
// are written in when its tag names none (language: ar-u-nu-arab does),
// where they are not those of the x/text tables: Arabic in 0–9, as
// current CLDR and the browsers have it for ar, as Arabic Wikipedia
// writes, and as the arXiv ids, versions and figures of the papers beside
// them are; Persian in ۰–۹ for fa-IR too, where x/text writes 0–9.
var defaultDigits = map[string]string{"ar": "latn", "fa": "arabext"}

// digitSystems names the decimal numbering systems by their digit zero,
// for search.js's Intl and the stylesheet's rank numbers.
var digitSystems = map[rune]string{
	'0': "latn", '٠': "arab", '۰': "arabext", '०': "deva", '০': "beng", '੦': "guru",
	'૦': "gujr", '୦': "orya", '௦': "tamldec", '౦': "telu", '೦': "knda", '൦': "mlym",
	'๐': "thai", '໐': "laoo", '༠': "tibt", '၀': "mymr", '០': "khmr",
}

// numbers sets up how c writes numbers for the site's tag: in the
// numbering system its -u-nu- key names, or else the language's default.
// A -u-nu- that names no system of decimal digits is an error at the
// line of language:.
func (c *Catalog) numbers(tag language.Tag, lang Language) error {
	nu := tag.TypeForKey("nu")
	if nu == "" {
		base, _ := tag.Base()
		if d := defaultDigits[base.String()]; d != "" {
			tag, _ = tag.SetTypeForKey("nu", d)
		}
	}
	c.printer = xmessage.NewPrinter(tag)
	c.zero, _ = utf8.DecodeRuneInString(c.printer.Sprint(0))
	c.digits = digitSystems[c.zero]
	if nu != "" && nu != c.digits {
		return diag.Errorf(lang.Path, lang.Line, "language %s: -u-nu-%s is not a numbering system Paperboy writes; write -u-nu-latn (0–9), -u-nu-arab (٠–٩) or -u-nu-arabext (۰–۹), or leave -u-nu- out for the language's own", lang.Tag, nu)
	}
	return nil
}

// localDigits writes the digits 0–9 of s in the catalog's own.
func (c *Catalog) localDigits(s string) string {
	if c.zero == '0' || !strings.ContainsAny(s, "0123456789") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return c.zero + r - '0'
		}
		return r
	}, s)
}

// Digits is the CLDR numbering system the catalog writes numbers in
// ("latn" for 0–9, "arab" for ٠–٩, "arabext" for ۰–۹), or "" for one
// Paperboy does not name.
func (c *Catalog) Digits() string { return c.digits }

// numberMarker encloses a whole number a message is given, as its text
// prints it, until localNumbers writes it in the site's digits.
const numberMarker = "\x06"

// localInt is a whole number a message is given on a site whose digits
// are not 0–9 (a week's, a year, a page's): it compares and computes as
// the number it is, as it did before numbers were written in the site's
// digits ({{if gt .Num 1}}, {{printf "%02d" .Num}}), and {{.Num}} prints
// it between numberMarkers for localNumbers.
type localInt int

// String is n's digits between numberMarkers.
func (n localInt) String() string {
	return numberMarker + strconv.Itoa(int(n)) + numberMarker
}

// urlNumber is a localInt an html/template put in a URL, which
// percent-encodes its markers: a URL keeps 0–9, which is what it means.
var urlNumber = regexp.MustCompile(`%06(-?[0-9]+)%06`)

// localNumbers writes the localInts of s, a message's text as it was run,
// in the catalog's digits (in a URL, in 0–9).
func (c *Catalog) localNumbers(s string) string {
	if c.zero == '0' {
		return s
	}
	s = urlNumber.ReplaceAllString(s, "$1")
	if !strings.Contains(s, numberMarker) {
		return s
	}
	parts := strings.Split(s, numberMarker)
	for i := 1; i < len(parts); i += 2 {
		parts[i] = c.localDigits(parts[i])
	}
	return strings.Join(parts, "")
}
