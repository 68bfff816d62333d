package generator

import (
	"bytes"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"path"
	"strings"

	"github.com/yuin/goldmark/util"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/linkcheck"
	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// MailIntro renders src, the Markdown of the file at path that mail's
// --intro names (a week's editorial note, which has no day file), as the
// build res rendered a day file's intro: with the site's Markdown
// settings and TeX text made Markdown. src is read as a source in
// content/ is (diag.Text): a byte-order mark and CRLF line endings, which
// Windows editors write, are dropped, and a file that is not UTF-8
// (Windows-1252, UTF-16) is an error at its line that says to save it
// so. Links that name a file beside the sources are left as written:
// the file is no source of the site. A file with front matter, or with
// nothing to show, is an error at its line. The problems are its links and images that lead nowhere
// (introLinks), which the caller weighs: the same lines in a day file's
// intro are the build's warnings and check's errors. res is a build of
// the site (mail's, of its digests), whose settings the note is rendered
// with; whole returns a build of the whole site, whose pages a link from
// the site's root is checked against, and is called only for such a
// link: most notes have none, and building the whole site again cost a
// --intro mail three to four times one without (h50q/01).
func MailIntro(res *Result, whole func() (*Result, error), site fs.FS, path string, src []byte) (template.HTML, []Problem, error) {
	src, err := diag.Text(path, src)
	if err != nil {
		return "", nil, err
	}
	if bytes.HasPrefix(src, []byte("---")) || bytes.HasPrefix(src, []byte("+++")) {
		return "", nil, diag.Errorf(path, 1, "the intro starts with front matter, which --intro does not read; give a file of Markdown alone (the note, without --- lines)")
	}
	if len(bytes.TrimSpace(src)) == 0 {
		return "", nil, diag.Errorf(path, 0, "the intro is empty; write the note in Markdown, or leave out --intro")
	}
	md := newMarkdown(res.Site.Config, res.Words)
	body := []byte(tex.Plain(string(src)))
	r, err := md.Render(body)
	if ce := new(markdown.CostlyError); errors.As(err, &ce) {
		return "", nil, diag.Errorf(path, ce.Line, "%s", ce.Msg)
	}
	if err != nil {
		return "", nil, diag.Errorf(path, 1, "the Markdown does not render (%v); report it as a bug of Paperboy's, with this file", err)
	}
	problems, err := introLinks(whole, site, md, path, body)
	if err != nil {
		return "", nil, err
	}
	return htmlOf(r.HTML), problems, nil
}

// introLinks checks the links and images of body, the Markdown of the
// --intro file at path, against the built site res as the build checks a
// day file's (brokenLinks, in linkProblem's words). A relative link is a
// problem of its own: the file has no page, and the email is read far
// from any, so no base of it is the clear one (the digest's page, the
// file's folder, the site's root); it is to be written from the site's
// root, which the message gives. Links to other sites and #fragments
// are left alone.
func introLinks(whole func() (*Result, error), site fs.FS, md *markdown.Renderer, path string, body []byte) ([]Problem, error) {
	if !bytes.ContainsAny(body, "[<") {
		return nil, nil
	}
	var res *Result // whole's, asked for at the first link to check against the site
	var out []Problem
	for _, l := range md.Links(body) {
		u := string(util.URLEscape([]byte(l.Dest), true))
		if l.Dropped {
			u = "" // a javascript: link, which the page shows empty
		}
		switch {
		case strings.HasPrefix(u, "#") || strings.HasPrefix(u, "//") || textutil.HasScheme(u):
			continue
		case u != "" && !strings.HasPrefix(u, "/"):
			out = append(out, Problem{Kind: "link", Path: path, Line: l.Line, Msg: fmt.Sprintf(
				"the link %s is relative, and an email has no page it is relative to; write it from the site's root, as %s", l.Written, fromRoot(l.Dest))})
			continue
		}
		if res == nil {
			var err error
			if res, err = whole(); err != nil {
				return nil, err
			}
		}
		cfg := res.Site.Config
		msg := ""
		if u != "" {
			if _, _, msg = linkcheck.Resolve("index.html", u, cfg.BasePath(), res.paths); msg == "" {
				continue
			}
		}
		out = append(out, linkProblem(site, res.besides, cfg, res.drafts, res.paths, path, l.Line, u, l.Written, msg, ""))
	}
	return out, nil
}

// fromRoot is the relative link dest written from the site's root, as
// it would read on the home page: ../days/2024-05-29/ is
// /days/2024-05-29/.
func fromRoot(dest string) string {
	p, rest := dest, ""
	if i := strings.IndexAny(dest, "?#"); i >= 0 {
		p, rest = dest[:i], dest[i:]
	}
	root := path.Clean("/" + p)
	if strings.HasSuffix(p, "/") && root != "/" {
		root += "/"
	}
	return root + rest
}
