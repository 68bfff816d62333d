package render

import (
	"bytes"
	"context"
	"errors"
	"html/template"
	"slices"
	"strings"
	"testing"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/internal/tmplwalk"
	"github.com/paperboy-digest/paperboy/themes"
)

// TestRenderFolds: a page kind's templates are folded once its first page
// has run, and the cards' once the first card has, and the pages are
// those of a renderer that folds nothing.
func TestRenderFolds(t *testing.T) {
	render := func(fold bool) (*Renderer, map[string][]byte) {
		r, err := New(context.Background(), bibSite(t), Options{Words: english, Builtin: themes.Default(), Workers: 1})
		if err != nil {
			t.Fatal(err)
		}
		if !fold {
			r.folder, r.cards.fold = newFolder(nil), nil
		}
		rendered(t, r)
		return r, rendered(t, r) // the second time with every kind folded
	}
	r, folded := render(true)
	_, want := render(false)
	for path, html := range want {
		if !bytes.Equal(folded[path], html) {
			t.Errorf("%s folded is\n%s\nwant\n%s", path, folded[path], html)
		}
	}
	if len(r.tmpl.pages.free) != 1 {
		t.Fatalf("%d page sets, want the one worker's", len(r.tmpl.pages.free))
	}
	if !r.tmpl.pages.free[0].folded["paper"] {
		t.Error("the page set put back after a render does not record that its paper templates are folded, so the next render folds them again")
	}
	calls := func(set *template.Template, call string) int {
		n := 0
		for _, tt := range set.Templates() {
			if tt.Tree != nil {
				tmplwalk.Walk(tt.Tree.Root, func(node parse.Node) {
					if a, ok := node.(*parse.ActionNode); ok && strings.Contains(a.String(), call) {
						n++
					}
				})
			}
		}
		return n
	}
	// Each kind's templates that ran (html/template gave them escapers)
	// and were not folded.
	if n := calls(r.tmpl.pages.free[0].kinds["paper"], `T "skipToContent" | _html_template_`); n != 0 {
		t.Errorf("after a run, the paper page's templates call T \"skipToContent\" %d times, want it folded", n)
	}
	if n := calls(r.tmpl.item, `T "authorsLabel" | _html_template_`); n != 0 {
		t.Errorf("after a run, the cards' templates call T \"authorsLabel\" %d times, want it folded", n)
	}
}

// TestFoldConstants: after a page set's first run, its actions that write
// the same text on every page are that text, and the set writes what it
// wrote before, in every context; the others still run.
func TestFoldConstants(t *testing.T) {
	calls := map[string]int{}
	msgs := map[string]template.HTML{"a": `<b>Tom &amp; "Jerry"</b> → x`, "plain": "Abstract"}
	funcs := template.FuncMap{
		"T": func(id string, args ...any) (template.HTML, error) {
			calls["T "+id]++
			if h, ok := msgs[id]; ok {
				return h, nil
			}
			return "", errors.New("no message " + id)
		},
		"url": func(s string) string {
			calls["url "+s]++
			return "/base/" + s
		},
		"dir": func() string {
			calls["dir"]++
			return "ltr"
		},
		"up": strings.ToUpper,
		"hi": func(s string) template.HTML { return template.HTML("<b>" + s + "</b>") },
	}
	const page = `<!DOCTYPE html><html dir="{{dir}}"><title>{{T "plain"}} {{.}}</title>` +
		`<p>{{T "a"}}</p><p title="{{T "a"}}" data-x={{T "plain"}}>{{T "plain"}}{{T "plain"}}</p>` +
		`<a href="{{url "copy js?x=<1>"}}">{{up .}}</a><a href="/?q={{T "plain"}}">q</a>` +
		`{{if .}}<i>{{T "plain"}}</i>{{end}}{{range $i := 2}}{{T "plain"}}{{end}}` +
		`{{with $x := T "a"}}{{$x}}{{end}}{{T "a" | print}}<script>var m = {{T "plain"}};</script>` +
		`{{template "part" .}}{{define "part"}}<em>{{T "a"}}</em>{{end}}` +
		`<p title="{{hi .}}">{{hi .}}{{hi . | print}}{{. | hi}}</p>`
	set := template.Must(template.New("page").Funcs(funcs).Parse(page))
	unfolded := template.Must(set.Clone())
	run := func(set *template.Template, data string) string {
		t.Helper()
		var b strings.Builder
		if err := set.Execute(&b, data); err != nil {
			t.Fatal(err)
		}
		return b.String()
	}
	before := run(set, "x")
	newFolder(funcs).fold(set)
	clear(calls)
	if got := run(set, "x"); got != before {
		t.Errorf("folded, the page is\n%s\nwant\n%s", got, before)
	}
	// Left to run: the one in a script, piped on, declared, and up.
	want := map[string]int{"T plain": 1, "T a": 2}
	for k, n := range calls {
		if want[k] != n {
			t.Errorf("folded, %s ran %d times, want %d", k, n, want[k])
		}
	}
	for k, n := range want {
		if calls[k] != n {
			t.Errorf("folded, %s ran %d times, want %d", k, calls[k], n)
		}
	}
	if got, want := run(set, "<y>"), run(unfolded, "<y>"); got != want {
		t.Errorf("folded, another page is\n%s\nwant\n%s", got, want)
	}
	// hi's HTML in HTML text is written as it is, with no escaper; the
	// others keep theirs, as does the message in a script, which no
	// probe has.
	var escapers []string
	tmplwalk.Walk(set.Tree.Root, func(n parse.Node) {
		if a, ok := n.(*parse.ActionNode); ok && strings.Contains(a.String(), "_html_template_") {
			escapers = append(escapers, a.String())
		}
	})
	wantEscapers := []string{
		`{{. | _html_template_rcdataescaper}}`,
		`{{up . | _html_template_htmlescaper}}`,
		`{{$x | _html_template_htmlescaper}}`,
		`{{T "a" | print | _html_template_htmlescaper}}`,
		`{{T "plain" | _html_template_jsvalescaper}}`,
		`{{hi . | _html_template_attrescaper}}`,
		`{{hi . | print | _html_template_htmlescaper}}`,
	}
	if !slices.Equal(escapers, wantEscapers) {
		t.Errorf("folded, the actions with escapers are\n%s\nwant\n%s", strings.Join(escapers, "\n"), strings.Join(wantEscapers, "\n"))
	}
}

// TestFoldKeepsFailures: a constant action whose function fails is left
// to fail on each page, as it did.
func TestFoldKeepsFailures(t *testing.T) {
	funcs := template.FuncMap{"T": func(id string, args ...any) (template.HTML, error) {
		return "", errors.New("no message " + id)
	}}
	set := template.Must(template.New("page").Funcs(funcs).Parse(`<p>{{if .}}{{T "missing"}}{{end}}</p>`))
	if err := set.Execute(&strings.Builder{}, false); err != nil {
		t.Fatal(err)
	}
	newFolder(funcs).fold(set)
	actions := 0
	tmplwalk.Walk(set.Tree.Root, func(n parse.Node) {
		if _, ok := n.(*parse.ActionNode); ok {
			actions++
		}
	})
	if actions != 1 {
		t.Errorf("folded, the page has %d actions, want the failing one", actions)
	}
	if err := set.Execute(&strings.Builder{}, true); err == nil || !strings.Contains(err.Error(), "no message missing") {
		t.Errorf("folded, the page's run fails with %v, want no message missing", err)
	}
}
