package render

import (
	"strconv"
	"strings"
	"text/template/parse"
)

// Reading a template file's source and parse trees, for messages that
// point into it.

// unclosedBlock returns the innermost block ({{if}}, {{range}}, {{with}},
// {{define}} or {{block}}) that template source src opens and never ends,
// and its line; "" when every block ends. When the block never ended is a
// {{define}} or {{block}} whose own {{end}} an inner block took, it also
// returns that inner block, with the inner block's line as line: the
// first {{if}}, {{range}} or {{with}} that an {{end}} starting its line
// closed, indented less than the opener's line (which may start with
// markup: `<header> {{if .Day}}`), and that {{end}}'s line.
func unclosedBlock(src string) (word string, line int, inner string, endLine int) {
	type block struct {
		word   string
		line   int
		indent int // the indentation of the opener's line
	}
	var open []block
	ln := 1
	for i := 0; i < len(src); {
		j := strings.Index(src[i:], "{{")
		if j < 0 {
			break
		}
		ln += strings.Count(src[i:i+j], "\n")
		start, k, indent, lead := ln, i+j+2, lineIndent(src, i+j), lineLead(src, i+j)
		if strings.HasPrefix(src[k:], "- ") {
			k++
		}
		for k < len(src) && (src[k] == ' ' || src[k] == '\t' || src[k] == '\r' || src[k] == '\n') {
			k++
		}
		// The whole identifier: {{endArrow}} is a function, not an {{end}}.
		w := k
		for w < len(src) && (isLetter(src[w]) || src[w] == '_' || src[w] >= '0' && src[w] <= '9') {
			w++
		}
		end := actionEnd(src, k)
		ln += strings.Count(src[i+j:end], "\n")
		i = end
		switch src[k:w] {
		case "if", "range", "with", "define", "block":
			open = append(open, block{src[k:w], start, lead})
		case "end":
			if len(open) > 0 {
				b := open[len(open)-1]
				if inner == "" && b.word != "define" && b.word != "block" && b.indent >= 0 && indent >= 0 && indent < b.indent && start > b.line {
					inner, line, endLine = b.word, b.line, start
				}
				open = open[:len(open)-1]
			}
		}
	}
	if len(open) == 0 {
		return "", 0, "", 0
	}
	b := open[len(open)-1]
	if inner == "" || (b.word != "define" && b.word != "block") {
		return b.word, b.line, "", 0
	}
	return b.word, line, inner, endLine
}

// lineLead returns how many spaces and tabs start the line of src[at].
func lineLead(src string, at int) int {
	start := strings.LastIndexByte(src[:at], '\n') + 1
	return len(src[start:at]) - len(strings.TrimLeft(src[start:at], " \t"))
}

// lineIndent returns how many spaces and tabs come before the action at
// src[at] on its line, or -1 when something else comes first.
func lineIndent(src string, at int) int {
	start := strings.LastIndexByte(src[:at], '\n') + 1
	if strings.TrimLeft(src[start:at], " \t") != "" {
		return -1
	}
	return at - start
}

// actionEnd returns the index just past the "}}" that ends the action
// whose text starts at k, skipping comments and quoted strings.
func actionEnd(src string, k int) int {
	if strings.HasPrefix(src[k:], "/*") {
		if c := strings.Index(src[k+2:], "*/"); c >= 0 {
			k += 2 + c + 2
		}
	}
	for k < len(src) {
		switch c := src[k]; c {
		case '"', '\'', '`':
			k++
			for k < len(src) && src[k] != c {
				if src[k] == '\\' && c != '`' {
					k++
				}
				k++
			}
		case '}':
			if strings.HasPrefix(src[k:], "}}") {
				return k + 2
			}
		}
		k++
	}
	return len(src)
}

// unclosedAction returns the line of the first action of template source
// src that is never closed with }}, another {{ or the file's end coming
// first, and its text on that line ({{if .Paper); 0 and "" when every
// action is closed.
func unclosedAction(src string) (line int, text string) {
	ln := 1
	for i := 0; i < len(src); {
		j := strings.Index(src[i:], "{{")
		if j < 0 {
			break
		}
		start := i + j
		ln += strings.Count(src[i:start], "\n")
		end, closed := actionClosed(src, start+2)
		if !closed {
			text, _, _ = strings.Cut(src[start:end], "\n")
			return ln, strings.TrimSpace(text)
		}
		ln += strings.Count(src[start:end], "\n")
		i = end
	}
	return 0, ""
}

// actionClosed returns the index just past the "}}" that ends the action
// whose text starts at k, skipping comments and quoted strings, and
// true; or, when another "{{" or the end of src comes first, its index
// and false.
func actionClosed(src string, k int) (int, bool) {
	if c := strings.TrimPrefix(src[k:], "- "); strings.HasPrefix(c, "/*") {
		if e := strings.Index(c, "*/"); e >= 0 {
			k += len(src[k:]) - len(c) + e + 2
		}
	}
	for k < len(src) {
		switch c := src[k]; c {
		case '"', '\'', '`':
			k++
			for k < len(src) && src[k] != c && (c == '`' || src[k] != '\n') {
				if src[k] == '\\' && c != '`' {
					k++
				}
				k++
			}
		case '}':
			if strings.HasPrefix(src[k:], "}}") {
				return k + 2, true
			}
		case '{':
			if strings.HasPrefix(src[k:], "{{") {
				return k, false
			}
		}
		k++
	}
	return len(src), false
}

// funcName returns the name of the function or method a command calls.
func funcName(n parse.Node) string {
	switch x := n.(type) {
	case *parse.IdentifierNode:
		return x.Ident
	case *parse.FieldNode:
		return "." + x.Ident[len(x.Ident)-1]
	case *parse.VariableNode:
		if len(x.Ident) > 1 {
			return "." + x.Ident[len(x.Ident)-1]
		}
	case *parse.ChainNode:
		if len(x.Field) > 0 {
			return "." + x.Field[len(x.Field)-1]
		}
	}
	return ""
}

// splitLocation splits text/template's "file:line:col" (col optional)
// into its file and line.
func splitLocation(loc string) (file string, line int) {
	parts := strings.Split(loc, ":")
	nums := []int{}
	for len(parts) > 1 && len(nums) < 2 {
		n, err := strconv.Atoi(parts[len(parts)-1])
		if err != nil {
			break
		}
		nums = append([]int{n}, nums...)
		parts = parts[:len(parts)-1]
	}
	file = strings.Join(parts, ":")
	if len(nums) > 0 {
		line = nums[0]
	}
	return file, line
}

// nodeLine returns the theme file and line where node n is.
func nodeLine(n parse.Node) (file string, line int) {
	loc, _ := (*parse.Tree)(nil).ErrorContext(n)
	return splitLocation(loc)
}

// sourceLine returns line n (from 1) of src, whose line endings are LF
// (diag.Normalize), or "".
func sourceLine(src string, n int) string {
	for i := 1; i < n; i++ {
		_, rest, ok := strings.Cut(src, "\n")
		if !ok {
			return ""
		}
		src = rest
	}
	line, _, _ := strings.Cut(src, "\n")
	return line
}

// opener quotes, from a template's source line, where the HTML left open
// on it begins: for token a quote, the attribute whose value it opens and
// never closes (the first value holding a > outside actions, which is
// where the closing quote went missing, or else the last one opened),
// as `class="lab-badge>…`; for "<", the last tag the line opens. It stops
// after the first > that follows; "" when the line has no such token.
func opener(line, token string) string {
	var opens []int // where each value the token opens starts
	suspect := -1   // the first value with a > before its closing quote
	in := false
	for i := 0; i < len(line); i++ {
		switch {
		case strings.HasPrefix(line[i:], "{{"):
			i = actionEnd(line, i+2) - 1
		case line[i] == token[0] && token != "<":
			in = !in
			if in {
				opens = append(opens, i)
			}
		case line[i] == '<' && token == "<":
			opens = append(opens, i)
		case line[i] == '>' && in && suspect < 0:
			suspect = opens[len(opens)-1]
		}
	}
	if len(opens) == 0 {
		return ""
	}
	start := opens[len(opens)-1]
	if suspect >= 0 {
		start = suspect
	}
	end := start + 1
	if before := strings.TrimRight(line[:start], " "); token != "<" && strings.HasSuffix(before, "=") {
		// Back over the attribute's name and =.
		start = len(strings.TrimRight(before[:len(before)-1], " "))
		for start > 0 && attrNameByte(line[start-1]) {
			start--
		}
	}
	for end < len(line) {
		if strings.HasPrefix(line[end:], "{{") {
			end = actionEnd(line, end+2)
			continue
		}
		end++
		if line[end-1] == '>' {
			break
		}
	}
	if end == len(line) {
		return line[start:]
	}
	return line[start:end] + "…"
}

// attrNameByte reports whether c may be part of an HTML attribute name as
// themes write them.
func attrNameByte(c byte) bool {
	return c == '-' || c == '_' || c == ':' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// isLetter tells whether c is an ASCII letter.
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
