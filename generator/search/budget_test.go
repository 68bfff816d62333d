package search

import (
	"os"
	"testing"
)

func TestSmoke(t *testing.T) {
	docs := genDocs(10000)
	files, st, err := Build(docs, Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", st)
	script, _ := os.ReadFile("../../themes/default/static/search.js")
	for _, q := range []string{"diffusion models", "language agents", "robust atten", "schrodinger", "co"} {
		tr, err := FirstQuery(files, script, q)
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%q: raw %d gz %d", q, tr.Raw, tr.Gzip)
		for _, f := range tr.Files {
			t.Logf("   %s %d %d", f.Path, f.Raw, f.Gzip)
		}
	}
	t.Logf("%s", files[0].Data[:2000])
}
