package search

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Schrödinger", "schrodinger"},
		{"Łukasz", "lukasz"},
		{"Søren Björk", "soren bjork"},
		{"Yılmaz", "yilmaz"},
		{"Straße", "strasse"},
		{"ﬁne-tuned", "fine-tuned"},
		{"ＦＵＬＬ", "full"},
		{"Nguyễn Kovačević", "nguyen kovacevic"},
		{"İstanbul", "istanbul"},
		{"ΟΔΟΣ", "οδοσ"},
		{"한국어", "한국어"},
		{"ビデオ がっこう", "ビデオ がっこう"}, // kana keep their voicing marks
		{"x\xffy", "x\uFFFDy"},
		{"فارسی فارسي", "فارسي فارسي"},     // Persian yeh, Arabic yeh
		{"مصطفى", "مصطفي"},                 // alef maksura
		{"الکتاب الكتاب", "الكتاب الكتاب"}, // keheh, kaf
		{"المدرسة", "المدرسه"},             // teh marbuta
		{"شـامل", "شامل"},                  // tatweel
		{"الأحمد إبراهيم ٱلرحمن", "الاحمد ابراهيم الرحمن"}, // alef forms
		{"٢٤١٠٫٠٧١٦٦ ۱۴۰۲", "2410٫07166 1402"},             // Arabic-Indic, Persian digits
	}
	f := newFolder()
	for _, tt := range tests {
		if got := f.fold(tt.in); got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

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
		{"Itô-style Diffusion", []string{"ito", "style", "diffusion"}, nil},
		{"2410.07166", []string{"2410", "07166"}, nil},
		{"機械学習 GPT", []string{"機械", "械学", "学習", "gpt"}, []string{"機", "械", "学", "習", "機械", "械学", "学習", "gpt"}},
		{"GPT機械", []string{"gpt", "機械"}, []string{"gpt", "機", "械", "機械"}},
		{"王 伟", []string{"王", "伟"}, nil},
		{"アリババ", []string{"アリ", "リバ", "ババ"}, []string{"ア", "リ", "バ", "バ", "アリ", "リバ", "ババ"}},
		{"naïve café", []string{"naive", "cafe"}, nil},
		{"🚀 launch", []string{"launch"}, nil},
		{"the The THE", []string{"the"}, []string{"the", "the", "the"}},
		{strings.Repeat("a", 50), []string{strings.Repeat("a", MaxTokenRunes)}, nil},
		{strings.Repeat("é", 50), []string{strings.Repeat("e", MaxTokenRunes)}, nil},
	}
	f := newFolder()
	for _, tt := range tests {
		if got := f.queryTokens(tt.in); !slices.Equal(got, tt.query) {
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

func TestParseQuery(t *testing.T) {
	tests := []struct {
		in   string
		want []qterm
	}{
		{"", nil},
		{"  ", nil},
		{"diffusion", []qterm{{"diffusion", true}}},
		{"diffusion ", []qterm{{"diffusion", false}}},
		{"diffusion mo", []qterm{{"diffusion", false}, {"mo", true}}},
		{"diffusion m", []qterm{{"diffusion", false}}},
		{"m", []qterm{{"m", false}}},
		{"the diffusion of", []qterm{{"diffusion", false}, {"of", true}}},
		{"the diffusion of ", []qterm{{"diffusion", false}}},
		{"the of ", []qterm{{"the", false}, {"of", false}}},
		{"Schrödinger brid", []qterm{{"schrodinger", false}, {"brid", true}}},
		{"x x x", []qterm{{"x", false}}},
		{"2410.07166", []qterm{{"2410", false}, {"07166", true}}},
		// An arXiv reference as pasted is its id.
		{"arXiv:2410.07166", []qterm{{"2410", false}, {"07166", true}}},
		{"https://arxiv.org/pdf/2410.07166v2.pdf ", []qterm{{"2410", false}, {"07166", false}}},
		{"huggingface.co/papers/2410.07166 diffusion", []qterm{{"2410", false}, {"07166", false}, {"diffusion", true}}},
		{"arxiv cond-mat/0603029v3", []qterm{{"cond", false}, {"mat", false}, {"0603029", true}}},
		{"arxiv models", []qterm{{"arxiv", false}, {"models", true}}}, // not followed by an id: a word
		// A DOI's address is the DOI.
		{"https://doi.org/10.1145/3580305 ", []qterm{{"10", false}, {"1145", false}, {"3580305", false}}},
		{"DOI: 10.1145/3580305", []qterm{{"10", false}, {"1145", false}, {"3580305", true}}},
		{"doi models", []qterm{{"doi", false}, {"models", true}}}, // not followed by a colon: a word
		{"diffusion.", []qterm{{"diffusion", false}}},
		{"智能体", []qterm{{"智能", false}, {"能体", false}}},
		{"王 伟", []qterm{{"王", false}, {"伟", false}}}, // a last ideograph is a word
		{"王", []qterm{{"王", false}}},
		{"模型 diff", []qterm{{"模型", false}, {"diff", true}}},
	}
	f := newFolder()
	for _, tt := range tests {
		if got := parseQuery(f, tt.in); !slices.Equal(got, tt.want) {
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
		if len(fo.queryTokens(s)) > 0 && (len(hits) != 1 || hits[0].Doc != 0) {
			t.Errorf("Lookup(%q) = %v, want doc 0", s, hits)
		}
	})
}
