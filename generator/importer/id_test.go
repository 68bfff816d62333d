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

// TestCheckIDMistyped: an arXiv id typed otherwise (full-width, with a
// comma, a v without a version) is refused with the id to write, where it
// would make a paper file of its own that no import of the id finds.
func TestCheckIDMistyped(t *testing.T) {
	for in, want := range map[string]string{
		"２４０５．１５７３８":  `id "２４０５．１５７３８" is the arXiv id 2405.15738 typed otherwise; write 2405.15738`,
		"2405.15738v": `id "2405.15738v" is the arXiv id 2405.15738 typed otherwise; write 2405.15738`,
	} {
		if err := CheckID(in); err == nil || err.Error() != want {
			t.Errorf("CheckID(%q) = %v, want %q", in, err, want)
		}
	}
}
