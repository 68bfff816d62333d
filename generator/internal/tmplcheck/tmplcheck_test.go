package tmplcheck

import (
	"fmt"
	htmltemplate "html/template"
	"reflect"
	"slices"
	"strings"
	"testing"
	"text/template"
	"text/template/parse"
	"time"
)

type item struct {
	Name  string
	Tags  []string
	Extra map[string]any
	Any   any
	Count int
	When  time.Duration // a number with a String method
	Body  htmltemplate.HTML
	// Abstract is HTML whose plain text a paper's has (diag.TextField).
	Abstract htmltemplate.HTML
}

func (i *item) Up() string { return i.Name }

type page struct {
	Item  *item
	Items []*item
	ByKey map[string]*item
}

var funcs = template.FuncMap{
	"first": func(p *page) *item { return p.Item },
	"dict":  func(...any) map[string]any { return nil },
	"run":   func(any) string { return "" },
	"each":  func(any) string { return "" },
	"T":     func(string) htmltemplate.HTML { return "" },
}

// check parses src as the template "t" and checks it on a *page.
func check(t *testing.T, src string) []string {
	t.Helper()
	set, err := template.New("t").Funcs(funcs).Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	return missing(set)
}

// checker returns a Checker of set, whose function run runs "part".
func checker(set *template.Template) *Checker {
	return &Checker{Funcs: funcs, Lookup: func(name string) *parse.Tree {
		if tt := set.Lookup(name); tt != nil {
			return tt.Tree
		}
		return nil
	}, Runs: func(fn string, args []parse.Node) (string, parse.Node, bool) {
		if (fn == "run" || fn == "each") && len(args) == 1 {
			return "part", args[0], fn == "each"
		}
		return "", nil, false
	}, Dict: "dict"}
}

func missing(set *template.Template) []string {
	c := checker(set)
	var out []string
	for _, m := range c.Check("t", reflect.TypeFor[*page]()) {
		_, ctx := m.Tree.ErrorContext(m.Node)
		if m.Args {
			out = append(out, fmt.Sprintf("args %s %s want %q got %d in %q", ctx, m.Field, m.Want, m.Got, m.Call))
			continue
		}
		if m.Format {
			out = append(out, fmt.Sprintf("format %s %s %v got %d", ctx, m.Want, m.Type, m.Got))
			continue
		}
		if m.Range {
			parent := "-"
			if m.Parent != nil {
				parent = m.Parent.String()
			}
			out = append(out, "range "+ctx+" "+m.Type.String()+" "+parent+" "+m.Field)
			continue
		}
		out = append(out, ctx+" "+m.Field+" "+m.Type.String())
	}
	return out
}

func TestCheck(t *testing.T) {
	for _, tt := range []struct{ src, want string }{
		{"{{.Item.Nmae}}", ".Item.Nmae Nmae *tmplcheck.item"},
		{"{{.Item.Up}}{{.Item.Name.Len}}", ".Item.Name.Len Len string"},
		{"{{with .Item}}{{.Tags}}{{else}}{{.Tgas}}{{end}}", ".Tgas Tgas *tmplcheck.page"},
		{"{{range $i, $x := .Items}}{{$i}}{{$x.Nme}}{{end}}", "$x.Nme Nme *tmplcheck.item"},
		{"{{range .ByKey}}{{.Tag}}{{end}}", ".Tag Tag *tmplcheck.item"},
		{"{{(index .Items 0).Nam}}", "(index .Items 0).Nam Nam *tmplcheck.item"},
		{"{{(first .).Nam}}", "(first .).Nam Nam *tmplcheck.item"},
		{`{{define "part"}}{{.Nam}}{{end}}{{template "part" .Item}}`, ".Nam Nam *tmplcheck.item"},
		{`{{define "part"}}{{.Nam}}{{end}}{{run .Item}}`, ".Nam Nam *tmplcheck.item"},
		{`{{define "part"}}{{.Nam}}{{end}}{{each .Items}}`, ".Nam Nam *tmplcheck.item"},
		{`{{define "part"}}{{.Nam}}{{end}}{{each .Item}}{{each .Item.Any}}`, ""},
		{"{{$x := .Item}}{{if .Items}}{{$y := .Items}}{{end}}{{$x.Tagz}}", "$x.Tagz Tagz *tmplcheck.item"},
		{`{{define "part"}}{{.It.Nam}}{{.N}}{{.Other.X}}{{end}}{{template "part" (dict "It" .Item "N" 1)}}`, ".It.Nam Nam *tmplcheck.item"},
		{`{{with dict "Page" . "Its" .Items}}{{range .Its}}{{.Tgs}}{{end}}{{.Page.Item.Name}}{{end}}`, ".Tgs Tgs *tmplcheck.item"},
		// A range over what range cannot go over.
		{"{{range .Item.Name}}{{end}}", "range .Item.Name string *tmplcheck.item Name"},
		{"{{range $x := .Item}}{{$x.Name}}{{end}}", "range .Item *tmplcheck.item *tmplcheck.page Item"},
		{"{{with .Item}}{{range $.Item.Up}}{{end}}{{range .Name | print}}{{end}}{{end}}", "range $.Item.Up string *tmplcheck.item Up; range print string - "},
		{"{{range (first .).Name}}{{else}}{{range true}}{{end}}{{end}}", "range (first .).Name string *tmplcheck.item Name; range true bool - "},
		// Arguments a function or a field cannot take.
		{"{{first . .}}{{. | first}}{{run}}{{dict}}{{dict 1 2 3 4}}", `args first first want "1" got 2 in ""; args run run want "1" got 0 in ""`},
		{`{{.Item.Name .Items}}{{.Item.Up}}{{.ByKey.x 1}}{{.Item.Any 1}}{{define "part"}}{{end}}{{template "part" .Item.Tags .Item}}{{1 | .Item.Name}}`,
			`args .Item.Name Name want "" got 0 in ""; args .Item.Any Any want "" got 0 in ""; args .Item.Tags Tags want "" got 0 in "part"; args .Item.Name Name want "" got 0 in ""`},
		// A value of a type a function cannot take (a constant is converted).
		{"{{first .Item}}{{first .}}{{first $}}{{$x := .Item}}{{first $x}}{{run .Item}}", ".Item first *tmplcheck.item; $x first *tmplcheck.item"},
		// A printf's value of a type its verb does not format, and
		// values fewer or more than its verbs; a format not written
		// out, or with indexes, and a value of no known type are let be.
		{`{{printf "%d upvotes" .Item.Name}}{{.Item.Name | printf "%-5.1f"}}{{printf "%s" .Item.Count}}{{printf "%t %w" true .Item}}`,
			`format .Item.Name %d string got 0; format .Item.Name %-5.1f string got 0; format .Item.Count %s int got 0; format .Item %w *tmplcheck.item got 0`},
		{`{{printf "%s of %d" .Item.Name}}{{printf "50% off %s" .Item.Name}}{{printf "%s" .Item.Name .Item.Count}}`,
			`format "%s of %d" 2 <nil> got 1; format "50% off %s" 2 <nil> got 1; format "%s" 1 <nil> got 2`},
		{`{{printf "%d%% %x %q %U %v %T %5.2e" .Item.Count .Item.Name .Item.Count .Item.Count .Item .Item 1.5}}{{printf "%s %d" .Item.When .Item.When}}{{printf "%d" .Item.Any}}{{printf .Item.Name 1}}{{printf "%[1]d %[1]s" .Item.Name}}{{printf "%*d" 3 .Item.Count}}{{printf "%s" .Item.Tags}}`, ""},
		// What only a run knows, and what range goes over.
		{"{{range .Item.Any}}{{end}}{{range .Item.Extra}}{{.X}}{{end}}{{range dict \"A\" 1}}{{.}}{{end}}{{range len .Items}}{{end}}{{range .Items | len}}{{end}}", ""},
		{"{{range $k, $v := .ByKey}}{{$v.Name}}{{end}}{{range $i, $c := .Item.Tags}}{{$c}}{{end}}{{range 3}}{{end}}", ""},
		// What only a run knows.
		{"{{.Item.Extra.a.b.c}}{{.Item.Any.Whatever}}{{(dict).X.Y}}", ""},
		{`{{$x := ""}}{{range .Items}}{{$x = .}}{{end}}{{$x.Name}}`, ""},
		{"{{with or .Item .Items}}{{.Name}}{{end}}{{range 3}}{{.}}{{end}}{{range $k, $v := .ByKey}}{{$k}}{{$v.Name}}{{end}}", ""},
		{`{{template "nowhere" .}}{{.ByKey.anything.Name}}`, ""},
		{`{{(dict "x" .Item).x.Nam}}{{(dict "A" .Item "A" .Items).A.Nam}}{{(dict "A" 1).A.B}}{{(dict "A").A.B}}{{$k := "A"}}{{(dict $k .Item).A.Nam}}{{(dict "A" .Item "b c" 1).A.Nam}}`, ""},
	} {
		if got := strings.Join(check(t, tt.src), "; "); got != tt.want {
			t.Errorf("Check(%q) = %q, want %q", tt.src, got, tt.want)
		}
	}
}

// TestCheckHidden: a field Hidden hides is reported as one its type
// lacks, wherever it is asked; the type's other fields are not.
func TestCheckHidden(t *testing.T) {
	set, err := template.New("t").Funcs(funcs).Parse(`{{.Item.Name}}{{.Item.Count}}{{with .Item}}{{.Name}}{{end}}{{range .Items}}{{.Name}}{{end}}`)
	if err != nil {
		t.Fatal(err)
	}
	c := checker(set)
	c.Hidden = func(typ reflect.Type, name string) bool { return typ == reflect.TypeFor[*item]() && name == "Name" }
	var got []string
	for _, m := range c.Check("t", reflect.TypeFor[*page]()) {
		_, ctx := m.Tree.ErrorContext(m.Node)
		got = append(got, ctx+" "+m.Field)
	}
	if want := []string{".Item.Name Name", ".Name Name", ".Name Name"}; !slices.Equal(got, want) {
		t.Errorf("hidden Name: %q, want %q", got, want)
	}
}

// TestPrintfWords: a printf's value its verb does not format, and
// values fewer than the verbs, are said with the call, what the output
// would show, and what to write.
func TestPrintfWords(t *testing.T) {
	for _, tt := range []struct{ src, msg, hint string }{
		{`<h1>{{printf "%d upvotes" .Item.Name}}</h1>`,
			`{{printf "%d upvotes" .Item.Name}}: %d formats a whole number, and .Item.Name is text, so the output would show %!d(string=…) in its place`,
			"write %s for it, or %v, which formats any value"},
		{`{{.Item.Count | printf "%s votes"}}`,
			`{{.Item.Count | printf "%s votes"}}: %s formats text, and .Item.Count is a number, so the output would show %!s(int=…) in its place`,
			"write %d for it, or %v, which formats any value"},
		{`{{printf "50% off %s" .Item.Name}}`,
			`{{printf "50% off %s" .Item.Name}}: its format "50% off %s" has 2 verbs, and it is given 1 value, so the output would show %!…(MISSING) for each verb without one`,
			"give printf a value for each verb (a % sign of the text itself is written %%), and a verb for each value (%v formats any)"},
		// A value of HTML, which printf makes text of: the page would
		// show its markup escaped.
		{`<p>{{printf "%.200s" .Item.Abstract}}</p>`,
			`{{printf "%.200s" .Item.Abstract}}: .Item.Abstract is HTML, and printf makes text of it, so the page would show its markup as text (&lt;p&gt;…)`,
			"to shorten it, write {{truncate 200 .Item.AbstractText}}, its plain text; to show it whole, {{.Item.Abstract}}"},
		{`{{.Item.Abstract | printf "%v"}}`,
			`{{.Item.Abstract | printf "%v"}}: .Item.Abstract is HTML, and printf makes text of it, so the page would show its markup as text (&lt;p&gt;…)`,
			"write {{.Item.Abstract}} to show it as HTML, or {{.Item.AbstractText}}, its plain text"},
		{`{{printf "%s" .Item.Body}}`,
			`{{printf "%s" .Item.Body}}: .Item.Body is HTML, and printf makes text of it, so the page would show its markup as text (&lt;p&gt;…)`,
			"write {{.Item.Body}} to show it as HTML"},
	} {
		set, err := template.New("t").Funcs(funcs).Parse(tt.src)
		if err != nil {
			t.Fatal(err)
		}
		found := checker(set).Check("t", reflect.TypeFor[*page]())
		if len(found) != 1 {
			t.Errorf("Check(%q) found %d, want 1", tt.src, len(found))
			continue
		}
		if msg, hint, ok := found[0].Words("a list"); !ok || msg != tt.msg || hint != tt.hint {
			t.Errorf("Words of %q = %q, %q, %v\nwant %q, %q", tt.src, msg, hint, ok, tt.msg, tt.hint)
		}
	}
}

// TestPrintfOfWords: printf of the HTML a function makes, a translation
// message of T joined with the site's title in a meta tag, is words, not
// an HTML field's markup: not reported.
func TestPrintfOfWords(t *testing.T) {
	if got := check(t, `<meta content="{{printf "%s · %s" (T "archive") .Item.Name}}">`); len(got) != 0 {
		t.Errorf("printf of T's message: %q, want nothing", got)
	}
}

// FuzzCheck: no template that parses makes Check panic, and each thing
// it reports is a field asked of a type known.
func FuzzCheck(f *testing.F) {
	for _, s := range []string{"{{.Item.Nmae}}", "{{with $x := .Item}}{{$x.Tags}}{{else with .Items}}{{.}}{{end}}",
		`{{define "part"}}{{template "part" .Item}}{{.Nam}}{{end}}{{template "part" .}}`, "{{range $i, $x := .Items}}{{break}}{{end}}",
		"{{(index .Items 0 1 2).X}}{{slice .Items 1}}{{and .Item .Item}}{{$.Item.Up.X}}",
		`{{with dict "A" .Item "B" (dict "C" .Items) "_" 1}}{{.B.C.X}}{{.A.Y}}{{end}}`, "{{range .Item.Name}}{{end}}{{range (index .Items 0)}}{{end}}", "{{first}}{{.Item.Name 1}}{{1 | .Item.Tags}}", `{{printf "%d %[1]s %" .Item.Name}}{{.Item.Count | printf "%s%%"}}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		set, err := template.New("t").Funcs(funcs).Parse(src)
		if err != nil {
			return
		}
		for _, m := range missing(set) {
			if f := strings.Fields(m); len(f) < 3 || f[len(f)-2] == "" || f[len(f)-1] == "<nil>" {
				t.Errorf("%q: report %q", src, m)
			}
		}
	})
}

// TestCheckOfDot: what a template asks of its own dot is told apart from
// what it asks of a value within it, and the places that run it say
// with what dot, what $ is there and whether a with or range moved the
// dot.
func TestCheckOfDot(t *testing.T) {
	src := `{{define "part"}}{{.Nam}}{{with .Name}}{{.Len}}{{end}}{{$.Tgs}}{{range .Tags}}{{.X}}{{end}}{{if .Up}}{{range .}}{{end}}{{end}}{{end}}` +
		`{{template "part" .Item}}{{with .Items}}{{run (index . 0)}}{{end}}{{template "part" .Item}}`
	set, err := template.New("t").Funcs(funcs).Parse(src)
	if err != nil {
		t.Fatal(err)
	}
	c := checker(set)
	var got []string
	for _, m := range c.Check("t", reflect.TypeFor[*page]()) {
		_, ctx := m.Tree.ErrorContext(m.Node)
		got = append(got, fmt.Sprintf("%s %v", ctx, m.OfDot))
	}
	if want := ".Nam true; .Len false; $.Tgs true; .X false; . true"; strings.Join(got, "; ") != want {
		t.Errorf("Check = %q, want %q", strings.Join(got, "; "), want)
	}
	got = nil
	for _, call := range c.Calls("part") {
		_, ctx := call.Tree.ErrorContext(call.Node)
		got = append(got, fmt.Sprintf("%s %v $=%v moved=%v", ctx, call.Dot, call.Top, call.Moved))
	}
	if want := `{{template "part" .Item}} *tmplcheck.item $=*tmplcheck.page moved=false; index . 0 *tmplcheck.item $=*tmplcheck.page moved=true; {{template "part" .Item}} *tmplcheck.item $=*tmplcheck.page moved=false`; strings.Join(got, "; ") != want {
		t.Errorf("Calls = %q, want %q", strings.Join(got, "; "), want)
	}
}
