package related

import (
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// terms returns the terms of s joined by spaces.
func terms(s string) string {
	var tk tokenizer
	var out []string
	tk.each(s, func(t []byte) { out = append(out, string(t)) })
	return strings.Join(out, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"lowercase and stopwords", "Denoising Diffusion Models for the Images", "denoising diffusion model image"},
		{"short tokens", "a b cd e", "cd"},
		{"numbers", "in 2024 we used 3D GPT4 with 10 layers", "used 3d gpt4 layer"},
		{"punctuation", "state-of-the-art, (robust) \"RL\"; policy.", "state art robust rl policy"},
		{"apostrophe", "it's the model's loss", "model loss"},
		{"bold and code", "**Bold** and `inline code` __x__", "bold inline code"},
		{"inline math", `learn $\alpha + \beta_2$ weights`, "learn weight"},
		{"display math", "first $$\\sum_i x_i$$ last", "first last"},
		{"display math block", "first\n$$\n\\sum_i x_i\n$$\nlast", "first last"},
		{"math over lines", "start $a +\nb$ end", "start end"},
		{"escaped dollar", `costs \$5 per token`, "cost per token"},
		{"stray dollar is text", "pay $5 today\n\nnext paragraph", "pay today next paragraph"},
		{"prices are text", "pricing $5 versus $10 daily", "pricing versus daily"},
		{"math after a price", "pricing $5 tokens $x$ daily", "pricing token daily"},
		{"fenced code", "first\n```python\nimport torch\nx = 1\n```\nlast", "first last"},
		{"tilde fence", "first\n~~~\nhidden words\n~~~\nlast", "first last"},
		{"backticks inside tilde fence", "first\n~~~\n```\nhidden\n~~~\nlast", "first last"},
		{"indented fence", "first\n  ```\n  hidden\n  ```\nlast", "first last"},
		{"unclosed fence", "first\n```\nhidden", "first"},
		{"urls", "see https://github.com/a/b and [paper](http://x.org/y) <https://z.io>", "see paper"},
		{"word starting with h", "hierarchical http", "hierarchical http"},
		// Words fold as the search index folds them (textutil.Folder).
		{"accents", "Schrödinger ÉTUDE naïve Itô-style Erdős–Rényi", "schrodinger etude naive ito style erdo renyi"},
		{"combining mark", "e\u0301tude Schro\u0308dinger", "etude schrodinger"},
		{"letters without decomposition", "Łukasz Straße Søren", "lukasz strasse soren"},
		{"ligature and full width", "ﬁne-tuned ＧＰＴ", "fine tuned gpt"},
		{"letter folding to a sign", "Paraŀlel", "paral lel"},
		{"soft hyphen", "trans\u00adformer", "transformer"},
		{"greek", "Μοντέλα ΔΙΑΧΥΣΗΣ", "μοντελα διαχυσησ"},
		{"arabic-indic digits are numbers", "٢٠٢٤ مدل", "مدل"},
		// Chinese, Japanese and Korean words are their pairs of characters.
		{"cjk", "扩散模型 for 机器人", "扩散 散模 模型 机器 器人"},
		{"japanese", "大規模言語モデルの日本語評価", "大規 規模 模言 言語 語モ モデ デル ルの の日 日本 本語 語評 評価"},
		{"korean", "언어 모델의 평가", "언어 모델 델의 평가"},
		{"cjk with latin", "GPT模型 中s", "gpt 模型"},
		{"invalid utf-8", "ab\xffcd \xc3 ef\xe2\x82", "ab cd ef"},
		{"empty", "", ""},
		{"crlf", "one\r\ntwo", "one two"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := terms(tt.in); got != tt.want {
				t.Errorf("terms(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"models", "model"},
		{"policies", "policy"},
		{"series", "sery"},
		{"ties", "tie"},
		{"classes", "classe"},
		{"does", "does"},
		{"toes", "toes"},
		{"analysis", "analysis"},
		{"bus", "bus"},
		{"loss", "loss"},
		{"gas", "gas"},
		{"gpus", "gpus"},
		{"gans", "gan"},
		{"3ds", "3ds"},
		{"中s", "中s"},
		{"中es", "中e"},
		{"model", "model"},
	}
	for _, tt := range tests {
		if got := string(stem([]byte(tt.in))); got != tt.want {
			t.Errorf("stem(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestStopwordsAreLowercaseTerms(t *testing.T) {
	for _, w := range []string{"the", "and", "we", "our", "via", "however", "don"} {
		if !isStopword([]byte(w)) {
			t.Errorf("isStopword(%q) = false, want true", w)
		}
	}
	for _, w := range []string{"model", "diffusion", "The", "thee", ""} {
		if isStopword([]byte(w)) {
			t.Errorf("isStopword(%q) = true, want false", w)
		}
	}
}

func TestTokenizeAllocations(t *testing.T) {
	var tk tokenizer
	text := "We propose Denoising Diffusion Models for images, with $x^2$ and **bold** words. " +
		"Über-große Modelle und naïve policies."
	n := 0
	emit := func([]byte) { n++ }
	tk.each(text, emit) // grows the buffer once
	if allocs := testing.AllocsPerRun(10, func() { tk.each(text, emit) }); allocs != 0 {
		t.Errorf("tokenizer.each allocates %v times per call, want 0", allocs)
	}
}

// FuzzTokenize checks that any input, valid UTF-8 or not, yields only
// well-formed terms.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"Denoising Diffusion Models", "$x$ and $$y$$", "```\ncode\n```", "\xff\xfe\xc3",
		"中s e\u0301s", "https://a.b/c text", `\$ $ $$ $`, "~~~\n```\n~~~",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var tk tokenizer
		tk.each(s, func(term []byte) {
			if !utf8.Valid(term) {
				t.Fatalf("term %q of %q is not valid UTF-8", term, s)
			}
			if n := utf8.RuneCount(term); n < 2 {
				t.Fatalf("term %q of %q has %d runes, want at least 2", term, s, n)
			}
			if isStopword(term) {
				t.Fatalf("term %q of %q is a stopword", term, s)
			}
			letter := false
			for _, r := range string(term) {
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) && !unicode.IsMark(r) {
					t.Fatalf("term %q of %q holds %q, want letters, digits and marks", term, s, r)
				}
				letter = letter || !unicode.IsDigit(r)
			}
			if !letter {
				t.Fatalf("term %q of %q is a number", term, s)
			}
		})
	})
}
