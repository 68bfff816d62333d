// Package textutil holds the small text helpers the page, feed and email
// templates share.
package textutil

import (
	"strconv"
	"strings"
	"unicode/utf8"
)

// Plural returns "1 paper" or "3 papers".
func Plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return strconv.Itoa(n) + " " + many
}

// Truncate shortens s to at most n runes, cutting at a word boundary and
// adding "…". It never cuts inside $…$ math (InlineMathEnd): a formula
// the cut would split is left out whole.
func Truncate(n int, s string) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	full := s
	cut := 0
	for i := range s {
		if cut >= n {
			s = s[:i]
			break
		}
		cut++
	}
	if i := strings.LastIndexByte(s, ' '); i > len(s)/2 {
		s = s[:i]
	}
	for start, end := range InlineMath(full) {
		if start >= len(s) {
			break
		}
		if end > len(s) {
			s = s[:start]
			break
		}
	}
	return strings.TrimRight(s, " ,;:.") + "…"
}
