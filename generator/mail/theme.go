package mail

import (
	"bytes"
	"errors"
	htmltemplate "html/template"
	"io/fs"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"strconv"
	"sync"
	texttemplate "text/template"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// The email templates of a theme.
const (
	HTMLTemplate = "email/digest.html" // html/template of the HTML part
	TextTemplate = "email/digest.txt"  // text/template of the plain-text part
)

// Theme is where the email templates come from: a file in Site replaces
// the file at the same path in Builtin. Words are the messages the
// emails are written in.
type Theme struct {
	Builtin fs.FS         // the built-in theme (themes.Default())
	Site    themefs.Stack // the site's theme folders, or nil
	Words   *i18n.Catalog // the theme's messages in the site's language (generator.Result.Words); nil is the built-in English
}

// english is the built-in theme's English: the words of a Theme without
// Words, and of the digests Select returns.
var english = sync.OnceValues(func() (*i18n.Catalog, error) { return i18n.Builtin("en") })

// words returns the catalog the emails are written with.
func (th Theme) words() (*i18n.Catalog, error) {
	if th.Words != nil {
		return th.Words, nil
	}
	return english()
}

// ownWords reports whether the emails' words are the site's own: its
// theme has translation files (which may replace the built-in English),
// or its language is not English. A message only fails when it runs, so
// Check then tries the built-in templates too.
func (th Theme) ownWords() bool {
	if th.Site.Has(i18n.Dir) {
		return true
	}
	if th.Words == nil {
		return false
	}
	base, _ := language.Make(th.Words.Language()).Base()
	return base.String() != "en"
}

// read returns the file name from the site's theme, or else the built-in one.
func (th Theme) read(name string) ([]byte, error) {
	if th.Site != nil {
		data, err := th.Site.ReadFile(name)
		if err == nil || !errors.Is(err, fs.ErrNotExist) {
			return data, err
		}
	}
	if th.Builtin == nil {
		return nil, fs.ErrNotExist
	}
	return fs.ReadFile(th.Builtin, name)
}

// overrides reports whether the site's themes have their own file name.
func (th Theme) overrides(name string) bool {
	return th.Site.Has(name)
}

// origin says where name comes from, for error messages.
func (th Theme) origin(name string) string {
	if at := th.Site.Origin(name); at != "" {
		return at
	}
	return "themes/default/" + name + " (built in)"
}

// templates are a theme's parsed email templates.
type templates struct {
	html  *htmltemplate.Template
	text  *texttemplate.Template
	funcs []string // the functions they may call, for messages
}

// parsed reports whether the template name (TextTemplate or HTMLTemplate)
// parsed.
func (t *templates) parsed(name string) bool {
	if name == TextTemplate {
		return t.text != nil
	}
	return t.html != nil
}

// run executes the template name (TextTemplate or HTMLTemplate) of the
// theme th with data.
func (t *templates) run(th Theme, name string, data *Data) (string, error) {
	var b bytes.Buffer
	var err error
	if name == TextTemplate {
		err = t.text.Execute(&b, data)
	} else {
		err = t.html.Execute(&b, data)
	}
	if err != nil {
		if errs, ok := diag.Source(err); ok { // a message's mistake, at its line of the translation file
			return "", errs
		}
		return "", th.templateError(name, err, t.funcs)
	}
	if !utf8.Valid(b.Bytes()) {
		return "", diag.Errorf(th.origin(name), 0, "the template wrote text that is not UTF-8; fix the template")
	}
	if len(bytes.TrimSpace(b.Bytes())) == 0 {
		// A file of {{define}}s alone, as a page's partial is: the
		// email would go out empty.
		return "", diag.Errorf(th.origin(name), 0, "the template writes nothing, so the email would be empty: an email's template writes the message at its top level, not inside a {{define}} alone; write it there, or delete the file to use the built-in one")
	}
	return b.String(), nil
}

// load parses the theme's email templates: the plain-text one with the
// function set fm, the HTML one with hfm (the same names; T differs).
func (th Theme) load(fm, hfm map[string]any) (*templates, error) {
	var errs diag.List
	t := &templates{funcs: slices.Sorted(maps.Keys(fm))}
	if src, err := th.source(HTMLTemplate); err != nil {
		errs.Append(err)
	} else if t.html, err = htmltemplate.New(HTMLTemplate).Funcs(hfm).Parse(src); err != nil {
		errs.Append(th.templateError(HTMLTemplate, err, t.funcs))
	}
	if src, err := th.source(TextTemplate); err != nil {
		errs.Append(err)
	} else if t.text, err = texttemplate.New(TextTemplate).Funcs(fm).Parse(src); err != nil {
		errs.Append(th.templateError(TextTemplate, err, t.funcs))
	}
	return t, errs.Err()
}

// source returns the text of the email template name, read as diag.Text
// reads text: a CRLF file gives the same email as an LF one.
func (th Theme) source(name string) (string, error) {
	data, err := th.read(name)
	if err != nil {
		return "", diag.Errorf(th.origin(name), 0, "cannot read the email template: %v; restore it or remove the override", err)
	}
	data, err = diag.Text(th.origin(name), data)
	return string(data), err
}

// tmplErrRE matches text/template's "template: name:line:col: msg" and
// html/template's "html/template:name:line:col: msg".
var tmplErrRE = regexp.MustCompile(`^(?:html/)?template: ?([^:]+):(\d+)(?::\d+)?: (.*)$`)

// dataTypes are the types the email templates see, for suggesting the
// field or method a template error message says a value lacks.
var dataTypes = []reflect.Type{reflect.TypeFor[Data](), reflect.TypeFor[Digest](), reflect.TypeFor[Feed](), reflect.TypeFor[Settings](),
	reflect.TypeFor[model.Site](), reflect.TypeFor[model.Config](), reflect.TypeFor[model.TopicConfig](), reflect.TypeFor[model.Newsletter](),
	reflect.TypeFor[model.Paper](), reflect.TypeFor[model.Day](), reflect.TypeFor[model.Week](), reflect.TypeFor[model.Month](),
	reflect.TypeFor[model.Topic](), reflect.TypeFor[model.Author]()}

// templateError turns an error parsing or executing the template name,
// whose functions are funcs, into path:line form, with the nearest real
// name for a misspelt field or function.
func (th Theme) templateError(name string, err error, funcs []string) error {
	msg, line := err.Error(), 0
	if m := tmplErrRE.FindStringSubmatch(msg); m != nil && m[1] == name {
		msg = m[3]
		line, _ = strconv.Atoi(m[2])
	}
	msg, hint := words(err, msg, funcs)
	return diag.Errorf(th.origin(name), line, "template error: %s", diag.TemplateFix(msg, hint, "fix the template", "remove the override to use the built-in one"))
}
