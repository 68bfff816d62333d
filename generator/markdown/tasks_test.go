package markdown

import "testing"

func TestTaskList(t *testing.T) {
	res, err := New(Options{Labels: Labels{Done: "Fait"}}).Render([]byte("- [x] read\n- [ ] try <it>\n"))
	if err != nil {
		t.Fatal(err)
	}
	want := "<ul>\n<li><span class=\"task done\" role=\"img\" aria-label=\"Fait\">☑</span> read</li>\n<li><span class=\"task\" role=\"img\" aria-label=\"Not done\">☐</span> try </li>\n</ul>\n"
	if string(res.HTML) != want {
		t.Errorf("got\n%s\nwant\n%s", res.HTML, want)
	}
}
