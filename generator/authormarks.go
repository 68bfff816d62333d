package generator

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// titleBlockMark reports whether r is a sign a paper's title block sets
// after an author's name for an affiliation or a note (equal
// contribution, the corresponding author), which a copy of the names from
// its PDF keeps: asterisks, daggers, §, ¶, stars, card suits, an envelope
// and superscript digits.
func titleBlockMark(r rune) bool {
	switch r {
	case '*', '∗', '⋆', '★', '☆', '†', '‡', '§', '¶', '♠', '♣', '♦', '♥', '♢', '♡', '✉', '✝', '¹', '²', '³':
		return true
	}
	return '⁰' <= r && r <= '⁹'
}

// pastedNames reads an author's name copied with its marks from a PDF's
// title block ("Ashish Vaswani∗", "Niki Parmar1,2"): it returns the
// names it holds without them, and the marks as written, each once. A
// title block sets names side by side, so a name with marks after inner
// words as well ("Ashish Vaswani∗ Noam Shazeer†") is as many names, each
// of at least two words; otherwise it is one. Plain digits are marks
// after a word other than the first that ends in a small letter
// ("Parmar1", "Parmar1,2"; not "Qwen2 Team"). It returns no names for a
// name without marks.
func pastedNames(name string) (names []string, marks []string) {
	if !strings.ContainsFunc(name, func(r rune) bool { return titleBlockMark(r) || '0' <= r && r <= '9' }) {
		return nil, nil // most names: nothing to cut
	}
	words := strings.Fields(name)
	var cur, all []string
	split := true // whether every name the marks end has two words or more
	for i, w := range words {
		if len(cur) == 0 && marks != nil && (w == "and" || w == "&") {
			continue // Ada Lovelace∗ and Alan Turing†
		}
		bare, mark := cutMarks(w, i > 0)
		if bare != "" {
			cur = append(cur, bare)
		}
		if mark == "" {
			continue
		}
		if !slices.Contains(marks, mark) {
			marks = append(marks, mark)
		}
		if len(cur) > 0 {
			split = split && len(cur) >= 2
			all = append(all, strings.Join(cur, " "))
			cur = nil
		}
	}
	if marks == nil {
		return nil, nil
	}
	if len(cur) > 0 {
		split = split && len(cur) >= 2
		all = append(all, strings.Join(cur, " "))
	}
	if !split || len(all) < 2 {
		return []string{strings.Join(strings.Fields(strings.Join(all, " ")), " ")}, marks
	}
	return all, marks
}

// cutMarks splits the word w into the word and the marks after it
// (Vaswani∗ → Vaswani, ∗; Parmar1,2 → Parmar, 1,2). When digits is set,
// plain digits and the commas between them are marks too, if they follow
// a small letter; a word of marks alone comes back as marks.
func cutMarks(w string, digits bool) (bare, marks string) {
	end := len(w)
	for end > 0 {
		r, size := utf8.DecodeLastRuneInString(w[:end])
		if !titleBlockMark(r) && !(digits && (r == ',' || '0' <= r && r <= '9')) {
			break
		}
		end -= size
	}
	bare, marks = w[:end], w[end:]
	if strings.IndexFunc(marks, func(r rune) bool { return r == ',' || '0' <= r && r <= '9' }) >= 0 {
		last, _ := utf8.DecodeLastRuneInString(bare)
		if !unicode.IsLower(last) || marks[0] == ',' {
			return cutMarks(w, false)
		}
	}
	return bare, marks
}

// markedMessage is the warning for the author name, which holds the
// names with the marks pastedNames found.
func markedMessage(name string, names, marks []string) string {
	if len(names) == 1 {
		return fmt.Sprintf("author %q has %s, a mark of the paper's title block (an affiliation, equal contribution) copied with it from the PDF: citations of the paper show it as part of the name, as do its pages unless another paper spells the name without it; write %q", name, strings.Join(marks, " "), names[0])
	}
	return fmt.Sprintf("author %q is %d names with the marks a PDF's title block sets after them (%s), copied as one; write each as an author of its own, without the marks: [%s]", name, len(names), strings.Join(marks, " "), strings.Join(names, ", "))
}
