package importer

import (
	"path"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
)

// FuzzRefNamesAFile: every paper an argument names (arxivid.Ref, as
// import --fetch and new paper read it) has an id CheckID takes and a file
// directly in content/papers.
func FuzzRefNamesAFile(f *testing.F) {
	for _, s := range []string{"2405.15738v2", "arXiv:cond-mat/0603029", "math.GT/0309136", "https://arxiv.org/pdf/2405.15738v2.pdf", "https://huggingface.co/papers/2405.15738", "http://[::1", "cat:cs.CL"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, _, ok := arxivid.Ref(s)
		if !ok {
			return
		}
		if err := CheckID(id); err != nil {
			t.Fatalf("arxivid.Ref(%q) = %q, which CheckID refuses: %v", s, id, err)
		}
		if p := PaperPath(id); path.Dir(p) != "content/papers" {
			t.Fatalf("PaperPath(%q) = %q, not a file in content/papers", id, p)
		}
	})
}
