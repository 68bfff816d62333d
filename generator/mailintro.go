package generator

import (
	"bytes"
	"errors"
	"html/template"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/tex"
)

// MailIntro renders src, the Markdown of the file at path that mail's
// --intro names (a week's editorial note, which has no day file), as the
// build res rendered a day file's intro: with the site's Markdown
// settings and TeX text made Markdown. Links that name a file beside
// the sources are left as written: the file is no source of the site.
// A file with front matter, or with nothing to show, is an error at its
// line.
func MailIntro(res *Result, path string, src []byte) (template.HTML, error) {
	if bytes.HasPrefix(src, []byte("---")) || bytes.HasPrefix(src, []byte("+++")) {
		return "", diag.Errorf(path, 1, "the intro starts with front matter, which --intro does not read; give a file of Markdown alone (the note, without --- lines)")
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return "", diag.Errorf(path, 0, "the intro is empty; write the note in Markdown, or leave out --intro")
	}
	r, err := newMarkdown(res.Site.Config, res.Words).Render([]byte(tex.Plain(string(src))))
	if ce := new(markdown.CostlyError); errors.As(err, &ce) {
		return "", diag.Errorf(path, ce.Line, "%s", ce.Msg)
	}
	if err != nil {
		return "", diag.Errorf(path, 1, "the Markdown does not render (%v); report it as a bug of Paperboy's, with this file", err)
	}
	return htmlOf(r.HTML), nil
}
