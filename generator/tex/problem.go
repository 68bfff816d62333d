package tex

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// unknownError is the errUnsupported of a command or environment the
// package does not know, naming it so that Problem can tell the author
// which one and what to write instead.
type unknownError struct {
	name string // the command's name without its backslash, or the environment's
	env  bool   // name is an environment's: \begin{name}
	unit bool   // name is in a unit of siunitx's: \si{\name}
}

func (e unknownError) Error() string { return "tex: unsupported math: " + e.source() }

func (e unknownError) Unwrap() error { return errUnsupported }

// source is the TeX that names what is unknown: \name or \begin{name}.
func (e unknownError) source() string {
	if e.env {
		return `\begin{` + e.name + `}`
	}
	return `\` + e.name
}

// malformedError is the errUnsupported of a source the parser found
// malformed where it can say how: its text is what Problem tells, the
// fault and what to write instead.
type malformedError string

func (e malformedError) Error() string { return "tex: malformed math: " + string(e) }

func (e malformedError) Unwrap() error { return errUnsupported }

// malformed returns the error of a malformed source, to be told as problem.
func malformed(problem string) error { return malformedError(problem) }

// errText is the errUnsupported of a \text{…} argument that text mode
// cannot show.
var errText = fmt.Errorf("%w in \\text", errUnsupported)

// Problem returns why MathML shows the math source src as its TeX source
// rather than as MathML, and what to write instead, or "" when MathML
// converts it. It is for `paperboy check`, which names the source's line;
// the message starts with what is wrong ("\R is not a command …").
func Problem(src string) string {
	_, err := parse(src)
	var unknown unknownError
	var color colorError
	var number numberError
	var shape malformedError
	switch {
	case err == nil:
		return ""
	case len(src) > MaxInput:
		return fmt.Sprintf("the formula is longer than %d KiB; split it", MaxInput>>10)
	case !utf8.ValidString(src):
		return "the formula is not valid UTF-8; retype it"
	case errors.As(err, &unknown) && unknown.env:
		return fmt.Sprintf(`%s is not an environment Paperboy's math knows; write aligned, gathered, cases, array or a matrix (pmatrix, bmatrix…) instead`, unknown.source())
	case errors.As(err, &unknown) && unknown.unit:
		return fmt.Sprintf(`%s is not a unit or prefix Paperboy's siunitx knows; write the unit's symbol in letters instead (\si{GHz}, \SI{3}{kg.m/s^2})`, unknown.source())
	case errors.As(err, &unknown) && definition(unknown.name):
		return fmt.Sprintf(`%s defines a macro, which Paperboy's math does not take (each formula is converted on its own); write out what the macro stands for where it is used (%s)`, unknown.source(), macroExample(src, unknown.name))
	case errors.As(err, &unknown):
		if m, ok := macros[unknown.name]; ok {
			return fmt.Sprintf("%s is not a command Paperboy's math knows; write %s instead", unknown.source(), m)
		}
		return fmt.Sprintf("%s is not a command Paperboy's math knows (a macro the paper defines, or a package's); %s", unknown.source(), instead(unknown.name))
	case errors.As(err, &color):
		return color.problem()
	case errors.As(err, &number):
		return number.problem()
	case errors.As(err, &shape):
		return string(shape)
	case errors.Is(err, errText):
		return `a \text{…} holds TeX that text cannot show (math, or a command other than accents, \textit, \textbf and the like); end the \text{…} before it`
	}
	// What the parser cannot name: a command's verbatim {…} argument
	// that is missing or unclosed, an unclosed [, an array's columns.
	return `a command's argument in braces or brackets is missing or not closed, or it nests deeper than ` +
		fmt.Sprint(MaxDepth) + ` levels; correct the TeX, or write \$ for a dollar sign that is no math`
}

// macros are what the commands papers commonly define for themselves
// (\newcommand{\R}{\mathbb{R}}) stand for; arXiv delivers the abstract
// without the paper's preamble, so they arrive undefined.
var macros = map[string]string{
	"R": `\mathbb{R}`, "N": `\mathbb{N}`, "Z": `\mathbb{Z}`, "Q": `\mathbb{Q}`, "C": `\mathbb{C}`,
	"E": `\mathbb{E}`, "P": `\mathbb{P}`, "eps": `\epsilon or \varepsilon`,
	"cite": "the reference in words (Vaswani et al., 2017)", "citep": "the reference in words (Vaswani et al., 2017)",
	"ref": "the number or the name of what it refers to", "eqref": "the equation's number in parentheses",
	"ce": `the formula with \mathrm and subscripts (\mathrm{H_2O} for mhchem's \ce{H2O})`,
}

// definition reports whether \name defines a macro.
func definition(name string) bool {
	switch name {
	case "newcommand", "renewcommand", "providecommand", "def", "let", "DeclareMathOperator":
		return true
	}
	return false
}

// macroExample says what to write for the macro that src defines with
// the command \name, in the words of the definition: "\mathbb{R} for
// \R" of \newcommand{\R}{\mathbb{R}}, "\operatorname{sgn} for \sgn" of
// \DeclareMathOperator{\sgn}{sgn}, "\varepsilon for \eps" of
// \let\eps\varepsilon; "what \pr stands for in place of \pr" for one
// that takes arguments or is long, and "\mathbb{R} for \R" when it
// cannot tell which macro it is.
func macroExample(src, name string) string {
	const fallback = `\mathbb{R} for \R`
	_, rest, ok := strings.Cut(src, `\`+name)
	if !ok {
		return fallback
	}
	rest = strings.TrimLeft(strings.TrimPrefix(rest, "*"), " ")
	braced := strings.HasPrefix(rest, "{")
	rest = strings.TrimPrefix(rest, "{")
	if !strings.HasPrefix(rest, `\`) {
		return fallback
	}
	end := 1
	for end < len(rest) && ('a' <= rest[end] && rest[end] <= 'z' || 'A' <= rest[end] && rest[end] <= 'Z') {
		end++
	}
	if end == 1 && end < len(rest) {
		_, size := utf8.DecodeRuneInString(rest[1:])
		end += size // a one-character name: \,
	}
	macro, rest := rest[:end], rest[end:]
	if braced {
		if rest = strings.TrimLeft(rest, " "); !strings.HasPrefix(rest, "}") {
			return fallback
		}
		rest = rest[1:]
	}
	rest = strings.TrimLeft(rest, " ")
	if name == "let" { // \let\eps\varepsilon, \let\eps=\varepsilon
		if t := strings.Fields(strings.TrimPrefix(rest, "=")); len(t) > 0 && strings.HasPrefix(t[0], `\`) {
			return t[0] + " for " + macro
		}
	}
	if !strings.HasPrefix(rest, "{") {
		return "what " + macro + " stands for in place of " + macro
	}
	depth, body := 0, ""
	for i, c := range rest {
		if c == '{' && !textutil.Escaped(rest, i) {
			depth++
		} else if c == '}' && !textutil.Escaped(rest, i) {
			if depth--; depth == 0 {
				body = strings.TrimSpace(rest[1:i])
				break
			}
		}
	}
	if body == "" || len(body) > 40 || strings.Contains(body, "#") {
		return "what " + macro + " stands for in place of " + macro
	}
	if name == "DeclareMathOperator" {
		body = `\operatorname{` + body + `}`
	}
	return body + " for " + macro
}

// instead says what to write for the unknown command \name.
func instead(name string) string {
	switch name {
	case "hline", "cline", "hdashline", "toprule", "midrule", "bottomrule":
		// A rule of an array, which the math converter does not draw:
		// \operatorname{hline} would print the word.
		return "the math draws no rules between an array's rows; remove it, or write the table as a Markdown table, whose rows have lines"
	}
	if functionNames[name] {
		return fmt.Sprintf(`write the TeX it stands for, such as \operatorname{%s} for a function's name`, name)
	}
	return "write out the TeX it stands for (a macro's \\newcommand is in the paper's source)"
}

// functionNames are the names of functions that papers define as
// operators of their own (\DeclareMathOperator{\softmax}{softmax}), for
// which \operatorname is what to write; for any other unknown command
// (\ours, or another package's \choose) it would print the name.
var functionNames = map[string]bool{
	"softmax": true, "sgn": true, "sign": true, "diag": true,
	"tr": true, "Tr": true, "trace": true, "rank": true, "Var": true, "Cov": true, "poly": true,
	"polylog": true, "supp": true, "dist": true, "KL": true, "ReLU": true, "relu": true,
	"erf": true, "vol": true, "conv": true, "proj": true, "prox": true, "dom": true,
	"lcm": true, "softplus": true, "sigmoid": true, "logit": true, "Span": true, "Res": true,
	"Ker": true, "Hom": true, "End": true, "Aut": true, "Spec": true, "Proj": true, "opt": true, "OPT": true,
}

// TextProblem says what is wrong with the command at s[at] that Leftovers
// found in the prose s, quoting it with its first argument, and what to
// write instead.
func TextProblem(s string, at int) string {
	if s[at] != '\\' { // the fence of a block of language math with a blank line (blankMathFence)
		fence := strings.TrimSpace(s[at:eol(s, at)])
		return fence + " holds a blank line, so the page shows it as code, not as math: a blank line ends display math in Markdown and is an error in TeX; delete the blank line, or end the block there and open another for the next formula"
	}
	name, end := commandName(s, at)
	quantity := quantityArgs(name) > 0
	end = afterArgs(s, end, max(quantityArgs(name), 1)) // \SI{3}{\giga\hertz}: both, to write again as math
	cmd := s[at:end]
	if quantity {
		return cmd + " is siunitx's, which Paperboy converts in math only, so the page shows it as written; write $" + cmd + "$"
	}
	switch name {
	case "cite", "citep", "citet", "citealp", "citeauthor", "citeyear", "nocite":
		return cmd + " is a LaTeX citation, which the page shows as written (it has no bibliography); write the reference in words (Vaswani et al., 2017) or as a link, or delete it"
	case "ref", "eqref", "autoref", "cref", "Cref", "label":
		return cmd + " refers to a numbered part of the paper, which the page shows as written; write what it refers to in words, or delete it"
	case "footnote":
		return cmd + " is a LaTeX footnote, which the page shows as written; write its text in parentheses, or as a Markdown footnote ([^1])"
	}
	if list := latexList(name, s[at+1+len(name):]); list != "" {
		return cmd + " is part of a LaTeX list, which the page shows as written where it is inside a line; put \\begin{" + list + "}, each \\item and \\end{" + list + "} at the start of lines of their own, in one paragraph, and the page shows a list (or write it in Markdown: - First point)"
	}
	switch name {
	case "begin":
		if env, ok := displayEnv(s[at:]); ok && unclosedEnv(s, at, env) {
			return cmd + " opens display math that no \\end{" + env + "} closes in its paragraph (a blank line ends it), so the page shows it as written; end the formula with \\end{" + env + "} at the end of its last line"
		} else if ok {
			return cmd + " is display math in a sentence, which the page shows as written; put it, from \\begin{" + env + "} to \\end{" + env + "}, on lines of its own, or write it between $$ and $$"
		}
	case "end":
		if env, ok := displayEnv(`\begin` + s[at+len(`\end`):min(len(s), at+24)]); ok { // one whose \begin is told is not (see Leftovers)
			return cmd + " ends display math that has no \\begin{" + env + "} before it, so the page shows it as written; put the formula, from \\begin{" + env + "} to \\end{" + env + "}, on lines of its own, or delete the " + cmd
		}
	}
	if _, ok := symbols[name]; ok {
		return cmd + " is math, which the page shows as written outside dollar signs; write $\\" + name + "$"
	}
	return cmd + " is not TeX that Paperboy converts in text (a macro the paper defines?), so the page shows it as written; write the text it stands for"
}

// afterArgs returns the end of up to n short braced arguments (of fewer
// than maxQuotedArg bytes) that follow s[:end], for a message to quote.
func afterArgs(s string, end, n int) int {
	for range n {
		if end >= len(s) || s[end] != '{' {
			break
		}
		// Only the short window is searched: a body of many unclosed
		// \url{ (one message each) was searched to its end from each.
		close := strings.IndexByte(s[end:min(len(s), end+maxQuotedArg)], '}')
		if close <= 0 {
			break
		}
		end += close + 1
	}
	return end
}

// maxQuotedArg bounds an argument a message quotes, so that it stays one
// line: a longer one is left out.
const maxQuotedArg = 40

// quantityArgs returns the number of arguments of the siunitx command
// \name that MathML converts, or 0 for any other command.
func quantityArgs(name string) int {
	switch name {
	case "SI":
		return 2
	case "si", "num", "unit":
		return 1
	}
	return 0
}

// unclosedEnv reports whether the display environment env, whose \begin
// is at s[at], starts its line (after the markers of a quote or a list
// item) and has no \end{env} in its paragraph, which a blank line ends:
// written as display math is, on lines of its own, but never closed.
func unclosedEnv(s string, at int, env string) bool {
	start := strings.LastIndexByte(s[:at], '\n') + 1
	if strings.Trim(s[start:at], " \t>-*+0123456789.)") != "" {
		return false // in a sentence
	}
	para := s[at : at+textutil.ParagraphEnd(s[at:])]
	return !strings.Contains(para, `\end{`+env+`}`)
}

// latexList returns the environment of the LaTeX list that the command
// \name, followed by rest, opens, closes or adds an item to (itemize,
// enumerate or description; itemize for an \item), or "".
func latexList(name, rest string) string {
	switch name {
	case "item":
		return "itemize"
	case "begin", "end":
		for _, env := range []string{"itemize", "enumerate", "description"} {
			if strings.HasPrefix(rest, "{"+env+"}") {
				return env
			}
		}
	}
	return ""
}
