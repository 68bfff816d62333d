package parse

import (
	"strings"
	"testing"
	"time"
)

// TestPostAddress: the slug: and url: (Zola's path:) of a post's front
// matter, in YAML or TOML, in any letter case.
func TestPostAddress(t *testing.T) {
	tests := []struct{ data, slug, url string }{
		{"---\ntitle: B\nslug: bert-notes\n---\nx\n", "bert-notes", ""},
		{"+++\ntitle = \"B\"\nslug = \"bert-notes\"\n+++\nx\n", "bert-notes", ""},
		{"+++\r\nSlug = \"bert\"\r\nURL = \"/2019/bert/\"\r\n+++\r\n", "bert", "/2019/bert/"},
		{"+++\npath = \"notes/bert\"\n+++", "", "notes/bert"},
		{"---\npermalink: /about-us/\n---\n", "", "/about-us/"},
		{"---\nslug: [a]\n---\n", "", ""},
		{"---\nslug: bert\n", "", ""}, // never closed
		{"slug: bert\n", "", ""},
		{"+++\nslug = \n+++\n", "", ""},
	}
	for _, tt := range tests {
		if slug, url := PostAddress([]byte(tt.data)); slug != tt.slug || url != tt.url {
			t.Errorf("PostAddress(%q) = %q, %q, want %q, %q", tt.data, slug, url, tt.slug, tt.url)
		}
	}
}

// TestPostOf: the title and date: of a post's front matter, which Hugo's
// permalink patterns are filled with, as YAML and TOML decode them (a
// date, a time, a string of either).
func TestPostOf(t *testing.T) {
	day := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		data, title string
		date        time.Time
	}{
		{"---\ntitle: BERT\ndate: 2024-03-05\n---\n", "BERT", day},
		{"---\nTitle: \" BERT \"\nDate: \"2024-03-05T10:00:00Z\"\n---\n", "BERT", day.Add(10 * time.Hour)},
		{"+++\ntitle = \"BERT\"\ndate = 2024-03-05T10:00:00Z\n+++\n", "BERT", day.Add(10 * time.Hour)},
		{"+++\ndate = \"2024-03-05\"\n+++\n", "", day},
		{"---\ndate: soon\n---\n", "", time.Time{}},
	}
	for _, tt := range tests {
		if p := PostOf([]byte(tt.data)); p.Title != tt.title || !p.Date.Equal(tt.date) {
			t.Errorf("PostOf(%q) = %q, %v, want %q, %v", tt.data, p.Title, p.Date, tt.title, tt.date)
		}
	}
}

func FuzzPostAddress(f *testing.F) {
	f.Add("---\nslug: bert-notes\n---\nx\n")
	f.Add("+++\r\nSlug = \"bert\"\r\nURL = \"/2019/bert/\"\r\n+++\r\n")
	f.Add("+++\n[a]\nslug = 1\n+++\n")
	f.Fuzz(func(t *testing.T, data string) {
		slug, url := PostAddress([]byte(data))
		if strings.TrimSpace(slug) != slug || strings.TrimSpace(url) != url {
			t.Errorf("PostAddress(%q) = %q, %q", data, slug, url)
		}
		if p := PostOf([]byte(data)); p.Slug != slug || p.URL != url || strings.TrimSpace(p.Title) != p.Title {
			t.Errorf("PostOf(%q) = %+v, PostAddress %q, %q", data, p, slug, url)
		}
	})
}
