package cite

import (
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

func TestEscape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain", "Plain"},
		{"R&D 50% #1 $x$ a_b", `R\&D 50\% \#1 \$x\$ a\_b`},
		{"{braces} \\cmd ~ ^", `\textbraceleft{}braces\textbraceright{} \textbackslash{}cmd \textasciitilde{} \textasciicircum{}`},
		{"a { b", `a \textbraceleft{} b`},
		{"Schrödinger", "Schrödinger"},
		{"Fig.\u00a03 at 10\u202f000 steps", `Fig.~3 at 10\,000 steps`},
		{"🤗 Transformers: a ✅ test of 👩\u200d🔬 agents ⭐\ufe0f", "Transformers: a test of agents "}, // pdfLaTeX stops at an emoji
	}
	for _, tt := range tests {
		if got := Escape(tt.in); got != tt.want {
			t.Errorf("Escape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTitle(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Plain & simple", `Plain \& simple`},
		{`Agents with $\mathcal{O}(n)$ Memory`, `Agents with {$\mathcal{O}(n)$} Memory`},
		{`$k$-NN & $N$ Tokens`, `{$k$}-{NN} \& {$N$} Tokens`},
		{"ConvLLaVA: Hierarchical Backbones for LLMs (U-Net, GPT-4o)", `{ConvLLaVA}: Hierarchical Backbones for {LLMs} ({U-Net}, {GPT-4o})`},
		{"Attention Is All You Need", "Attention Is All You Need"},
		// A capital alone or before a sign or digit is a symbol or a name's
		// letter; the article A is not.
		{"A Sort in O(n log n) for C# and L2 Losses: A Study of X-ray Type I Errors", `A Sort in {O(n} log n) for {C}\# and {L2} Losses: A Study of {X-ray} Type {I} Errors`},
		// A compound in title case is lowercased by the style; one with an
		// acronym or a lone capital keeps its case.
		{"Real-Time Self-Attention for Transformer-XL and U-Net", `Real-Time Self-Attention for {Transformer-XL} and {U-Net}`},
		// Styles keep a title's first letter, but not the rest of its first word.
		{"O(n) Sorting", "O(n) Sorting"},
		{"U-Net: Segmentation", "{U-Net}: Segmentation"},
		{"X", "X"},
		// Straight quotes are TeX's; a capital after the opening one is
		// braced, as styles keep only a title's very first character.
		{`"Why Should I Trust You?": Explaining "Black-Box" Models`, "``{Why} Should {I} Trust You?'': Explaining ``Black-Box'' Models"},
		{`(Almost) "All" of It`, "({Almost}) ``All'' of It"},
		{`Cost $50\%$ less`, `Cost {$50\%$} less`},
		{`from $5 to $10`, `from \$5 to \$10`},                            // prices, not math
		{`Bad $x}$ math`, `Bad \$x\textbraceright{}\$ math`},              // unbalanced
		{`Bad $x{$ math`, `Bad \$x\textbraceleft{}\$ math`},               // unbalanced
		{`Odd $a % b$`, `Odd \$a \% b\$`},                                 // a TeX comment
		{`Line $a\\%b$`, `Line \$a\textbackslash{}\textbackslash{}\%b\$`}, // \\ then a comment
		{`Tail $a\$ b$`, `Tail {$a\$ b$}`},                                // an escaped dollar is TeX's, inside the math
		{`Both $a$ and $b}$`, `Both {$a$} and \$b\textbraceright{}\$`},
		// \(…\) is math on the pages, and $…$ in the field.
		{`Bounds via \(\varepsilon\)-nets`, `Bounds via {$\varepsilon$}-nets`},
		{`Sums \( x_i \) and \(a}\)`, `Sums {$x_i$} and \textbackslash{}(a\textbraceright{}\textbackslash{})`},
		{`Display $$x$$ math`, `Display \$\$x\$\$ math`},
		// In a title in sentence case a capitalised word is a name, which
		// a style must not lowercase; not the first word, or one after a
		// colon, which styles keep. In title case the capitals are the
		// case's, for the style to change.
		{"Fine-tuning Llama 2 on Wikipedia improves factuality", "Fine-tuning {Llama} 2 on {Wikipedia} improves factuality"},
		{"Bayesian optimization with Gaussian processes", "Bayesian optimization with {Gaussian} processes"},
		{`Is attention all you need? Evidence from "Shakespeare's" sonnets`, "Is attention all you need? {Evidence} from ``{Shakespeare's}'' sonnets"},
		{"On the dangers of stochastic parrots: Can language models be too big?", "On the dangers of stochastic parrots: Can language models be too big?"},
		{`Fast $\mathcal{O}(n)$ attention for Chinese and Japanese text`, `Fast {$\mathcal{O}(n)$} attention for {Chinese} and {Japanese} text`},
		{"Training language models to follow instructions with human feedback", "Training language models to follow instructions with human feedback"},
		{"Diffusion Schrödinger Bridge with Applications to Score-Based Generative Modeling", "Diffusion Schrödinger Bridge with Applications to Score-Based Generative Modeling"},
		{"Language Models are Few-Shot Learners", "Language Models are Few-Shot Learners"},
		{"Image Classification using Deep Networks", "Image Classification using Deep Networks"}, // one lower-case word
		{"Scaling laws for Transformers", "Scaling laws for Transformers"},                       // too few words to tell
		// Dashes are TeX's, as arXiv writes them and the importer does not.
		{"The Navier–Stokes equations — revisited", "The {Navier--Stokes} equations --- revisited"},
		{"The Navier--Stokes equations --- revisited", "The {Navier--Stokes} equations --- revisited"},
	}
	for _, tt := range tests {
		got := Title(tt.in)
		if got != tt.want {
			t.Errorf("Title(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if err := balanced(got); err != "" {
			t.Errorf("Title(%q) = %q: %s", tt.in, got, err)
		}
	}
}

func TestKeysStableAndUnique(t *testing.T) {
	a := &model.Paper{ID: "1706.03762", Slug: "1706.03762", ArXiv: "1706.03762", Title: "Attention Is All You Need", Authors: []string{"Ashish Vaswani"}}
	b := &model.Paper{ID: "1706.99999", Slug: "1706.99999", ArXiv: "1706.99999", Title: "Attention, again", Authors: []string{"Ashish Vaswani"}}
	c := &model.Paper{ID: "x-report", Slug: "x-report", Title: "The Schrödinger Bridge", Authors: []string{"Zoë Müller"}, Date: time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)}
	keys := Keys([]*model.Paper{b, c, a})
	want := map[*model.Paper]string{a: "vaswani2017attention", b: "vaswani2017attention-1706.99999", c: "muller2024schrodinger"}
	for p, k := range want {
		if keys[p] != k {
			t.Errorf("key of %s = %q, want %q", p.ID, keys[p], k)
		}
	}
	if again := Keys([]*model.Paper{a, c, b}); again[b] != keys[b] || again[a] != keys[a] {
		t.Error("keys depend on the order of papers")
	}
	// A paper the digest lists later does not take the key of one listed
	// before, though its id is smaller: a key once published stays.
	day := func(d int) time.Time { return time.Date(2024, 6, d, 0, 0, 0, 0, time.UTC) }
	first := &model.Paper{ID: "2405.00010", Slug: "2405.00010", ArXiv: "2405.00010", Title: "Learning things", Authors: []string{"Jo Smith"}, Date: day(1)}
	later := &model.Paper{ID: "2403.00001", Slug: "2403.00001", ArXiv: "2403.00001", Title: "Learning more", Authors: []string{"Jo Smith"}, Date: day(8)}
	keys = Keys([]*model.Paper{later, first})
	if keys[first] != "smith2024learning" || keys[later] != "smith2024learning-2403.00001" {
		t.Errorf("keys of the paper listed first and of one listed later = %q, %q", keys[first], keys[later])
	}
}

// TestKeysPinned: a paper's citekey: is its key, whatever key Keys
// would give it, and no generated key is a pin in any letter case: a
// backfilled paper, listed before the one that published the key, adds
// its id when the published paper pins it.
func TestKeysPinned(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2024, 5, d, 0, 0, 0, 0, time.UTC) }
	paper := func(id string, d int, pin string) *model.Paper {
		return &model.Paper{ID: id, Slug: id, ArXiv: id, Title: "Notes on things", Authors: []string{"Jane Smith"}, Date: day(d), CiteKey: pin}
	}
	tests := []struct {
		name   string
		papers []*model.Paper
		want   []string // the key of each paper
	}{
		{"no pin: the earlier day keeps it", []*model.Paper{paper("2405.99999", 28, ""), paper("2405.88888", 27, "")},
			[]string{"smith2024notes-2405.99999", "smith2024notes"}},
		{"the published key pinned", []*model.Paper{paper("2405.99999", 28, "smith2024notes"), paper("2405.88888", 27, "")},
			[]string{"smith2024notes", "smith2024notes-2405.88888"}},
		{"pinned in capitals", []*model.Paper{paper("2405.99999", 28, "Smith2024Notes"), paper("2405.88888", 27, "")},
			[]string{"Smith2024Notes", "smith2024notes-2405.88888"}},
		{"a key of its own", []*model.Paper{paper("2405.99999", 28, "DBLP:journals/x/Smith24"), paper("2405.88888", 27, "")},
			[]string{"DBLP:journals/x/Smith24", "smith2024notes"}},
		{"a pin another paper's key with its id would be", []*model.Paper{paper("2405.77777", 26, ""), paper("2405.88888", 27, ""), paper("2405.99999", 28, "smith2024notes-2405.88888")},
			[]string{"smith2024notes", "smith2024notes-2405.88888-2405.88888", "smith2024notes-2405.88888"}},
	}
	for _, tt := range tests {
		keys := Keys(tt.papers)
		for i, p := range tt.papers {
			if keys[p] != tt.want[i] {
				t.Errorf("%s: key of %s = %q, want %q", tt.name, p.ID, keys[p], tt.want[i])
			}
		}
	}
}

func TestEntryParsesBack(t *testing.T) {
	p := &model.Paper{ID: "1706.03762", Slug: "1706.03762", ArXiv: "1706.03762", PrimaryCategory: "cs.CL",
		Title: "Attention {Is} All_You Need & 100% more", Authors: []string{"Ashish Vaswani", "Noam Shazeer"},
		Published: time.Date(2017, 6, 12, 0, 0, 0, 0, time.UTC)}
	got := Entry(p, "vaswani2017attention", "")
	want := `@misc{vaswani2017attention,
  title = {Attention \textbraceleft{}Is\textbraceright{} {All\_You} Need \& 100\% more},
  author = {Vaswani, Ashish and Shazeer, Noam},
  howpublished = {arXiv preprint arXiv:1706.03762},
  year = {2017},
  eprint = {1706.03762},
  archivePrefix = {arXiv},
  primaryClass = {cs.CL},
  options = {eprint=false},
  url = {https://arxiv.org/abs/1706.03762},
}
`
	if got != want {
		t.Errorf("Entry() =\n%s\nwant\n%s", got, want)
	}
	if err := balanced(got); err != "" {
		t.Error(err)
	}
}

// TestEntryPrimaryClass: an arXiv paper's primaryClass is its
// primary_category, else the first of its categories that is arXiv's,
// not an ACM or MSC class; without either it has none.
func TestEntryPrimaryClass(t *testing.T) {
	tests := []struct {
		primary    string
		categories []string
		want       string
	}{
		{"cs.CL", []string{"cs.LG"}, "  primaryClass = {cs.CL},\n"},
		{"", []string{"cs.LG", "cs.AI"}, "  primaryClass = {cs.LG},\n"},
		{"", []string{"I.2.6", "68T05", "hep-th", "cs.AI"}, "  primaryClass = {hep-th},\n"},
		{"", []string{"G.2.1; G.3", "68T05"}, ""},
		{"", nil, ""},
	}
	for _, tt := range tests {
		p := &model.Paper{ID: "2401.00001", Slug: "2401.00001", ArXiv: "2401.00001", Title: "T", Authors: []string{"A B"},
			PrimaryCategory: tt.primary, Categories: tt.categories}
		got := Entry(p, "k", "")
		if tt.want == "" && strings.Contains(got, "primaryClass") || !strings.Contains(got, tt.want) {
			t.Errorf("Entry(primary_category %q, categories %q) =\n%s\nwant primaryClass %q", tt.primary, tt.categories, got, tt.want)
		}
	}
}

// TestNote: a journal reference's first word keeps its capital in
// IEEEtran, which lowercases a note's first letter.
func TestNote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Journal of Machine Learning Research 21 (2020) 1-67", "{Journal} of Machine Learning Research 21 (2020) 1-67"},
		{" Phys. Rev. B 85, 115117 (2012)\n", "{Phys}. Rev. B 85, 115117 (2012)"},
		{"ACM Transactions on Graphics 42(4), 2023", "{ACM} Transactions on Graphics 42(4), 2023"},
		{"Nature", "{Nature}"},
		{"Éire & Co_ 5", `{Éire} \& Co\_ 5`},
		{"in press", "in press"},
		{"(2024) 12", "(2024) 12"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := note(tt.in); got != tt.want {
			t.Errorf("note(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestEntryVenue: a paper in a journal is an @article with its journal,
// volume, number (the issue) and pages, a hyphen range with BibTeX's en
// dash; one in a conference's proceedings an @inproceedings with its
// booktitle and pages; each escaped as the other text fields are, and
// with the eprint, doi, url and note (journal_ref) a @misc has.
func TestEntryVenue(t *testing.T) {
	arxiv := func() *model.Paper {
		return &model.Paper{ID: "1706.03762", Slug: "1706.03762", ArXiv: "1706.03762", PrimaryCategory: "cs.CL",
			Title: "Attention Is All You Need", Authors: []string{"Ashish Vaswani"}, Published: time.Date(2017, 6, 12, 0, 0, 0, 0, time.UTC)}
	}
	article := arxiv()
	article.Journal, article.Volume, article.Issue, article.Pages = "Nature", "630", "8016", "123–130"
	article.DOI, article.JournalRef = "10.1038/s41586-024-07421-0", "Nature 630, 123-130 (2024)"
	proc := arxiv()
	proc.Conference, proc.Pages = "Advances in Neural Information Processing Systems 30 (NeurIPS 2017)", "5998–6008"
	// A bioRxiv or medRxiv preprint (a DOI alone) names its server and DOI
	// in howpublished, which the classic styles print, and they ignore doi.
	rxiv := &model.Paper{ID: "smith-2024", Slug: "smith-2024", Title: "Atlas", Authors: []string{"Jane Smith"},
		Published: time.Date(2024, 3, 1, 0, 0, 0, 0, time.UTC), DOI: "10.1101/2024.03.01.582937",
		PDF: "https://www.biorxiv.org/content/10.1101/2024.03.01.582937v2.full.pdf"}
	unknown := &model.Paper{ID: "lee-2024", Slug: "lee-2024", Title: "Trial", Authors: []string{"Ana Lee"},
		Published: time.Date(2024, 2, 10, 0, 0, 0, 0, time.UTC), DOI: "10.1101/2024.02.10.24302615"}
	odd := &model.Paper{ID: "x", Slug: "x", Title: "T", Authors: []string{"A B"}, Date: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
		Journal: `Journal of R&D_{50%} #1 \ $x$ ~^`, Volume: "{12}", Issue: "S1 & S2", Pages: "e1234"}
	tests := []struct {
		p    *model.Paper
		want string
	}{
		{article, `@article{k,
  title = {Attention Is All You Need},
  author = {Vaswani, Ashish},
  journal = {Nature},
  volume = {630},
  number = {8016},
  pages = {123--130},
  year = {2017},
  eprint = {1706.03762},
  archivePrefix = {arXiv},
  primaryClass = {cs.CL},
  doi = {10.1038/s41586-024-07421-0},
  url = {https://arxiv.org/abs/1706.03762},
  note = {{Nature} 630, 123-130 (2024)},
}
`},
		{proc, `@inproceedings{k,
  title = {Attention Is All You Need},
  author = {Vaswani, Ashish},
  booktitle = {Advances in Neural Information Processing Systems 30 (NeurIPS 2017)},
  pages = {5998--6008},
  year = {2017},
  eprint = {1706.03762},
  archivePrefix = {arXiv},
  primaryClass = {cs.CL},
  url = {https://arxiv.org/abs/1706.03762},
}
`},
		{rxiv, `@misc{k,
  title = {Atlas},
  author = {Smith, Jane},
  howpublished = {bioRxiv preprint doi:10.1101/2024.03.01.582937},
  year = {2024},
  doi = {10.1101/2024.03.01.582937},
  url = {https://doi.org/10.1101/2024.03.01.582937},
}
`},
		{unknown, `@misc{k,
  title = {Trial},
  author = {Lee, Ana},
  howpublished = {Preprint doi:10.1101/2024.02.10.24302615},
  year = {2024},
  doi = {10.1101/2024.02.10.24302615},
  url = {https://doi.org/10.1101/2024.02.10.24302615},
}
`},
		{odd, `@article{k,
  title = {T},
  author = {B, A},
  journal = {Journal of R\&D\_\textbraceleft{}50\%\textbraceright{} \#1 \textbackslash{} \$x\$ \textasciitilde{}\textasciicircum{}},
  volume = {\textbraceleft{}12\textbraceright{}},
  number = {S1 \& S2},
  pages = {e1234},
  year = {2025},
  url = {https://e.org/x/},
}
`},
	}
	for _, tt := range tests {
		got := Entry(tt.p, "k", "https://e.org/x/")
		if got != tt.want {
			t.Errorf("Entry(%s) =\n%s\nwant\n%s", tt.p.ID, got, tt.want)
		}
		if err := balanced(got); err != "" {
			t.Errorf("Entry(%s): %s", tt.p.ID, err)
		}
	}
}

// TestKeyFamilyName: a key starts with the first author's family name
// folded to ASCII, particles and all, without a suffix; a group's whole
// name.
func TestKeyFamilyName(t *testing.T) {
	tests := []struct{ author, want string }{
		{"Ashish Vaswani", "vaswani2025attention"},
		{"Jan van der Berg", "vanderberg2025attention"},
		{"Jean-Luc van der Berg Jr.", "vanderberg2025attention"},
		{"Martin Luther King, Jr.", "king2025attention"},
		{"Charles de la Vallée Poussin", "delavalleepoussin2025attention"},
		{"G. 't Hooft", "thooft2025attention"},
		{"Niall Ó Murchadha", "omurchadha2025attention"},
		{"Ayşe Yıldız", "yildiz2025attention"}, // letters with no base letter are spelt, not dropped
		{"Minh Đặng", "dang2025attention"},
		{"Jón Þórsson", "thorsson2025attention"},
		{"ATLAS Collaboration", "atlascollaboration2025attention"},
		{"佐藤 健", "anon2025attention"}, // no ASCII letters, not on arXiv
		{"محمد الأحمد", "anon2025attention"},
	}
	for _, tt := range tests {
		p := &model.Paper{ID: "x", Slug: "x", Title: "Attention", Authors: []string{tt.author}, Date: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
		if got := Keys([]*model.Paper{p})[p]; got != tt.want {
			t.Errorf("key of a paper by %q = %q, want %q", tt.author, got, tt.want)
		}
	}
}

// TestKeyMathTitle: a title's first word in math is keyed by what it
// reads as, not by its TeX commands (which made "textso3").
func TestKeyMathTitle(t *testing.T) {
	tests := []struct{ title, want string }{
		{"$\\text{SO}(3)$-Equivariant Networks with $\\sim$1M Parameters", "lovelace2026so3"},
		{"$\\mathcal{O}(n)$ Sparse Attention", "lovelace2026sparse"}, // 𝓞(n) folds to "on", a stop word
		{"$\\beta$-VAE: Learning Basic Visual Concepts", "lovelace2026vae"},
		{"Pricing at $5 and $6", "lovelace2026pricing"},
		{"Navier–Stokes Flows", "lovelace2026navier"}, // as Navier--Stokes, and Navier-Stokes, are keyed
		{"Navier--Stokes Flows", "lovelace2026navier"},
	}
	for _, tt := range tests {
		p := &model.Paper{ID: "x", Slug: "x", Title: tt.title, Authors: []string{"Ada Lovelace"}, Date: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)}
		if got := Keys([]*model.Paper{p})[p]; got != tt.want {
			t.Errorf("key of %q = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestKeyArXivID: an arXiv paper whose first author's name has no ASCII
// letters, or that has no authors, is keyed by its id, whatever its
// title; keys stay unique.
func TestKeyArXivID(t *testing.T) {
	paper := func(id string, authors ...string) *model.Paper {
		return &model.Paper{ID: id, Slug: strings.ReplaceAll(id, "/", "-"), ArXiv: id, Title: "تقييم النماذج: Attention", Authors: authors}
	}
	a := paper("2506.20002", "محمد الأحمد", "John Smith")
	b := paper("2506.20003", "דוד כהן")
	c := paper("2506.20004", "佐藤 健")
	d := paper("hep-th/9901001")
	e := paper("2506.20005", "Fatima Al-Zahra")
	want := map[*model.Paper]string{a: "arxiv2506.20002", b: "arxiv2506.20003", c: "arxiv2506.20004", d: "arxivhep-th-9901001", e: "alzahra2025attention"}
	keys := Keys([]*model.Paper{a, b, c, d, e})
	for p, k := range want {
		if keys[p] != k {
			t.Errorf("key of %s = %q, want %q", p.ID, keys[p], k)
		}
	}
}

// TestEntryVerbatimFields: doi, eprint and url are verbatim to biblatex,
// so they are not TeX-escaped; a DOI whose braces would end the field is
// left out.
func TestEntryVerbatimFields(t *testing.T) {
	tests := []struct {
		doi, url string
		want     []string
		not      []string
	}{
		// A paper not on arXiv with a DOI cites its DOI's link; without one,
		// its page on the digest (the url given).
		{doi: "10.1016/S0550-3213(99)00_1#x%y", url: "https://e.org/a%20b_c/",
			want: []string{"  doi = {10.1016/S0550-3213(99)00_1#x%y},\n", "  url = {https://doi.org/10.1016/S0550-3213(99)00_1%23x%25y},\n"}},
		{doi: `10.1000/a\b{c}`, want: []string{`  doi = {10.1000/a\b{c}},` + "\n", "  url = {https://doi.org/10.1000/a%5Cb%7Bc%7D},\n"}},
		{url: "https://e.org/a%20b_c/", want: []string{"  url = {https://e.org/a%20b_c/},\n"}},
		{url: "https://e.org/{x} y\\", want: []string{"  url = {https://e.org/%7Bx%7D%20y%5C},\n"}},
		{doi: "10.1000/x}", not: []string{"doi ="}},
		{doi: "10.1000/}{", not: []string{"doi ="}},
		{doi: "10.1000/{x", not: []string{"doi ="}},
		{doi: "10.1000/x\ny", not: []string{"doi ="}},
	}
	for _, tt := range tests {
		p := &model.Paper{ID: "x", Slug: "x", Title: "T", Authors: []string{"A B"}, DOI: tt.doi, Date: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}
		got := Entry(p, "k", tt.url)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("Entry(DOI %q, url %q) =\n%s\nwant it to contain %q", tt.doi, tt.url, got, w)
			}
		}
		for _, w := range tt.not {
			if strings.Contains(got, w) {
				t.Errorf("Entry(DOI %q, url %q) =\n%s\nwant no %q", tt.doi, tt.url, got, w)
			}
		}
		if err := balanced(got); err != "" {
			t.Errorf("Entry(DOI %q, url %q): %s:\n%s", tt.doi, tt.url, err, got)
		}
	}
}

// TestEntryAuthors: the author field names people "von Last, Jr, First"
// and braces groups whole.
func TestEntryAuthors(t *testing.T) {
	p := &model.Paper{ID: "x", Slug: "x", Title: "T", Date: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC),
		Authors: []string{"Martin Luther King, Jr.", "Jean-Luc van der Berg Jr.", "Charles de la Vallée Poussin", "G. 't Hooft", "ATLAS Collaboration", "OpenAI"}}
	want := "  author = {King, Jr., Martin Luther and van der Berg, Jr., Jean-Luc and de la Vall{\\'e}e Poussin, Charles and 't Hooft, G. and {ATLAS Collaboration} and {OpenAI}},\n"
	if got := Entry(p, "k", ""); !strings.Contains(got, want) {
		t.Errorf("Entry() =\n%s\nwant the line\n%s", got, want)
	}
}

// balanced checks that the braces balance as BibTeX counts them: every
// brace, escaped with a backslash or not.
func balanced(s string) string {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '{':
			depth++
		case '}':
			depth--
			if depth < 0 {
				return "unbalanced } at byte " + string(rune('0'+i%10))
			}
		}
	}
	if depth != 0 {
		return "unbalanced braces"
	}
	return ""
}

func FuzzEscapeBalanced(f *testing.F) {
	for _, s := range []string{"", "{", "}", "\\", "a{b}c", "\\}", "%{}", "~^", "α-VAE ≤ H₂O\u2028x\u200b", "Η ιστορία β"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		e := Entry(&model.Paper{ID: "x", Slug: "x", Title: s, Authors: []string{s, "A " + s + " Jr.", s + " Team"}, DOI: s,
			Journal: s, Volume: s, Issue: s, Pages: s}, "k", "https://e.org/"+s)
		if err := balanced(e); err != "" {
			t.Fatalf("Entry with %q: %s:\n%s", s, err, e)
		}
		for _, line := range strings.Split(strings.TrimSuffix(e, "\n"), "\n") {
			if !strings.HasPrefix(line, "@") && !strings.HasPrefix(line, "  ") && line != "}" {
				t.Fatalf("a title with %q broke the entry's lines:\n%s", s, e)
			}
		}
	})
}

// TestArXivMonth: an arXiv id's year and month, old ids and new; anything
// else is not one.
func TestArXivMonth(t *testing.T) {
	for _, tt := range []struct {
		id          string
		year, month int
		ok          bool
	}{
		{"1409.0473", 2014, 9, true},
		{"2410.07166", 2024, 10, true},
		{"0704.0001", 2007, 4, true},
		{"hep-th/9901001", 1999, 1, true},
		{"cond-mat/0603029", 2006, 3, true},
		{"math.AG/9112001", 1991, 12, true},
		{"1413.0001", 0, 0, false},
		{"", 0, 0, false},
		{"smith-2024", 0, 0, false},
		{"x/12", 0, 0, false},
	} {
		y, m, ok := ArXivMonth(tt.id)
		if y != tt.year || m != tt.month || ok != tt.ok {
			t.Errorf("ArXivMonth(%q) = %d, %d, %v; want %d, %d, %v", tt.id, y, m, ok, tt.year, tt.month, tt.ok)
		}
	}
}
