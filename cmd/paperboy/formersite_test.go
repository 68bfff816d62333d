package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestNewSiteFromFormerSite: paperboy new site in the folder of a Hugo,
// Jekyll or Zola site takes the new site.yaml's title, baseURL,
// description and language from that site's configuration, in place of
// the placeholders, says so and points at check for the rest; and the
// site it makes builds. A configuration without them leaves the
// placeholders, saying so.
func TestNewSiteFromFormerSite(t *testing.T) {
	for _, tc := range []struct {
		name   string
		files  map[string]string
		from   string
		want   map[string]string // site.yaml's fields
		filled string
	}{
		{"hugo.toml", map[string]string{"hugo.toml": "baseURL = 'https://ada.github.io/digest'\nlanguageCode = 'en-gb'\ntitle = \"Ada's \\\"papers\\\"\"\ntheme = 'ananke'\n[params]\n  description = 'Papers I read'\n"},
			"hugo.toml, the Hugo site's configuration",
			map[string]string{"title": `Ada's "papers"`, "baseURL": "https://ada.github.io/digest/", "description": "Papers I read", "language": "en-gb"},
			"title, baseURL, description and language"},
		{"hugo.yaml", map[string]string{"hugo.yaml": "baseURL: https://ada.example.net/\ntitle: Ada's digest\n"},
			"hugo.yaml, the Hugo site's configuration",
			map[string]string{"title": "Ada's digest", "baseURL": "https://ada.example.net/", "description": "", "language": "en"},
			"title and baseURL"},
		{"config folder", map[string]string{
			"config/_default/hugo.toml":   "baseURL = 'https://ada.example.net/'\ntitle = 'Ada'\ndefaultContentLanguage = 'fr'\n",
			"config/_default/params.toml": "description = 'Mes articles'\n",
		},
			filepath.Join("config", "_default") + "/, the Hugo site's configuration",
			map[string]string{"title": "Ada", "baseURL": "https://ada.example.net/", "description": "Mes articles", "language": "fr"},
			"title, baseURL, description and language"},
		{"Jekyll", map[string]string{"_config.yml": "title: Ada's notes\ndescription: Papers, weekly\nurl: https://ada.github.io\nbaseurl: /notes\nlang: en_US\nplugins: [jekyll-feed]\n"},
			"_config.yml, the Jekyll site's configuration",
			map[string]string{"title": "Ada's notes", "baseURL": "https://ada.github.io/notes/", "description": "Papers, weekly", "language": "en_US"},
			"title, baseURL, description and language"},
		{"Zola", map[string]string{"config.toml": "base_url = 'https://ada.example.net/blog'\ntitle = 'Ada'\ndescription = 'Notes'\ndefault_language = 'de'\ngenerate_feeds = true\n"},
			"config.toml, the Zola site's configuration",
			map[string]string{"title": "Ada", "baseURL": "https://ada.example.net/blog/", "description": "Notes", "language": "de"},
			"title, baseURL, description and language"},
		// A relative baseURL is no address to publish at.
		{"Hugo without them", map[string]string{"config.toml": "baseURL = '/'\ntheme = 'ananke'\n"},
			"config.toml, the Hugo site's configuration, has no title, baseURL, description or language for " + filepath.Join("content", "site.yaml"),
			map[string]string{"title": "My Paper Digest", "baseURL": "https://example.org/", "description": "", "language": "en"},
			""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			dir := writeSite(t, tc.files)
			t.Chdir(dir)
			code, out, stderr := runCLI("new", "site", ".")
			if code != 0 {
				t.Fatalf("new site: exit %d: %s", code, stderr)
			}
			yml := filepath.Join("content", "site.yaml")
			if tc.filled != "" && !strings.Contains(out, "took "+tc.filled+" for "+yml+" from "+tc.from+"\n") ||
				tc.filled == "" && !strings.Contains(out, tc.from+"\n") {
				t.Errorf("new site does not say it took %q from %s:\n%s", tc.filled, tc.from, out)
			}
			if !strings.Contains(out, "paperboy check ") {
				t.Errorf("new site does not point at check for the rest of the old site:\n%s", out)
			}
			if title := strings.Contains(tc.filled, "title"); strings.Contains(out, "next: set title") == title {
				t.Errorf("new site asks to set the title (%v), which it took from the old site (%v):\n%s", !title, title, out)
			}
			data, err := os.ReadFile(yml)
			if err != nil {
				t.Fatal(err)
			}
			var got map[string]any
			if err := yaml.Unmarshal(data, &got); err != nil {
				t.Fatal(err)
			}
			for k, v := range tc.want {
				if got[k] != v {
					t.Errorf("site.yaml's %s = %q, want %q", k, got[k], v)
				}
			}
			if code, _, stderr := runCLI("build", "-q"); code != 0 {
				t.Errorf("build of the new site: exit %d: %s", code, stderr)
			}
		})
	}
}
