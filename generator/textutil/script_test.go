package textutil

import (
	"slices"
	"testing"
)

func TestTextLanguage(t *testing.T) {
	tests := []struct {
		in, script, tag string
		example         bool
	}{
		{"한국어 대규모 언어 모델의 강화학습", "Hangul", "ko", false},
		{"大規模言語モデルの強化学習", "Japanese", "ja", false},
		{"基于注意力机制的神经机器翻译研究", "Han", "zh", false},
		{"Нейронные сети для машинного перевода", "Cyrillic", "ru", true},
		{"Νευρωνικά δίκτυα", "Greek", "el", false},
		{"Attention is all you need", "Latin", "en", true},
		{"", "", "", false},
	}
	for _, tt := range tests {
		script, tag, example := TextLanguage(Letters(tt.in))
		if script != tt.script || tag != tt.tag || example != tt.example {
			t.Errorf("TextLanguage(%q) = %q, %q, %v, want %q, %q, %v", tt.in, script, tag, example, tt.script, tt.tag, tt.example)
		}
	}
}

func TestMismatch(t *testing.T) {
	tests := []struct{ lang, text, script, tag string }{
		{"kr", "한국어 대규모 언어 모델의 강화학습", "Hangul", "ko"}, // Kanuri, written in Latin letters
		{"ko", "한국어 대규모 언어 모델의 강화학습", "", ""},
		{"ko", "한국어 LLM 강화학습", "", ""},
		{"en", "Нейронные сети для машинного перевода", "Cyrillic", "ru"},
		{"en", "基于注意力机制的神经机器翻译研究", "Han", "zh"},
		{"ja", "基于注意力机制的神经机器翻译研究", "", ""}, // kanji are Japanese too
		{"zh", "大規模言語モデルの強化学習", "", ""},
		{"zh", "Efficient inference for large language models", "Latin", "en"}, // Hans or Hant, Han either way
		{"zh-CN", "Efficient inference for large language models", "Latin", "en"},
		{"zh-Hant", "Efficient inference for large language models", "Latin", "en"},
		{"ja", "Attention is all you need", "Latin", "en"},
		{"sr", "Neuronske mreže za mašinsko prevođenje", "", ""}, // Serbian is written in Latin letters too
		{"sr", "한국어 대규모 언어 모델", "Hangul", "ko"},
		{"en", "RL", "", ""}, // too few letters to tell
		{"x-private", "한국어 대규모 언어 모델", "", ""},
	}
	for _, tt := range tests {
		script, tag, _ := Mismatch(tt.lang, tt.text)
		if script != tt.script || tag != tt.tag {
			t.Errorf("Mismatch(%q, %q) = %q, %q, want %q, %q", tt.lang, tt.text, script, tag, tt.script, tt.tag)
		}
	}
}

func TestForeignOwnScripts(t *testing.T) {
	names := []string{"معالجة اللغة", "한국어 처리", "強化学習", "マルチモーダル", "Vision"}
	for lang, want := range map[string][]string{
		"ja": {"強化学習", "マルチモーダル"},
		"zh": {"強化学習"},
		"ko": {"한국어 처리", "強化学習"},
		"ar": {"معالجة اللغة"},
		"en": {"Vision"},
	} {
		var own []string
		for _, n := range names {
			if Foreign(OwnScripts(lang), n) == 0 {
				own = append(own, n)
			}
		}
		if !slices.Equal(own, want) {
			t.Errorf("the names in %s's own scripts: %q, want %q", lang, own, want)
		}
	}
}
