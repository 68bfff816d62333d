package generator

import (
	"context"
	"errors"
	"math/rand/v2"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// mistakes are what a random edit writes into a source: half-typed YAML,
// wrong types, bad values, Markdown and template fragments.
var mistakes = []string{
	"", "x", ":", "- ", "[", "{", "\"", "'", "---", "title:", "date: 2024-13-45", "authors: 5",
	"arxiv: \"x\"", "  bad: indent", "\t", "papers: [nope]", "topics: {a: 1}", "upvotes: -3",
	"code: ftp://x", "image: x.png", "$$", "```", "<script>", "baseURL: nope", "feedSize: -1",
	"{{", "{{.Nope}}", "{{end}}", "{{template \"missing\" .}}", "language: it", "language: x_y", "  few: x",
	"other: <a href=\"", "{{T \"nope\"}}", "{{T \"papers\"}}", "<<<<<<< HEAD", ">>>>>>> main",
}

// TestMistakesNamePathAndLine makes random mistakes in the sources of
// valid sites (a line deleted, replaced, inserted or cut into) and builds
// each: a build either succeeds, every warning about a source of the site
// naming a line inside it, or reports every problem as a diag.Error
// naming a source file of the site and a line inside it.
func TestMistakesNamePathAndLine(t *testing.T) {
	t.Parallel()
	themed := strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme: mine\n", 1) +
		"-- themes/mine/templates/day.html --\n{{define \"main\"}}\n<h1>{{T \"papersOf\" \"Date\" (longDate .Day.Date)}}</h1>\n{{range .Day.Papers}}{{.Title}} {{T \"upvotes\" .Upvotes}}{{end}}\n{{end}}\n" +
		"-- themes/mine/i18n/en.yaml --\nabstract: Summary\nupvotes:\n  one: \"{{.Count}} vote\"\n  other: \"{{.Count}} votes\"\npapersOf: Papers of <em>{{.Date}}</em>\n"
	r := rand.New(rand.NewPCG(1, 2))
	failed := 0
	for _, site := range []string{themed, scholarSite} {
		base := txtar.Parse([]byte(site))
		for range 250 {
			files := append([]txtar.File(nil), base.Files...)
			k := r.IntN(len(files))
			lines := strings.Split(string(files[k].Data), "\n")
			j := r.IntN(len(lines))
			m := mistakes[r.IntN(len(mistakes))]
			var change string
			switch r.IntN(4) {
			case 0:
				change = "deleted"
				lines = append(lines[:j], lines[j+1:]...)
			case 1:
				change = "replaced with " + m
				lines[j] = m
			case 2:
				change = "preceded by " + m
				lines = append(lines[:j], append([]string{m}, lines[j:]...)...)
			default:
				c := r.IntN(len(lines[j]) + 1)
				change = "cut at byte " + string(rune('0'+c%10)) + " by " + m
				lines[j] = lines[j][:c] + m + lines[j][c:]
			}
			files[k].Data = []byte(strings.Join(lines, "\n"))
			res, err := Build(context.Background(), Options{Site: siteFS(string(txtar.Format(&txtar.Archive{Files: files})))})
			if err == nil {
				for _, w := range ownWarnings(res) {
					n := 0
					for _, f := range files {
						if f.Name == w.Path {
							n = diag.Lines(f.Data)
						}
					}
					if n > 0 && (w.Line < 1 || w.Line > n) {
						t.Errorf("%s line %d %s: warning %q (%s) names no line of a source (the file has %d lines)", files[k].Name, j+1, change, w.String(), w.Kind, n)
					}
				}
				continue
			}
			failed++
			var list diag.List
			if e := (*diag.Error)(nil); errors.As(err, &e) {
				list = diag.List{e}
			} else if !errors.As(err, &list) {
				t.Errorf("%s line %d %s: the error is not a diag.Error: %v", files[k].Name, j+1, change, err)
				continue
			}
			for _, e := range list {
				n := 0
				for _, f := range files {
					if f.Name == e.Path {
						n = diag.Lines(f.Data)
					}
				}
				if n == 0 || e.Line < 1 || e.Line > n {
					t.Errorf("%s line %d %s: %q names no line of a source (the file has %d lines)", files[k].Name, j+1, change, e.Error(), n)
				}
			}
		}
	}
	if failed < 100 {
		t.Errorf("only %d of 500 mistakes failed the build; the mistakes no longer test the messages", failed)
	}
}
