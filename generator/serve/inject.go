package serve

import (
	"bytes"
	_ "embed"
	"html"
	"net/url"
	"strconv"
)

// reloadJS is the live-reload client: it follows the event stream, reloads
// on "reload" and shows build errors in an overlay on "error".
//
//go:embed reload.js
var reloadJS string

// scriptTag returns the tag that loads the live-reload client for pages of
// st, naming the base path and the build the page belongs to; failed
// marks the server's page of a failed first build, which lists the errors
// itself: the client reloads it for another build's, and shows no overlay
// of a "last good build".
func scriptTag(st *state, failed bool) []byte {
	base := html.EscapeString(escapedPath(st.base))
	attrs := ""
	if st.site != nil && len(st.site.warnings) > 0 {
		// The client fetches them (warningsPath) and shows them.
		attrs = ` data-paperboy-warnings="` + strconv.Itoa(len(st.site.warnings)) + `"`
	}
	if failed {
		attrs += " data-paperboy-failed"
	}
	return []byte(`<script src="` + base + scriptPath + `" data-paperboy-base="` + base +
		`" data-paperboy-build="` + html.EscapeString(st.id) + `"` + attrs + ` defer></script>`)
}

// inject returns a copy of page with tag inserted right before the last
// </body> (in any letter case), or appended when there is none. page itself
// is never modified.
func inject(page, tag []byte) []byte {
	at := lastIndexFold(page, []byte("</body"))
	if at < 0 {
		at = len(page)
	}
	out := make([]byte, 0, len(page)+len(tag))
	out = append(out, page[:at]...)
	out = append(out, tag...)
	return append(out, page[at:]...)
}

// lastIndexFold is bytes.LastIndex ignoring ASCII case; sep must be lower
// case.
func lastIndexFold(s, sep []byte) int {
	for i := len(s) - len(sep); i >= 0; i-- {
		if bytes.EqualFold(s[i:i+len(sep)], sep) {
			return i
		}
	}
	return -1
}

// escapedPath is the URL path p as an address writes it, percent-escaped
// ("/Paper%20Digest/" for "/Paper Digest/"): in a page's script tag, in a
// redirect's Location, and in the address serve prints, which a terminal
// would link only up to a space.
func escapedPath(p string) string { return (&url.URL{Path: p}).EscapedPath() }
