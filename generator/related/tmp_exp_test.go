package related

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestTmpGencorpus(t *testing.T) {
	files, _ := filepath.Glob("/tmp/gc100k/papers/*.md")
	var docs []Doc
	for _, f := range files {
		b, _ := os.ReadFile(f)
		s := string(b)
		fm, body, _ := strings.Cut(strings.TrimPrefix(s, "---\n"), "\n---\n")
		d := Doc{ID: filepath.Base(f), Text: body}
		inTopics := false
		for _, l := range strings.Split(fm, "\n") {
			if strings.HasPrefix(l, "title: ") {
				d.Title = strings.Trim(l[7:], `"`)
			}
			if l == "topics:" {
				inTopics = true
				continue
			}
			if inTopics && strings.HasPrefix(l, "  - ") {
				d.Topics = append(d.Topics, l[4:])
			} else {
				inTopics = false
			}
		}
		docs = append(docs, d)
	}
	for _, n := range []int{100000} {
		start := time.Now()
		rel := Find(docs[:n], 5, Options{})
		short := 0
		for _, r := range rel {
			if len(r) < 5 {
				short++
			}
		}
		t.Logf("n=%d %v short %d", n, time.Since(start), short)
		for i := range 3 {
			t.Logf("%s %v", docs[i].Title, docs[i].Topics)
			for _, j := range rel[i] {
				t.Logf("    %s %v", docs[j].Title, docs[j].Topics)
			}
		}
	}
}
