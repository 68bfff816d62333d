package tex

import "strings"

// containedFence returns the index just past the fenced code block that
// opens after the block quote and list item markers starting the line at
// s[i] ("> ```math", "- ```go", "> 1. ~~~"), and the block as Plain
// writes it, its markers kept line for line and a block of language math
// made display math (mathFence); or i if no fence opens there. The block
// ends at its closing fence or at the first line that does not continue
// its containers, as a container's end closes a fence in CommonMark.
// blank reports a block of language math that stays code for a blank
// line in its TeX (blankMathFence).
func containedFence(s string, i int) (end int, block string, blank bool) {
	n, marks := containerPrefix(s, i)
	if n == 0 || fencedCode(s[:eol(s, i)], i+n) == i+n {
		return i, "", false
	}
	open := strings.TrimLeft(s[i+n:eol(s, i)], " ")
	fence := open[:len(open)-len(strings.TrimLeft(open, open[:1]))]
	var inner strings.Builder // the block without its markers
	var prefixes []string     // each line's markers, as written
	j := i
	for p := n; ; {
		e := eol(s, j)
		inner.WriteString(s[j+p : min(e+1, len(s))])
		prefixes = append(prefixes, s[j:j+p])
		closed := len(prefixes) > 1 && closingFence(s[j+p:e], fence)
		if j = min(e+1, len(s)); closed || j == len(s) {
			break
		}
		if p = continuation(s[j:eol(s, j)], marks); p < 0 {
			break
		}
	}
	blank = blankMathFence(inner.String())
	lines := strings.SplitAfter(mathFence(inner.String()), "\n")
	var b strings.Builder
	for k, l := range lines {
		if k < len(prefixes) {
			b.WriteString(prefixes[k])
		}
		b.WriteString(l)
	}
	return j, b.String(), blank
}

// containedDisplay writes the display math that opens after the block
// quote and list item markers starting the line at s[i] ("> \[",
// "- \begin{align}"), as displayBlock reads it at the top level, as $$
// math with its markers kept line for line, and returns the index past
// it, or i if none opens there. It ends where displayBlock's would, or
// is text where a line does not continue its containers first.
func (c *plainConv) containedDisplay(s string, i int) int {
	n, marks := containerPrefix(s, i)
	if n == 0 {
		return i
	}
	open := i + n // the \[ or \begin
	if first := strings.TrimRight(s[open:eol(s, i)], " \t\r"); len(first) > 4 && strings.HasPrefix(first, `\[`) &&
		strings.HasSuffix(first, `\]`) && ownParagraph(s, i, marks) {
		// A paragraph of its own: - \[ x \].
		c.b.WriteString(s[i:open] + "$$" + first[2:len(first)-2] + "$$" + s[open+len(first):eol(s, i)])
		return eol(s, i)
	}
	return c.display(s, i, open, marks)
}

// ownParagraph reports whether the line at s[i], which opens the
// containers marks, is a paragraph of its own: it opens a list item or
// follows a line with no text, and the line after it has none or does
// not continue its containers.
func ownParagraph(s string, i int, marks []int) bool {
	if marks[len(marks)-1] < 0 && continues(s, i) {
		prev := strings.LastIndexByte(s[:i-1], '\n') + 1
		if strings.Trim(s[prev:i-1], " \t>") != "" {
			return false
		}
	}
	j := eol(s, i) + 1
	if j >= len(s) {
		return true
	}
	p := continuation(s[j:eol(s, j)], marks)
	return p < 0 || strings.TrimSpace(s[j+p:eol(s, j)]) == ""
}

// containerPrefix returns the length of the block quote markers (>) and
// list item markers (-, *, +, 1., 1)) with the white space after each
// that open the line at s[i], and what continues each container on the
// lines after it: -1 for a block quote, the width of its content's
// indent for a list item.
func containerPrefix(s string, i int) (int, []int) {
	var marks []int
	j := i
	for {
		k := j
		for k < len(s) && k-j < 3 && s[k] == ' ' {
			k++
		}
		switch m := listMarker(s, k); {
		case k < len(s) && s[k] == '>':
			k++
			if k < len(s) && s[k] == ' ' {
				k++
			}
			marks = append(marks, -1)
		case m > k:
			w := m
			for w < len(s) && w-m < 4 && s[w] == ' ' {
				w++
			}
			marks = append(marks, w-j)
			k = w
		default:
			return j - i, marks
		}
		j = k
	}
}

// listMarker returns the index past the list item marker at s[i] and the
// space that must follow it, or i if none is there.
func listMarker(s string, i int) int {
	k := i
	for k < len(s) && k-i < 9 && isDigit(s[k]) {
		k++
	}
	switch {
	case k == i && k < len(s) && strings.IndexByte("-*+", s[k]) >= 0:
	case k > i && k < len(s) && (s[k] == '.' || s[k] == ')'):
	default:
		return i
	}
	if k+1 < len(s) && s[k+1] == ' ' {
		return k + 2
	}
	return i
}

// continuation returns the length of the markers that continue the
// containers marks (as containerPrefix returns them) on line, or -1 if
// line ends one of them. A line blank but for its block quote markers
// continues a list item.
func continuation(line string, marks []int) int {
	j := 0
	for _, m := range marks {
		if m < 0 {
			k := j
			for k < len(line) && k-j < 3 && line[k] == ' ' {
				k++
			}
			if k == len(line) || line[k] != '>' {
				return -1
			}
			j = k + 1
			if j < len(line) && line[j] == ' ' {
				j++
			}
			continue
		}
		if strings.TrimSpace(line[j:]) == "" {
			return len(line)
		}
		if len(line)-j < m || strings.TrimLeft(line[j:j+m], " ") != "" {
			return -1
		}
		j += m
	}
	return j
}
