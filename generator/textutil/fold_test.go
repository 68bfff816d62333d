package textutil

import (
	"slices"
	"testing"
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
	f := NewFolder(FoldPairs())
	for _, tt := range tests {
		if got := f.Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCJKPieces(t *testing.T) {
	tests := []struct {
		in    string
		chars bool
		want  []string
	}{
		{"", false, nil},
		{"transformer", false, []string{"transformer"}},
		{"日", false, []string{"日"}},
		{"日本語", false, []string{"日本", "本語"}},
		{"日本語", true, []string{"日", "本", "語", "日本", "本語"}},
		{"gpt模型评估", false, []string{"gpt", "模型", "型评", "评估"}},
		{"모델의", false, []string{"모델", "델의"}},
		{"中s", false, []string{"中", "s"}},
	}
	for _, tt := range tests {
		var got []string
		CJKPieces(tt.in, tt.chars, true, func(p string, _, _ int) { got = append(got, p) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("CJKPieces(%q, %v) = %q, want %q", tt.in, tt.chars, got, tt.want)
		}
	}
}
