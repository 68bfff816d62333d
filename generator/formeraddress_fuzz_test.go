package generator

import (
	"encoding/json"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/paperboy-digest/paperboy/generator/parse"
)

// FuzzFormerAddress: for any Hugo post, under any permalinks: pattern of
// its section, the aliases: formerAddress tells the curator to write, if
// any, is one a paper's front matter takes: advice the build then refused
// would send them round in a circle.
func FuzzFormerAddress(f *testing.F) {
	f.Add("posts/bert", "/:year/:month/:slug/", "---\ntitle: BERT notes\ndate: 2024-03-05\nslug: Bert\n---\n")
	f.Add("blog/2024/gpt", "/:sections/:title/", "+++\ntitle = \"GPT-3: few shot\"\n+++\n")
	f.Add("posts/x", "", "---\nurl: /2019/x.html\n---\n")
	f.Add("posts/x", "/:filename/", "---\nslug: a.b\n---\n")
	f.Add("posts/x", "/:section/", "")
	f.Add("posts/x", "/", "")
	f.Fuzz(func(t *testing.T, folder, pattern, post string) {
		if !fs.ValidPath(folder) || folder == "." || !strings.Contains(folder, "/") {
			return
		}
		config, err := json.Marshal(map[string]any{"permalinks": map[string]string{strings.SplitN(folder, "/", 2)[0]: pattern}})
		if err != nil {
			return
		}
		p := "content/" + folder + ".md"
		fsys := fstest.MapFS{"hugo.json": {Data: config}, p: {Data: []byte(post)}}
		advice := formerAddress(fsys, p, folder)
		if advice == "" {
			return
		}
		_, a, ok := strings.Cut(advice, "`aliases: [")
		a, _, ok2 := strings.Cut(a, "]`")
		if !ok || !ok2 {
			t.Fatalf("formerAddress(%q, %q, %q) = %q, which names no alias", folder, pattern, post, advice)
		}
		paper := "---\ntitle: T\nid: x\ndate: 2024-01-01\naliases: [" + a + "]\n---\n"
		if _, err := parse.Paper("content/papers/x.md", []byte(paper), parse.DefaultLimits()); err != nil {
			t.Fatalf("formerAddress(%q, %q, %q) = %q, but a paper with that alias is refused: %v", folder, pattern, post, advice, err)
		}
	})
}
