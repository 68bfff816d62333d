package search

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestSnippets checks that a result whose excerpt lacks a query word its
// abstract holds shows the part of the abstract that holds the most of
// them, and that only such results load their abstract's text.
func TestSnippets(t *testing.T) {
	filler := strings.Repeat("Many baselines are compared across many settings. ", 4)
	docs := []Doc{
		{ID: "late", Title: "Preference learning",
			Abstract: "We study preference learning. " + filler + "A reward model trained on feedback scores answers. Then the policy is tuned by the reward model."},
		{ID: "early", Title: "Reward models early", Abstract: "A reward model comes first here. " + filler + "Model after model."},
		{ID: "title", Title: "Reward model in the title", Abstract: filler + "Nothing of it here."},
		{ID: "short", Title: "Short", Abstract: "A reward model, briefly."},
		{ID: "part", Title: "Partial", Abstract: "The model is first. " + filler + "The reward comes late. A reward then a model, later."},
	}
	files, _ := mustBuild(t, docs, Options{ExcerptChars: 80, TextDocs: 2})
	tests := []struct {
		q     string
		doc   int
		want  string
		texts int // snippet-text files loaded
	}{
		{"reward model ", 0, "…A reward model trained on feedback scores answers. Then the policy is tuned by…", 1},
		{"reward model ", 1, "A reward model comes first here. Many baselines are compared across many…", 0},
		{"reward model ", 2, "Many baselines are compared across many settings. Many baselines are compared…", 0}, // in its title only
		{"reward model ", 3, "A reward model, briefly.", 0},
		{"reward model ", 4, "…A reward then a model, later.", 1}, // the sentence with both, not the first with one
		{"policy ", 0, "…Then the policy is tuned by the reward model.", 1},
		{"preference ", 0, "We study preference learning. Many baselines are compared across many settings…", 0},
		{"rew", 0, "…A reward model trained on feedback scores answers. Then the policy is tuned by…", 1}, // a prefix, while typed
	}
	for _, tt := range tests {
		ix := mustOpen(t, files)
		hits, err := ix.Search(Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(hits, func(h Hit) bool { return h.Doc == tt.doc })
		if i < 0 {
			t.Errorf("Search(%q) does not find doc %d", tt.q, tt.doc)
			continue
		}
		recs, err := ix.Records(hits[i : i+1])
		if err != nil {
			t.Fatal(err)
		}
		if recs[0].Excerpt != tt.want {
			t.Errorf("Search(%q): doc %d's snippet = %q, want %q", tt.q, tt.doc, recs[0].Excerpt, tt.want)
		}
		texts := 0
		for _, p := range ix.Fetched() {
			if strings.HasPrefix(p, Dir+"text/") {
				texts++
			}
		}
		if texts != tt.texts {
			t.Errorf("Search(%q): doc %d loaded %d snippet-text files, want %d", tt.q, tt.doc, texts, tt.texts)
		}
	}
}

// TestLead: the text a snippet or excerpt is cut from holds the first n
// runes and ends at a paragraph's end, or, in a paragraph far longer than
// that, at a space outside math, so that a megabyte abstract of one
// paragraph is not converted whole.
func TestLead(t *testing.T) {
	long := "price \\$5 " + strings.Repeat("word $x$ more ", 5000)
	for _, tc := range []struct{ name, s, want string }{
		{"short", "a $b$ c", "a $b$ c"},
		{"a paragraph's end", strings.Repeat("ab ", 15) + "\nnext paragraph", strings.Repeat("ab ", 15)},
		{"one paragraph", long, long[:42]}, // the first space past 40 bytes, outside $…$ (\$ opens none)
		{"no space", strings.Repeat("x", 100) + "\nend", strings.Repeat("x", 100)},
	} {
		if got := lead(tc.s, 10); got != tc.want {
			t.Errorf("%s: lead = %.60q, want %.60q", tc.name, got, tc.want)
		}
	}
}

// sentenceTests are texts and where their sentences after the first
// start: the sentences of importer/testdata's abstracts ("etc. By", "(i.e.
// bit flips)", "on T. We", "vs. 90.2%"), and a few of the same kind.
var sentenceTests = []struct {
	text string
	want []string // the text from each start
}{
	{"air and maritime traffic control, etc. By analyzing images, voice, videos.", []string{"By analyzing"}},
	{"a search for payload manipulations (i.e. bit flips) most likely to drive the CPS into an unsafe state. Fine.", []string{"Fine."}},
	{"learning rate schedules that depend on T. We propose an approach that avoids the need for T.", []string{"We propose"}},
	{"on the Human Eval benchmark test (90.9% vs. 90.2%). In addition, AutoCoder offers more.", []string{"In addition"}},
	{"We use e.g. transformers. They work.", []string{"They work."}},
	{"E.g. transformers work. Fig. 3 shows it, cf. Eq. 2 and Sec. 4. Results follow.", []string{"Fig. 3", "Results follow."}},
	{"As Smith et al. show, approx. ten runs suffice (resp. five). Done.", []string{"Done."}},
	{"Work by J. Smith and J. R. Tolkien and A. B. Jones. The end! Really? Yes.", []string{"The end!", "Really?", "Yes."}},
	// A capital after an abbreviation starts a sentence: "etc." ends
	// one more often than "e.g." comes before a name.
	{"Models, data, etc. The rest is noise. Also e.g. BERT.", []string{"The rest", "Also e.g.", "BERT."}},
	{"It is called Model B. This works. Pay 5. Then more.", []string{"This works.", "Pay 5.", "Then more."}},
}

// TestSentenceStarts: an abstract's sentences start after ". ", "! " and
// "? ", but not after an abbreviation before a lower-case word or a digit,
// nor after an initial before a name ("We use e.g. transformers" was cut
// after "e.g."). TestScriptMatchesGo checks search.js on the same texts.
func TestSentenceStarts(t *testing.T) {
	f := newFolder()
	for _, tt := range sentenceTests {
		var got []string
		for _, s := range f.sentenceStarts(tt.text) {
			got = append(got, tt.text[s:])
		}
		if len(got) != len(tt.want) {
			t.Errorf("sentenceStarts(%q) = %q, want starts at %q", tt.text, got, tt.want)
			continue
		}
		for i := range got {
			if !strings.HasPrefix(got[i], tt.want[i]) {
				t.Errorf("sentenceStarts(%q) = %q, want starts at %q", tt.text, got, tt.want)
				break
			}
		}
	}
}

// FuzzSearch checks that any abstract and query build, search and show
// without an error: each snippet valid UTF-8, no longer than an excerpt
// and its two "…", and a word of the abstract finds its paper.
func FuzzSearch(f *testing.F) {
	for _, d := range fixtureDocs() {
		f.Add(d.Abstract, d.Title)
	}
	f.Add("We use e.g. transformers. See Fig. 3 by J. R. Smith. The reward model wins! Then? $x$ and $$y", "reward model")
	f.Add("A. B. C. D. "+strings.Repeat("word ", 100)+"attention at last.", "atention")
	f.Add("\xff. \xfe? $", "arXiv:2410.07166v2 doi:10.1/x")
	const excerpt = 40
	opts := Options{ExcerptChars: excerpt, TextChars: 400, ChunkDocs: 2, TextDocs: 1}
	f.Fuzz(func(t *testing.T, abstract, query string) {
		docs := []Doc{{ID: "a", Title: "First", Abstract: abstract}, {ID: "b", Title: query, Abstract: query + ". " + abstract}}
		files, _, err := Build(docs, opts)
		if err != nil {
			t.Fatal(err)
		}
		ix, err := Open(files)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range []string{query, query + " ", abstract} {
			hits, err := ix.Search(Query{Text: q})
			if err != nil {
				t.Fatal(err)
			}
			recs, err := ix.Records(hits)
			if err != nil {
				t.Fatal(err)
			}
			for _, r := range recs {
				if !utf8.ValidString(r.Excerpt) || utf8.RuneCountInString(r.Excerpt) > excerpt+2 {
					t.Fatalf("Search(%q) shows a snippet of %d runes, %q", q, utf8.RuneCountInString(r.Excerpt), r.Excerpt)
				}
			}
		}
		var word string
		ix.f.tokens(abstract, false, func(tok string) {
			if word == "" && !ix.f.stop[tok] {
				word = tok
			}
		})
		if word == "" {
			return
		}
		hits, err := ix.Search(Query{Text: word + " "})
		if err != nil || !slices.ContainsFunc(hits, func(h Hit) bool { return h.Doc == 0 }) {
			t.Fatalf("Search(%q), a word of abstract %q = %v, %v; want doc 0", word, abstract, hits, err)
		}
	})
}

// BenchmarkSnippetText makes the snippet text of an abstract of 1,600
// characters, with math and line breaks, as the index does for every
// document.
func BenchmarkSnippetText(b *testing.B) {
	s := strings.Repeat("We study operators on $\\mathbb{R}^d$ and show a large gain\nover prior work; the code is open. ", 16)
	opts := Options{}.withDefaults()
	for b.Loop() {
		snippetText(s, opts)
	}
}
