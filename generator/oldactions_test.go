package generator

import (
	"reflect"
	"strings"
	"testing"
	"testing/fstest"
)

// TestOldActions: a workflow's step that uses one of the actions new
// site's workflows use, at a release made for Node 20, is a note at its
// line with the release to write (upload-pages-artifact's with its
// hidden files); one at a Node 24 release, another action or a comment
// is none.
func TestOldActions(t *testing.T) {
	fsys := fstest.MapFS{
		".github/workflows/pages.yml": {Data: []byte("jobs:\n  build:\n    steps:\n      - uses: actions/checkout@v4\r\n      - uses: actions/setup-go@v6\n      # uses: actions/deploy-pages@v4\n      - uses: actions/upload-pages-artifact@v3\n        with:\n          path: public\n      - uses: \"actions/deploy-pages@v4.0.5\"\n      - uses: actions/cache@v3\n")},
		".github/workflows/mail.yaml": {Data: []byte("steps:\n  - uses: actions/checkout@v5\n")},
	}
	var got []string
	for _, p := range oldActions(fsys) {
		got = append(got, p.String())
	}
	want := []string{
		".github/workflows/pages.yml:4: note: actions/checkout@v4 runs on Node 20, which GitHub's runners dropped in 2026 (they run it on Node 24, with a warning at every run); write actions/checkout@v6, as paperboy new site does",
		".github/workflows/pages.yml:7: note: actions/upload-pages-artifact@v3 runs on Node 20, which GitHub's runners dropped in 2026 (they run it on Node 24, with a warning at every run); write actions/upload-pages-artifact@v5, as paperboy new site does, and under its with: `include-hidden-files: true`, or the site's files whose names start with a dot (.nojekyll, a theme's static/.well-known/) are left out from v4 on",
		".github/workflows/pages.yml:10: note: actions/deploy-pages@v4 runs on Node 20, which GitHub's runners dropped in 2026 (they run it on Node 24, with a warning at every run); write actions/deploy-pages@v5, as paperboy new site does",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("oldActions =\n%q\nwant\n%q", got, want)
	}
}

// TestOtherDeploys: a workflow left from the site's former generator that
// builds it and publishes it to GitHub Pages is a problem at its file;
// Paperboy's own (which runs paperboy build, and names .nojekyll), one
// that builds with Hugo but publishes nothing, and import.yml are none.
func TestOtherDeploys(t *testing.T) {
	fsys := fstest.MapFS{
		".github/workflows/hugo.yml":   {Data: []byte("jobs:\n  build:\n    steps:\n      - uses: peaceiris/actions-hugo@v3\n      - run: hugo --minify\n      - uses: actions/deploy-pages@v4\n")},
		".github/workflows/jekyll.yml": {Data: []byte("steps:\n  - uses: actions/jekyll-build-pages@v1\n  - uses: actions/deploy-pages@v4\n")},
		".github/workflows/pages.yml":  {Data: []byte("# .nojekyll too\nsteps:\n  - run: paperboy build --destination public\n  - uses: actions/deploy-pages@v5\n")},
		".github/workflows/test.yml":   {Data: []byte("steps:\n  - run: hugo --gc\n")},
		".github/workflows/import.yml": {Data: []byte("steps:\n  - run: paperboy import hf --fetch\n")},
	}
	var got []string
	for _, p := range otherDeploys(fsys) {
		got = append(got, p.String())
	}
	const tail = " and publishes it to GitHub Pages, as Paperboy's workflow (.github/workflows/pages.yml) does: each run would publish the %s site over Paperboy's; delete it (paperboy new site writes pages.yml, or see the README's \"Deploy to GitHub Pages\")"
	want := []string{
		".github/workflows/hugo.yml: builds the site with Hugo" + strings.ReplaceAll(tail, "%s", "Hugo"),
		".github/workflows/jekyll.yml: builds the site with Jekyll" + strings.ReplaceAll(tail, "%s", "Jekyll"),
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("otherDeploys =\n%q\nwant\n%q", got, want)
	}
}
