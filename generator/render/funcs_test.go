package render

import (
	"errors"
	"html/template"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestURLFuncs: url and absURL take a path from the site root with or
// without its leading "/", as Markdown links do, keep a ?query and a
// #fragment, and leave an absolute URL alone. A root-relative URL that
// already starts with the base path, as url, static and paperURL return
// it, is taken as it is: url returns it, absURL puts the site's host in
// front, neither writes /repo/ twice.
func TestURLFuncs(t *testing.T) {
	l := links{cfg: testConfig()}
	tests := []struct{ in, url, abs string }{
		{"", "/repo/", "https://example.org/repo/"},
		{"/", "/repo/", "https://example.org/repo/"},
		{"archive/", "/repo/archive/", "https://example.org/repo/archive/"},
		{"/archive/", "/repo/archive/", "https://example.org/repo/archive/"},
		{"archive/#m-2024-05", "/repo/archive/#m-2024-05", "https://example.org/repo/archive/#m-2024-05"},
		{"search/?q=diffusion#top", "/repo/search/?q=diffusion#top", "https://example.org/repo/search/?q=diffusion#top"},
		{"#main", "/repo/#main", "https://example.org/repo/#main"},
		{"authors/zoë müller/", "/repo/authors/zo%C3%AB%20m%C3%BCller/", "https://example.org/repo/authors/zo%C3%AB%20m%C3%BCller/"},
		{"https://example.com/x?y#z", "https://example.com/x?y#z", "https://example.com/x?y#z"},
		{"mailto:a@example.org", "mailto:a@example.org", "mailto:a@example.org"},
		{"//cdn.example.com/x.js", "//cdn.example.com/x.js", "//cdn.example.com/x.js"},
		{"/repo/papers/1706.03762/", "/repo/papers/1706.03762/", "https://example.org/repo/papers/1706.03762/"},
		{"/repo/mine.css?v=2#x", "/repo/mine.css?v=2#x", "https://example.org/repo/mine.css?v=2#x"},
		{"/repo/authors/zo%C3%AB/", "/repo/authors/zo%C3%AB/", "https://example.org/repo/authors/zo%C3%AB/"},
		{"repo/x", "/repo/repo/x", "https://example.org/repo/repo/x"},
		{"/repository/", "/repo/repository/", "https://example.org/repo/repository/"},
	}
	for _, tt := range tests {
		if got := l.url(tt.in); got != tt.url {
			t.Errorf("url %q = %q, want %q", tt.in, got, tt.url)
		}
		if got := l.absURL(tt.in); got != tt.abs {
			t.Errorf("absURL %q = %q, want %q", tt.in, got, tt.abs)
		}
	}
}

// run executes the template src with the theme's functions on data.
func run(t *testing.T, src string, data any) (string, error) {
	t.Helper()
	tmpl := template.Must(template.New("t").Funcs(funcMap(links{cfg: testConfig()}, english)).Parse(src))
	var b strings.Builder
	err := tmpl.Execute(&b, data)
	return b.String(), err
}

// TestJSONText: jsonText writes a JavaScript value, not a string holding
// JSON, and its strings cannot end the script.
func TestJSONText(t *testing.T) {
	got, err := run(t, `<script>var a = {{jsonText .}};</script>`, []string{"Ashish Vaswani", "</script><b>"})
	if err != nil {
		t.Fatal(err)
	}
	if want := `<script>var a = ["Ashish Vaswani","\u003c/script\u003e\u003cb\u003e"];</script>`; got != want {
		t.Errorf("jsonText = %s, want %s", got, want)
	}
	if _, err := run(t, `<script>{{jsonText .}}</script>`, map[any]any{1: 2}); err == nil || !strings.Contains(err.Error(), "error calling jsonText: cannot write the value as JSON") {
		t.Errorf("jsonText of a value JSON cannot hold: err = %v", err)
	}
}

// TestJSONTextCycle: a paper, a day, … links to others that link back
// to it, so jsonText cannot write it whole: the error says what it is
// and to pass a dict of its fields, which then writes.
func TestJSONTextCycle(t *testing.T) {
	p := &model.Paper{ID: "2401.00001", Slug: "2401.00001", Title: "Paper one"}
	d := &model.Day{Slug: "2024-01-02", Papers: []*model.Paper{p}}
	p.Days = []*model.Day{d}
	for _, tt := range []struct {
		data any
		want string
	}{
		{p, `cannot write a paper as JSON whole: it links to the site's other values, which link back to it; pass jsonText a dict of the fields the script needs, as (dict "id" .ID "title" .Title "url" (paperURL .))`},
		{d, `cannot write a day as JSON whole: it links to the site's other values, which link back to it; pass jsonText a dict of the fields the script needs, as (dict "date" .Slug "title" .Title "url" (dayURL .))`},
		{[]*model.Paper{p}, `cannot write a list of papers as JSON whole: each links to the site's other values, which link back to it; range over the list and pass jsonText a dict of the fields the script needs of each, as (dict "id"`},
	} {
		if _, err := run(t, `{{jsonText .}}`, tt.data); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("jsonText of a %T: err = %v, want one with %q", tt.data, err, tt.want)
		}
	}
	got, err := run(t, `<script>{{jsonText (dict "id" .ID "title" .Title "url" (paperURL .))}}</script>`, p)
	if want := `<script>{"id":"2401.00001","title":"Paper one","url":"/repo/papers/2401.00001/"}</script>`; err != nil || got != want {
		t.Errorf("jsonText of a dict = %s, %v, want %s", got, err, want)
	}
}

// TestTruncate: truncate refuses a length that would leave only "…".
func TestTruncate(t *testing.T) {
	if got, err := run(t, `{{truncate 3 .}}`, "abcdef"); err != nil || got != "abc…" {
		t.Errorf("truncate 3 = %q, %v, want abc…", got, err)
	}
	for _, n := range []string{"0", "-3"} {
		if got, err := run(t, `{{truncate `+n+` .}}`, "abc"); err == nil || !strings.Contains(err.Error(), "error calling truncate: the length must be 1 or more, not "+n) {
			t.Errorf("truncate %s = %q, %v, want an error", n, got, err)
		}
	}
}

// TestKnown: {{with known …}} skips a date a paper does not have, which
// {{with}} alone does not.
func TestKnown(t *testing.T) {
	src := `{{with known .Updated}}updated {{isoDate .}}{{else}}never updated{{end}}`
	for _, tt := range []struct {
		p    *model.Paper
		want string
	}{
		{&model.Paper{}, "never updated"},
		{&model.Paper{Updated: time.Date(2024, 5, 29, 0, 0, 0, 0, time.UTC)}, "updated 2024-05-29"},
	} {
		if got, err := run(t, src, tt.p); err != nil || got != tt.want {
			t.Errorf("Updated %v: %q, %v, want %q", tt.p.Updated, got, err, tt.want)
		}
	}
}

// TestUnknownDate: a date function refuses the zero time, which it would
// show as the year 1, and the error says to show the date inside
// {{with known …}}, with the call to write there.
func TestUnknownDate(t *testing.T) {
	for _, src := range []string{`{{isoDate .Updated}}`, `{{longDate .Updated}}`, `{{shortDate .Updated}}`, `{{noYearDate .Updated}}`, `{{formatDate "Jan 2" .Updated}}`} {
		if got, err := run(t, src, &model.Paper{}); !errors.Is(err, errUnknownDate) {
			t.Errorf("%s of the zero time = %q, %v, want %v", src, got, err, errUnknownDate)
		}
		if _, err := run(t, src, &model.Paper{Updated: time.Date(2024, 5, 29, 0, 0, 0, 0, time.UTC)}); err != nil {
			t.Errorf("%s of a date: %v", src, err)
		}
	}
	tests := []struct{ msg, want string }{
		{`executing "x" at <longDate .Updated>: error calling longDate: ` + errUnknownDate.Error(),
			"show it only where it is known: {{with known .Updated}}…{{longDate .}}…{{end}}"},
		{`executing "x" at <formatDate "Jan 2" $p.Updated>: error calling formatDate: ` + errUnknownDate.Error(),
			`show it only where it is known: {{with known $p.Updated}}…{{formatDate "Jan 2" .}}…{{end}}`},
		{`executing "x" at <isoDate (index .Dates 0)>: error calling isoDate: ` + errUnknownDate.Error(),
			"show it only where it is known: {{with known (index .Dates 0)}}…{{isoDate .}}…{{end}}"},
		{`executing "x" at <longDate .Updated>: error calling longDate: something else`, ""},
	}
	for _, tt := range tests {
		if got := unknownDateHint(tt.msg); got != tt.want {
			t.Errorf("unknownDateHint(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// Test404Path: the 404 page's .Path is its file, 404.html, which
// absURL .Path makes a link to.
func Test404Path(t *testing.T) {
	site := &model.Site{Config: testConfig()}
	js, err := jobs(pages{site: site, l: links{cfg: site.Config}, words: english})
	if err != nil {
		t.Fatal(err)
	}
	for _, j := range js {
		switch j.kind {
		case "404":
			if j.page.Path != "404.html" || j.out() != "404.html" || j.page.Canonical != "" {
				t.Errorf("404 page: Path %q, file %q, Canonical %q; want 404.html, 404.html and none", j.page.Path, j.out(), j.page.Canonical)
			}
		case "archive":
			if j.out() != "archive/index.html" {
				t.Errorf("archive page file %q, want archive/index.html", j.out())
			}
		}
	}
}

// TestFirstOf: first takes any list, and a list shorter than n whole.
func TestFirstOf(t *testing.T) {
	days := []*model.Day{{Slug: "a"}, {Slug: "b"}, {Slug: "c"}}
	for _, tt := range []struct {
		n    int
		list any
		want int
	}{{2, days, 2}, {10, days, 3}, {0, days, 0}, {1, []*model.Topic{{Slug: "t"}}, 1}, {5, []string(nil), 0}} {
		got, err := firstOf(tt.n, tt.list)
		if err != nil || reflect.ValueOf(got).Len() != tt.want || reflect.TypeOf(got) != reflect.TypeOf(tt.list) {
			t.Errorf("first %d of %T: %v (%v), want %d of the same type", tt.n, tt.list, got, err, tt.want)
		}
	}
	for _, bad := range []struct {
		n    int
		list any
	}{{-1, days}, {2, "abc"}, {2, 7}} {
		if _, err := firstOf(bad.n, bad.list); err == nil {
			t.Errorf("first %d %v: no error", bad.n, bad.list)
		}
	}
}

// TestSortList: sort orders a copy of any list by a field or a method of
// its elements, ascending or descending, ties in the list's order and
// missing values last either way; text in the site's language's order.
// The list itself keeps its order.
func TestSortList(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 5, d, 0, 0, 0, 0, time.UTC) }
	updated := day(9)
	papers := []*model.Paper{
		{ID: "a", Slug: "a", Title: "Zeta", Upvotes: 5, Date: day(3)},
		{ID: "b", Slug: "b", Title: "Émile", Upvotes: 50, Date: day(1), Updated: updated},
		{ID: "c", Slug: "c", Title: "alpha", Upvotes: 5, Date: day(2)},
		{ID: "d", Slug: "d", Title: "Beta", Upvotes: 20, Date: day(4)},
	}
	ids := func(v any) string {
		var out []string
		for _, p := range v.([]*model.Paper) {
			out = append(out, p.ID)
		}
		return strings.Join(out, " ")
	}
	sort := sortList("en")
	for _, tt := range []struct {
		field string
		order []string
		want  string
	}{
		{"Upvotes", []string{"desc"}, "b d a c"}, // a before c: a tie keeps the list's order
		{"Upvotes", nil, "a c d b"},
		{"Upvotes", []string{"asc"}, "a c d b"},
		{"Title", nil, "c d b a"}, // alpha, Beta, Émile, Zeta: as English orders them, not by bytes
		{"Date", []string{"desc"}, "d a c b"},
		{"Updated", []string{"desc"}, "b a c d"}, // missing last
		{"Updated", nil, "b a c d"},
		{"Path", []string{"desc"}, "d c b a"}, // a method
	} {
		got, err := sort(papers, tt.field, tt.order...)
		if err != nil || ids(got) != tt.want {
			t.Errorf("sort %s %v = %v (%v), want %s", tt.field, tt.order, got, err, tt.want)
		}
	}
	if ids(papers) != "a b c d" {
		t.Errorf("sort changed the list itself: %s", ids(papers))
	}
	for _, bad := range []struct {
		list  any
		field string
		order []string
		want  string
	}{
		{papers, "Upvots", nil, `sort by "Upvots": a model.Paper has no field Upvots; did you mean "Upvotes"?`},
		{papers, "Upvotes", []string{"down"}, `sort's order is "down"; write "asc" or "desc"`},
		{papers, "Authors", nil, `[]string values cannot be ordered`},
		{"abc", "X", nil, "sort takes a list"},
		{[]string{"b", "a"}, "X", nil, "the list's elements are a string, which have no fields"},
	} {
		if _, err := sort(bad.list, bad.field, bad.order...); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("sort %v %s %v: %v, want an error containing %q", bad.list, bad.field, bad.order, err, bad.want)
		}
	}
}

// TestDictAndSub: dict pairs its arguments into a map a partial reads by
// key, and refuses an odd count or a key that is not a string.
func TestDictAndSub(t *testing.T) {
	fm := funcMap(links{cfg: testConfig()}, english)
	tmpl := template.Must(template.New("t").Funcs(fm).Parse(`{{define "p"}}{{.Name}}={{.N}}{{end}}{{template "p" (dict "Name" "x" "N" (sub 7 10))}}`))
	var b strings.Builder
	if err := tmpl.Execute(&b, nil); err != nil || b.String() != "x=-3" {
		t.Errorf("dict and sub: %q, %v", b.String(), err)
	}
	for args, want := range map[string]string{
		`"a"`:     "dict takes keys and values in pairs, and got 1 argument",
		`1 "one"`: "dict: key 1 is int, not a string",
	} {
		tmpl := template.Must(template.New("t").Funcs(fm).Parse(`{{dict ` + args + `}}`))
		if err := tmpl.Execute(io.Discard, nil); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("dict %s: err = %v, want %q", args, err, want)
		}
	}
}

// TestBreakURL: an address may break after each run of / . ? & = but
// for the dots of its host, before its host, and nowhere after a hyphen,
// and its text is escaped.
func TestBreakURL(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"https://paperboy-digest.github.io/feed.xml", `https://<wbr>paperboy<span class="nowrap">-d</span>igest.github.io/<wbr>feed.<wbr>xml`},
		{"https://x.org/?a=1&b=2", `https://<wbr>x.org/?<wbr>a=<wbr>1&amp;<wbr>b=<wbr>2`},
		{"https://a.b.org", `https://<wbr>a.b.org`},
		{"https://a.b.org?q=a.b#c.d", `https://<wbr>a.b.org?<wbr>q=<wbr>a.<wbr>b#c.<wbr>d`},
		{"mailto:list.unsub@lists.example.org?subject=unsub", `mailto:list.<wbr>unsub@<wbr>lists.example.org?<wbr>subject=<wbr>unsub`},
		{"feed.xml", `feed.<wbr>xml`},
		{"a--b-/c-", `a<span class="nowrap">--b</span><span class="nowrap">-/</span><wbr>c<span class="nowrap">-</span>`},
		{"mailto:<x>-é", `mailto:&lt;x&gt;<span class="nowrap">-é</span>`},
	} {
		if got := breakURL(tt.in); string(got) != tt.want {
			t.Errorf("breakURL(%q) = %s, want %s", tt.in, got, tt.want)
		}
	}
}
