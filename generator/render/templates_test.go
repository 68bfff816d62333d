package render

import (
	"html/template"
	"strings"
	"testing"
)

func TestPageSets(t *testing.T) {
	master := template.Must(template.New("base").Funcs(template.FuncMap{"up": strings.ToUpper}).Parse(`<p>{{up .}}</p>`))
	s := pageSets{kinds: map[string]*template.Template{"paper": master}}
	a, err := s.get()
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.get()
	if err != nil {
		t.Fatal(err)
	}
	if a.kinds["paper"] == master || b.kinds["paper"] == master || a.kinds["paper"] == b.kinds["paper"] {
		t.Fatal("get handed out the same templates twice; want a clone for each holder")
	}
	for _, set := range []*pageSet{a, b} {
		var out strings.Builder
		if err := set.kinds["paper"].Execute(&out, "x<y"); err != nil {
			t.Fatal(err)
		}
		if got, want := out.String(), "<p>X&lt;Y</p>"; got != want {
			t.Errorf("a clone rendered %q; want %q", got, want)
		}
	}
	s.put(a)
	if c, err := s.get(); err != nil || c.kinds["paper"] != a.kinds["paper"] {
		t.Errorf("get after put = %v, %v; want the set put back", c, err)
	}
	// Executing clones leaves the masters clonable.
	if _, err := s.get(); err != nil {
		t.Errorf("get with none free, after clones ran: %v", err)
	}
}
