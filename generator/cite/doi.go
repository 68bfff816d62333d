package cite

import "strings"

// DOIURL returns the https://doi.org/ link of a DOI, encoded as the DOI
// Handbook asks for a DOI in a URL: the characters it must encode (% " #
// space ?) and those it recommends encoding (< > { } ^ [ ] ` | \ +)
// become %XX, as do control characters and the bytes of non-ASCII ones;
// "/", "(", ")" and the rest stay as they are, and so does an ordinary
// DOI ("10.48550/arXiv.2405.15032"). A "." or ".." between slashes gets
// its second slash encoded, as the Handbook advises, so that a browser
// does not resolve it away.
func DOIURL(doi string) string {
	var b strings.Builder
	b.Grow(len("https://doi.org/") + len(doi))
	b.WriteString("https://doi.org/")
	for i := 0; i < len(doi); i++ {
		c := doi[i]
		if c < 0x20 || c >= 0x7f || strings.IndexByte(`%"# ?<>{}^[]`+"`"+`|\+`, c) >= 0 {
			percent(&b, c)
			continue
		}
		b.WriteByte(c)
	}
	return dotSegments.Replace(b.String())
}

const hex = "0123456789ABCDEF"

// percent writes c to b as %XX.
func percent(b *strings.Builder, c byte) {
	b.WriteByte('%')
	b.WriteByte(hex[c>>4])
	b.WriteByte(hex[c&15])
}

// dotSegments encodes the slash after a "." or ".." path segment.
var dotSegments = strings.NewReplacer("/./", "/.%2F", "/../", "/..%2F")
