package markdown

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// lineEndHyphens are the hyphens a copy of a PDF's lines leaves at a
// line's end where a word was broken: the hyphen-minus, Unicode's hyphen
// and the soft hyphen.
var lineEndHyphens = []string{"-\n", "\u2010\n", "\u00ad\n"}

// brokenWords returns a warning for each word a line's end breaks with a
// hyphen ("trans-" at a line's end and "former" at the next one's start),
// as a paragraph copied from a PDF keeps its lines: the page joins the
// lines with a space and shows "trans- former". The warning gives the
// word as one, without the hyphen or with it: the form the text has
// elsewhere, else both (trans-former may be the word's own hyphen); a
// soft hyphen's word without it. A
// hyphen before and, or or nor is let be ("pre- and post-training"), and
// so is one in code.
func (s *source) brokenWords() []Hidden {
	if !textutil.ContainsAny(s.text, lineEndHyphens...) {
		return nil
	}
	src := s.bytes()
	var out []Hidden
	each(s.root(), func(t *ast.Text) {
		if !t.SoftLineBreak() {
			return
		}
		next, ok := t.NextSibling().(*ast.Text)
		if !ok {
			return
		}
		if _, code := t.Parent().(*ast.CodeSpan); code {
			return
		}
		line := string(t.Segment.Value(src))
		hyphen, size := utf8.DecodeLastRuneInString(line)
		if hyphen != '-' && hyphen != '\u2010' && hyphen != '\u00ad' {
			return
		}
		head := line[:len(line)-size]
		head = head[strings.LastIndexFunc(head, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' && r != '\u2010' })+1:]
		rest := string(next.Segment.Value(src))
		tail := rest[:len(rest)-len(strings.TrimLeftFunc(rest, unicode.IsLetter))]
		if last, _ := utf8.DecodeLastRuneInString(head); !unicode.IsLetter(last) || tail == "" || !unicode.IsLower([]rune(tail)[0]) {
			return
		}
		switch tail {
		case "and", "or", "nor":
			return
		}
		out = append(out, Hidden{s.line(t.Segment.Stop - size), brokenMessage(s.wordSet(), head, string(hyphen), tail)})
	})
	return out
}

// brokenMessage is brokenWords' warning for the word head and tail make,
// broken with hyphen, in a text of words (wordSet).
func brokenMessage(words map[string]bool, head, hyphen, tail string) string {
	shown, joined, kept := head+hyphen+" "+tail, head+tail, head+"-"+tail
	fix := fmt.Sprintf("write it on one line: %s (or %s, if the hyphen is the word's own)", joined, kept)
	switch {
	case hyphen == "\u00ad": // a soft hyphen, which shows only where a line breaks
		shown, fix = head+" "+tail, "write it on one line, without the soft hyphen: "+joined
	case strings.ContainsAny(head, "-\u2010"), words[strings.ToLower(kept)]:
		fix = "write it on one line: " + kept
	case words[strings.ToLower(joined)]:
		fix = "write it on one line: " + joined
	}
	return fmt.Sprintf("%q ends this line and %q starts the next, as a copy of a PDF's lines leaves a word the PDF broke, so the page shows %q; %s", head+hyphen, tail, shown, fix)
}

// wordSet returns the words of the text, runs of letters and hyphens, in
// lower case: the forms brokenWords looks for a broken word in, made once
// for all of its warnings (a search of the whole text for each would take
// time in the square of its size).
func (s *source) wordSet() map[string]bool {
	if s.words == nil {
		s.words = map[string]bool{}
		for _, w := range strings.FieldsFunc(strings.ToLower(s.text), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '-' && r != '\u2010'
		}) {
			s.words[w] = true
		}
	}
	return s.words
}
