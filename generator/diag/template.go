package diag

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
)

// templateBuiltins are the functions text/template and html/template
// define themselves.
var templateBuiltins = []string{"and", "call", "html", "index", "slice", "js", "len", "not", "or", "print", "printf", "println", "urlquery", "eq", "ge", "gt", "le", "lt", "ne"}

var (
	noFuncRE  = regexp.MustCompile(`function "([^"]+)" not defined`)
	noFieldRE = regexp.MustCompile(`can't evaluate field (\w+) in type \*?([\w.]+)`)
)

// habit is what takes the place of a Hugo (or Zola) template habit: a
// field of the type named typ ("" for any type), or a function; the hint
// applies only when the templates have needs (a field or method of one
// of their types, or a function).
type habit struct {
	typ, name, needs, hint string
}

// fieldHabits are fields Hugo templates use, with what Paperboy calls them.
var fieldHabits = []habit{
	{"Site", "Title", "Config", "Hugo's .Site.Title is .Config.Title here"},
	{"Site", "BaseURL", "Config", "Hugo's .Site.BaseURL is .Config.BaseURL here"},
	{"Site", "LanguageCode", "Config", "Hugo's .Site.LanguageCode is .Config.Language here"},
	{"Site", "Language", "Config", "Hugo's .Site.Language is .Config.Language here"},
	{"Paper", "Lang", "Language", "Hugo's .Lang is .Language here (the paper's language:, \"\" for the site's, .Config.Language)"},
	{"", "Lang", "Config", "Hugo's .Lang is .Config.Language here"},
	{"Site", "Params", "Config", "Hugo's .Site.Params is .Config.Extra here (site.yaml's extra:)"},
	// A "did you mean" names the field in place of the one missing, as
	// a misspelling's does: FieldWords puts what comes before it in
	// front (.Site, $.Site).
	{"Site", "RegularPages", "Papers", "did you mean .Papers?"},
	{"Site", "Pages", "Papers", "did you mean .Papers?"},
	{"Site", "Taxonomies", "Topics", "did you mean .Topics?"},
	{"Paper", "Params", "Extra", "Hugo's .Params is .Extra here (a paper's extra:)"},
	// A source's Markdown as written, which the build renders and drops
	// (render's sourceOnly), as Hugo's .RawContent.
	{"Paper", "Body", "Content", ".Body, the paper's Markdown, is rendered and dropped before the pages are made: write .Content (its HTML), or .Abstract and .Notes"},
	{"Paper", "Text", "Summary", ".Text, the plain text search and related papers read, is dropped before the pages are made: write .Summary (its first paragraph) or .Content"},
	{"Page", "Body", "Content", ".Body, the page's Markdown, is rendered and dropped before the pages are made: write .Content (its HTML)"},
	{"Day", "Intro", "IntroHTML", ".Intro is the day file's Markdown as written: write .IntroHTML, the intro rendered to HTML"},
	{"Paper", "RawContent", "Content", "Hugo's .RawContent is not kept: write .Content (the paper's HTML)"},
	{"Paper", "ImageText", "ImageAlt", `.ImageText is gone; write {{or .ImageAlt (T "figureAlt")}}: the figure's alt text, or the theme's default in the site's language`},
	{"Config", "Params", "Extra", "Hugo's .Params is .Extra here (site.yaml's extra:)"},
	{"", "Params", "Extra", "Hugo's .Params is .Config.Extra here (site.yaml's extra:), or .Paper.Extra (a paper's)"},
	{"", "Permalink", "Canonical", "Hugo's .Permalink is .Canonical here (the page's absolute URL)"},
	{"", "RelPermalink", "Path", `Hugo's .RelPermalink is {{url .Path}} here`},
	{"", "Pages", "Papers", "did you mean .Papers?"},
	{"", "RegularPages", "Papers", "did you mean .Papers?"},
	{"", "IsHome", "Kind", `Hugo's .IsHome is {{if eq .Kind "home"}} here`},
	{"", "Section", "Kind", "Hugo's .Section is .Kind here (home, day, paper, topic…)"},
	{"", "Paginator", "Pager", "Hugo's .Paginator is .Pager here (on topic and author pages: .Pager.Prev, .Pager.Next, .Pager.Pages; the page's papers are .Papers)"},
	{"Paper", "Lastmod", "Updated", "Hugo's .Lastmod is .Updated here (its latest version's date: {{with known .Updated}} skips a missing one)"},
	{"", "Lastmod", "Paper", "Hugo's .Lastmod is .Paper.Updated here (its latest version's date: {{with known .Paper.Updated}} skips a missing one)"},
	{"Paper", "Truncated", "Summary", "there is no .Truncated: .Summary is the first paragraph of the abstract, and the paper's page has the rest"},
	{"", "Truncated", "Paper", "there is no .Truncated: .Paper.Summary is the first paragraph of the abstract, and the paper's page has the rest"},
	{"Paper", "Params.tags", "Topics", "Hugo's .Params.tags (or .categories) is .Topics here (slugs), or .TopicRefs (each a topic with .Name, for topicURL)"},
	{"", "Params.tags", "Paper", "Hugo's .Params.tags (or .categories) is .Paper.Topics here (slugs), or .Paper.TopicRefs (each a topic with .Name, for topicURL)"},
}

// hugoTagsRE is Hugo's way to a page's tags or categories, which a field
// error names only by its first field, Params.
var hugoTagsRE = regexp.MustCompile(`\.Params\.(tags|categories)\b`)

// funcHabits are functions Hugo templates call, and an email template
// the page templates', with what takes their place.
var funcHabits = []habit{
	{"", "partial", "cached", `include a partial with {{template "name" .}}, or with {{cached "name" . key…}} when many pages show it the same`},
	{"", "partialCached", "cached", `include a partial with {{template "name" .}}, or with {{cached "name" . key…}} when many pages show it the same`},
	{"", "partial", "", `include a template with {{template "name" .}}`},
	{"", "relURL", "url", `Hugo's relURL is "url" here`},
	{"", "i18n", "T", `Hugo's i18n is "T" here: {{T "id"}}, {{T "papers" 3}} (see Languages in the README)`},
	{"", "relLangURL", "url", `Hugo's relLangURL is "url" here`},
	{"", "absLangURL", "absURL", `Hugo's absLangURL is "absURL" here`},
	{"", "safeHTML", "", noSafe("safeHTML", safeHTMLHint)},
	{"", "safeHTMLAttr", "", noSafe("safeHTMLAttr", safeHTMLHint)},
	{"", "safeURL", "", noSafe("safeURL", `a URL of http(s), mailto or a path (url, static, paperURL…) is written as it is, and one of another scheme (javascript:) as #ZgotmplZ`)},
	{"", "safeCSS", "", noSafe("safeCSS", `put the theme's styles in its static/custom.css, which every page links, not in a value`)},
	{"", "safeJS", "", noSafe("safeJS", `in a <script> a value is written as JavaScript already ({{.Config.Title}} a quoted string), and jsonText writes a list or map ({{jsonText .Paper.Authors}} is an array)`)},
	{"", "jsonify", "jsonText", `Hugo's jsonify is "jsonText" here: in a <script>, {{jsonText .Paper.Authors}} is an array`},
	{"", "fingerprint", "static", `there is no fingerprint: theme files keep their names (see "What a reader's phone loads" in the README); link one with {{static "style.css"}}`},
	{"", "default", "", `Hugo's default is "or" here, the value first: {{or .Config.Description "what to show without one"}}`},
	{"", "delimit", "", `there is no delimit: write {{range $i, $a := .Paper.Authors}}{{if $i}}, {{end}}{{$a}}{{end}}`},
	{"", "dateFormat", "formatDate", `Hugo's dateFormat is "formatDate" here, with the same arguments: {{formatDate "Jan 2, 2006" .Day.Date}}`},
	{"", "where", "", `there is no where: filter in a range, {{range .Site.Papers}}{{if gt .Upvotes 10}}…{{end}}{{end}}`},
	{"", "upper", "capitalize", `there is no upper or lower: use CSS (text-transform: uppercase); capitalize makes the first letter upper case`},
	{"", "lower", "capitalize", `there is no upper or lower: use CSS (text-transform: lowercase); capitalize makes the first letter upper case`},
	{"", "humanize", "capitalize", `there is no humanize: capitalize makes the first letter upper case`},
	{"", "urlize", "topicURL", `there is no urlize: every page's URL is made for you, {{topicURL .}}, {{authorURL .}}, {{paperURL .}}, or {{url "archive/"}}`},
	{"", "markdownify", "inlineMath", `there is no markdownify: Markdown is rendered when the site is built; use the fields that are HTML already (.Paper.Content, .Paper.Abstract, .Day.IntroHTML), and inlineMath for a title or TL;DR with math`},
	{"", "site", "dict", `Hugo's site function is the page's .Site here (.Config for site.yaml); a partial whose dot is not the page gets them passed in: {{template "my-card" (dict "Paper" . "Config" $.Config)}}`},
	{"", "hugo", "", `there is no "hugo": hugo.Version and hugo.Generator have no equivalent; write the text you want`},
	{"", "resources", "static", `there is no asset pipeline (resources.Get): put the file in the theme's static/ and link it with {{static "name"}}`},
	{"", "mul", "add", arithmeticHint},
	{"", "div", "add", arithmeticHint},
	{"", "mod", "add", arithmeticHint},
	{"", "math", "add", arithmeticHint},
	{"", "now", "", `there is no "now": the same sources build the same bytes whenever they are built; use a date of the site, such as (index .Site.Days 0).Date, the newest day`},
	// The page templates' functions that the email templates name
	// otherwise (needs is the email's, which the pages have not, or
	// which pages never miss, as they have the function called).
	{"", "arxivPDF", "pdfURL", `arxivPDF is the pages' name; in an email a paper's PDF is "pdfURL": {{pdfURL .}}`},
	{"", "url", "absURL", `an email has no url: every URL in it is absolute; write {{absURL "about/"}}, the path from the site's root`},
	{"", "static", "absURL", `an email has no static: every URL in it is absolute; write {{absURL "img/logo.png"}}, the file's path from the site's root (static/img/logo.png is published at img/logo.png)`},
	{"", "inlineMath", "mathText", `an email has no inlineMath, which writes math as HTML for pages; "mathText" writes a title or TL;DR with math as text: {{mathText .Title}}`},
}

// arithmeticHint answers Hugo's mul, div, mod and math.*, whose nearest
// names (dir, dict) are no arithmetic.
const arithmeticHint = `there is no mul, div or mod: the arithmetic of templates is add and sub ({{add $i 1}}, {{sub (len .Day.Papers) 1}}), ` +
	`with lt, gt and eq to compare; a figure made otherwise belongs in extra: (site.yaml's, or a paper's)`

// noSafe answers Hugo's safeHTML and its kin, the function name, with
// what to write instead.
func noSafe(name, instead string) string {
	return "there is no " + name + ": html/template escapes every value for where it is written, and a theme cannot mark text as safe; " + instead
}

// safeHTMLHint is what takes the place of safeHTML and safeHTMLAttr.
const safeHTMLHint = `Markdown is in fields that are HTML already (.Paper.Content, .Paper.Abstract, .Day.IntroHTML), inlineMath shows text with math, and T a message`

// TemplateHint returns the nearest real name for what a text/template or
// html/template error message says does not exist: "did you mean
// .Papers?" for a field or method missing from a type templates see (the
// one of types that msg names, such as "*model.Day"), or `did you mean
// "truncate"?` for a function neither funcs nor the template package
// defines; or, for a Hugo habit (.Site.Title, .Params, .Permalink,
// partial, relURL…), what takes its place. It returns "" when msg is
// about something else or nothing is close enough to be a likely typo.
func TemplateHint(msg string, funcs []string, types ...reflect.Type) string {
	if h := FieldHabit(msg, types...); h != "" {
		return h
	}
	if m := noFieldRE.FindStringSubmatch(msg); m != nil {
		for _, t := range types {
			if t.String() != m[2] {
				continue
			}
			if s := Suggest(m[1], Members(t)); s != "" {
				return fmt.Sprintf("did you mean .%s?", s)
			}
		}
	}
	if m := operatorRE.FindStringSubmatch(msg); m != nil {
		fn, example := operators[m[1]], ""
		switch {
		case m[1] == "!" && m[2] != "operand": // !.Paper.Code
			fn, example = "not", "{{if not .Paper.Code}}"
		case fn == "and" || fn == "or":
			example = "{{if " + fn + " .Paper.Code .Paper.Project}}"
		default:
			example = "{{if " + fn + " .Paper.Upvotes 10}}"
		}
		return fmt.Sprintf("a template has no operators: it calls a function, %s, before the values (eq, ne, lt, le, gt, ge, and, or, not); write %s", fn, example)
	}
	if strings.Contains(msg, "bad character U+007D '}'") || strings.HasPrefix(msg, `unexpected "}" in `) {
		return "an action ends with }}, and this one with } alone: write }}"
	}
	for _, s := range syntaxSlips {
		if s.re.MatchString(msg) {
			return s.hint
		}
	}
	if m := noFuncRE.FindStringSubmatch(msg); m != nil {
		for _, h := range funcHabits {
			if h.name == m[1] && (h.needs == "" || slices.Contains(funcs, h.needs)) {
				return h.hint
			}
		}
		if s := Suggest(m[1], append(slices.Clone(templateBuiltins), funcs...)); s != "" {
			return fmt.Sprintf("did you mean %q?", s)
		}
	}
	return ""
}

// syntaxSlips are Go template slips whose error text/template words by
// what the parser saw (a number, a character constant, a function), with
// what to write: the error names the line, not the habit behind it.
var syntaxSlips = []struct {
	re   *regexp.Regexp
	hint string
}{
	// {{-range: the lexer reads "-r" as the start of a negative number.
	{regexp.MustCompile(`bad number syntax: "-[A-Za-z]`), `a - that trims the space before an action needs a space after it: write {{- range …}}, {{- if …}}, {{- end}}; without the space, {{-range reads as a negative number`},
	{regexp.MustCompile(`malformed character constant: '`), `text in a template is written in double quotes, {{T "abstract"}}; single quotes hold one character`},
	{regexp.MustCompile(`function "(elseif|elsif|elif|else_if)" not defined`), `write {{else if …}}, with a space: a template has no elseif`},
	{regexp.MustCompile(`bad character U\+005B '\['`), `a template has no [ ]: take an item with index, {{(index .Site.Papers 0).Title}}, or a key with {{index .Config.Extra "key"}}`},
	{regexp.MustCompile(`unexpected <define> in `), `a {{define}} cannot be inside another: defines are at the top level of a file; move it out, after the {{end}} of the one it is in (or into a file of partials/)`},
	// {{range $i, $p = …}}: = sets a variable declared before; the parser
	// lets it through, and the run fails at the first variable not declared.
	{regexp.MustCompile(`undefined variable: \$\w*$`), `= sets a variable declared before; declare one with :=, {{range $i, $p := .Site.Papers}} or {{$n := 0}}`},
}

// htmlTexts are the fields of a paper that are HTML, with the field of
// its plain text, which a template shortens or prints as text.
var htmlTexts = map[string]string{"Abstract": "AbstractText", "Content": "Summary"}

// TextField returns expr, a field chain that ends in a paper's field of
// HTML (.Abstract, $p.Paper.Content), with the field of its plain text in
// its place (.AbstractText, $p.Paper.Summary); "" for any other expr.
func TextField(expr string) string {
	i := strings.LastIndexByte(expr, '.')
	if i < 0 || strings.ContainsAny(expr, " ()") {
		return ""
	}
	if text, ok := htmlTexts[expr[i+1:]]; ok {
		return expr[:i+1] + text
	}
	return ""
}

// operatorRE is text/template's parse error at the first character of
// an operator of another language, {{if .Paper.Upvotes > 10}}, where a
// template calls a function (operators), and where it is read.
var operatorRE = regexp.MustCompile(`unexpected "([=!<>&|])" in (operand|command|if|with|range)`)

// operators are the functions a template calls for the operators of
// other languages, by their first character.
var operators = map[string]string{"=": "eq", "!": "ne", "<": "lt", ">": "gt", "&": "and", "|": "or"}

// strayEnd is what TemplateFix says of text/template's "unexpected
// {{end}}", an {{end}} too many, which names neither what is wrong nor
// what to do.
const strayEnd = "this {{end}} closes no block: every {{define}}, {{if}}, {{range}}, {{with}} and {{block}} before it is closed already; " +
	"delete it, or, if it should end a block, add the block's opening where it begins"

// TemplateFix joins the template error msg and what to do about it, so
// that they read as sentences (an {{end}} too many is told that it
// closes no block, and to delete it): hint (TemplateHint's, or the caller's own)
// or else fix, the general advice ("fix the template"); and undo, another
// way out ("remove the override to use the built-in one"), or "". A
// suggestion of a name ("did you mean …?") is the fix on its own, whether
// it is the hint or ends msg, made by a function the template called
// (static, T): the template, or the file it names, wants that name, and
// undoing the work is no answer. Other advice from such a function ("…:
// error calling static: …; add it, or …") stands for fix.
func TemplateFix(msg, hint, fix, undo string) string {
	called := false
	if _, after, ok := strings.Cut(msg, "error calling "); ok {
		called = strings.Contains(after, "; ")
	}
	switch {
	case msg == "unexpected {{end}}" && hint == "":
		return strayEnd
	case strings.HasSuffix(msg, "?"):
		return msg
	case strings.HasSuffix(hint, "?"), hint != "" && undo == "":
		return msg + "; " + hint
	case hint != "":
		return msg + "; " + sentence(hint) + " Or " + undo
	case called && undo != "":
		return sentence(msg) + " Or " + undo
	case called:
		return msg
	case undo != "":
		return msg + "; " + fix + " or " + undo
	}
	return msg + "; " + fix
}

// sentence ends s with a full stop unless it ends a sentence already.
func sentence(s string) string {
	if strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") {
		return s
	}
	return s + "."
}

// FieldHabit returns, for a text/template error message saying a value
// of one of types lacks a field that Hugo (or Zola) templates use
// (.Site.Title, .Params, .Permalink…), what takes its place; "" for any
// other message.
func FieldHabit(msg string, types ...reflect.Type) string {
	m := noFieldRE.FindStringSubmatch(msg)
	if m == nil {
		return ""
	}
	short := m[2][strings.LastIndex(m[2], ".")+1:]
	name := m[1]
	if name == "Params" && hugoTagsRE.MatchString(msg) {
		name = "Params.tags"
	}
	for _, h := range fieldHabits {
		if h.name == name && (h.typ == "" || h.typ == short) && slices.ContainsFunc(types, func(t reflect.Type) bool { return slices.Contains(Members(t), h.needs) }) {
			return h.hint
		}
	}
	return ""
}

// Members returns the exported fields and methods of the struct type t
// and of *t, with those of the structs it embeds.
func Members(t reflect.Type) []string {
	var out []string
	for _, f := range reflect.VisibleFields(t) {
		if f.IsExported() {
			out = append(out, f.Name)
		}
	}
	for m := range reflect.PointerTo(t).Methods() {
		out = append(out, m.Name)
	}
	return out
}
