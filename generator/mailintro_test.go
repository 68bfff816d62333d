package generator

import (
	"context"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestMailIntroReadAsSource: the --intro file is read as a source in
// content/ is: saved by a Windows editor with a byte-order mark and CRLF
// it renders as with LF (a heading on its first line a heading, front
// matter after the mark still refused), and saved as Windows-1252 or
// UTF-16 it is an error naming the file and saying to save it as UTF-8,
// where the email's template was blamed for the bytes it passed on.
func TestMailIntroReadAsSource(t *testing.T) {
	t.Parallel()
	site := siteFS(siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"))
	res, err := Build(context.Background(), Options{Site: site, Emit: func(model.File) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	lf, _, err := MailIntro(res, func() (*Result, error) { return res, nil }, site, "note.md", []byte("## This week\n\nA note.\n"))
	if err != nil || !strings.Contains(string(lf), "<h2") {
		t.Fatalf("MailIntro(LF) = %q, %v; want a heading", lf, err)
	}
	tests := []struct {
		name, src string
		err       string // "": renders as the LF file
	}{
		{"BOM and CRLF", "\ufeff## This week\r\n\r\nA note.\r\n", ""},
		{"lone CR", "## This week\r\rA note.\r", ""},
		{"front matter after a BOM", "\ufeff---\r\ntitle: W\r\n---\r\nA note.\r\n", "note.md:1: the intro starts with front matter"},
		{"Windows-1252", "Caf\xe9 notes.\n", "note.md:1: the file is not valid UTF-8; save it with UTF-8 encoding"},
		{"Windows-1252 on line 3", "## This week\n\nCaf\xe9 notes.\n", "note.md:3: the file is not valid UTF-8"},
		{"UTF-16", "\xff\xfe#\x00#\x00 \x00W\x00\n\x00", "note.md:1: the file is UTF-16"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _, err := MailIntro(res, func() (*Result, error) { return res, nil }, site, "note.md", []byte(tt.src))
			switch {
			case tt.err == "" && (err != nil || got != lf):
				t.Errorf("MailIntro(%q) = %q, %v; want %q", tt.src, got, err, lf)
			case tt.err != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.err)):
				t.Errorf("MailIntro(%q) error %v, want %q", tt.src, err, tt.err)
			}
		})
	}
}

// TestMailIntroBuildsTheSiteForItsLinks: the whole site is built again
// for a note's links only when one is from the site's root (or leads
// nowhere), once for all of them; a note with no link, links to other
// sites, #fragments or relative links (a problem of their own) needs
// none of its pages.
func TestMailIntroBuildsTheSiteForItsLinks(t *testing.T) {
	t.Parallel()
	site := siteFS(siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"))
	res, err := Build(context.Background(), Options{Site: site, Emit: func(model.File) error { return nil }})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		src      string
		builds   int
		problems int
	}{
		{"A note.\n", 0, 0},
		{"See [arXiv](https://arxiv.org/) and [below](#more).\n", 0, 0},
		{"See [the day](days/2024-01-01/).\n", 0, 1},
		{"See [the paper](/papers/2401.00001/) and [the day](/days/2024-01-01/).\n", 1, 0},
		{"See [nothing](/papers/2401.99999/).\n", 1, 1},
	} {
		builds := 0
		whole := func() (*Result, error) { builds++; return res, nil }
		_, problems, err := MailIntro(res, whole, site, "note.md", []byte(tt.src))
		if err != nil || builds != tt.builds || len(problems) != tt.problems {
			t.Errorf("%q: %d builds, problems %v, %v; want %d builds, %d problems", tt.src, builds, problems, err, tt.builds, tt.problems)
		}
	}
}
