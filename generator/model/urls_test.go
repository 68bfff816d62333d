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
