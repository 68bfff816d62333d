package generator

import (
	"slices"
	"strings"
	"testing"
)

// TestArxivDOI: a doi: that is arXiv's DOI of a paper is a warning at its
// line on a paper written with id:, which is that arXiv paper, and on an
// arXiv paper of another id; an arXiv paper's own is let be, as is any
// other DOI.
func TestArxivDOI(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, front, want string }{
		{"id paper", "id: jones-2024\ndoi: \"https://doi.org/10.48550/arXiv.2401.00002\"\n",
			"content/papers/x.md:5: doi: is the DOI arXiv gives the paper 2401.00002, so the paper is on arXiv: write `arxiv: \"2401.00002\"` in place of `id: jones-2024` (with `aliases: [jones-2024]` if its page was published) and delete doi:"},
		{"another arXiv paper", "arxiv: \"2401.00001\"\ndoi: 10.48550/ARXIV.2401.00002\n",
			"content/papers/x.md:5: doi: is the DOI arXiv gives the paper 2401.00002, and this paper is arXiv's 2401.00001; write the DOI of this paper's published version, or delete doi:"},
		{"its own", "arxiv: \"2401.00002\"\ndoi: 10.48550/arXiv.2401.00002\n", ""},
		{"a journal's", "id: jones-2024\ndoi: 10.1038/s41586-024-07421-0\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			site := siteYAML + paper("x", "title: A\nauthors: [Bob Jones]\n"+tt.front+"date: 2024-05-01\npublished: 2024-01-02\n")
			got := slices.DeleteFunc(warningsOf(t, site), func(w string) bool { return !strings.Contains(w, "arXiv gives") })
			if tt.want == "" && len(got) > 0 || tt.want != "" && (len(got) != 1 || !strings.Contains(got[0], tt.want)) {
				t.Errorf("warnings = %q, want one with %q", got, tt.want)
			}
		})
	}
}
