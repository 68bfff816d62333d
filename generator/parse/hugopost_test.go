package parse

import (
	"strings"
	"testing"
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

func FuzzPostAddress(f *testing.F) {
	f.Add("---\nslug: bert-notes\n---\nx\n")
	f.Add("+++\r\nSlug = \"bert\"\r\nURL = \"/2019/bert/\"\r\n+++\r\n")
	f.Add("+++\n[a]\nslug = 1\n+++\n")
	f.Fuzz(func(t *testing.T, data string) {
		slug, url := PostAddress([]byte(data))
		if strings.TrimSpace(slug) != slug || strings.TrimSpace(url) != url {
			t.Errorf("PostAddress(%q) = %q, %q", data, slug, url)
		}
	})
}
