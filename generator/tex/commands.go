package tex

import (
	"cmp"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// command parses what a control sequence stands for, with its arguments.
func (p *parser) command(name string) (*node, error) {
	if s, ok := symbols[name]; ok {
		return p.symbol(s), nil
	}
	if f, ok := fonts[name]; ok {
		return p.inFont(f)
	}
	if a, ok := accents[name]; ok {
		body, err := p.arg()
		if err != nil {
			return nil, err
		}
		mark := &node{kind: kOp, text: a.mark, stretchy: no}
		if a.stretch {
			mark.stretchy = yes
		}
		n := &node{kind: kOver, kids: []*node{body, mark}, accent: name != "overbrace"}
		if !n.accent {
			n.limits = limAlways
		}
		return n, nil
	}
	if mark, ok := underAccents[name]; ok {
		body, err := p.arg()
		if err != nil {
			return nil, err
		}
		n := &node{kind: kUnder, kids: []*node{body, {kind: kOp, text: mark, stretchy: yes}},
			accent: name != "underbrace"}
		if !n.accent {
			n.limits = limAlways
		}
		return n, nil
	}
	if size, ok := bigSizes[name]; ok {
		d, err := p.delimiter()
		if err != nil || d == "" {
			return row(), err
		}
		n := &node{kind: kOp, text: d, stretchy: yes, size: size}
		switch name[len(name)-1] {
		case 'l':
			n.form = "prefix"
		case 'r':
			n.form = "postfix"
		case 'g':
			n.tight = bar(d) // \big|, an ordinary symbol as | is
		}
		return n, nil
	}
	if _, ok := enclosures[name]; ok {
		return p.enclosed(name)
	}
	switch name {
	case "frac", "dfrac", "tfrac", "cfrac", "binom", "dbinom", "tbinom":
		return p.frac(name)
	case "sqrt":
		return p.sqrt()
	case "left":
		return p.fenced()
	case "text", "textrm", "textnormal", "textup", "mbox", "hbox":
		return p.text(fontNone)
	case "textit", "textsl", "emph":
		return p.text(fontItalic)
	case "textbf":
		return p.text(fontBold)
	case "textsf":
		return p.text(fontSans)
	case "texttt":
		return p.text(fontMono)
	case "textsc": // \textsc{Adam}, an algorithm's name
		n, err := p.text(fontNone)
		if n != nil {
			n.caps = true
		}
		return n, err
	case "operatorname":
		return p.operatorName()
	case "overset", "stackrel", "underset":
		return p.overUnder(name == "underset")
	case "xrightarrow", "xleftarrow":
		return p.extensibleArrow(name)
	case "not":
		return p.negation()
	case "pmod":
		arg, err := p.arg()
		if err != nil {
			return nil, err
		}
		return row(leaf(kSpace, pmodSpace), &node{kind: kOp, text: "(", stretchy: no},
			leaf(kIdent, "mod"), leaf(kSpace, "0.3333em"), arg,
			&node{kind: kOp, text: ")", stretchy: no}), nil
	case "colon":
		return &node{kind: kOp, text: ":", punct: true}, nil
	case "nonumber", "notag":
		return row(), nil
	case "mathop":
		// \mathop{\mathrm{arg\,min}}: a name that takes limits in
		// display math, as \operatorname* does; any other argument (a
		// big operator already) is itself.
		n, err := p.arg()
		if err != nil {
			return nil, err
		}
		if name, ok := opName(n); ok {
			return &node{kind: kIdent, text: name, fn: true, limits: limDisplay}, nil
		}
		return n, nil
	case "ensuremath":
		return p.arg()
	case "label":
		// A label prints nothing; the page has no \ref to resolve it.
		_, err := p.lx.group()
		return row(), err
	case "tag":
		star := p.lx.star() // \tag*{A}: the tag as written, with no parentheses
		n, err := p.text(fontNone)
		if err != nil {
			return nil, err
		}
		if !star {
			n.text = "(" + n.text + ")"
		}
		return row(leaf(kSpace, "2em"), n), nil
	case "begin":
		return p.environment()
	case "textcolor":
		return p.colored(p.arg)
	case "phantom", "hphantom", "vphantom":
		return p.phantom(name)
	case "mathrel", "mathbin":
		// \mathrel{:=}: signs as one operator, spaced as MathML's
		// dictionary spaces it; any other argument is itself.
		n, err := p.arg()
		if err != nil {
			return nil, err
		}
		if sign, ok := opSigns(n); ok {
			return &node{kind: kOp, text: sign}, nil
		}
		return n, nil
	case "mathord", "mathopen", "mathclose", "mathpunct", "mathinner":
		return p.arg()
	case "hspace", "hskip", "kern", "mkern", "mskip":
		return p.hspace(name)
	case "smash": // \smash[b]{x}: x, whose height only TeX's lines heed
		if _, _, err := p.lx.optional(); err != nil {
			return nil, err
		}
		return p.arg()
	case "substack":
		return p.substack()
	case "SI", "si", "unit", "num":
		return p.siunitx(name)
	}
	return nil, unknownError{name: name}
}

// symbol returns the node for a symbol command in the current font.
func (p *parser) symbol(s symbol) *node {
	switch s.kind {
	case sIdent, sUpright:
		text := styleString(p.font, s.text)
		n := leaf(kIdent, text)
		n.script = p.scriptFont()
		n.normal = text == s.text && (s.kind == sUpright || p.font == fontRoman) &&
			italicByDefault(text)
		return n
	case sFence:
		return &node{kind: kOp, text: s.text, stretchy: no, tight: bar(s.text)}
	case sOpen:
		return &node{kind: kOp, text: s.text, stretchy: no, form: "prefix"}
	case sClose:
		return &node{kind: kOp, text: s.text, stretchy: no, form: "postfix"}
	case sLarge:
		return &node{kind: kOp, text: s.text, limits: limDisplay}
	case sFunc:
		return &node{kind: kIdent, text: s.text, fn: true}
	case sLimFunc:
		return &node{kind: kIdent, text: s.text, fn: true, limits: limDisplay}
	case sSpace:
		if s.text == "" {
			return row()
		}
		return leaf(kSpace, s.text)
	}
	return leaf(kOp, s.text) // sOp, sIntegral
}

// inFont parses a font command's argument with that font current.
func (p *parser) inFont(f font) (*node, error) {
	saved := p.font
	p.font = within(saved, f)
	defer func() { p.font = saved }()
	return p.arg()
}

// reading has p read src, a whole source or a raw argument read from
// one, until the function it returns puts back what p was reading:
// defer p.reading(raw)().
func (p *parser) reading(src string) (restore func()) {
	saved := p.lx
	p.lx = lexer{src: src}
	return func() { p.lx = saved }
}

// sub parses src, a whole source or a raw argument read from one, as
// math.
func (p *parser) sub(src string) (*node, error) {
	defer p.reading(src)()
	return p.listEndingIn(tEOF)
}

// frac parses the two arguments of \frac and its relatives.
func (p *parser) frac(name string) (*node, error) {
	num, err := p.arg()
	if err != nil {
		return nil, err
	}
	den, err := p.arg()
	if err != nil {
		return nil, err
	}
	return fraction(name, num, den), nil
}

// infixes maps plain TeX's fraction commands, which stand between the
// numerator and the denominator ({n \choose k}), to the command of
// fraction that builds the same.
var infixes = map[string]string{"over": "frac", "choose": "binom", "atop": "atop", "brace": "brace", "brack": "brack"}

// fraction returns what \frac, \binom or a relative of theirs named name
// makes of num and den: "atop" is a fraction with no rule, "brace" and
// "brack" a binomial in braces and in brackets.
func fraction(name string, num, den *node) *node {
	n := &node{kind: kFrac, kids: []*node{num, den}}
	open, closing := "(", ")"
	switch name {
	case "brace":
		open, closing = "{", "}"
	case "brack":
		open, closing = "[", "]"
	}
	binom := strings.HasSuffix(name, "binom") || open != "("
	if binom || name == "atop" {
		n.text = "0"
	}
	switch name {
	case "dfrac", "cfrac", "dbinom":
		n = &node{kind: kStyle, text: "display", kids: []*node{n}}
	case "tfrac", "tbinom":
		n = &node{kind: kStyle, text: "text", kids: []*node{n}}
	}
	if !binom {
		return n
	}
	// TeX sets a binomial's parentheses at a size of its own, \big's in
	// a line and \Bigg's in display math, the size of the fraction in
	// each.
	size := binomSize
	switch name {
	case "dbinom":
		size = delimSizes[3]
	case "tbinom":
		size = delimSizes[0]
	}
	o, c := fence(open, "prefix"), fence(closing, "postfix")
	o.size, c.size = size, size
	return row(o, n, c)
}

// sqrt parses \sqrt{x} and \sqrt[n]{x}.
func (p *parser) sqrt() (*node, error) {
	index, ok, err := p.lx.optional()
	if err != nil {
		return nil, err
	}
	body, err := p.arg()
	if err != nil || !ok {
		return &node{kind: kSqrt, kids: []*node{body}}, err
	}
	n, err := p.sub(index)
	if err != nil {
		return nil, err
	}
	return &node{kind: kRoot, kids: []*node{body, n}}, nil
}

// fence returns a stretchy delimiter that opens or closes a fenced row.
func fence(d, form string) *node {
	return &node{kind: kOp, text: d, stretchy: yes, form: form}
}

// fenced parses \left d … \middle d … \right d.
func (p *parser) fenced() (*node, error) {
	open, err := p.delimiter()
	if err != nil {
		return nil, err
	}
	r := row()
	var delims []*node // r's delimiters, in order
	add := func(n *node) {
		r.kids = append(r.kids, n)
		delims = append(delims, n)
	}
	if open != "" {
		add(fence(open, "prefix"))
	}
	body := row()
	for {
		part, err := p.list()
		if err != nil {
			return nil, err
		}
		r.kids = append(r.kids, part.kids...)
		body.kids = append(body.kids, part.kids...)
		t, err := p.lx.next()
		switch {
		case err != nil:
			return nil, err
		case t.kind == tEOF || t.kind == tClose:
			return nil, malformed(`a \left` + open + ` has no \right after it in its group; add the \right that closes it, or write ` + cmp.Or(open, "the delimiter") + ` without \left`)
		case t.kind != tCommand || t.text != "middle" && t.text != "right":
			return nil, stray(t)
		}
		d, err := p.delimiter()
		if err != nil {
			return nil, err
		}
		if t.text == "right" {
			if d != "" {
				add(fence(d, "postfix"))
			}
			break
		}
		if d != "" {
			// No space either side, as TeX sets \middle (a closing
			// delimiter after what comes before it, an opening one before
			// what follows): P(A \middle| B), where MathML gave a bar a
			// relation's space and Chromium set P(A | B).
			add(&node{kind: kOp, text: d, stretchy: yes, tight: true})
		}
	}
	if flat(body) {
		// TeX sets the delimiters of a row no taller than a line of text
		// at their own size, which MathML draws when they do not stretch;
		// Chromium gives a stretchy one the room of its widest size, so
		// \left[ x \right] showed as [ x ].
		for _, d := range delims {
			d.stretchy = no
		}
	}
	return r, nil
}

// flat reports whether n is no taller than a line of text: letters,
// numbers, text, spaces and operators that do not stretch (nor a big
// operator), in rows, with subscripts of the same (TeX's delimiters
// cover r_t and x_{t-1} at their own size). A superscript, a fraction,
// a root, an accent, a table or a delimiter that stretches is taller.
func flat(n *node) bool {
	switch n.kind {
	case kIdent, kNumber, kText, kSpace:
		return true
	case kScripts:
		return n.kids[2] == nil && flat(n.kids[0]) && flat(n.kids[1])
	case kOp:
		return n.limits != limDisplay && n.stretchy != yes
	case kRow:
		for _, k := range n.kids {
			if !flat(k) {
				return false
			}
		}
		return true
	}
	return false
}

// delimiter reads the delimiter after \left, \right, \middle or \big; the
// empty delimiter "." yields "".
func (p *parser) delimiter() (string, error) {
	t, err := p.lx.next()
	if err != nil {
		return "", err
	}
	switch t.kind {
	case tChar:
		switch t.text {
		case ".":
			return "", nil
		case "(", ")", "[", "]", "|", "/":
			return t.text, nil
		case "<":
			return "⟨", nil
		case ">":
			return "⟩", nil
		}
	case tCommand:
		if s, ok := symbols[t.text]; ok && (s.kind == sFence || s.kind == sOpen || s.kind == sClose || s.text == "∣") {
			return s.text, nil
		}
		switch t.text {
		case "uparrow", "downarrow", "updownarrow", "Uparrow", "Downarrow":
			return symbols[t.text].text, nil
		}
	}
	return "", errUnsupported
}

// text parses the argument of \text and its relatives as text in font f.
func (p *parser) text(f font) (*node, error) {
	raw, err := p.lx.group()
	if err != nil {
		return nil, err
	}
	s, ok := textMode(raw)
	if !ok {
		return nil, errText
	}
	s = styleString(f, s)
	// MathML trims the ends of <mtext>; TeX keeps them.
	if strings.HasPrefix(s, " ") {
		s = "\u00a0" + s[1:]
	}
	if strings.HasSuffix(s, " ") {
		s = s[:len(s)-1] + "\u00a0"
	}
	return leaf(kText, s), nil
}

// operatorName parses \operatorname{name} and \operatorname*{name}.
func (p *parser) operatorName() (*node, error) {
	star := p.lx.star()
	raw, err := p.lx.group()
	if err != nil {
		return nil, err
	}
	name := raw
	for _, thin := range []string{`\,`, `\:`, `\;`, `\ `} {
		name = strings.ReplaceAll(name, thin, "\u2009")
	}
	name = strings.ReplaceAll(name, `\!`, "")
	name = strings.TrimSpace(name)
	for _, r := range name {
		if !(r < utf8.RuneSelf && (isLetter(byte(r)) || isDigit(byte(r))) ||
			strings.ContainsRune("-' \u2009", r)) {
			return nil, errUnsupported
		}
	}
	if name == "" {
		return nil, errUnsupported
	}
	n := &node{kind: kIdent, text: name, fn: true}
	n.normal = utf8.RuneCountInString(name) == 1 && italicByDefault(name)
	if star {
		n.limits = limDisplay
	}
	return n, nil
}

// opName returns the name that n, the argument of \mathop, spells when
// it is only letters and spaces (\mathop{\mathrm{arg\,min}}), with each
// space a thin one as \operatorname writes it, so that it is one
// function name; ok is false for any other argument.
func opName(n *node) (name string, ok bool) {
	return spelled(n, func(n *node) (string, bool) {
		switch n.kind {
		case kIdent:
			return n.text, !n.normal
		case kSpace:
			return "\u2009", true
		}
		return "", false
	})
}

// opSigns returns the text of n when it is one or more signs written in
// a row (:=, +, \#), which \mathrel and \mathbin make one operator.
func opSigns(n *node) (string, bool) {
	return spelled(n, func(n *node) (string, bool) {
		switch n.kind {
		case kOp:
			return n.text, n.text != ""
		case kIdent: // \# and \&, upright symbols
			r, _ := utf8.DecodeRuneInString(n.text)
			return n.text, utf8.RuneCountInString(n.text) == 1 && !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}
		return "", false
	})
}

// spelled returns the text of n's leaves, in rows of any depth, each
// read by leaf; ok is false when leaf refuses one, or n has no text.
func spelled(n *node, leaf func(*node) (string, bool)) (string, bool) {
	if n.kind != kRow {
		return leaf(n)
	}
	var b strings.Builder
	for _, k := range n.kids {
		s, ok := spelled(k, leaf)
		if !ok {
			return "", false
		}
		b.WriteString(s)
	}
	return b.String(), b.Len() > 0
}

// texUnits are the lengths of TeX's units in em (a 10pt font's quad,
// 18mu): those \hspace and its kin take.
var texUnits = map[string]float64{
	"em": 1, "ex": 0.431, "mu": 1.0 / 18, "pt": 0.1, "bp": 0.1004, "mm": 0.2845,
	"cm": 2.845, "in": 7.227, "pc": 1.2, "px": 0.075,
}

// hspace parses the length after \hspace{1em} (\hspace*), \hskip 2pt,
// \kern0.5em or \mkern3mu \mskip… (a glue's plus and minus are TeX's
// stretch, left out) as a space of that width; a negative one, which
// MathML cannot draw, is none.
func (p *parser) hspace(name string) (*node, error) {
	var raw string
	if name == "hspace" {
		p.lx.star()
		g, err := p.lx.group()
		if err != nil {
			return nil, err
		}
		raw = g
	} else {
		raw = p.lx.length()
		if name == "hskip" || name == "mskip" {
			p.lx.glue() // its stretch and shrink, which a page has not
		}
	}
	m := lengthRE.FindStringSubmatch(strings.TrimSpace(raw))
	if m == nil {
		return nil, errUnsupported
	}
	v, err := strconv.ParseFloat(m[1], 64)
	if err != nil {
		return nil, errUnsupported
	}
	if v <= 0 {
		return row(), nil
	}
	em := strings.TrimRight(strings.TrimRight(strconv.FormatFloat(v*texUnits[m[2]], 'f', 4, 64), "0"), ".")
	return leaf(kSpace, em+"em"), nil
}

// lengthRE matches a TeX length: a decimal, then a unit of texUnits.
var lengthRE = regexp.MustCompile(`^([-+]?(?:\d+\.?\d*|\.\d+))\s*(em|ex|mu|pt|bp|mm|cm|in|pc|px)$`)

// overUnder parses \overset{over}{base}, \stackrel and \underset{under}{base}.
func (p *parser) overUnder(under bool) (*node, error) {
	script, err := p.arg()
	if err != nil {
		return nil, err
	}
	base, err := p.arg()
	if err != nil {
		return nil, err
	}
	if under {
		return &node{kind: kUnder, kids: []*node{base, script}}, nil
	}
	return &node{kind: kOver, kids: []*node{base, script}}, nil
}

// extensibleArrow parses \xrightarrow[below]{above} and \xleftarrow.
func (p *parser) extensibleArrow(name string) (*node, error) {
	below, hasBelow, err := p.lx.optional()
	if err != nil {
		return nil, err
	}
	above, err := p.arg()
	if err != nil {
		return nil, err
	}
	arrow := "→"
	if name == "xleftarrow" {
		arrow = "←"
	}
	n := &node{kind: kOver, kids: []*node{{kind: kOp, text: arrow, stretchy: yes}, above}}
	if !hasBelow {
		return n, nil
	}
	b, err := p.sub(below)
	if err != nil {
		return nil, err
	}
	return &node{kind: kUnder, kids: []*node{n, b}}, nil
}

// negation parses \not before a relation.
func (p *parser) negation() (*node, error) {
	t, err := p.lx.next()
	if err != nil {
		return nil, err
	}
	var rel string
	switch t.kind {
	case tChar:
		rel = asciiOp(t.text).text
	case tCommand:
		s, ok := symbols[t.text]
		if !ok || s.kind != sOp && s.kind != sFence && s.kind != sOpen && s.kind != sClose {
			return nil, errUnsupported
		}
		rel = s.text
	default:
		return nil, errUnsupported
	}
	if n, ok := negations[rel]; ok {
		return leaf(kOp, n), nil
	}
	return leaf(kOp, rel+"\u0338"), nil
}
