package textutil

import (
	"unicode"
	"unicode/utf8"
)

// IsCJK reports whether r is a Han, Hiragana, Katakana or Hangul
// character, which the search index and the related lists take one by
// one and in pairs (see CJKPieces), as Lucene's CJK bigrams: Chinese and
// Japanese write no spaces between words, and Korean attaches particles
// to its words (모델의, 모델을: of, the object "model"), so that "모델" is
// found in them as a pair.
func IsCJK(r rune) bool {
	if r < 0x1100 { // below Hangul Jamo, the first block holding any
		return false
	}
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) ||
		unicode.Is(unicode.Hangul, r)
}

// CJKPieces calls emit for the pieces of the word w: every run of other
// runes whole, and a run of CJK characters (see IsCJK) as each pair of
// neighbours, and as its characters one by one too when chars is set or
// the run is a single character: "gpt模型评估" is gpt, 模型, 型评 and 评估.
func CJKPieces(w string, chars bool, emit func(piece string)) {
	start := -1 // byte offset of the current run of other runes, or -1
	var run []string
	flush := func() {
		switch {
		case len(run) == 1 || chars:
			for _, c := range run {
				emit(c)
			}
			fallthrough
		default:
			for i := 1; i < len(run); i++ {
				emit(run[i-1] + run[i])
			}
		}
		run = run[:0]
	}
	for i, r := range w {
		if !IsCJK(r) {
			if len(run) > 0 {
				flush()
			}
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			emit(w[start:i])
			start = -1
		}
		run = append(run, w[i:i+utf8.RuneLen(r)])
	}
	if len(run) > 0 {
		flush()
	}
	if start >= 0 {
		emit(w[start:])
	}
}
