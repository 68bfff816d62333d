package render

import (
	"html/template"
	"strings"
	"testing"
)

// TestPartialsKeys: a partial renders once per distinct key or list of
// keys, and only then reads its data.
func TestPartialsKeys(t *testing.T) {
	set := template.Must(template.New("n").Parse(`{{define "show"}}[{{.}}]{{end}}{{define "other"}}({{.}}){{end}}`))
	c := newPartials(set)
	get := func(name string, data any, keys ...any) string {
		t.Helper()
		h, err := c.render(name, data, keys...)
		if err != nil {
			t.Fatal(err)
		}
		return string(h)
	}
	for _, tc := range []struct {
		name string
		data any
		keys []any
		want string
	}{
		{"show", "a", nil, "[a]"},
		{"show", "b", nil, "[a]"}, // no keys: one rendering
		{"show", "c", []any{""}, "[c]"},
		{"show", "d", []any{""}, "[c]"},
		{"show", "e", []any{1}, "[e]"},
		{"show", "f", []any{"1"}, "[f]"}, // a string key is not the number
		{"show", "g", []any{1, 2}, "[g]"},
		{"show", "h", []any{1, 2}, "[g]"},
		{"show", "i", []any{[]int{1}}, "[i]"}, // keys that cannot be map keys are printed
		{"show", "j", []any{[]int{1}}, "[i]"},
		{"show", "k", []any{[]int{2}}, "[k]"},
		{"other", "<l>", nil, "(&lt;l&gt;)"}, // each partial has its own renderings
	} {
		if got := get(tc.name, tc.data, tc.keys...); got != tc.want {
			t.Errorf("cached %q %q %v = %q, want %q", tc.name, tc.data, tc.keys, got, tc.want)
		}
	}
	c.clear()
	if got := get("show", "m"); got != "[m]" {
		t.Errorf("after clear: %q, want [m]", got)
	}
	if _, err := c.render("missing", nil); err == nil || !strings.Contains(err.Error(), `no template "missing"`) {
		t.Errorf("a partial that does not exist: err = %v", err)
	}
}
