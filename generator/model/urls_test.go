package model

import (
	"net/url"
	"testing"
)

func TestURLs(t *testing.T) {
	base, _ := url.Parse("https://example.org/repo/")
	c := &Config{BaseURL: base.String(), Base: base}
	a := &Author{Slug: "josé-núñez"}
	if got, want := c.Abs(a.Path()), "https://example.org/repo/authors/jos%C3%A9-n%C3%BA%C3%B1ez/"; got != want {
		t.Errorf("Abs = %q, want %q", got, want)
	}
	if got, want := c.Rel((&Paper{Slug: "2410.07166"}).Path()), "/repo/papers/2410.07166/"; got != want {
		t.Errorf("Rel = %q, want %q", got, want)
	}
	p := &Paper{ArXiv: "2410.07166"}
	if p.PDFURL() != "https://arxiv.org/pdf/2410.07166" || p.HFURL() != "https://huggingface.co/papers/2410.07166" {
		t.Errorf("PDFURL %q HFURL %q", p.PDFURL(), p.HFURL())
	}
	old := &Paper{ArXiv: "cond-mat/0603029", PDF: "https://example.org/x.pdf"}
	if old.HFURL() != "" || old.PDFURL() != "https://example.org/x.pdf" {
		t.Errorf("old-style id: HFURL %q PDFURL %q", old.HFURL(), old.PDFURL())
	}
}

// TestRootPath: an address under the site's baseURL, or under site.yaml's
// own when --base-url built it elsewhere, is the path from the site's
// root it names; any other, and one with a query or fragment, is kept.
func TestRootPath(t *testing.T) {
	base, _ := url.Parse("https://ada.github.io/digest/")
	written, _ := url.Parse("https://lab.example.org/")
	c := &Config{BaseURL: base.String(), Base: base}
	moved := &Config{BaseURL: "http://localhost:1313/", WrittenBase: written}
	for _, tt := range []struct {
		c         *Config
		ref, want string
	}{
		{c, "https://ada.github.io/digest/card.png", "/card.png"},
		{c, "https://ada.github.io/digest/img/my%20card.png", "/img/my card.png"},
		{c, "https://ada.github.io/digest/", "https://ada.github.io/digest/"},
		{c, "https://ada.github.io/digest/card.png?v=2", "https://ada.github.io/digest/card.png?v=2"},
		{c, "https://ada.github.io/other/card.png", "https://ada.github.io/other/card.png"},
		{c, "https://ada.github.io/digest//evil.example/x.png", "https://ada.github.io/digest//evil.example/x.png"},
		{c, "/card.png", "/card.png"},
		{c, "https://cdn.example.org/card.png", "https://cdn.example.org/card.png"},
		{moved, "https://lab.example.org/card.png", "/card.png"},
		{moved, "http://localhost:1313/card.png", "/card.png"},
		{&Config{}, "card.png", "card.png"},
	} {
		if got := tt.c.RootPath(tt.ref); got != tt.want {
			t.Errorf("RootPath(%q) at %s = %q, want %q", tt.ref, tt.c.BaseURL, got, tt.want)
		}
	}
}

// TestFormerBasePath: the path of feedIDBase is the former base path
// when the site moved from under it; none when feedIDBase is unset, at a
// host's root, or has the base path the site has now.
func TestFormerBasePath(t *testing.T) {
	for _, tc := range []struct{ base, ids, want string }{
		{"https://papers.lab.net/", "https://user.github.io/repo/", "/repo/"},
		{"https://papers.lab.net/new/", "https://user.github.io/repo/", "/repo/"},
		{"https://papers.lab.net/", "", ""},
		{"https://papers.lab.net/", "https://user.github.io/", ""},
		{"https://papers.lab.net/repo/", "https://user.github.io/repo/", ""},
	} {
		base, _ := url.Parse(tc.base)
		c := &Config{BaseURL: tc.base, Base: base, FeedIDBase: tc.ids}
		if got := c.FormerBasePath(); got != tc.want {
			t.Errorf("FormerBasePath(baseURL %s, feedIDBase %q) = %q, want %q", tc.base, tc.ids, got, tc.want)
		}
	}
}
