package markdown

import (
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// unclosedFence returns a warning for a fenced code block that is never
// closed: CommonMark reads it to the end of the source, so every line
// after its fence, the notes' headings and paragraphs too, shows as code.
// Only a block of the top level can reach the end of the source; one in a
// list item or a quote ends with its container.
func (s *source) unclosedFence() []Hidden {
	if !mayHoldFence(s.text) {
		return nil
	}
	// Closed fences come in pairs: only a source with an odd number of
	// fence lines is parsed to find the one left open.
	fences := 0
	for line := range strings.Lines(s.text) {
		rest := strings.TrimLeft(line, blockMarkers)
		if strings.HasPrefix(rest, "```") || strings.HasPrefix(rest, "~~~") {
			fences++
		}
	}
	if fences%2 == 0 {
		return nil
	}
	b, ok := s.root().LastChild().(*ast.FencedCodeBlock)
	if !ok || b.Lines().Len() == 0 {
		return nil
	}
	src := s.bytes()
	if end := b.Lines().At(b.Lines().Len() - 1).Stop; strings.TrimSpace(string(src[end:])) != "" {
		return nil // its closing fence
	}
	line := s.line(b.Lines().At(0).Start) - 1
	open := strings.TrimLeft(strings.Split(s.text, "\n")[line-1], " ")
	fence := open[:len(open)-len(strings.TrimLeft(open, open[:1]))]
	return []Hidden{{line, fmt.Sprintf("the code block opened on this line with %s is never closed, so every line after it, to the end of the file, shows as code; add a line %s where the code ends", fence, fence)}}
}

// texWord matches the start of a formula: a word with a TeX sign in it
// (x_1, a^2, \alpha, {n}), which no price or other dollar amount has: a
// word that starts with a digit is a price ($1_000).
var texWord = regexp.MustCompile(`^(?:[^\s$0-9][^\s$]*)?[\\^_{]`)

// texOpener reads the backslash at s.text[i] for unclosedMath: if it
// opens \(…\) math that a \) closes in its paragraph, end is the
// offset after the \); suspect is true for a \( that none closes, and
// for a \[ at a line's start, alone or before a formula, that no \]
// closes.
func (s *source) texOpener(i int) (end int, suspect bool) {
	rest := s.text[i:]
	if i > 0 && s.text[i-1] == '\\' {
		return i, false
	}
	switch {
	case strings.HasPrefix(rest, `\(`):
		if k := s.next(&s.texCloses[0], `\)`, i+2); k >= 0 && k < s.paragraphEnd(i) {
			return k + 2, false
		}
		return i, true
	case strings.HasPrefix(rest, `\[`) && s.startsLine(i):
		if k := s.next(&s.texCloses[1], `\]`, i+2); k >= 0 && k+2 <= s.paragraphEnd(i) {
			return i, false
		}
		after, _, _ := strings.Cut(rest[2:], "\n")
		after = strings.TrimLeft(after, " \t")
		return i, strings.TrimSpace(after) == "" || texWord.MatchString(after)
	}
	return i, false // an escaped bracket in a sentence
}

// startsLine reports whether the byte at s.text[i] starts its line's
// text, after at most the markers of a quote or a list item.
func (s *source) startsLine(i int) bool {
	for i > 0 && strings.IndexByte(blockMarkers, s.text[i-1]) >= 0 {
		i--
	}
	return i == 0 || s.text[i-1] == '\n'
}

// footnoteRef matches a footnote reference, [^label], and footnoteDef
// the start of a footnote's definition, [^label]: at a line's start.
var (
	footnoteRef = regexp.MustCompile(`\[\^([^\]\s]+)\]`)
	footnoteDef = regexp.MustCompile(`(?m)^[ >]*\[\^([^\]\s]+)\]:`)
)

// unclosedMath returns a warning for each $$ that opens display math no
// $$ closes in its paragraph, and each $ before a formula (x_1, \alpha)
// that no $ closes as textutil.InlineMathEnd asks: the page shows the
// dollar signs and the TeX as written, where the author meant math. A
// dollar sign in code, or escaped (\$), is let be, and so is a single one
// before a word with no TeX sign in it, a price ("$5"). Likewise each \(
// that no \) closes in its paragraph, and each \[ that opens display
// math at a line's start (alone, or before a formula) that no \] closes
// in its paragraph (tex.Plain has made a closed one $$…$$): Markdown
// reads either as an escaped bracket and shows the TeX as written. A \[
// in a sentence is Markdown's escaped bracket, as the importers write
// every [ (\[1\]), and a \( or \[ after a backslash is text (\\\().
func (s *source) unclosedMath() []Hidden {
	tex := strings.Contains(s.text, `\(`) || strings.Contains(s.text, `\[`)
	var at []int // offsets of the suspect dollar signs, \( and \[
	for i := 0; i < len(s.text); i++ {
		if tex && s.text[i] == '\\' {
			if end, suspect := s.texOpener(i); suspect {
				at = append(at, i)
			} else if end > i {
				i = end - 1
			}
			continue
		}
		if s.text[i] != '$' || textutil.Escaped(s.text, i) {
			continue
		}
		if strings.HasPrefix(s.text[i:], "$$") {
			at = append(at, i)
			i++
			continue
		}
		if end := textutil.InlineMathEnd(s.text, i); end >= 0 {
			i = end - 1
			continue
		}
		if texWord.MatchString(s.text[i+1:]) {
			at = append(at, i)
		}
	}
	if len(at) == 0 {
		return nil
	}
	verbatim := s.verbatim()
	at = slices.DeleteFunc(at, verbatim.contains)
	paren, bracket := `"(" and the TeX`, `"[" and the TeX` // Markdown's escaped brackets
	if s.plain {
		paren, bracket = "the TeX", "the TeX"
	}
	var out []Hidden
	for n := 0; n < len(at); n++ {
		i := at[n]
		if strings.HasPrefix(s.text[i:], "$$") {
			if n+1 < len(at) {
				if blank := s.blankInDisplay(i, at[n+1]); blank >= 0 {
					out = append(out, Hidden{s.line(blank), "this blank line is inside display math, between a $$ above and the $$ that closes it below, so the page shows the TeX and both $$ as written: a blank line ends display math in Markdown and is an error in TeX; delete the blank line, or end the formula before it with $$ and open another after it"})
					n++
					continue
				}
			}
			out = append(out, Hidden{s.line(i), "$$ opens display math that no $$ closes in its paragraph (a blank line ends it), so the page shows the TeX as written; end the formula with $$"})
			continue
		}
		if strings.HasPrefix(s.text[i:], `\[`) {
			out = append(out, Hidden{s.line(i), `\[ opens display math that no \] closes in its paragraph (a blank line ends it), so the page shows ` + bracket + ` as written; end the formula with \] on a line of its own`})
			continue
		}
		if strings.HasPrefix(s.text[i:], `\(`) {
			word := s.text[i:i+2] + strings.TrimRight(wordAt(s.text, i+2, func(r rune) bool { return r == ' ' }), "\n")
			out = append(out, Hidden{s.line(i), fmt.Sprintf(`the \( of "%s" opens math that no \) closes in its paragraph (a blank line ends it), so the page shows %s as written; end the formula with \) right after its last character, or write ( for a parenthesis`, word, paren)})
			continue
		}
		word := "$" + wordAt(s.text, i+1, unicode.IsSpace)
		out = append(out, Hidden{s.line(i), fmt.Sprintf("the $ of \"%s\" opens math that no $ closes in its paragraph, so the page shows the TeX as written; end the formula with $ right after its last character, or write \\$ for a dollar sign", word)})
	}
	return out
}

// blankInDisplay returns the offset of the first blank line between the
// $$ at s.text[i] and the next unclosed one at s.text[j], when they are
// one formula that a blank line parts: $$ at the start of a line, the
// other at the end of one, and between them no heading; else -1. Either
// $$ alone would be told it opens display math that none closes.
func (s *source) blankInDisplay(i, j int) int {
	if _, end := s.lineBounds(j); !strings.HasPrefix(s.text[j:], "$$") || !s.startsLine(i) || strings.TrimSpace(s.text[j+2:end]) != "" {
		return -1
	}
	blank := -1
	for _, end := s.lineBounds(i); end < j; {
		var start int
		start, end = s.lineBounds(end + 1)
		line := strings.TrimLeft(s.text[start:end], " \t>")
		if strings.HasPrefix(line, "#") {
			return -1
		}
		if blank < 0 && strings.TrimSpace(line) == "" {
			blank = start
		}
	}
	return blank
}

// UnclosedMath returns the warnings unclosedMath gives of text t, a
// field of text with $…$ math that is no Markdown (a title, a tldr), in
// order: a $ before a formula, a $$, a \( or a \[ that nothing closes.
func UnclosedMath(t string) []string {
	if !strings.Contains(t, "$") && !strings.Contains(t, `\(`) && !strings.Contains(t, `\[`) {
		return nil
	}
	s := &source{text: t, plain: true, verbatimWalks: 1} // no Markdown: no code, nothing verbatim
	var out []string
	for _, h := range s.unclosedMath() {
		out = append(out, h.Msg)
	}
	return out
}

// undefinedFootnotes returns a warning for each footnote reference,
// [^label], whose label no footnote defines: the page shows "[^label]"
// as written. Labels are matched ignoring case, as CommonMark's are.
func (s *source) undefinedFootnotes() []Hidden {
	if !strings.Contains(s.text, "[^") {
		return nil
	}
	defined := map[string]bool{}
	for _, m := range footnoteDef.FindAllStringSubmatch(s.text, -1) {
		defined[strings.ToLower(m[1])] = true
	}
	var out []Hidden
	for _, m := range footnoteRef.FindAllStringSubmatchIndex(s.text, -1) {
		label := s.text[m[2]:m[3]]
		if defined[strings.ToLower(label)] || strings.HasPrefix(s.text[m[1]:], ":") {
			continue
		}
		if s.verbatim().contains(m[0]) {
			continue
		}
		out = append(out, Hidden{s.line(m[0]), fmt.Sprintf("the footnote [^%s] has no note, so the page shows \"[^%s]\" as written; add its note on a line of its own, \"[^%s]: …\", after the paragraph", label, label, label)})
	}
	return out
}

// uncitedFootnotes returns a warning for each footnote's note, [^label]:
// at a line's start, that no reference [^label] outside code cites (in
// any letter case): the page leaves the note out, as CommonMark's
// footnotes show only the notes cited.
func (s *source) uncitedFootnotes() []Hidden {
	if !strings.Contains(s.text, "[^") || !strings.Contains(s.text, "]:") {
		return nil
	}
	defs := footnoteDef.FindAllStringSubmatchIndex(s.text, -1)
	if len(defs) == 0 {
		return nil
	}
	labelAt := map[int]bool{} // where the notes' labels start
	for _, m := range defs {
		labelAt[m[2]] = true
	}
	cited := map[string]bool{} // labels in lower case
	for _, m := range footnoteRef.FindAllStringSubmatchIndex(s.text, -1) {
		if !labelAt[m[2]] && !s.verbatim().contains(m[0]) {
			cited[strings.ToLower(s.text[m[2]:m[3]])] = true
		}
	}
	var out []Hidden
	for _, m := range defs {
		label := s.text[m[2]:m[3]]
		if cited[strings.ToLower(label)] || s.verbatim().contains(m[2]) {
			continue
		}
		cited[strings.ToLower(label)] = true // told once
		out = append(out, Hidden{s.line(m[2]), fmt.Sprintf("the footnote [^%s] is cited nowhere, so the page leaves its note out; cite it with [^%s] where it belongs, or remove the note", label, label)})
	}
	return out
}

// twiceDefinedFootnotes returns a warning for each footnote note written
// with a label an earlier note has ([^a]: twice, in any letter case):
// the page shows the first note alone, and leaves this one out.
func (s *source) twiceDefinedFootnotes() []Hidden {
	if !strings.Contains(s.text, "[^") {
		return nil
	}
	seen := map[string]bool{} // labels in lower case
	var out []Hidden
	for _, m := range footnoteDef.FindAllStringSubmatchIndex(s.text, -1) {
		if s.verbatim().contains(m[2]) {
			continue
		}
		label := s.text[m[2]:m[3]]
		if !seen[strings.ToLower(label)] {
			seen[strings.ToLower(label)] = true
			continue
		}
		out = append(out, Hidden{s.line(m[2]), fmt.Sprintf("the footnote [^%s] has a note above already, so the page leaves this one out; give this note a label of its own ([^%s-2]: …) and cite it by that label, or merge the two notes", label, label)})
	}
	return out
}

// unspacedHeadingRE matches a line that starts as a heading with no space
// after its # signs (#Notes, ## Notes written ##Notes), which CommonMark
// reads as a paragraph: the # signs and a letter after them, behind at
// most three spaces and a quote's markers. A # before a digit (#1 paper
// of the day) is no heading meant.
var unspacedHeadingRE = regexp.MustCompile(`(?m)^[ >]*(#{1,6})(\pL[^\n]*)$`)

// unspacedHeadings returns a warning for each line written as a heading
// without the space after its # signs: the page shows "#Notes" as a
// paragraph, and the notes have no heading to start them.
func (s *source) unspacedHeadings() []Hidden {
	if !strings.Contains(s.text, "#") {
		return nil
	}
	var out []Hidden
	for _, m := range s.outsideCode(unspacedHeadingRE, 1) {
		hashes, words := s.text[m[2]:m[3]], strings.TrimSpace(s.text[m[4]:m[5]])
		out = append(out, Hidden{s.line(m[2]), fmt.Sprintf("%q is a paragraph, not a heading: a heading needs a space after its # signs; write %s %s (or \\%[1]s to keep the # as text)", hashes+words, strings.Repeat("#", max(len(hashes), 2)), words)})
	}
	return out
}

// spacedLinkRE matches what is written as a link or an image whose
// address has a space and is not in <…>: [the slides](my slides.pdf),
// which CommonMark takes for no link at all. A title after the address
// ([x](a.pdf "Slides")) makes it a link, so one is let be.
var spacedLinkRE = regexp.MustCompile(`(!?\[[^\[\]\n]+\])\(([^()<>\s]+(?:[ \t]+[^()<>\s"']+)+)\)`)

// spacedLinks returns a warning for each link or image written with a
// space in its address: the page shows "[the slides](my slides.pdf)" as
// written, and links nothing.
func (s *source) spacedLinks() []Hidden {
	if !strings.Contains(s.text, "](") {
		return nil
	}
	var out []Hidden
	for _, m := range s.outsideCode(spacedLinkRE, 0) {
		label, dest := s.text[m[2]:m[3]], s.text[m[4]:m[5]]
		if !strings.ContainsAny(dest, "./") {
			continue // no address: [1](see below)
		}
		out = append(out, Hidden{s.line(m[0]), fmt.Sprintf("%q is no link, as a link's address has no spaces, so the page shows it as written; write %s(<%s>), or %s for the address",
			s.text[m[0]:m[1]], label, dest, strings.Join(strings.Fields(dest), "%20"))})
	}
	return out
}

// spacedParenRE matches a link or an image written with a space between
// its ] and its ( ([the code] (https://github.com/a/b)), which CommonMark
// takes for no link, when its text has a letter (not a reference list's
// [1] (https://…)) and what is in the parentheses is an address: an
// http(s) URL, or a path to a file of a kind pages link.
var spacedParenRE = regexp.MustCompile(`(!?\[[^\[\]\n]*\pL[^\[\]\n]*\])[ \t]+\((https?://[^\s()<>]+|[^\s()<>]+\.(?:md|pdf|png|jpe?g|gif|svg|webp|html?|zip))\)`)

// referenceRE matches a reference link or image, [the code][gh] or
// [the code][], whose text has a space (so [CLS][SEP] and x[i][j] are let
// be); refDefRE a reference's definition, [gh]: at a line's start.
var (
	referenceRE = regexp.MustCompile(`!?\[([^\[\]\n]* [^\[\]\n]*)\]\[([^\[\]\n]*)\]`)
	refDefRE    = regexp.MustCompile(`(?m)^[ >]{0,3}\[([^\[\]\n]+)\]:`)
)

// openLinkRE matches the start of a link or an image to an http(s)
// address, [the code](https://…, whose text has a letter; unclosed tells
// whether its ) is there.
var openLinkRE = regexp.MustCompile(`(!?\[[^\[\]\n]*\pL[^\[\]\n]*\])\(https?://`)

// unclosed returns the address of the link whose address starts at i of
// the text, when CommonMark cannot close it: no ) follows it in its
// paragraph, and end, where the address ends. An address closed, or
// followed by a title or words and a ) (spacedLinks' mistake, when on its
// line), gives "". The ) and the paragraph's end are found with scans,
// reused from one link to the next: a paragraph of thousands of links
// is not read to its end for each.
func (s *source) unclosed(i int) (dest string, end int) {
	text := s.text
	start, depth := i, 0
	for ; i < len(text) && text[i] > ' '; i++ {
		switch text[i] {
		case '\\':
			i++
		case '(':
			depth++
		case ')':
			if depth == 0 {
				return "", i
			}
			depth--
		}
	}
	i = min(i, len(text))
	paren, blank := s.next(&s.linkCloses[0], ")", i), s.next(&s.linkCloses[1], "\n\n", i)
	if paren >= 0 && (blank < 0 || paren < blank) {
		return "", i
	}
	return text[start:i], i
}

// unlinked returns a warning for each link or image written so that it is
// none, which the page shows as written: a space between its ] and its (
// (spacedParenRE), an address with no ) to close it (openLinkRE), or a
// reference to a definition the source lacks (referenceRE).
func (s *source) unlinked() []Hidden {
	if !strings.Contains(s.text, "] (") && !strings.Contains(s.text, "][") && !strings.Contains(s.text, "](http") {
		return nil
	}
	var out []Hidden
	if strings.Contains(s.text, "](http") {
		end := 0 // where the last address read ends
		for _, m := range s.outsideCode(openLinkRE, 0) {
			if m[0] < end {
				continue // in the address of the link before
			}
			var dest string
			if dest, end = s.unclosed(m[3] + 1); dest == "" {
				continue
			}
			// A sentence's full stop after the address is the sentence's.
			closed := strings.TrimRight(dest, ".,;:")
			out = append(out, Hidden{s.line(m[0]), fmt.Sprintf("%q is no link, as no ) closes its address, so the page shows it as written; write %s(%s)%s",
				s.text[m[0]:m[3]+1+len(dest)], s.text[m[2]:m[3]], closed, dest[len(closed):])})
		}
	}
	for _, m := range s.outsideCode(spacedParenRE, 0) {
		out = append(out, Hidden{s.line(m[0]), fmt.Sprintf("%q is no link, as a link has no space between its ] and its (, so the page shows it as written; write %s(%s)",
			s.text[m[0]:m[1]], s.text[m[2]:m[3]], s.text[m[4]:m[5]])})
	}
	if strings.Contains(s.text, "][") {
		defined := map[string]bool{}
		for _, m := range refDefRE.FindAllStringSubmatch(s.text, -1) {
			defined[refLabel(m[1])] = true
		}
		for _, m := range s.outsideCode(referenceRE, 0) {
			label := s.text[m[4]:m[5]]
			if label == "" {
				label = s.text[m[2]:m[3]] // [the code][] is [the code][the code]
			}
			if strings.HasPrefix(label, "^") || defined[refLabel(label)] {
				continue
			}
			out = append(out, Hidden{s.line(m[0]), fmt.Sprintf("%q is no link, as no line defines [%s], so the page shows it as written; add a line \"[%s]: https://…\" after the paragraph, or write [%s](https://…)",
				s.text[m[0]:m[1]], label, label, s.text[m[2]:m[3]])})
		}
	}
	slices.SortStableFunc(out, func(a, b Hidden) int { return a.Line - b.Line })
	return out
}

// refLabel is a reference label as CommonMark matches it: in any letter
// case, its white space runs one space.
func refLabel(label string) string { return strings.ToLower(strings.Join(strings.Fields(label), " ")) }

// outsideCode returns the matches of re in the source, as
// FindAllStringSubmatchIndex gives them, whose group (0: the whole
// match) starts outside code, comments and math blocks (verbatim); the
// source is parsed for them only when re matches.
func (s *source) outsideCode(re *regexp.Regexp, group int) [][]int {
	var out [][]int
	for _, m := range re.FindAllStringSubmatchIndex(s.text, -1) {
		if !s.verbatim().contains(m[2*group]) {
			out = append(out, m)
		}
	}
	return out
}
