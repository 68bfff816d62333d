package cite

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/tex"
)

// TestCOinSValues: a value that holds the characters a ContextObject or
// an HTML attribute give a meaning (& = + % # " < >) reads back as it is,
// and the ContextObject has them only percent-encoded.
func TestCOinSValues(t *testing.T) {
	p := &model.Paper{ID: "my-report", Slug: "my-report", Title: `Fast & Exact: a=b + c, 100% "IO" <aware> #1`,
		Authors: []string{"Zoë Müller"}, Journal: "Phys. Rev. B", Pages: "115117–115120",
		Date: time.Date(2024, 5, 31, 0, 0, 0, 0, time.UTC), DOI: "10.1000/a&b=c"}
	co := COinS(p, "https://digest.example/papers/my-report/")
	if strings.ContainsAny(co, "\"<>#") || strings.Count(co, "=") != strings.Count(co, "&")+1 {
		t.Errorf("COinS = %q, want no \" < > # and one = a pair", co)
	}
	q, err := url.ParseQuery(co)
	if err != nil {
		t.Fatalf("COinS %q does not parse: %v", co, err)
	}
	for key, want := range map[string]string{
		"rft.atitle": p.Title, "rft.jtitle": "Phys. Rev. B", "rft.au": "Müller, Zoë", "rft.pages": "115117-115120",
		"rft.date": "2024-05-31", "rft_val_fmt": "info:ofi/fmt:kev:mtx:journal",
	} {
		if got := q.Get(key); got != want {
			t.Errorf("COinS %s = %q, want %q", key, got, want)
		}
	}
	if got, want := q["rft_id"], []string{"info:doi/10.1000/a&b=c", "https://doi.org/10.1000/a&b=c"}; !slices.Equal(got, want) {
		t.Errorf("COinS rft_id = %q, want %q", got, want)
	}
}

// FuzzCOinS: whatever a paper's title and authors hold, its COinS reads
// back as a query string with that title (its math as text) and an
// rft.au for each author with a name, and cannot end the attribute it
// is written in.
func FuzzCOinS(f *testing.F) {
	f.Add("Attention Is All You Need", "Ashish Vaswani", "ATLAS Collaboration")
	f.Add(`a&b=c+d%e#f"g<h>i`, "Smith , John", "\t\n")
	f.Add("$x^2$ \x00", "%zz", "+")
	f.Fuzz(func(t *testing.T, title, author1, author2 string) {
		p := &model.Paper{ID: "2401.00001", Slug: "2401.00001", ArXiv: "2401.00001", Title: title, Authors: []string{author1, author2}}
		co := COinS(p, "https://digest.example/")
		if strings.ContainsAny(co, "\"<>") || strings.ContainsFunc(co, func(r rune) bool { return unicode.IsSpace(r) || unicode.IsControl(r) }) {
			t.Fatalf("COinS %q holds a character that ends or breaks its attribute", co)
		}
		q, err := url.ParseQuery(co)
		if err != nil {
			t.Fatalf("COinS %q does not parse: %v", co, err)
		}
		if want := tex.UnicodeText(title); q.Get("rft.title") != want {
			t.Fatalf("COinS title = %q, want %q", q.Get("rft.title"), want)
		}
		var authors []string
		for _, a := range p.Authors {
			if n := Split(a).Inverted(); n != "" {
				authors = append(authors, n)
			}
		}
		if !slices.Equal(q["rft.au"], authors) {
			t.Fatalf("COinS authors = %q, want %q", q["rft.au"], authors)
		}
	})
}

// BenchmarkCOinS times a paper's COinS span title on a day page, for a
// paper with ten authors.
func BenchmarkCOinS(b *testing.B) {
	p := &model.Paper{ID: "2106.09685", Slug: "2106.09685", ArXiv: "2106.09685", Title: "LoRA: Low-Rank Adaptation of Large Language Models",
		Published: time.Date(2021, 6, 17, 0, 0, 0, 0, time.UTC)}
	for i := range 10 {
		p.Authors = append(p.Authors, fmt.Sprintf("Author %c. Name%d", 'A'+i, i))
	}
	for b.Loop() {
		_ = COinS(p, "https://digest.example/papers/2106.09685/")
	}
}
