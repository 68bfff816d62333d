package diag

import (
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"strings"
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
		{`bad character U+007D '}'`, "an action ends with }}, and this one with } alone: write }}"},
		{`unexpected "}" in operand`, "an action ends with }}, and this one with } alone: write }}"}, // the } at its line's end
		{`bad number syntax: "-r"`, `a - that trims the space before an action needs a space after it: write {{- range …}}, {{- if …}}, {{- end}}; without the space, {{-range reads as a negative number`},
		{`bad number syntax: "1x"`, ""},
		{`malformed character constant: 'abstract'`, `text in a template is written in double quotes, {{T "abstract"}}; single quotes hold one character`},
		{`function "elseif" not defined`, `write {{else if …}}, with a space: a template has no elseif`},
		{`function "elif" not defined`, `write {{else if …}}, with a space: a template has no elseif`},
		{`bad character U+005B '['`, `a template has no [ ]: take an item with index, {{(index .Site.Papers 0).Title}}, or a key with {{index .Config.Extra "key"}}`},
		{`unexpected <define> in command`, `a {{define}} cannot be inside another: defines are at the top level of a file; move it out, after the {{end}} of the one it is in (or into a file of partials/)`},
		{`executing "main" at <.Site.Papers>: undefined variable: $i`, `= sets a variable declared before; declare one with :=, {{range $i, $p := .Site.Papers}} or {{$n := 0}}`},
		{`undefined variable "$p"`, ""}, // a use never declared: undefinedVar's
	}
	for _, tt := range tests {
		if got := TemplateHint(tt.msg, []string{"truncate", "plural"}, types...); got != tt.want {
			t.Errorf("TemplateHint(%q) = %q, want %q", tt.msg, got, tt.want)
		}
	}
}

// TestTextField: a paper's field of HTML is named by the field of its
// plain text, whatever comes before it.
func TestTextField(t *testing.T) {
	for _, tt := range []struct{ expr, want string }{
		{".Abstract", ".AbstractText"},
		{"$p.Paper.Content", "$p.Paper.Summary"},
		{".Title", ""},
		{"Abstract", ""},
		{"(index .Papers 0).Abstract", ""},
	} {
		if got := TextField(tt.expr); got != tt.want {
			t.Errorf("TextField(%q) = %q, want %q", tt.expr, got, tt.want)
		}
	}
}

// TestTemplateFix: the error and what to do about it read as sentences; a
// name to correct, as the hint or at the end of a called function's
// error, is the fix without the way out; a called function's own advice
// stands for the general one.
func TestTemplateFix(t *testing.T) {
	const fix, undo = "fix the template", "remove the override"
	tests := []struct{ msg, hint, undo, want string }{
		{`at <T "abstrct">: error calling T: no message "abstrct"; did you mean "abstract"?`, "", undo,
			`at <T "abstrct">: error calling T: no message "abstrct"; did you mean "abstract"?`},
		{`error calling static: static "img/logo.svg": no such file; did you mean "img/Logo.svg"?`, "", undo,
			`error calling static: static "img/logo.svg": no such file; did you mean "img/Logo.svg"?`},
		{"can't evaluate field Titel", "did you mean .Title?", undo, "can't evaluate field Titel; did you mean .Title?"},
		{"can't evaluate field Params", "use .Config.Extra", undo, "can't evaluate field Params; use .Config.Extra. Or remove the override"},
		{"can't evaluate field Params", "use .Config.Extra", "", "can't evaluate field Params; use .Config.Extra"},
		{`error calling static: static "x.css": no such file; add it`, "", undo, `error calling static: static "x.css": no such file; add it. Or remove the override`},
		{`error calling static: static "x.css": no such file; add it`, "", "", `error calling static: static "x.css": no such file; add it`},
		{"error calling index: index out of range: 3", "", undo, "error calling index: index out of range: 3; fix the template or remove the override"},
		{"error calling index: index out of range: 3", "", "", "error calling index: index out of range: 3; fix the template"},
		{"unexpected {{end}}", "", undo, strayEnd},
	}
	for _, tt := range tests {
		if got := TemplateFix(tt.msg, tt.hint, fix, tt.undo); got != tt.want {
			t.Errorf("TemplateFix(%q, %q, %q) = %q, want %q", tt.msg, tt.hint, tt.undo, got, tt.want)
		}
	}
}

// Types named as the template data types of a site, for TestTemplateHintHugo.
type (
	Page  struct{ Config, Canonical, Path, Kind, Papers, Paper, Pager string }
	Site  struct{ Config, Papers, Topics string }
	Paper struct{ Title, Extra, ImageAlt, Updated, Summary, Topics, Language string }
)

func TestTemplateHintHugo(t *testing.T) {
	types := []reflect.Type{reflect.TypeFor[Page](), reflect.TypeFor[Site](), reflect.TypeFor[Paper]()}
	funcs := []string{"add", "url", "absURL", "cached", "T", "formatDate", "capitalize", "topicURL", "inlineMath", "dict", "static", "jsonText"}
	tests := []struct{ msg, want string }{
		{`executing "main" at <.Site.Title>: can't evaluate field Title in type *diag.Site`, "Hugo's .Site.Title is .Config.Title here"},
		{`can't evaluate field Params in type *diag.Site`, "Hugo's .Site.Params is .Config.Extra here (site.yaml's extra:)"},
		{`can't evaluate field Params in type *diag.Page`, "Hugo's .Params is .Config.Extra here (site.yaml's extra:), or .Paper.Extra (a paper's)"},
		{`can't evaluate field Params in type *diag.Paper`, "Hugo's .Params is .Extra here (a paper's extra:)"},
		{`can't evaluate field Permalink in type *diag.Page`, "Hugo's .Permalink is .Canonical here (the page's absolute URL)"},
		{`can't evaluate field RelPermalink in type *diag.Page`, "Hugo's .RelPermalink is {{url .Path}} here"},
		{`can't evaluate field Pages in type *diag.Page`, "did you mean .Papers?"},
		{`can't evaluate field RegularPages in type *diag.Site`, "did you mean .Papers?"},
		{`function "relURL" not defined`, `Hugo's relURL is "url" here`},
		{`function "partial" not defined`, `include a partial with {{template "name" .}}, or with {{cached "name" . key…}} when many pages show it the same`},
		{`function "now" not defined`, `there is no "now": the same sources build the same bytes whenever they are built; use a date of the site, such as (index .Site.Days 0).Date, the newest day`},
		{`function "partialCached" not defined`, `include a partial with {{template "name" .}}, or with {{cached "name" . key…}} when many pages show it the same`},
		{`can't evaluate field Titel in type *diag.Paper`, "did you mean .Title?"},
		{`can't evaluate field ImageText in type *diag.Paper`, `.ImageText is gone; write {{or .ImageAlt (T "figureAlt")}}: the figure's alt text, or the theme's default in the site's language`},
		{`function "i18n" not defined`, `Hugo's i18n is "T" here: {{T "id"}}, {{T "papers" 3}} (see Languages in the README)`},
		{`function "safeHTML" not defined`, "there is no safeHTML: html/template escapes every value for where it is written, and a theme cannot mark text as safe; " + safeHTMLHint},
		{`function "safeURL" not defined`, "there is no safeURL: html/template escapes every value for where it is written, and a theme cannot mark text as safe; a URL of http(s), mailto or a path (url, static, paperURL…) is written as it is, and one of another scheme (javascript:) as #ZgotmplZ"},
		{`function "safeCSS" not defined`, "there is no safeCSS: html/template escapes every value for where it is written, and a theme cannot mark text as safe; put the theme's styles in its static/custom.css, which every page links, not in a value"},
		{`function "safeJS" not defined`, "there is no safeJS: html/template escapes every value for where it is written, and a theme cannot mark text as safe; in a <script> a value is written as JavaScript already ({{.Config.Title}} a quoted string), and jsonText writes a list or map ({{jsonText .Paper.Authors}} is an array)"},
		{`function "jsonify" not defined`, `Hugo's jsonify is "jsonText" here: in a <script>, {{jsonText .Paper.Authors}} is an array`},
		{`function "fingerprint" not defined`, `there is no fingerprint: theme files keep their names (see "What a reader's phone loads" in the README); link one with {{static "style.css"}}`},
		{`can't evaluate field Lang in type *diag.Page`, "Hugo's .Lang is .Config.Language here"},
		{`can't evaluate field Lang in type *diag.Paper`, `Hugo's .Lang is .Language here (the paper's language:, "" for the site's, .Config.Language)`},
		{`function "default" not defined`, `Hugo's default is "or" here, the value first: {{or .Config.Description "what to show without one"}}`},
		{`function "delimit" not defined`, `there is no delimit: write {{range $i, $a := .Paper.Authors}}{{if $i}}, {{end}}{{$a}}{{end}}`},
		{`function "dateFormat" not defined`, `Hugo's dateFormat is "formatDate" here, with the same arguments: {{formatDate "Jan 2, 2006" .Day.Date}}`},
		{`function "div" not defined`, arithmeticHint},
		{`function "mul" not defined`, arithmeticHint},
		{`function "where" not defined`, `there is no where: filter in a range, {{range .Site.Papers}}{{if gt .Upvotes 10}}…{{end}}{{end}}`},
		{`function "upper" not defined`, `there is no upper or lower: use CSS (text-transform: uppercase); capitalize makes the first letter upper case`},
		{`function "lower" not defined`, `there is no upper or lower: use CSS (text-transform: lowercase); capitalize makes the first letter upper case`},
		{`function "humanize" not defined`, `there is no humanize: capitalize makes the first letter upper case`},
		{`function "urlize" not defined`, `there is no urlize: every page's URL is made for you, {{topicURL .}}, {{authorURL .}}, {{paperURL .}}, or {{url "archive/"}}`},
		{`function "markdownify" not defined`, `there is no markdownify: Markdown is rendered when the site is built; use the fields that are HTML already (.Paper.Content, .Paper.Abstract, .Day.IntroHTML), and inlineMath for a title or TL;DR with math`},
		{`function "site" not defined`, `Hugo's site function is the page's .Site here (.Config for site.yaml); a partial whose dot is not the page gets them passed in: {{template "my-card" (dict "Paper" . "Config" $.Config)}}`},
		{`function "hugo" not defined`, `there is no "hugo": hugo.Version and hugo.Generator have no equivalent; write the text you want`},
		{`function "resources" not defined`, `there is no asset pipeline (resources.Get): put the file in the theme's static/ and link it with {{static "name"}}`},
		{`can't evaluate field Paginator in type *diag.Page`, "Hugo's .Paginator is .Pager here (on topic and author pages: .Pager.Prev, .Pager.Next, .Pager.Pages; the page's papers are .Papers)"},
		{`can't evaluate field Lastmod in type *diag.Paper`, "Hugo's .Lastmod is .Updated here (its latest version's date: {{with known .Updated}} skips a missing one)"},
		{`can't evaluate field Lastmod in type *diag.Page`, "Hugo's .Lastmod is .Paper.Updated here (its latest version's date: {{with known .Paper.Updated}} skips a missing one)"},
		{`can't evaluate field Truncated in type *diag.Paper`, "there is no .Truncated: .Summary is the first paragraph of the abstract, and the paper's page has the rest"},
		{`executing "main" at <.Params.tags>: can't evaluate field Params in type *diag.Paper`, "Hugo's .Params.tags (or .categories) is .Topics here (slugs), or .TopicRefs (each a topic with .Name, for topicURL)"},
		{`executing "main" at <.Paper.Params.categories>: can't evaluate field Params in type *diag.Paper`, "Hugo's .Params.tags (or .categories) is .Topics here (slugs), or .TopicRefs (each a topic with .Name, for topicURL)"},
		{`executing "main" at <.Params.tags>: can't evaluate field Params in type *diag.Page`, "Hugo's .Params.tags (or .categories) is .Paper.Topics here (slugs), or .Paper.TopicRefs (each a topic with .Name, for topicURL)"},
		{`executing "main" at <.Params.tagline>: can't evaluate field Params in type *diag.Paper`, "Hugo's .Params is .Extra here (a paper's extra:)"},
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

// TestPrintable: text from a source (a file name with line breaks) prints
// so that no line it makes starts a GitHub Actions workflow command; the
// line breaks of Paperboy's own multi-line messages stay.
func TestPrintable(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"plain text", "plain text"},
		{"topics:\n  nlp:\n    name: NLP", "topics:\n  nlp:\n    name: NLP"},
		{"fig\n::warning title=x::pwned\n.png", "fig\\n::warning title=x::pwned\n.png"},
		{"a\n  \t::add-mask::b", "a\\n  \t::add-mask::b"},
		{"esc \x1b[31m, cr \r, bell \a, nel \u0085", `esc \x1b[31m, cr \r, bell \a, nel \u0085`},
		{"tab\tstays", "tab\tstays"},
	} {
		if got := Printable(tc.in); got != tc.want {
			t.Errorf("Printable(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestErrorQuotesPath: a path that holds a control character, or starts
// as a workflow command does, is quoted; any other is as it is.
func TestErrorQuotesPath(t *testing.T) {
	for _, tc := range []struct {
		e    Error
		want string
	}{
		{Error{Path: "content/papers/a.md", Line: 3, Msg: "m"}, "content/papers/a.md:3: m"},
		{Error{Path: "content/papers/fig\n::warning::x.png", Msg: "no build reads it"}, `"content/papers/fig\n::warning::x.png": no build reads it`},
		{Error{Path: "::error::x", Line: 1, Msg: "m"}, `"::error::x":1: m`},
		{Error{Path: "a\xffb.md", Msg: "m"}, `"a\xffb.md": m`},
		{Error{Msg: "x\n::stop-commands::t"}, `x\n::stop-commands::t`},
	} {
		if got := tc.e.Error(); got != tc.want {
			t.Errorf("%#v.Error() = %q, want %q", tc.e, got, tc.want)
		}
	}
}

// TestUnreadable: a file that cannot be read is told why and, where the
// curator can, what to do: a permission denied to make it readable, a
// name that is not UTF-8 (which io/fs opens as "invalid argument") to
// rename it, with the name it has read as Latin-1.
func TestUnreadable(t *testing.T) {
	for _, tt := range []struct {
		path string
		err  error
		want string
	}{
		{"content/papers/a.md", &fs.PathError{Op: "open", Path: "content/papers/a.md", Err: fs.ErrPermission},
			"content/papers/a.md: cannot be read: permission denied; make the file readable by the user who builds the site"},
		{"content/papers/caf\xe9.md", &fs.PathError{Op: "open", Path: "content/papers/caf\xe9.md", Err: fs.ErrInvalid},
			`cannot be read: its name is not UTF-8 (written in another encoding, as an old zip tool or Windows program writes Latin-1), and a site's files are opened by UTF-8 names only; rename the file, as "café.md" if it was Latin-1`},
		{"content/papers/a.md", &fs.PathError{Op: "open", Path: "content/papers/a.md", Err: fs.ErrInvalid},
			"content/papers/a.md: cannot be read: invalid argument"},
	} {
		if got := Unreadable(tt.path, "file", tt.err).Error(); !strings.HasSuffix(got, tt.want) {
			t.Errorf("Unreadable(%q, %v) = %q, want …%q", tt.path, tt.err, got, tt.want)
		}
	}
}
