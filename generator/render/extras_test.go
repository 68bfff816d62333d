package render

import (
	"encoding/xml"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestOpenSearch: the OpenSearch description's ShortName is the site's
// title when it has the 16 characters the format allows or fewer, else
// the title cut at a word to 16 with "…", the whole title then the
// LongName, itself cut to its 48; the search page is its URL template.
func TestOpenSearch(t *testing.T) {
	long := strings.Repeat("Reading group ", 5) + "digest" // 76 characters
	for _, tt := range []struct {
		title, short, long string
	}{
		{"Golden Digest", "Golden Digest", ""},
		{"ML Papers Digest", "ML Papers Digest", ""}, // 16: fits
		{"ML Papers Digests", "ML Papers…", "ML Papers Digests"},
		{"Paperboy Sample Digest", "Paperboy Sample…", "Paperboy Sample Digest"},
		{"机器学习论文每日精选与深度解读周刊汇总", "机器学习论文每日精选与深度解读…", "机器学习论文每日精选与深度解读周刊汇总"},
		{long, "Reading group…", "Reading group Reading group Reading group…"},
	} {
		cfg := testConfig()
		cfg.Title, cfg.Language = tt.title, "en"
		js := []job{{kind: "search", page: &Page{Path: "search/", Description: "Search every paper of " + tt.title}}}
		f := openSearch(cfg, js, links{cfg: cfg})
		var doc struct {
			ShortName, LongName, Description string
			URLs                             []struct {
				Template string `xml:"template,attr"`
			} `xml:"Url"`
		}
		if err := xml.Unmarshal(f.Data, &doc); err != nil {
			t.Fatalf("%s: %v\n%s", f.Path, err, f.Data)
		}
		if doc.ShortName != tt.short || doc.LongName != tt.long || utf8.RuneCountInString(doc.LongName) > 48 {
			t.Errorf("title %q: ShortName %q, LongName %q; want %q, %q", tt.title, doc.ShortName, doc.LongName, tt.short, tt.long)
		}
		if doc.Description != js[0].page.Description || len(doc.URLs) != 2 || doc.URLs[0].Template != "https://example.org/repo/search/?q={searchTerms}" {
			t.Errorf("title %q: description %q, URLs %+v", tt.title, doc.Description, doc.URLs)
		}
	}
}

// TestShortName: the web app manifest's short name is the title when it
// fits in 12 characters, else its first words that do, cut between words
// with no "…", else its first word when at most 24, else the title cut.
func TestShortName(t *testing.T) {
	for _, tt := range []struct{ title, want string }{
		{"Lab Digest", "Lab Digest"},
		{"Twelve chars", "Twelve chars"},
		{"The Paperboy Digest", "The Paperboy"},
		{"Daily Papers of the Lab", "Daily Papers"},
		{"Daily Papers: the Lab", "Daily Papers"},
		{"ML Lab — Daily papers", "ML Lab"},
		{"Computational Linguistics Digest", "Computational"},
		{"Supercalifragilisticexpialidocious Digest", "Supercalifr…"},
		{"机器学习论文每日精选与深度解读周刊汇总", "机器学习论文每日精选与…"},
		{"机器学习论文 每日精选与深度解读周刊汇总", "机器学习论文"},
	} {
		if got := shortName(tt.title); got != tt.want {
			t.Errorf("shortName(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}
