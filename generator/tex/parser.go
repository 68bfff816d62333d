package tex

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

// parser builds the AST of one math source. It is used once and dropped.
type parser struct {
	lx    lexer
	depth int
	font  font
}

// parse returns the AST of src, or errUnsupported if src uses anything the
// package cannot convert or exceeds MaxInput or MaxDepth.
func parse(src string) (*node, error) {
	if len(src) > MaxInput || !utf8.ValidString(src) {
		return nil, errUnsupported
	}
	var p parser
	return p.sub(src)
}

// enter records one more level of nesting and fails beyond MaxDepth; every
// enter is paired with a deferred leave.
func (p *parser) enter() error {
	p.depth++
	if p.depth > MaxDepth {
		return errTooDeep
	}
	return nil
}

// errTooDeep is the error of a source nested deeper than MaxDepth.
var errTooDeep = malformed(fmt.Sprintf("it nests groups, fractions or scripts deeper than %d levels; split it into formulas of their own", MaxDepth))

// stray is the error of the token t that ends a list where nothing it
// closes or separates was opened: a } with no {, an & or \\ outside an
// environment, a \right with no \left, an \end with no \begin.
func stray(t token) error {
	switch {
	case t.kind == tClose:
		return malformed(`a } closes no {; delete it, or add the { it closes`)
	case t.kind == tAmp:
		return malformed(`an & separates columns only in an environment (aligned, cases, a matrix…); write \& for an ampersand, or put the formula in \begin{aligned}…\end{aligned}`)
	case t.text == "\\" || t.text == "cr":
		return malformed(`a \\ breaks a line only in an environment (aligned, gathered, a matrix…); put the formula in \begin{gathered}…\end{gathered}, or delete the \\`)
	case t.text == "right":
		return malformed(`a \right has no \left before it; add the \left it closes, or delete the \right`)
	case t.text == "middle":
		return malformed(`a \middle is outside \left…\right; put a \left before it and a \right after it`)
	case t.text == "end":
		return malformed(`an \end has no \begin before it, or another \begin is still open; pair each \begin{…} with its \end{…}`)
	}
	return errUnsupported
}

// errUnclosed is the error of a { that nothing closes.
var errUnclosed = malformed(`a { is never closed; add the } that closes it`)

func (p *parser) leave() { p.depth-- }

// ends reports whether t ends a list: the end of the source, a closing
// brace, a column or row separator, \right, \middle or \end.
func ends(t token) bool {
	switch t.kind {
	case tEOF, tClose, tAmp:
		return true
	case tCommand:
		switch t.text {
		case "\\", "cr", "right", "middle", "end":
			return true
		}
	}
	return false
}

// list parses atoms with their scripts up to the token that ends the list,
// which it leaves unread, and returns them as one row.
func (p *parser) list() (*node, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer p.leave()
	r := row()
	// An infix fraction ({n \choose k}) takes all of the list before it
	// as its numerator (num) and all after it as its denominator (r).
	var num *node
	infix := ""
	done := func() (*node, error) {
		if infix == "" {
			return r, nil
		}
		return row(fraction(infix, num, r)), nil
	}
	for {
		t, err := p.lx.peek()
		if err != nil {
			return nil, err
		}
		if ends(t) {
			return done()
		}
		if t.kind == tCommand {
			if name, ok := infixes[t.text]; ok {
				p.lx.next()
				if infix != "" {
					return nil, malformed(`it has two of \over, \choose and \atop in one group; put braces around each fraction: {{a \over b} \over c}, or write \frac{a}{b} and \binom{n}{k}`)
				}
				num, infix, r = r, name, row()
				continue
			}
			if style, ok := styleCommand(t.text); ok {
				p.lx.next()
				rest, err := p.list()
				if err != nil {
					return nil, err
				}
				r.kids = append(r.kids, &node{kind: kStyle, text: style, kids: rest.kids})
				return done()
			}
			if t.text == "color" {
				p.lx.next()
				rest, err := p.colored(p.list)
				if err != nil {
					return nil, err
				}
				r.kids = append(r.kids, rowKids(rest)...)
				return done()
			}
		}
		kids, err := p.scripted(true)
		if err != nil {
			return nil, err
		}
		r.kids = append(r.kids, kids...)
	}
}

// styleCommand reports the style a command such as \displaystyle switches to.
func styleCommand(name string) (string, bool) {
	switch name {
	case "displaystyle":
		return "display", true
	case "textstyle":
		return "text", true
	}
	return "", false
}

// scripted parses one atom and the scripts attached to it. A function name
// is followed by a function application operator. In a list (inList), a
// digit starts a whole number; in an argument it stands alone, as in TeX.
func (p *parser) scripted(inList bool) ([]*node, error) {
	base, err := p.atom(inList)
	if err != nil {
		return nil, err
	}
	n, err := p.scripts(base)
	if err != nil {
		return nil, err
	}
	if base.fn {
		return []*node{n, {kind: kOp, text: "\u2061"}}, nil
	}
	return []*node{n}, nil
}

// scripts parses the primes, \limits, \nolimits, subscript and superscript
// after base and returns base with them attached.
func (p *parser) scripts(base *node) (*node, error) {
	var sub, sup *node
	place := limAuto
	primes := ""
	for {
		t, err := p.lx.peek()
		if err != nil {
			return nil, err
		}
		switch {
		case t.kind == tPrime && sup == nil:
			p.lx.next()
			primes += "′"
		case t.kind == tCommand && (t.text == "limits" || t.text == "nolimits"):
			p.lx.next()
			place = limAlways
			if t.text == "nolimits" {
				place = limNever
			}
		case t.kind == tSub && sub == nil, t.kind == tSup && sup == nil:
			p.lx.next()
			arg, err := p.arg()
			if err != nil {
				return nil, err
			}
			if t.kind == tSub {
				sub = arg
			} else {
				sup = arg
			}
		case t.kind == tSup:
			return nil, malformed(`a base has two superscripts (x^2^3); write x^{2^3}, or {x^2}^3`)
		case t.kind == tSub:
			return nil, malformed(`a base has two subscripts (x_i_j); write x_{i_j}, or x_{ij}`)
		case t.kind == tPrime:
			return nil, malformed(`a prime follows a superscript (x^2'); write the prime first, x'^2`)
		default:
			if primes != "" {
				// f′ is written as the prime after the base, not as its
				// superscript: a math font's ′ is drawn raised already, and
				// browsers without its script variant (Chromium) raise it
				// again, tiny and apart from the f; scripts go on both.
				base = row(base, leaf(kOp, primeString(primes)))
			}
			if sub == nil && sup == nil {
				return base, nil
			}
			return &node{kind: kScripts, kids: []*node{base, sub, sup}, limits: place}, nil
		}
	}
}

// primeString turns a run of primes into the single character for it.
func primeString(primes string) string {
	switch primes {
	case "′′":
		return "″"
	case "′′′":
		return "‴"
	}
	return primes
}

// arg parses a command or script argument: a braced group or one atom.
func (p *parser) arg() (*node, error) {
	t, err := p.lx.peek()
	if err != nil {
		return nil, err
	}
	switch {
	case t.kind == tOpen:
		return p.group()
	case ends(t), t.kind == tSup, t.kind == tSub, t.kind == tPrime:
		return nil, errNoArg
	}
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer p.leave()
	return p.atom(false)
}

// errNoArg is the error of a command, ^ or _ with no argument after it.
var errNoArg = malformed(`a command, ^ or _ lacks its argument (\frac{a} or x^ at the end of a group); add it, in braces`)

// group parses {…} and returns its contents as one row.
func (p *parser) group() (*node, error) {
	if t, err := p.lx.next(); err != nil || t.kind != tOpen {
		return nil, errUnsupported
	}
	return p.listEndingIn(tClose)
}

// listEndingIn parses a list and then the token of kind end that must
// close it: the } of a group, or the end of a source.
func (p *parser) listEndingIn(end tokKind) (*node, error) {
	n, err := p.list()
	if err != nil {
		return nil, err
	}
	t, err := p.lx.next()
	switch {
	case err != nil:
		return nil, err
	case t.kind == end:
		return n, nil
	case t.kind == tEOF:
		return nil, errUnclosed
	case end == tClose:
		return nil, malformed(`a { is not closed before the ` + t.source() + ` after it; add the } that closes it`)
	}
	return nil, stray(t)
}

// atom parses one atom without scripts.
func (p *parser) atom(inList bool) (*node, error) {
	t, err := p.lx.next()
	if err != nil {
		return nil, err
	}
	switch t.kind {
	case tOpen:
		p.lx.pos-- // let group read the brace again
		return p.group()
	case tTilde:
		return leaf(kSpace, "0.3333em"), nil
	case tCommand:
		return p.command(t.text)
	case tChar:
		return p.char(t.text, inList), nil
	}
	// A script or prime without a base gets an empty one.
	if t.kind == tSup || t.kind == tSub || t.kind == tPrime {
		p.lx.pos--
		return row(), nil
	}
	return nil, errUnsupported
}

// char returns the node for a single character of the source.
func (p *parser) char(c string, inList bool) *node {
	r, _ := utf8.DecodeRuneInString(c)
	switch {
	case r < utf8.RuneSelf && isDigit(byte(r)):
		if inList {
			c += p.lx.number()
		}
		return leaf(kNumber, styleString(p.font, c))
	case r < utf8.RuneSelf && isLetter(byte(r)):
		if p.font != fontNone && inList {
			c += p.lx.letters()
		}
		return p.ident(c)
	case unicode.IsLetter(r):
		return p.ident(c)
	case unicode.IsDigit(r):
		return leaf(kNumber, c)
	case c == ":":
		// := is one relation, as TeX sets two relations side by side,
		// with no space between them: "a := b", where the colon and the
		// equals sign stood apart, as two operators.
		if t, err := p.lx.peek(); err == nil && t.kind == tChar && t.text == "=" {
			p.lx.next()
			return leaf(kOp, ":=")
		}
	}
	return asciiOp(c)
}

// ident returns an identifier in the current font. In a font, a run of
// letters is one identifier; a single upright letter says so explicitly.
func (p *parser) ident(s string) *node {
	n := leaf(kIdent, styleString(p.font, s))
	n.script = p.scriptFont()
	if p.font == fontRoman && utf8.RuneCountInString(s) == 1 && italicByDefault(s) {
		n.normal = true
	}
	return n
}

// italicByDefault reports whether a one-letter <mi> holding s is set in
// italic by MathML Core, so an upright one needs mathvariant="normal".
func italicByDefault(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r < utf8.RuneSelf && isLetter(byte(r)) ||
		r >= 'Α' && r <= 'ω' || r == 'ı' || r == 'ȷ' || r == '∇' || r == '∂' ||
		r == 'ϵ' || r == 'ϑ' || r == 'ϰ' || r == 'ϕ' || r == 'ϱ' || r == 'ϖ'
}

// asciiOp returns the operator for a symbol character typed directly.
func asciiOp(c string) *node {
	switch c {
	case "-":
		c = "−"
	case "*":
		c = "∗"
	case "(", ")", "[", "]", "|", "/":
		// A solidus is an ordinary symbol in TeX, with no space either
		// side (N_c/N), where MathML gives it a thin space each side.
		return &node{kind: kOp, text: c, stretchy: no, tight: bar(c) || c == "/"}
	}
	return leaf(kOp, c)
}

// bar reports whether the delimiter d is a bar, | or ‖. TeX sets a bar
// not marked as opening or closing (|, \vert, \|, \Vert) as an ordinary
// symbol, with no space either side; MathML's operator dictionary gives
// one inside a row a relation's space, so |x| in a = |x| + b showed as
// | x |, and as |x | where the first bar, first in its row, counted as a
// prefix.
func bar(d string) bool { return d == "|" || d == "‖" }
