package importer

import "testing"

func TestArXivRef(t *testing.T) {
	for _, tc := range []struct {
		in      string
		id      string
		version int
	}{
		{"2405.15738", "2405.15738", 0},
		{"2405.15738v2", "2405.15738", 2},
		{" arXiv:2405.15738v3 ", "2405.15738", 3},
		{"cond-mat/0603029", "cond-mat/0603029", 0},
		{"math.AG/0601001v1", "math.AG/0601001", 1},
		{"https://arxiv.org/abs/2405.15738", "2405.15738", 0},
		{"https://arxiv.org/abs/2405.15738v2/", "2405.15738", 2},
		{"http://www.arxiv.org/pdf/2405.15738v2.pdf", "2405.15738", 2},
		{"https://arxiv.org/pdf/2405.15738", "2405.15738", 0},
		{"https://export.arxiv.org/abs/cond-mat/0603029v1", "cond-mat/0603029", 1},
		{"https://huggingface.co/papers/2405.15738", "2405.15738", 0},
		{"", "", 0},
		{"cat:cs.CL", "", 0},
		{"2405.157", "", 0},
		{"2405.15738v0", "", 0},
		{"https://example.org/abs/2405.15738", "", 0},
		{"https://arxiv.org/list/cs.CL/recent", "", 0},
		{"https://huggingface.co/2405.15738", "", 0},
	} {
		id, version, ok := ArXivRef(tc.in)
		if id != tc.id || version != tc.version || ok != (tc.id != "") {
			t.Errorf("ArXivRef(%q) = %q, %d, %v; want %q, %d, %v", tc.in, id, version, ok, tc.id, tc.version, tc.id != "")
		}
	}
}

func FuzzArXivRef(f *testing.F) {
	for _, s := range []string{"2405.15738v2", "arXiv:cond-mat/0603029", "https://arxiv.org/pdf/2405.15738v2.pdf", "https://huggingface.co/papers/2405.15738", "http://[::1", "cat:cs.CL"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		id, version, ok := ArXivRef(s)
		if !ok {
			if id != "" || version != 0 {
				t.Fatalf("ArXivRef(%q) = %q, %d, false; want nothing with false", s, id, version)
			}
			return
		}
		if !IsArXiv(id) || version < 0 || CheckID(id) != nil {
			t.Fatalf("ArXivRef(%q) = %q, %d: not an arXiv id", s, id, version)
		}
		if again, v, ok := ArXivRef(id); !ok || again != id || v != 0 {
			t.Fatalf("ArXivRef(%q) = %q, %d, %v; want it back", id, again, v, ok)
		}
	})
}
