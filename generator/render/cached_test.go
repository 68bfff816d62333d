package render

import (
	"fmt"
	"html/template"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
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
	topicA, topicB := &model.Topic{Name: "t"}, &model.Topic{Name: "t"}
	for _, tc := range []struct {
		name string
		data any
		keys []any
		want string
	}{
		{"show", "a", nil, "[a]"},
		{"show", "a", nil, "[a]"}, // no keys: one rendering
		{"show", "c", []any{""}, "[c]"},
		{"show", "c", []any{""}, "[c]"},
		{"show", "e", []any{1}, "[e]"},
		{"show", "f", []any{"1"}, "[f]"}, // a string key is not the number
		{"show", "g", []any{1, 2}, "[g]"},
		{"show", "g", []any{1, 2}, "[g]"},
		{"show", "i", []any{[]int{1}}, "[i]"}, // keys that cannot be map keys are printed
		{"show", "i", []any{[]int{1}}, "[i]"},
		{"show", "k", []any{[]int{2}}, "[k]"},
		{"other", "<l>", nil, "(&lt;l&gt;)"}, // each partial has its own renderings
		{"other", "<l>", nil, "(&lt;l&gt;)"},
		{"other", "<l>", nil, "(&lt;l&gt;)"},
		{"other", "<m>", nil, "(&lt;l&gt;)"}, // checked twice, then trusted
		{"show", "x", []any{"x"}, "[x]"},     // data that is its key is not checked
		{"show", "y", []any{"x"}, "[x]"},
		{"show", "p", []any{topicA, true}, "[p]"},
		{"show", "p", []any{topicA, true}, "[p]"},
		{"show", "q", []any{topicB, true}, "[q]"}, // keys are told apart by identity, not printed alike
		{"show", "r", []any{topicA, false}, "[r]"},
		{"show", "s", []any{1, nil}, "[s]"}, // a nil key is a key
		{"show", "s", []any{1, nil}, "[s]"},
		{"show", "t", []any{1, 2, 3, 4, 5, 6, 7, 8, topicA}, "[t]"}, // past eight keys, still by identity
		{"show", "t", []any{1, 2, 3, 4, 5, 6, 7, 8, topicA}, "[t]"},
		{"show", "u", []any{1, 2, 3, 4, 5, 6, 7, 8, topicB}, "[u]"},
		{"show", "v", []any{1, 2, 3, 4, 5, 6, 7, 8}, "[v]"},
		{"show", "w", []any{[]int{1}, topicA}, "[w]"}, // a list among keys
		{"show", "w", []any{[]int{1}, topicA}, "[w]"},
		{"show", "x", []any{[]int{1}, topicB}, "[x]"},
	} {
		if got := get(tc.name, tc.data, tc.keys...); got != tc.want {
			t.Errorf("cached %q %q %v = %q, want %q", tc.name, tc.data, tc.keys, got, tc.want)
		}
	}
	c.forget(func(k any) bool { return k == 1 })
	if got := get("show", "n", 1); got != "[n]" {
		t.Errorf("after forgetting key 1: %q, want [n]", got)
	}
	if got := get("show", "c", ""); got != "[c]" {
		t.Errorf("after forgetting key 1, key \"\": %q, want [c] as before", got)
	}
	c.forget(func(any) bool { return true })
	if got := get("show", "m"); got != "[m]" {
		t.Errorf("after forgetting every key: %q, want [m]", got)
	}
	if _, err := c.render("missing", nil); err == nil || !strings.Contains(err.Error(), `no such template "missing"`) {
		t.Errorf("a partial that does not exist: err = %v", err)
	}
	// A partial that reads what its keys do not name makes different HTML
	// for two pages with the same keys: the second page finds out.
	get("show", &Page{Path: "papers/a/", Title: "A"}, "paper")
	_, err := c.render("show", &Page{Path: "papers/b/", Title: "B"}, "paper")
	if err == nil || !strings.Contains(err.Error(), `the cached partial "show" made different HTML for two pages with the same keys (/papers/a/ and /papers/b/)`) {
		t.Errorf("a partial that reads more than its keys: err = %v", err)
	}
	// With VerifyAll (check), a page past the first verifyRuns that
	// differs is found too: a field only a few pages set (.NoIndex).
	for _, all := range []bool{false, true} {
		c := newPartials(template.Must(template.New("n").Parse(`{{define "title"}}{{.Title}}{{end}}`)))
		c.verifyAll = all
		var err error
		for i := range verifyRuns + 3 {
			title := "same"
			if i == verifyRuns+2 {
				title = "noindex"
			}
			if _, err = c.render("title", &Page{Path: fmt.Sprintf("p%d/", i), Title: title}); err != nil {
				break
			}
		}
		if found := err != nil; found != all {
			t.Errorf("verifyAll %v: a difference on page %d found: %v (%v)", all, verifyRuns+3, found, err)
		}
	}
}

// TestMayShow: after an edit of papers' bodies, the renderings kept are
// those under no key, a plain value, or a paper that neither changed nor
// lists a changed one as related.
func TestMayShow(t *testing.T) {
	edited, other := &model.Paper{ID: "a"}, &model.Paper{ID: "b"}
	citing := &model.Paper{ID: "c", Related: []*model.Paper{other, edited}}
	showing := showingPapers([]*model.Paper{edited}, relatedBy([]*model.Paper{edited, other, citing}))
	for _, tc := range []struct {
		name string
		key  any
		want bool
	}{
		{"no key", nil, false},
		{"a page kind", "paper", false},
		{"a number", 3, false},
		{"a page's code, alone", codeKey(true), false},
		{"the edited paper", edited, true},
		{"another paper", other, false},
		{"a paper listing the edited one", citing, true},
		{"a topic", &model.Topic{Papers: []*model.Paper{other}}, true},
		{"a list among keys", keyTuple{n: 2, keys: [8]any{"week", printedKey("[]int{1}")}}, true},
		{"several plain keys", keyTuple{n: 2, keys: [8]any{"week", true}}, false},
		{"several keys, one the edited paper", keyTuple{n: 2, keys: [8]any{edited, true}}, true},
		{"several keys, another paper", keyTuple{n: 2, keys: [8]any{other, nil}}, false},
		{"a topic and a flag", keyTuple{n: 2, keys: [8]any{&model.Topic{}, false}}, true},
		{"a struct", struct{ S string }{"x"}, true},
	} {
		if got := mayShow(tc.key, showing); got != tc.want {
			t.Errorf("%s: mayShow = %v, want %v", tc.name, got, tc.want)
		}
	}
}
