package render

import (
	"html/template"
	"strings"
	"testing"
)

func TestPageSets(t *testing.T) {
	master := template.Must(template.New("base").Funcs(template.FuncMap{"up": strings.ToUpper}).Parse(`<p>{{up .}}</p>`))
	s := pageSets{kinds: map[string]*template.Template{"paper": master}}
	a, b := s.get(), s.get()
	pa, errA := a.kind("paper")
	pb, errB := b.kind("paper")
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if pa == master || pb == master || pa == pb {
		t.Fatal("get handed out the same templates twice; want a clone for each holder")
	}
	for _, page := range []*template.Template{pa, pb} {
		var out strings.Builder
		if err := page.Execute(&out, "x<y"); err != nil {
			t.Fatal(err)
		}
		if got, want := out.String(), "<p>X&lt;Y</p>"; got != want {
			t.Errorf("a clone rendered %q; want %q", got, want)
		}
	}
	s.put(a)
	if c, err := s.get().kind("paper"); err != nil || c != pa {
		t.Errorf("get after put = %v, %v; want the set put back", c, err)
	}
	// Executing clones leaves the masters clonable.
	if _, err := s.get().kind("paper"); err != nil {
		t.Errorf("get with none free, after clones ran: %v", err)
	}
}
