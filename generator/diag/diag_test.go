package diag

import (
	"errors"
	"fmt"
	"reflect"
	"testing"
)

func TestSuggest(t *testing.T) {
	names := []string{"title", "date", "code", "authors", "feedSize"}
	tests := []struct{ in, want string }{
		{"titel", "title"},
		{"tilte", "title"},
		{"Title", "title"},
		{"autors", "authors"},
		{"feedsize", "feedSize"},
		{"mood", ""},
		{"x", ""},
		{"upvotes", ""},
		{"title_text", "title"}, // a known name with more after a separator
		{"code-url", "code"},
		{"date_x", "date"},
	}
	for _, tt := range tests {
		if got := Suggest(tt.in, names); got != tt.want {
			t.Errorf("Suggest(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestListOrderAndFormat(t *testing.T) {
	var l List
	l.Add("b.md", 3, "late")
	l.Add("a.md", 10, "second")
	l.Add("a.md", 2, "first")
	l.Add("", 0, "general")
	want := "general\na.md:2: first\na.md:10: second\nb.md:3: late"
	if got := l.Err().Error(); got != want {
		t.Errorf("List.Error() = %q, want %q", got, want)
	}
	if (List{}).Err() != nil {
		t.Error("empty List.Err() != nil")
	}
}

func TestListErrReportsEachErrorOnce(t *testing.T) {
	var l List
	for range 3 {
		l.Add("p.html", 1, "no such template")
	}
	l.Add("p.html", 1, "another")
	l.Add("a.md", 2, "no such template")
	want := "a.md:2: no such template\np.html:1: another\np.html:1: no such template"
	if got := l.Err().Error(); got != want {
		t.Errorf("List.Err() = %q, want %q", got, want)
	}
	if len(l) != 5 || l[4] == nil {
		t.Errorf("Err changed the list it was called on: %v", l)
	}
}

func TestTemplateHint(t *testing.T) {
	type day struct{ Papers, Title string }
	types := []reflect.Type{reflect.TypeFor[day]()}
	tests := []struct{ msg, want string }{
		{`executing "main" at <.Day.Papres>: can't evaluate field Papres in type *diag.day`, "did you mean .Papers?"},
		{`can't evaluate field Titel in type diag.day`, "did you mean .Title?"},
		{`can't evaluate field Zzz in type *diag.day`, ""},
		{`can't evaluate field Titel in type *other.Day`, ""},
		{`function "truncat" not defined`, `did you mean "truncate"?`},
		{`function "prnitf" not defined`, `did you mean "printf"?`},
		{`unexpected EOF`, ""},
	}
	for _, tt := range tests {
		if got := TemplateHint(tt.msg, []string{"truncate", "plural"}, types...); got != tt.want {
			t.Errorf("TemplateHint(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// Types named as the template data types of a site, for TestTemplateHintHugo.
type (
	Page  struct{ Config, Canonical, Path, Kind, Papers, Paper, Pager string }
	Site  struct{ Config, Papers, Topics string }
	Paper struct{ Title, Extra, ImageAlt string }
)

func TestTemplateHintHugo(t *testing.T) {
	types := []reflect.Type{reflect.TypeFor[Page](), reflect.TypeFor[Site](), reflect.TypeFor[Paper]()}
	funcs := []string{"url", "absURL", "cached", "T"}
	tests := []struct{ msg, want string }{
		{`executing "main" at <.Site.Title>: can't evaluate field Title in type *diag.Site`, "Hugo's .Site.Title is .Config.Title here"},
		{`can't evaluate field Params in type *diag.Site`, "Hugo's .Site.Params is .Config.Extra here (site.yaml's extra:)"},
		{`can't evaluate field Params in type *diag.Page`, "Hugo's .Params is .Config.Extra here (site.yaml's extra:), or .Paper.Extra (a paper's)"},
		{`can't evaluate field Params in type *diag.Paper`, "Hugo's .Params is .Extra here (a paper's extra:)"},
		{`can't evaluate field Permalink in type *diag.Page`, "Hugo's .Permalink is .Canonical here (the page's absolute URL)"},
		{`can't evaluate field RelPermalink in type *diag.Page`, "Hugo's .RelPermalink is {{url .Path}} here"},
		{`can't evaluate field Pages in type *diag.Page`, "did you mean .Papers?"},
		{`can't evaluate field RegularPages in type *diag.Site`, "did you mean .Site.Papers?"},
		{`function "relURL" not defined`, `Hugo's relURL is "url" here`},
		{`function "partial" not defined`, `include a partial with {{template "name" .}}, or with {{cached "name" . key…}} when many pages show it the same`},
		{`function "now" not defined`, `there is no "now": the same sources build the same bytes whenever they are built; use a date of the site, such as (index .Site.Days 0).Date, the newest day`},
		{`function "partialCached" not defined`, `include a partial with {{template "name" .}}, or with {{cached "name" . key…}} when many pages show it the same`},
		{`can't evaluate field Titel in type *diag.Paper`, "did you mean .Title?"},
		{`can't evaluate field ImageText in type *diag.Paper`, `.ImageText is gone; write {{or .ImageAlt (T "figureAlt")}}: the figure's alt text, or the theme's default in the site's language`},
		{`function "i18n" not defined`, `Hugo's i18n is "T" here: {{T "id"}}, {{T "papers" 3}} (see Languages in the README)`},
	}
	for _, tt := range tests {
		if got := TemplateHint(tt.msg, funcs, types...); got != tt.want {
			t.Errorf("TemplateHint(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
	// Without the names a hint points to, no hint: an email template has
	// no "cached" and no .Canonical.
	if got := TemplateHint(`function "partial" not defined`, nil); got != `include a template with {{template "name" .}}` {
		t.Errorf("partial without cached: %q", got)
	}
	if got := TemplateHint(`can't evaluate field Permalink in type *diag.Paper`, nil, reflect.TypeFor[Paper]()); got != "" {
		t.Errorf("Permalink without .Canonical: %q, want no hint", got)
	}
}

func TestSource(t *testing.T) {
	one := Errorf("a.md", 2, "bad")
	list := List{one, Errorf("b.md", 1, "worse")}
	for _, tt := range []struct {
		err  error
		want int
		ok   bool
	}{{one, 1, true}, {list, 2, true}, {fmt.Errorf("render: %w", one), 1, true}, {errors.New("disk full"), 0, false}} {
		got, ok := Source(tt.err)
		if ok != tt.ok || len(got) != tt.want {
			t.Errorf("Source(%v) = %v, %v; want %d errors, %v", tt.err, got, ok, tt.want, tt.ok)
		}
	}
}
