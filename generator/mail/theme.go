package mail

import (
	"errors"
	htmltemplate "html/template"
	"io/fs"
	"regexp"
	"strconv"
	texttemplate "text/template"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// The email templates of a theme.
const (
	HTMLTemplate = "email/digest.html" // html/template of the HTML part
	TextTemplate = "email/digest.txt"  // text/template of the plain-text part
)

// Theme is where the email templates come from: a file in Site replaces
// the file at the same path in Builtin.
type Theme struct {
	Builtin fs.FS  // the built-in theme (themes.Default())
	Site    fs.FS  // the site's theme folder, or nil
	Dir     string // the site's theme folder as the user sees it ("themes/mine"), for messages
}

// read returns the file name from the site's theme, or else the built-in one.
func (th Theme) read(name string) ([]byte, error) {
	if th.Site != nil {
		data, err := fs.ReadFile(th.Site, name)
		if err == nil || !errors.Is(err, fs.ErrNotExist) {
			return data, err
		}
	}
	if th.Builtin == nil {
		return nil, fs.ErrNotExist
	}
	return fs.ReadFile(th.Builtin, name)
}

// origin says where name comes from, for error messages.
func (th Theme) origin(name string) string {
	if th.Site != nil {
		if _, err := fs.Stat(th.Site, name); err == nil {
			return th.Dir + "/" + name
		}
	}
	return "themes/default/" + name + " (built in)"
}

// templates are a theme's parsed email templates.
type templates struct {
	html *htmltemplate.Template
	text *texttemplate.Template
}

// load parses the theme's email templates with the function set fm.
func (th Theme) load(fm map[string]any) (*templates, error) {
	var errs diag.List
	t := &templates{}
	if data, err := th.read(HTMLTemplate); err != nil {
		errs.Add(th.origin(HTMLTemplate), 0, "cannot read the email template: %v; restore it or remove the override", err)
	} else if t.html, err = htmltemplate.New(HTMLTemplate).Funcs(fm).Parse(string(data)); err != nil {
		errs.Append(th.templateError(HTMLTemplate, err))
	}
	if data, err := th.read(TextTemplate); err != nil {
		errs.Add(th.origin(TextTemplate), 0, "cannot read the email template: %v; restore it or remove the override", err)
	} else if t.text, err = texttemplate.New(TextTemplate).Funcs(fm).Parse(string(data)); err != nil {
		errs.Append(th.templateError(TextTemplate, err))
	}
	return t, errs.Err()
}

var tmplErrRE = regexp.MustCompile(`^(?:html/)?template: ([^:]+):(\d+)(?::\d+)?: (.*)$`)

// templateError turns an error parsing or executing the template name
// into path:line form.
func (th Theme) templateError(name string, err error) error {
	if m := tmplErrRE.FindStringSubmatch(err.Error()); m != nil && m[1] == name {
		line, _ := strconv.Atoi(m[2])
		return diag.Errorf(th.origin(name), line, "template error: %s; fix the template or remove the override to use the built-in one", m[3])
	}
	return diag.Errorf(th.origin(name), 0, "template error: %v; fix the template or remove the override to use the built-in one", err)
}
