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

// CJKPieces calls emit for the pieces of the word w, with the units of
// w each spans, and returns how many units w is: every run of other
// runes whole, one unit, and a run of CJK characters (see IsCJK) a unit
// each, as its characters one by one when chars is set or the run is a
// single character, and as each pair of neighbours when pairs is set:
// "gpt模型评估" is gpt, 模型, 型评 and 评估 with pairs alone, units 0 to 4.
func CJKPieces(w string, chars, pairs bool, emit func(piece string, from, to int)) int {
	start := -1 // byte offset of the current run of other runes, or -1
	at := 0     // units so far
	var run []string
	flush := func() {
		if len(run) == 1 || chars {
			for i, c := range run {
				emit(c, at+i, at+i+1)
			}
		}
		if len(run) > 1 && pairs {
			for i := 1; i < len(run); i++ {
				emit(run[i-1]+run[i], at+i-1, at+i+1)
			}
		}
		at += len(run)
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
			emit(w[start:i], at, at+1)
			at++
			start = -1
		}
		run = append(run, w[i:i+utf8.RuneLen(r)])
	}
	if len(run) > 0 {
		flush()
	}
	if start >= 0 {
		emit(w[start:], at, at+1)
		at++
	}
	return at
}
