package generator

import (
	"strings"
	"testing"
	"testing/fstest"
)

// FuzzReadFormerSite reads arbitrary files as each configuration
// ReadFormerSite knows: it never panics, a baseURL it gives is an http(s)
// address ending with a slash, and it reads the one file it names.
func FuzzReadFormerSite(f *testing.F) {
	f.Add("hugo.toml", "baseURL = 'https://ada.github.io/digest'\ntitle = 'Ada'\n[params]\ndescription = 'd'\n")
	f.Add("config.toml", "base_url = 'https://x.org/blog'\ntitle = 'Z'\ndefault_language = 'de'\n")
	f.Add("_config.yml", "title: J\nurl: https://ada.github.io\nbaseurl: /notes\nlang: en_US\n")
	f.Add("_config.yml", "url: ada.github.io\n")
	f.Add("hugo.yaml", "baseURL: /\ntitle: [1, 2]\n")
	f.Add("config/_default/params.toml", "description = 'Mes articles'\n")
	f.Add("hugo.json", `{"baseURL": "http://x.org", "languageCode": "fr"}`)
	f.Fuzz(func(t *testing.T, name, data string) {
		if !strings.HasPrefix(name, "config/_default/") && !strings.Contains(strings.Join(hugoConfigs, " "), name) {
			name = "hugo.toml"
		}
		site, ok := ReadFormerSite(fstest.MapFS{name: {Data: []byte(data)}})
		if !ok {
			return
		}
		if u := site.BaseURL; u != "" && (!strings.HasPrefix(u, "http://") && !strings.HasPrefix(u, "https://") || !strings.HasSuffix(u, "/")) {
			t.Errorf("ReadFormerSite(%s: %q).BaseURL = %q, want an http(s) address ending with /", name, data, u)
		}
		if site.From != name && site.From != "config/_default/" {
			t.Errorf("ReadFormerSite(%s).From = %q", name, site.From)
		}
	})
}
