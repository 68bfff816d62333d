package generator

import (
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/model"
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
		// A name no file system gives ("config/_default/./ml") makes
		// fstest.MapFS list a folder in itself without end.
		if !fs.ValidPath(name) || !strings.HasPrefix(name, "config/_default/") && !strings.Contains(strings.Join(hugoConfigs, " "), name) {
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

// FuzzHugoConfigAdvice: the advice check gives for any Hugo, Zola or
// Jekyll configuration is one setting a line, each value written on one
// line (flowYAML) reads back as it was, and each setting it carries over (`title → title: …`) is a line of YAML that reads as that one
// field, which the curator can copy into site.yaml as it is.
func FuzzHugoConfigAdvice(f *testing.F) {
	f.Add("hugo.toml", "baseURL = 'https://ada.github.io/digest'\ntitle = 'Ada'\n[params]\ndescription = 'd'\nmine = [1, {a = 'b'}]\n")
	f.Add("hugo.toml", "title = \"\"\"two\nlines\"\"\"\n")
	f.Add("hugo.yaml", "title: \"a: b # c\"\nparams:\n  x: |\n    y\n    z\n")
	f.Add("config.toml", "base_url = 'https://x.org/blog'\ntitle = 'Z'\n[extra]\nk = 'v'\n")
	f.Add("_config.yml", "title: J\nurl: https://ada.github.io\nbaseurl: /notes\nplugins: [jekyll-feed]\ngithub_username: ada\n")
	f.Add("hugo.json", `{"baseURL": "http://x.org", "languageCode": "fr", "params": {"author": {"name": "A"}}}`)
	f.Fuzz(func(t *testing.T, name, data string) {
		if !slices.Contains(hugoConfigs, name) {
			name = "hugo.toml"
		}
		settings, _ := readHugoConfig(name, []byte(data))
		var each func([]hugoSetting)
		each = func(ss []hugoSetting) {
			for _, s := range ss {
				flow := flowYAML(s.val)
				var back any
				if err := yaml.Unmarshal([]byte(flow), &back); err != nil || strings.Contains(flow, "\n") || yamlText(t, back) != yamlText(t, s.val) {
					t.Fatalf("%s %q: flowYAML(%#v) = %q, which reads as %#v, %v", name, data, s.val, flow, back, err)
				}
				each(s.settings)
			}
		}
		each(settings)
		advice := hugoConfigAdvice(name, []byte(data), &model.Config{})
		if advice == "" {
			return
		}
		lines := strings.Split(advice, "\n")
		if lines[0] != "" {
			t.Fatalf("advice for %s %q does not start on a line of its own:\n%s", name, data, advice)
		}
		for _, line := range lines[1:] {
			if !strings.HasPrefix(line, "  ") || strings.HasPrefix(line, "   ") {
				t.Fatalf("advice for %s %q has a line that is no setting's, %q:\n%s", name, data, line, advice)
			}
			_, carried, ok := strings.Cut(line, " → ")
			if !ok || strings.Contains(carried, "in site.yaml already") {
				continue
			}
			field, _, _ := strings.Cut(carried, ":")
			var m map[string]any
			if err := yaml.Unmarshal([]byte(carried), &m); err != nil || len(m) != 1 || m[field] == nil && !strings.HasSuffix(carried, ": null") {
				t.Fatalf("advice for %s %q carries over %q, which reads as %v, %v", name, data, carried, m, err)
			}
		}
	})
}

// yamlText is v as YAML, for comparing values of any types YAML writes
// alike (TOML's int64 and YAML's int).
func yamlText(t *testing.T, v any) string {
	t.Helper()
	out, err := yaml.Marshal(v)
	if err != nil {
		return "error: " + err.Error()
	}
	return string(out)
}
