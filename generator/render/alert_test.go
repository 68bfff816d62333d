package render

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/themes"
)

// TestAlertContrast: each alert type's colour, which its title's text
// has, is 4.5:1 or more on the page and on the surface in either scheme;
// with more contrast asked for, the title has the text's colour, which
// TestCodeContrast's schemes hold at 7:1.
func TestAlertContrast(t *testing.T) {
	data, err := fs.ReadFile(themes.Default(), "static/style.css")
	if err != nil {
		t.Fatal(err)
	}
	style := string(data)
	rule := regexp.MustCompile(`\.markdown-alert-([a-z]+) \{ --alert: (#[0-9a-f]{6}); \}`)
	const dark = "@media screen and (prefers-color-scheme: dark) {\n  .markdown-alert-"
	at := strings.Index(style, dark)
	if at < 0 {
		t.Fatal("style.css has no dark colours for the alerts: update the test")
	}
	light, darkRules := rule.FindAllStringSubmatch(style[:at], -1), rule.FindAllStringSubmatch(style[at:], -1)
	if len(light) != 5 || len(darkRules) < 5 {
		t.Fatalf("style.css: %d light and %d dark alert colours, want 5 each: update the test", len(light), len(darkRules))
	}
	lightVars := rootVars(t, style, "")
	darkVars := rootVars(t, style, "@media screen and (prefers-color-scheme: dark) {")
	for _, scheme := range []struct {
		name  string
		rules [][]string
		vars  map[string]string
	}{{"light", light, lightVars}, {"dark", darkRules[:5], darkVars}} {
		for _, r := range scheme.rules {
			for _, bg := range []string{"--bg", "--surface"} {
				if c := contrast(hexColour(t, r[2]), hexColour(t, scheme.vars[bg])); c < 4.5 {
					t.Errorf("%s: the %s alert's %s on %s (%s) is %.2f:1, want 4.5:1 or more", scheme.name, r[1], r[2], bg, scheme.vars[bg], c)
				}
			}
		}
	}
	if !strings.Contains(style, "@media (prefers-contrast: more) { .markdown-alert-title { color: var(--fg); } }") {
		t.Error("with more contrast, an alert's title is not the text's colour")
	}
}
