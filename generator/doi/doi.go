// Package doi reads a DOI as curators and readers write it and writes a
// DOI's https://doi.org/ link. It is its own package so that the
// citation formats, the page templates and the Markdown checks, which
// warn about a doi: link, write one link alike, and the front matter, the
// day lists and paperboy new read one DOI alike.
package doi

import (
	"strings"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// URL returns the https://doi.org/ link of a DOI, encoded as the DOI
// Handbook asks for a DOI in a URL: the characters it must encode (% " #
// space ?) and those it recommends encoding (< > { } ^ [ ] ` | \ +)
// become %XX, as do control characters and the bytes of non-ASCII ones;
// "/", "(", ")" and the rest stay as they are, and so does an ordinary
// DOI ("10.48550/arXiv.2405.15032"). A "." or ".." between slashes gets
// its second slash encoded, as the Handbook advises, so that a browser
// does not resolve it away.
func URL(d string) string {
	var b strings.Builder
	b.Grow(len("https://doi.org/") + len(d))
	b.WriteString("https://doi.org/")
	for i := 0; i < len(d); i++ {
		c := d[i]
		if c < 0x20 || c >= 0x7f || strings.IndexByte(`%"# ?<>{}^[]`+"`"+`|\+`, c) >= 0 {
			textutil.Percent(&b, c)
			continue
		}
		b.WriteByte(c)
	}
	return dotSegments.Replace(b.String())
}

// dotSegments encodes the slash after a "." or ".." path segment.
var dotSegments = strings.NewReplacer("/./", "/.%2F", "/../", "/..%2F")
