package search

import (
	"slices"
	"testing"
)

// TestQueryOperators: what a reader types besides words, and the ways a
// name is written, find what they mean: arXiv's DOI of a paper, "-word",
// a quoted phrase, an author's whole name, a model's name and version
// joined or apart.
func TestQueryOperators(t *testing.T) {
	docs := []Doc{
		{ID: "2401.00001", Title: "Robust Speech Recognition", Authors: []string{"Wei Wang", "Ada Lovelace"}, Abstract: "We model long audio with a state space model."},
		{ID: "2401.00002", Title: "Sparse Attention Kernels", Authors: []string{"Wei Chen", "Lei Wang"}, Abstract: "We improve the state of the art in attention over a large action space."},
		{ID: "2401.00003", Title: "Attention in Diffusion Transformers", Authors: []string{"Yu Wei", "Wang Fang"}, Abstract: "We study attention inside diffusion models."},
		{ID: "2401.00004", Title: "Fine-tuning Llama 3 for Code", Abstract: "We tune Mistral 7B too."},
		{ID: "2401.00005", Title: "Qwen2 Technical Report", Abstract: "An open model family, with Llama3 baselines."},
	}
	files, _ := mustBuild(t, docs, Options{})
	for _, tt := range []struct {
		q    string
		want []int
	}{
		// arXiv's DOI, as pages and citations give it, is its id.
		{"10.48550/arXiv.2401.00002", []int{1}},
		{"doi:10.48550/arXiv.2401.00002v2 ", []int{1}},
		{"https://doi.org/10.48550/ARXIV.2401.00002", []int{1}},
		// -word leaves out the papers with the word, its plural too.
		{"attention -diffusion", []int{1}},
		{"attention -diffusions ", []int{1}},
		{"attention -the", []int{2, 1}},
		{"attention-diffusion ", []int{2}}, // a compound, not an operator
		// A quoted phrase's words are side by side.
		{`"state space"`, []int{0}},
		{`“state space” model`, []int{0}},
		{`"action space" "state of the art"`, []int{1}},
		{`"space state"`, nil},
		// An author's name ranks their papers first; the newer, by a Wei
		// and a Wang, next.
		{"Wei Wang ", []int{0, 2, 1}},
		{"wei wan", []int{0, 2, 1}},
		// A model's name finds it with or without a space before its
		// version (the title's first); a version of four digits is no
		// version.
		{"llama3 ", []int{3, 4}},
		{"llama 3 ", []int{3, 4}},
		{"llama-3 ", []int{3, 4}},
		{"qwen 2 ", []int{4}},
		{"mistral7b ", []int{3}},
		{"llama 2024 ", nil},
	} {
		ix := mustOpen(t, files)
		hits, err := ix.Search(Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if got := docsOf(hits); !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = docs %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestCJKWords: Chinese, Japanese and Korean are found however their
// words are spaced, and a Korean word with its particles: a Japanese name
// typed without the space that papers put in it ("山田太郎" finds "山田
// 太郎"), a Korean word without its particle ("모델" finds "모델의").
func TestCJKWords(t *testing.T) {
	docs := []Doc{
		{ID: "2506.00001", Title: "Evaluating Japanese Language Models", Authors: []string{"山田 太郎", "Ada Lovelace"}},
		{ID: "2506.00002", Title: "Another Paper", Authors: []string{"山田 花子", "田中 太郎"}},
		{ID: "2506.00003", Title: "한국어 대규모 언어 모델의 강화학습", Abstract: "본 논문은 한국어 대규모 언어 모델을 위한 강화학습 방법을 제안한다."},
		{ID: "2506.00004", Title: "언어모델 평가"},
		{ID: "2506.00005", Title: "모델,  강화"}, // punctuation, two spaces: apart
	}
	files, _ := mustBuild(t, docs, Options{})
	for _, tt := range []struct {
		q    string
		want []int
	}{
		{"山田太郎", []int{0}},
		{"山田 太郎", []int{0, 1}}, // the author's papers first
		{`"山田 太郎"`, []int{0}},
		{`"山田太郎"`, []int{0}},
		{"田太", []int{0}},
		{"모델 강화학습", []int{2}},
		{"모델을", []int{2}},
		{"강화", []int{2, 4}},
		{"언어모델", []int{2, 3}},
		{"언어 모델", []int{2, 3}},
		{`"언어 모델의"`, []int{2}},
		{`"언어모델"`, []int{2, 3}},
		{"모델강화", nil},
	} {
		ix := mustOpen(t, files)
		hits, err := ix.Search(Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if got := docsOf(hits); !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = docs %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestPhraseAsWritten: a quoted phrase copied word for word from a title,
// an author's name or an abstract finds its paper when a word of it has
// variants the index holds beside it: a compound ("state-space", its
// joined form and its words), a word with an apostrophe ("model's"), an
// Arabic word with its article ("التعلم", and "تعلم"), a word of
// capitalised parts ("FlashAttention", and "flash", "attention").
func TestPhraseAsWritten(t *testing.T) {
	docs := []Doc{
		{ID: "2401.00001", Title: "Selective State-Space Models for Long Sequences", Authors: []string{"Jean-Pierre Dupont", "Ann Lee"},
			Abstract: "We revisit structured state-space models and mixture-of-experts layers with FlashAttention kernels, and improve the model's accuracy. Erdős-Rényi graphs and Llama 3 too."},
		{ID: "2401.00002", Title: "التعلم العميق للغة العربية", Authors: []string{"محمد علي"}, Abstract: "نقدم نموذجا للتعلم العميق للغة العربية."},
		{ID: "2401.00003", Title: "State Space Models, Jean Pierre and the Model Accuracy", Abstract: "Models of state, space and experts layers; flash memory, attention kernels; model accuracy. 山田 太郎 の 論文。"},
	}
	files, _ := mustBuild(t, docs, Options{})
	for _, tt := range []struct {
		q    string
		want []int
	}{
		{`"state-space models"`, []int{0}},
		{`"Selective State-Space Models"`, []int{0}},
		{`"mixture-of-experts layers"`, []int{0}},
		{`"Jean-Pierre Dupont"`, []int{0}},
		{`"the model's accuracy"`, []int{0}},
		{`"model's accuracy"`, []int{0}},
		{`"FlashAttention kernels"`, []int{0}},
		{`"flash attention kernels"`, []int{0}},
		{`"Erdős-Rényi graphs"`, []int{0}},
		{`"Llama 3 too"`, []int{0}},
		{`"llama-3 too"`, []int{0}},
		{`"التعلم العميق"`, []int{1}},
		{`"العميق للغة العربية"`, []int{1}},
		{`"تعلم عميق"`, []int{1}},
		// A hyphen counts as a space; the words stay in their order.
		{`"state space models"`, []int{2, 0}},
		{`"space-state models"`, nil},
		{`"jean pierre dupont"`, []int{0}},
		{`"dupont jean-pierre"`, nil},
		{`"accuracy model's"`, nil},
		{`"太郎 の 論文"`, []int{2}},
		{`"太郎の論文"`, []int{2}},
		{`"山田 の"`, nil},
	} {
		ix := mustOpen(t, files)
		hits, err := ix.Search(Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		if got := docsOf(hits); !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = docs %v, want %v", tt.q, got, tt.want)
		}
	}
}
