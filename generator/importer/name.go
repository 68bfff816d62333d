package importer

import (
	"strings"

	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// nameCleaner removes what TeX leaves in a name once its commands are
// converted: grouping braces ({Tanaka}, M{\"u}ller's outer pair) and ties
// (J.~Smith), which no printed name holds.
var nameCleaner = strings.NewReplacer("{", "", "}", "", "~", " ")

// AuthorName returns an author's name as the sources deliver it (arXiv
// copies what the authors typed, TeX included) as plain Unicode text:
// accents and special letters are converted as tex.Title converts them
// (Mart\'{\i}n → Martín, M\"uller and M\"{u}ller → Müller, {\o} → ø,
// \c{c} → ç, \v{s} → š, \ss → ß), leftover braces are dropped, a tie
// becomes a space and white space runs become one space. A name without
// TeX comes back with only its white space collapsed, so converting twice
// changes nothing.
func AuthorName(s string) string {
	return textutil.CollapseSpace(nameCleaner.Replace(tex.Title(s)))
}
