package cite

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestClassicStylesPrintArXivID runs BibTeX on our entries with the
// classic styles and natbib's and IEEE's, which ignore eprint: each
// arXiv preprint's reference must still name its id, once, where a
// LaTeX user reads the venue. It skips when bibtex is not installed
// (Debian: texlive-binaries and texlive-base), and each style but plain
// that is not.
func TestClassicStylesPrintArXivID(t *testing.T) {
	bin, err := exec.LookPath("bibtex")
	if err != nil {
		t.Skip("bibtex not installed (Debian: texlive-binaries texlive-base)")
	}
	papers := []*model.Paper{
		{ID: "1706.03762", Slug: "1706.03762", ArXiv: "1706.03762", PrimaryCategory: "cs.CL",
			Title: "Attention Is All You Need", Authors: []string{"Ashish Vaswani"}, Published: time.Date(2017, 6, 12, 0, 0, 0, 0, time.UTC)},
		{ID: "cond-mat/0603029", Slug: "cond-mat-0603029", ArXiv: "cond-mat/0603029", Title: "Checkerboards",
			Authors: []string{"Ada Lovelace"}, JournalRef: "Phys. Rev. B 85, 115117 (2012)"},
	}
	bib := string(File(papers, func(p *model.Paper) string { return Entry(p, strings.ReplaceAll(p.Slug, "/", "-"), "") }))
	for _, style := range []string{"plain", "abbrv", "alpha", "unsrt", "plainnat", "IEEEtran"} {
		if style != "plain" && exec.Command("kpsewhich", style+".bst").Run() != nil {
			t.Logf("%s.bst not installed (Debian: texlive-latex-base has plainnat, texlive-publishers IEEEtran)", style)
			continue
		}
		bbl := runBibTeX(t, bin, style, bib)
		for _, want := range []string{"arXiv preprint arXiv:1706.03762", "arXiv preprint arXiv:cond-mat/0603029"} {
			if n := strings.Count(bbl, want); n != 1 {
				t.Errorf("%s.bst prints %q %d times, want once:\n%s", style, want, n, bbl)
			}
		}
	}
}

// runBibTeX runs bin on bib with style, citing every entry, and returns
// the .bbl it writes; a warning or error of BibTeX fails the test.
func runBibTeX(t *testing.T, bin, style, bib string) string {
	t.Helper()
	dir := t.TempDir()
	aux := "\\citation{*}\n\\bibdata{refs}\n\\bibstyle{" + style + "}\n"
	for name, data := range map[string]string{"refs.bib": bib, "doc.aux": aux} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cmd := exec.Command(bin, "doc")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil { // exit 1 on a warning, 2 on an error
		t.Fatalf("bibtex with %s.bst: %v\n%s", style, err, out)
	}
	bbl, err := os.ReadFile(filepath.Join(dir, "doc.bbl"))
	if err != nil {
		t.Fatal(err)
	}
	return string(bbl)
}
