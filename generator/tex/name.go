package tex

import (
	"strings"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// nameCleaner removes what TeX leaves in a name once its commands are
// converted: grouping braces ({Tanaka}, M{\"u}ller's outer pair) and ties
// (J.~Smith), which no printed name holds.
var nameCleaner = strings.NewReplacer("{", "", "}", "", "~", " ")

// Name returns a person's name as the sources deliver it (arXiv copies
// what the authors typed, TeX included, and a curator copies arXiv's or
// a .bib's) as plain Unicode text: accents and special letters are
// converted as Title converts them (Mart\'{\i}n → Martín, M\"uller and
// M\"{u}ller → Müller, {\o} → ø, \c{c} → ç, \v{s} → š, \ss → ß), leftover
// braces are dropped, a tie becomes a space and white space runs become
// one space. A name without TeX comes back with only its white space
// collapsed, so converting twice changes nothing. The importers write
// names with it and the build reads a paper's authors with it, so that
// one person is one author page however the name was copied.
func Name(s string) string {
	return textutil.CollapseSpace(nameCleaner.Replace(Title(s)))
}
