package generator

import (
	"bytes"
	"context"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/paperboy-digest/paperboy/generator/mail"
	"github.com/paperboy-digest/paperboy/themes"
)

// copiedTheme is smallSite with `theme: mine`, themes/mine holding every
// page, partial and email template of the built-in theme with its line
// endings made eol.
func copiedTheme(t *testing.T, eol string) fstest.MapFS {
	t.Helper()
	fsys := siteFS(strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme: mine\n", 1))
	for _, dir := range []string{"templates", "email"} {
		err := fs.WalkDir(themes.Default(), dir, func(name string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			data, err := fs.ReadFile(themes.Default(), name)
			data = bytes.ReplaceAll(data, []byte("\n"), []byte(eol))
			fsys["themes/mine/"+name] = &fstest.MapFile{Data: data}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	return fsys
}

// TestTemplateLineEndings: a theme checked out with CRLF (git's autocrlf
// on Windows), or saved with an old Mac's lone CR, builds the same bytes
// as the theme with LF, and its email is the same message, boundary and
// all.
func TestTemplateLineEndings(t *testing.T) {
	build := func(eol string) (map[string][]byte, []byte) {
		res, err := Build(context.Background(), Options{Site: copiedTheme(t, eol)})
		if err != nil {
			t.Fatalf("%q build: %v", eol, err)
		}
		out := map[string][]byte{}
		for _, f := range res.Files {
			out[f.Path] = f.Data
		}
		d, err := mail.Select(res.Site, mail.Selector{Kind: mail.DayDigest, Key: "2024-05-31"})
		if err != nil {
			t.Fatal(err)
		}
		m, err := mail.Compose(res.Site, d, mail.Settings{From: "d@example.org"}, res.Mail)
		if err != nil {
			t.Fatalf("%q mail: %v", eol, err)
		}
		data, err := m.Bytes("ada@example.org")
		if err != nil {
			t.Fatalf("%q mail: %v", eol, err)
		}
		return out, data
	}
	lf, lfMail := build("\n")
	for _, eol := range []string{"\r\n", "\r"} {
		got, gotMail := build(eol)
		if len(got) != len(lf) {
			t.Errorf("%q: %d files, want %d", eol, len(got), len(lf))
		}
		for p, want := range lf {
			if !bytes.Equal(got[p], want) {
				t.Errorf("%q: %s differs from the LF build's", eol, p)
			}
		}
		if !bytes.Equal(gotMail, lfMail) {
			t.Errorf("%q: the email differs from the LF theme's", eol)
		}
	}
}

// TestTemplateEncodings: a template in UTF-16 or in a legacy encoding is
// refused at its path:line, like a paper; one with a UTF-8 byte-order
// mark builds without the mark; a mistake in a CRLF or lone-CR template is
// reported at its line.
func TestTemplateEncodings(t *testing.T) {
	mine := strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme: mine\n", 1)
	const utf16 = `the file is UTF-16 (Notepad's "Unicode", or what Windows PowerShell writes with > or Out-File); save it as UTF-8`
	const notUTF8 = "the file is not valid UTF-8; save it with UTF-8 encoding"
	tests := []struct {
		name, file, data, want string
	}{
		{"UTF-16 LE partial", "templates/partials/head-extra.html",
			"\xff\xfe{\x00{\x00d\x00e\x00f\x00", "themes/mine/templates/partials/head-extra.html:1: " + utf16},
		{"UTF-16 BE page", "templates/paper.html", "\xfe\xff\x00{\x00{", "themes/mine/templates/paper.html:1: " + utf16},
		{"UTF-16 LE email", "email/digest.txt", "\xff\xfe{\x00{\x00", "themes/mine/email/digest.txt:1: " + utf16},
		{"Windows-1252 partial", "templates/partials/body-extra.html",
			"{{define \"body-extra\"}}\r\n<p>R\xe9dig\xe9</p>{{end}}\r\n", "themes/mine/templates/partials/body-extra.html:2: " + notUTF8},
		{"Windows-1252 email", "email/digest.html", "<p>\r\n\r\ncaf\xe9</p>", "themes/mine/email/digest.html:3: " + notUTF8},
		{"CRLF mistake", "templates/partials/head-extra.html",
			"{{define \"head-extra\"}}\r\n\r\n<meta content=\"{{.Config.Titel}}\">{{end}}\r\n", "themes/mine/templates/partials/head-extra.html:3: "},
		{"lone CR mistake", "templates/partials/head-extra.html",
			"{{define \"head-extra\"}}\r\r<meta content=\"{{.Config.Titel}}\">{{end}}\r", "themes/mine/templates/partials/head-extra.html:3: "},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := buildSite(t, mine+"-- themes/mine/"+tt.file+" --\n"+tt.data, Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("build = %v, want an error containing %q", err, tt.want)
			}
		})
	}

	out := mustBuild(t, mine+"-- themes/mine/templates/partials/head-extra.html --\n\ufeff{{define \"head-extra\"}}<meta name=\"x\" content=\"café\">{{end}}\n")
	out.contains(t, "index.html", `<meta name="x" content="café">`)
	out.lacks(t, "index.html", "\ufeff")
}
