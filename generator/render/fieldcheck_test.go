package render

import (
	"io/fs"
	"testing"

	"github.com/paperboy-digest/paperboy/themes"
)

// builtinAsSite returns every built-in template as a file of the site's
// theme.
func builtinAsSite(tb testing.TB) map[string]string {
	files := map[string]string{}
	err := fs.WalkDir(themes.Default(), "templates", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(themes.Default(), p)
		files[p] = string(data)
		return err
	})
	if err != nil {
		tb.Fatal(err)
	}
	return files
}

// BenchmarkCheckFields measures checkFields on every built-in template
// made the site's own, what it adds to each build of a site with a theme
// of its own (once a build, whatever the number of papers).
func BenchmarkCheckFields(b *testing.B) {
	tmpl, err := loadTheme(&testing.T{}, builtinAsSite(b))
	if err != nil {
		b.Fatal(err)
	}
	funcs := funcMap(links{cfg: testConfig()}, english)
	b.ReportAllocs()
	for b.Loop() {
		if err := tmpl.checkFields(funcs); err != nil {
			b.Fatal(err)
		}
	}
}
