package generator

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// chained is smallSite with `theme: [mine, lab]`: a site's own folder over
// a published theme, and these files.
func chained(files string) string {
	return strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme: [mine, lab]\n", 1) + files
}

// labTheme is a published theme: a footer, a stylesheet, a logo and two
// changed messages.
const labTheme = `
-- themes/lab/templates/partials/site-footer.html --
{{define "site-footer"}}<footer class="lab-footer">{{T "builtWith"}} · {{T "archive"}}</footer>{{end}}
-- themes/lab/templates/partials/body-extra.html --
{{define "body-extra"}}<script src="{{static "lab.js"}}"></script>{{end}}
-- themes/lab/static/custom.css --
.lab {}
-- themes/lab/static/lab.js --
// lab
-- themes/lab/static/logo.svg --
<svg/>
-- themes/lab/i18n/en.yaml --
builtWith: Made in the Lab
archive: Lab archive
`

// TestThemeChain: with `theme: [mine, lab]`, a file of themes/mine/
// replaces lab's at the same path, lab's replace the built-in ones, and the
// rest still come from the built-in theme; messages merge one by one.
func TestThemeChain(t *testing.T) {
	out := mustBuild(t, chained(labTheme+`
-- themes/mine/static/custom.css --
.mine {}
-- themes/mine/i18n/en.yaml --
archive: Our archive
`))
	out.contains(t, "index.html", `<footer class="lab-footer">Made in the Lab · Our archive</footer>`, `<script src="/repo/lab.js"></script>`)
	out.lacks(t, "index.html", "Lab archive", "Built with Paperboy")
	if got := out.file(t, "custom.css"); got != ".mine {}\n" {
		t.Errorf("custom.css = %q, want mine's", got)
	}
	if got := out.file(t, "logo.svg"); got != "<svg/>\n" {
		t.Errorf("logo.svg = %q, want lab's", got)
	}
	out.contains(t, "papers/2405.00001/index.html", `<h1`, `class="lab-footer"`) // the page itself is the built-in one

	// The same site with `theme: lab` alone shows lab's words.
	lab := mustBuild(t, strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme: lab\n", 1)+labTheme)
	lab.contains(t, "index.html", `Made in the Lab · Lab archive`)
}

// TestThemeChainErrors: a mistake is reported at the folder its file is
// in, and a folder that does not exist, or one listed twice, at the
// theme: line.
func TestThemeChainErrors(t *testing.T) {
	tests := []struct{ name, archive, want string }{
		{"lab's template", chained(`
-- themes/mine/static/custom.css --
.mine {}
-- themes/lab/templates/partials/site-footer.html --
{{define "site-footer"}}
<footer>{{.Config.Titel}}</footer>{{end}}
`), `themes/lab/templates/partials/site-footer.html:2: `},
		{"mine over lab's", chained(`
-- themes/lab/templates/partials/site-footer.html --
{{define "site-footer"}}<footer>{{.Config.Titel}}</footer>{{end}}
-- themes/mine/templates/partials/site-footer.html --

{{define "site-footer"}}<footer>{{.Config.Tite}}</footer>{{end}}
`), `themes/mine/templates/partials/site-footer.html:2: `},
		{"lab's message", chained(`
-- themes/mine/static/custom.css --
.mine {}
-- themes/lab/i18n/en.yaml --
builtWith: Made in the Lab
archive: "Lab {{.Nope"
`), "themes/lab/i18n/en.yaml:2: "},
		{"missing folder", chained(`
-- themes/mine/static/custom.css --
.mine {}
`), "content/site.yaml:5: theme \"lab\": the folder themes/lab does not exist; create it (paperboy new theme lab) or remove it from `theme:`"},
		{"the built-in theme listed", strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme: [mine, default]\n", 1) + `
-- themes/mine/static/custom.css --
.mine {}
`, "content/site.yaml:5: theme \"default\" is the built-in theme, which every theme stack already ends with: what your themes do not replace comes from it; remove it from `theme:`"},
		{"the built-in theme alone", strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme: default\n", 1), "content/site.yaml:5: theme \"default\" is the built-in theme, which every theme stack already ends with: what your themes do not replace comes from it; remove `theme:`"},
		{"listed twice", strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme:\n  - mine\n  - mine\n", 1) + `
-- themes/mine/static/custom.css --
.mine {}
`, "content/site.yaml:7: theme \"mine\" is listed twice (first on line 6); keep one of them"},
		{"not a name", strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme: {lab: true}\n", 1), "content/site.yaml:5: theme must be a folder under themes/, or a list of them, yours first, not a mapping; write it like `theme: [mytheme, lab]`"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := buildSite(t, tt.archive, Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v\nwant it to contain %q", err, tt.want)
			}
		})
	}
}

// TestThemeChainStaticEdit: in serve, an edit of a theme's static file is
// copied without a build, unless a folder before it replaces the file.
func TestThemeChainStaticEdit(t *testing.T) {
	dir := writeArchive(t, chained(labTheme+`
-- themes/mine/static/custom.css --
.mine {}
`))
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	if _, _, err := live.Build(context.Background(), nil); err != nil {
		t.Fatal(err)
	}
	write := func(name, data string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("themes/lab/static/lab.js", "// lab 2\n")
	res, ok := live.staticOnly([]string{dir + "/themes/lab/static/lab.js"})
	if !ok || filesOf(res)["lab.js"] != "// lab 2\n" {
		t.Errorf("lab's own static file: copied %v", ok)
	}
	write("themes/lab/static/custom.css", ".lab2 {}\n")
	if _, ok := live.staticOnly([]string{dir + "/themes/lab/static/custom.css"}); ok {
		t.Error("lab's custom.css, which mine's replaces, was copied over it")
	}
	write("themes/mine/static/custom.css", ".mine2 {}\n")
	if res, ok := live.staticOnly([]string{dir + "/themes/mine/static/custom.css"}); !ok || filesOf(res)["custom.css"] != ".mine2 {}\n" {
		t.Errorf("mine's custom.css: copied %v", ok)
	}
}
