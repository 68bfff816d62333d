package search

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in          string
		query, full []string // query form; index form when it differs
	}{
		{"", nil, nil},
		{"*** — …", nil, nil},
		{"O'Brien", []string{"obrien"}, []string{"obrien", "brien"}},
		{"it’s", []string{"its"}, []string{"its", "it"}},
		{"x' y", []string{"x", "y"}, nil},
		{"Itô-style Diffusion", []string{"itostyle", "diffusion"}, []string{"itostyle", "ito", "style", "diffusion"}},
		// A compound of two or three words is also its joined form (and
		// that of its first two), one of more only its words; a word of
		// capitalised parts also its parts.
		{"GPT-4o vision-language-action state-of-the-art", []string{"gpt4o", "visionlanguageaction", "state", "of", "the", "art"},
			[]string{"gpt4o", "gpt", "4o", "visionlanguageaction", "visionlanguage", "vision", "language", "action", "state", "of", "the", "art"}},
		// An Arabic word is also its bare form, without its article.
		{"التعلم والتعلم للغة ال", []string{"التعلم", "والتعلم", "للغه", "ال"}, []string{"التعلم", "تعلم", "والتعلم", "تعلم", "للغه", "ال"}}, // غه: too short to be a word of its own
		// Persian's zero-width non-joiner joins a compound too.
		{"مدل\u200cهای زبانی", []string{"مدلهاي", "زباني"}, []string{"مدلهاي", "مدل", "هاي", "زباني"}},
		{"FlashAttention-2 and QLoRA, ResNet DeepSeekMoE", []string{"flashattention2", "and", "qlora", "resnet", "deepseekmoe"},
			[]string{"flashattention2", "flashattention", "flash", "attention", "2", "and", "qlora", "resnet", "res", "net", "deepseekmoe"}},
		{"2410.07166", []string{"2410", "07166"}, nil},
		{"機械学習 GPT", []string{"機械", "械学", "学習", "gpt"}, []string{"機", "械", "学", "習", "機械", "械学", "学習", "gpt"}},
		{"GPT機械", []string{"gpt", "機械"}, []string{"gpt", "機", "械", "機械"}},
		// CJK words a single space parts are one in the index, which so
		// holds their pair across it (伟王, 田太); Hangul is in pairs too.
		{"王 伟", []string{"王", "伟"}, []string{"王", "伟", "王伟"}},
		{"山田 太郎", []string{"山田", "太郎"}, []string{"山", "田", "太", "郎", "山田", "田太", "太郎"}},
		{"山田\u3000太郎", []string{"山田", "太郎"}, []string{"山", "田", "太", "郎", "山田", "田太", "太郎"}},
		{"山田  太郎, 王 x 伟", []string{"山田", "太郎", "王", "x", "伟"}, []string{"山", "田", "山田", "太", "郎", "太郎", "王", "x", "伟"}},
		{"언어 모델의", []string{"언어", "모델", "델의"}, []string{"언", "어", "모", "델", "의", "언어", "어모", "모델", "델의"}},
		{"한국어 LLM", []string{"한국", "국어", "llm"}, []string{"한", "국", "어", "한국", "국어", "llm"}},
		{"アリババ", []string{"アリ", "リバ", "ババ"}, []string{"ア", "リ", "バ", "バ", "アリ", "リバ", "ババ"}},
		{"naïve café", []string{"naive", "cafe"}, nil},
		{"🚀 launch", []string{"launch"}, nil},
		{"the The THE", []string{"the"}, []string{"the", "the", "the"}},
		{strings.Repeat("a", 50), []string{strings.Repeat("a", MaxTokenRunes)}, nil},
		{strings.Repeat("é", 50), []string{strings.Repeat("e", MaxTokenRunes)}, nil},
	}
	f := newFolder()
	for _, tt := range tests {
		if got, _ := f.queryTokens(tt.in); !slices.Equal(got, tt.query) {
			t.Errorf("queryTokens(%q) = %q, want %q", tt.in, got, tt.query)
		}
		want := tt.full
		if want == nil {
			want = tt.query
		}
		var got []string
		f.tokens(tt.in, true, func(s string) { got = append(got, s) })
		if !slices.Equal(got, want) {
			t.Errorf("tokens(%q, index) = %q, want %q", tt.in, got, want)
		}
	}
}

func TestJoinCJK(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"a b", "a b"},
		{"山田 太郎", "山田太郎"},
		{"山田\n太郎 花子", "山田太郎花子"},
		{"언어 모델의 강화학습", "언어모델의강화학습"},
		{"山田  太郎", "山田  太郎"}, // two spaces part them
		{"山田 x 太郎", "山田 x 太郎"},
		{"GPT 機械 学習 ", "GPT 機械学習 "},
		{"x\xff 山 田", "x\xff 山田"},
	}
	for _, tt := range tests {
		if got := joinCJK(tt.in); got != tt.want {
			t.Errorf("joinCJK(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in   string
		want []qterm
	}{
		{"", nil},
		{"  ", nil},
		{"diffusion", []qterm{{"diffusion", true, nil}}},
		{"diffusion ", []qterm{{"diffusion", false, nil}}},
		{"diffusion mo", []qterm{{"diffusion", false, nil}, {"mo", true, nil}}},
		{"diffusion m", []qterm{{"diffusion", false, nil}}},
		{"m", []qterm{{"m", false, nil}}},
		{"the diffusion of", []qterm{{"diffusion", false, nil}, {"of", true, nil}}},
		{"the diffusion of ", []qterm{{"diffusion", false, nil}}},
		{"the of ", []qterm{{"the", false, nil}, {"of", false, nil}}},
		{"Schrödinger brid", []qterm{{"schrodinger", false, nil}, {"brid", true, nil}}},
		{"x x x", []qterm{{"x", false, nil}}},
		{"2410.07166", []qterm{{"2410", false, nil}, {"07166", true, nil}}},
		// An arXiv reference as pasted is its id.
		{"arXiv:2410.07166", []qterm{{"2410", false, nil}, {"07166", true, nil}}},
		{"https://arxiv.org/pdf/2410.07166v2.pdf ", []qterm{{"2410", false, nil}, {"07166", false, nil}}},
		{"huggingface.co/papers/2410.07166 diffusion", []qterm{{"2410", false, nil}, {"07166", false, nil}, {"diffusion", true, nil}}},
		{"arxiv cond-mat/0603029v3", []qterm{{"condmat", false, []string{"cond", "mat"}}, {"0603029", true, nil}}},
		{"arxiv models", []qterm{{"arxiv", false, nil}, {"models", true, nil}}}, // not followed by an id: a word
		// A DOI's address is the DOI.
		{"https://doi.org/10.1145/3580305 ", []qterm{{"10", false, nil}, {"1145", false, nil}, {"3580305", false, nil}}},
		{"DOI: 10.1145/3580305", []qterm{{"10", false, nil}, {"1145", false, nil}, {"3580305", true, nil}}},
		{"doi models", []qterm{{"doi", false, nil}, {"models", true, nil}}}, // not followed by a colon: a word
		// A bioRxiv or medRxiv preprint's address, or its DOI with the
		// page's version, is its DOI.
		{"https://www.biorxiv.org/content/10.1101/2024.03.01.582937v2", []qterm{{"10", false, nil}, {"1101", false, nil}, {"2024", false, nil}, {"03", false, nil}, {"01", false, nil}, {"582937", true, nil}}},
		{"medrxiv.org/content/10.1101/2024.02.10.24302615v1.full.pdf sepsis", []qterm{{"10", false, nil}, {"1101", false, nil}, {"2024", false, nil}, {"02", false, nil}, {"24302615", false, nil}, {"sepsis", true, nil}}},
		{"doi:10.1101/241000v3 ", []qterm{{"10", false, nil}, {"1101", false, nil}, {"241000", false, nil}}},
		{"10.1101/gr.275995.121 ", []qterm{{"10", false, nil}, {"1101", false, nil}, {"gr", false, nil}, {"275995", false, nil}, {"121", false, nil}}}, // a journal's: as typed
		{"diffusion.", []qterm{{"diffusion", false, nil}}},
		{"智能体", []qterm{{"智能", false, nil}, {"能体", false, nil}}},
		{"王 伟", []qterm{{"王", false, nil}, {"伟", false, nil}}}, // a last ideograph is a word
		{"王", []qterm{{"王", false, nil}}},
		{"모델 강화학", []qterm{{"모델", false, nil}, {"강화", false, nil}, {"화학", false, nil}}}, // Hangul in pairs, never a prefix
		{"模型 diff", []qterm{{"模型", false, nil}, {"diff", true, nil}}},
		// A compound of two or three words joined by hyphens is one word,
		// which its words find too; one of more is its words.
		{"Q-LoRA", []qterm{{"qlora", true, []string{"q", "lora"}}}},
		{"GPT\u20114o models", []qterm{{"gpt4o", false, []string{"gpt", "4o"}}, {"models", true, nil}}},
		{"vision-language-action ", []qterm{{"visionlanguageaction", false, []string{"vision", "language", "action"}}}},
		{"state-of-the-art ", []qterm{{"state", false, nil}, {"art", false, nil}}},
		{"gpt -4 x--y", []qterm{{"gpt", false, nil}, {"4", false, nil}, {"x", false, nil}}},
		{"o'brien-smith ", []qterm{{"obrien", false, []string{"brien"}}, {"smith", false, nil}}},
		{"می\u200cشوند ", []qterm{{"ميشوند", false, []string{"مي", "شوند"}}}},
	}
	f := newFolder()
	for _, tt := range tests {
		if got := parseQuery(f, tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("parseQuery(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestExcerpt(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"short  text\n here", 300, "short text here"},
		{"one two three four", 12, "one two…"},
		{"one two, three four", 9, "one two…"},
		{"abcdefghij", 4, "abcd…"},
		{"Schrödinger Schrödinger", 14, "Schrödinger…"},
		// A no-break space stays: the line does not break there.
		{"a digest of 12\u00a0papers \n today", 300, "a digest of 12\u00a0papers today"},
		{"Fig.\u00a03 and Fig.\u00a04", 14, "Fig.\u00a03 and…"},
		{"", 10, ""},
	}
	for _, tt := range tests {
		if got := Excerpt(tt.in, tt.max); got != tt.want {
			t.Errorf("Excerpt(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

// FuzzTokens checks that any text tokenises without panic into valid,
// bounded tokens, and that a document titled with it is found by it.
func FuzzTokens(f *testing.F) {
	for _, s := range []string{"Schrödinger Bridges", "O'Brien", "機械学習", "\xff\xfe", "a'", "'''", "ΟΔΟΣ x", "e\u0301", "ǅ ﬁ ²"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		fo := newFolder()
		fo.tokens(s, true, func(tok string) {
			if tok == "" || !utf8.ValidString(tok) || utf8.RuneCountInString(tok) > MaxTokenRunes {
				t.Fatalf("tokens(%q) emitted %q", s, tok)
			}
		})
		files, _, err := Build([]Doc{{ID: "x", Title: s}}, Options{})
		if err != nil {
			t.Fatal(err)
		}
		hits, err := Lookup(files, s)
		if err != nil {
			t.Fatal(err)
		}
		if toks, _ := fo.queryTokens(s); len(toks) > 0 && (len(hits) != 1 || hits[0].Doc != 0) {
			t.Errorf("Lookup(%q) = %v, want doc 0", s, hits)
		}
	})
}

// TestCompoundWords: a model's name is found however a reader writes its
// hyphens and capitals: GPT-3 as gpt3, QLoRA as Q-LoRA, FlashAttention
// as "flash attention", and a compound no paper writes joined ("real-time",
// "self-attention") by its words; a Persian word written with the
// zero-width non-joiner ("مدل‌های") is found typed without it or with a
// space.
func TestCompoundWords(t *testing.T) {
	docs := []Doc{
		{ID: "gpt", Title: "Language Models are Few-Shot Learners", Abstract: "We train GPT-3, a model."},
		{ID: "qlora", Title: "QLoRA: Efficient Finetuning of Quantized LLMs"},
		{ID: "flash", Title: "FlashAttention-2: Faster Attention with Better Parallelism"},
		{ID: "rt", Title: "Streaming video", Abstract: "Real time self attention for robots."},
		{ID: "other", Title: "Attention is all you need", Abstract: "The Transformer uses attention."},
		{ID: "fa", Title: "مدل\u200cهای زبانی بزرگ", Abstract: "نشان می\u200cدهیم که مدل\u200cها بهتر می\u200cشوند."},
	}
	files, _ := mustBuild(t, docs, Options{})
	for _, tt := range []struct {
		q    string
		want []int
	}{
		{"gpt3 ", []int{0}},
		{"GPT-3 ", []int{0}},
		{"gpt 3 ", []int{0}},
		{"few-shot ", []int{0}},
		{"fewshot ", []int{0}},
		{"Q-LoRA ", []int{1}},
		{"qlora ", []int{1}},
		{"flash attention ", []int{2}},
		{"flashattention ", []int{2}},
		{"flash-attention ", []int{2}},
		{"real-time ", []int{3}},
		{"self-atten", []int{3}},
		// Persian, with the zero-width non-joiner, without it, or a space.
		{"مدل\u200cهای ", []int{5}},
		{"مدلهای ", []int{5}},
		{"مدل های ", []int{5}},
		{"میشوند ", []int{5}},
	} {
		ix := mustOpen(t, files)
		hits, err := ix.Search(Query{Text: tt.q})
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for _, h := range hits {
			got = append(got, h.Doc)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Search(%q) = docs %v, want %v", tt.q, got, tt.want)
		}
	}
}

// TestTypoOfPlural: a typo of a word the index holds only in the plural
// finds it ("kernal": kernels), as its plural would ("kernals").
func TestTypoOfPlural(t *testing.T) {
	files, _ := mustBuild(t, []Doc{{ID: "k", Title: "Learned Kernels for Vision Transformers", Abstract: "It answers queries.", Topics: []string{"apprentissage"}}, {ID: "o", Title: "Other"}}, Options{})
	// A topic's filter term is no word a typo is corrected to: French
	// "d'apprentissage" is one edit from "#apprentissage".
	ix := mustOpen(t, files)
	if _, err := ix.Search(Query{Text: "dapprentissage "}); err != nil || ix.Corrections()["dapprentissage"] != "apprentissage" {
		t.Errorf("Search(dapprentissage): %v, corrected %v; want apprentissage, the topic's word", err, ix.Corrections())
	}
	for _, q := range []string{"kernal ", "kernals ", "transfomer ", "quary "} {
		ix := mustOpen(t, files)
		if hits, err := ix.Search(Query{Text: q}); err != nil || len(hits) != 1 || hits[0].Doc != 0 {
			t.Errorf("Search(%q) = %v, %v; want doc 0", q, hits, err)
		}
	}
}

// TestElidedQueryWord: a French query word with an elision ("l'IA",
// "d'apprentissage") finds a paper that writes the word without one.
func TestElidedQueryWord(t *testing.T) {
	files, _ := mustBuild(t, []Doc{{ID: "ia", Title: "IA et apprentissage profond"}, {ID: "o", Title: "Other"}}, Options{})
	for _, q := range []string{"l'IA ", "l’IA", "d'apprentissage ", "qu'apprentissage "} {
		ix := mustOpen(t, files)
		if hits, err := ix.Search(Query{Text: q}); err != nil || len(hits) != 1 || hits[0].Doc != 0 || len(ix.Corrections()) != 0 {
			t.Errorf("Search(%q) = %v, %v, corrected %v; want doc 0, uncorrected", q, hits, err, ix.Corrections())
		}
	}
}

// TestArabicBareWord: an Arabic reader's bare word ("تعلم") finds a paper
// that writes it with its article ("التعلم").
func TestArabicBareWord(t *testing.T) {
	files, _ := mustBuild(t, []Doc{{ID: "ar", Title: "التعلم العميق للغة العربية"}, {ID: "o", Title: "Other"}}, Options{})
	for _, q := range []string{"تعلم ", "تعلم عميق ", "التعلم "} {
		ix := mustOpen(t, files)
		if hits, err := ix.Search(Query{Text: q}); err != nil || len(hits) != 1 || hits[0].Doc != 0 {
			t.Errorf("Search(%q) = %v, %v; want doc 0", q, hits, err)
		}
	}
}
