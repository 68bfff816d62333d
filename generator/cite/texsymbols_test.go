package cite

import (
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestEscapedSymbolsTypeset: each character of texText stops pdfLaTeX as
// it is (so the table holds none that need no help), and a title of all
// of them (Greek letters apart, as symbols), put through BibTeX's plain style (which lowercases titles),
// typesets without an error. It skips when pdflatex or bibtex is not
// installed (Debian: texlive-latex-base).
func TestEscapedSymbolsTypeset(t *testing.T) {
	pdflatex, err := exec.LookPath("pdflatex")
	if err != nil {
		t.Skip("pdflatex not installed (Debian: texlive-latex-base)")
	}
	bibtex, err := exec.LookPath("bibtex")
	if err != nil {
		t.Skip("bibtex not installed (Debian: texlive-binaries texlive-base)")
	}
	runes := slices.Sorted(maps.Keys(texText))
	var raw strings.Builder
	for _, r := range runes {
		fmt.Fprintf(&raw, "a%cb\n\n", r)
	}
	log := runLaTeX(t, pdflatex, raw.String())
	for _, r := range runes {
		if !strings.Contains(log, fmt.Sprintf("(U+%04X)", r)) {
			t.Errorf("%q (U+%04X) typesets as it is; texText need not write it", r, r)
		}
	}

	p := &model.Paper{ID: "2401.00001", Slug: "2401.00001", ArXiv: "2401.00001", Title: "Title " + spaced(runes), Authors: []string{"Ada Lovelace"}}
	bbl := runBibTeX(t, bibtex, "plain", string(File([]*model.Paper{p}, func(p *model.Paper) string { return Entry(p, "key", "") })))
	if log := runLaTeX(t, pdflatex, bbl); texError.MatchString(log) {
		t.Errorf("the title %q stops pdfLaTeX:\n%s\n%s", p.Title, bbl, log)
	}
}

// spaced is the runes with a space between each two: Greek letters
// apart, each a symbol, not a word in Greek.
func spaced(runes []rune) string {
	var b strings.Builder
	for _, r := range runes {
		b.WriteString(" " + string(r))
	}
	return b.String()
}

// texError matches the first line of an error in a TeX log.
var texError = regexp.MustCompile(`(?m)^! `)

// runLaTeX runs pdflatex on a document of body and returns its log.
func runLaTeX(t *testing.T, bin, body string) string {
	t.Helper()
	dir := t.TempDir()
	doc := "\\documentclass{article}\n\\begin{document}\n" + body + "\n\\end{document}\n"
	if err := os.WriteFile(filepath.Join(dir, "doc.tex"), []byte(doc), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "-interaction=nonstopmode", "-halt-on-error=false", "doc.tex")
	cmd.Dir = dir
	cmd.Run() // exit 1 on an error, which the log names
	log, err := os.ReadFile(filepath.Join(dir, "doc.log"))
	if err != nil {
		t.Fatal(err)
	}
	return string(log)
}

// TestTitleSymbols: a title's symbols are written as TeX for pdfLaTeX,
// a letter of Greek as math where it is a symbol and as it is in a
// title in Greek, and an invisible character not at all.
func TestTitleSymbols(t *testing.T) {
	for in, want := range map[string]string{
		"α-Divergence Bounds ≤ 1":       "{$\\alpha$}-Divergence Bounds {$\\leq$} 1",
		"Splitting H₂O with CO₂":        "Splitting {H\\textsubscript{2}O} with {CO}\\textsubscript{2}",
		"Η ιστορία της μάθησης":         "Η ιστορία της μάθησης",
		"Zero\u200bShot at 10\u2009000": "{ZeroShot} at 10\\,000",
		"Σ-Net and β-VAE":               "{{$\\Sigma$}-Net} and {{$\\beta$}-VAE}",
	} {
		if got := Title(in); got != want {
			t.Errorf("Title(%q) = %q, want %q", in, got, want)
		}
	}
}
