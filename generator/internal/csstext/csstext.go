// Package csstext blanks the parts of a stylesheet that are not read as
// CSS, for the checks that look for its declarations and addresses with
// regular expressions: what they then find keeps its offset, and so its
// line.
package csstext

import "regexp"

var commentRE = regexp.MustCompile(`(?s)/\*.*?\*/`)

// BlankComments returns css with each comment's characters but its line
// breaks made spaces, so that what a comment holds (a rule put aside,
// a url() of it) is not read as CSS and offsets keep their lines.
func BlankComments(css []byte) []byte { return Blank(commentRE, css) }

// Blank returns css with the characters but the line breaks (LF and CR)
// of what re matches made spaces.
func Blank(re *regexp.Regexp, css []byte) []byte {
	return re.ReplaceAllFunc(css, func(c []byte) []byte {
		out := make([]byte, len(c))
		for i, b := range c {
			out[i] = ' '
			if b == '\n' || b == '\r' {
				out[i] = b
			}
		}
		return out
	})
}
