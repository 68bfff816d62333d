package generator

import (
	"slices"
	"strings"
	"testing"
)

// TestNotFoundRelativeLinks: a relative address a theme's 404.html writes
// is a warning at its line, as a server shows the page at any missing
// address, where it names a file that is not there; addresses from the
// root, made by url, with a scheme or a fragment alone are let be, and so
// is a template with a <base> element.
func TestNotFoundRelativeLinks(t *testing.T) {
	t.Parallel()
	const tmpl = "-- themes/mine/templates/404.html --\n{{define \"main\"}}\n<h1>Not found</h1>\n" +
		"<p><img src=\"logo.svg\" alt=\"Lab\"> See <a href='./about/'>about</a>.</p>\n" +
		"<p><a href=\"{{url \"\"}}\">home</a> <a href=\"/repo/search/\">search</a> <a href=\"#top\">top</a> <a href=\"https://lab.example.org/\">lab</a></p>\n{{end}}\n"
	const where = ", and a server shows 404.html at whatever address was not found, such as /repo/papers/nope/, where it names /repo/papers/nope/"
	want := []string{
		`themes/mine/templates/404.html:3: src="logo.svg" is relative` + where + `logo.svg, which is not there; write it from the site's root: src="{{url "logo.svg"}}"`,
		`themes/mine/templates/404.html:3: href="./about/" is relative` + where + `about/, which is not there; write it from the site's root: href="{{url "about/"}}"`,
	}
	var got []string
	for _, w := range warningsOf(t, themed(tmpl)) {
		if strings.Contains(w, "404.html:") && strings.Contains(w, "is relative") {
			got = append(got, w)
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	based := strings.Replace(tmpl, "<h1>", "<base href=\"{{url \"\"}}\"><h1>", 1)
	for _, w := range warningsOf(t, themed(based)) {
		if strings.Contains(w, "is relative") {
			t.Errorf("with a <base> element: %s", w)
		}
	}
}
