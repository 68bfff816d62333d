package i18n

import (
	htmltemplate "html/template"
	"strconv"
	"sync"
	"testing"
)

// rank is a whole number that writes itself as a rank, as a theme's own
// type of argument might.
type rank int

func (r rank) String() string { return "#" + strconv.Itoa(int(r)) }

// counter is an argument whose text changes under its pointer.
type counter struct{ n int }

func (c *counter) String() string { return strconv.Itoa(c.n) }

// TestMemoizedCalls: HTML renders a call it has seen before as it did the
// first time, and tells apart calls that differ only in the type of an
// argument (a string is escaped, template.HTML is not), in a count's
// plural form or in the message; an argument that may change under a
// pointer is rendered anew.
func TestMemoizedCalls(t *testing.T) {
	files := map[string]string{"i18n/en.yaml": `probe: '<b>{{.V}}</b> <a href="/p/{{.V}}/" title="{{.V}}">x</a>'
other: '<i>{{.V}}</i>'
things:
  one: "{{.Count}} thing"
  other: "{{.Count}} things"
`}
	c, err := load(files, "en")
	if err != nil {
		t.Fatal(err)
	}
	calls := []struct {
		id   string
		args []any
		want string
	}{
		{"probe", []any{"V", "<a&b>"}, `<b>&lt;a&amp;b&gt;</b> <a href="/p/%3ca&amp;b%3e/" title="&lt;a&amp;b&gt;">x</a>`},
		{"probe", []any{"V", htmltemplate.HTML("<a&b>")}, `<b><a&b></b> <a href="/p/%3ca&amp;b%3e/" title="">x</a>`},
		{"probe", []any{"V", 7}, `<b>7</b> <a href="/p/7/" title="7">x</a>`},
		{"probe", []any{"V", rank(7)}, `<b>#7</b> <a href="/p/#7/" title="#7">x</a>`},
		{"probe", []any{"V", true}, `<b>true</b> <a href="/p/true/" title="true">x</a>`},
		{"other", []any{"V", 7}, `<i>7</i>`},
		{"things", []any{1}, "1 thing"},
		{"things", []any{2}, "2 things"},
		{"things", []any{"Count", 1}, "1 thing"},
		{"papers", []any{2}, "2\u00a0papers"},
	}
	check := func(round string) {
		for _, tt := range calls {
			if got, err := c.HTML(tt.id, tt.args...); string(got) != tt.want || err != nil {
				t.Errorf("%s: HTML(%q, %#v) = %q, %v, want %q", round, tt.id, tt.args, got, err, tt.want)
			}
		}
	}
	check("first call")
	check("called again")
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() { check("called at once") })
	}
	wg.Wait()

	p := &counter{1}
	if got, _ := c.HTML("other", "V", p); got != "<i>1</i>" {
		t.Errorf("HTML(other, V, &counter{1}) = %q", got)
	}
	p.n = 2
	if got, _ := c.HTML("other", "V", p); got != "<i>2</i>" {
		t.Errorf("HTML(other, V, &counter{2}) = %q, want <i>2</i>", got)
	}

	// Past the memo's size, calls render as they did.
	for i := range memoSize + 100 {
		want := "<i>" + strconv.Itoa(i) + "</i>"
		for range 2 {
			if got, _ := c.HTML("other", "V", i); string(got) != want {
				t.Fatalf("HTML(other, V, %d) = %q, want %q", i, got, want)
			}
		}
	}
	if n := c.memo.n.Load(); n > memoSize {
		t.Errorf("memo holds %d calls, more than %d", n, memoSize)
	}
	check("memo full")
}
