package tex

// kind is the sort of a math AST node.
type kind uint8

const (
	kIdent   kind = iota // an identifier: <mi>
	kNumber              // a number: <mn>
	kOp                  // an operator, fence or separator: <mo>
	kText                // text: <mtext>
	kSpace               // a space of width text: <mspace>
	kRow                 // a sequence of kids: <mrow>
	kFrac                // kids[0] over kids[1]; text is the line thickness, "" for the default
	kSqrt                // the square root of kids[0]
	kRoot                // the kids[1]-th root of kids[0]
	kScripts             // kids[0] with subscript kids[1] and superscript kids[2], either may be nil
	kOver                // kids[0] with kids[1] above it
	kUnder               // kids[0] with kids[1] below it
	kStyle               // kids set in the style named by text: "display" or "text"
	kTable               // rows (kRow) of cells (kRow); text is the column alignment
	kClass               // kids in an <mrow> of the theme's class named by text (\boxed, \cancel, \color)
	kPhantom             // kids taking their room unseen; text is "h" or "v" to keep only width or height
	kStack               // rows (kRow) of one cell each, stacked as a limit (\substack)
)

// pmodSpace is the text of the space before \pmod's parenthesis, whose
// width the writer chooses: TeX's is wider in display math than in a line.
const pmodSpace = "pmod"

// binomSize is the size of a \binom's parentheses, which the writer
// chooses: TeX's are taller in display math than in a line.
const binomSize = "binom"

// limits says where a base puts its scripts.
type limits uint8

const (
	limAuto    limits = iota // scripts beside the base, except for limit-taking bases in display math
	limAlways                // scripts under and over the base (\limits, \underbrace)
	limNever                 // scripts beside the base (\nolimits)
	limDisplay               // base property: under and over in display math (\sum, \lim)
)

// tri is an optional boolean attribute.
type tri int8

const (
	unset tri = iota
	yes
	no
)

// node is one node of the math AST the parser builds and the writer prints.
type node struct {
	kind kind
	text string
	kids []*node

	normal   bool   // kIdent: upright, mathvariant="normal"
	script   font   // kIdent: fontCal or fontScript when its letters are \mathcal's or \mathscr's (scriptStyles)
	fn       bool   // kIdent: a function name, followed by a function application
	stretchy tri    // kOp: the stretchy attribute
	form     string // kOp: "prefix" or "postfix" for \left and \right fences
	size     string // kOp: the fixed size of a \big delimiter
	tight    bool   // kOp: no space either side, as a unit's solidus (m/s)
	punct    bool   // kOp: \colon, punctuation, where a colon typed as : is a relation
	limits   limits // a base: limDisplay or limAuto; kScripts: the script placement
	accent   bool   // kOver, kUnder: the script is an accent
	caps     bool   // kText: in small capitals, \textsc's
}

// leaf returns a childless node.
func leaf(k kind, text string) *node { return &node{kind: k, text: text} }

// row returns an <mrow> of kids.
func row(kids ...*node) *node { return &node{kind: kRow, kids: kids} }

// single returns n, or the only member of a row of one, repeatedly: what
// a group written around one atom ({x}) stands for.
func (n *node) single() *node {
	for n.kind == kRow && len(n.kids) == 1 {
		n = n.kids[0]
	}
	return n
}

// isOpen reports whether n begins with an opening delimiter, so a function
// name before it needs no space.
func (n *node) isOpen() bool {
	for n != nil {
		switch n.kind {
		case kOp:
			return n.form == "prefix" || isOpenDelim(n.text)
		case kRow:
			if len(n.kids) == 0 {
				return false
			}
			n = n.kids[0]
		case kScripts:
			n = n.kids[0]
		default:
			return false
		}
	}
	return false
}

// setOff reports whether a function name after prev is set off from it
// by a thin space, as TeX sets one after an ordinary atom or a closing
// delimiter or bar: n\log n, P(x)\log y, |x|\log y.
func setOff(prev *node) bool { return prev != nil && (!isOp(prev) || prev.isClose()) }

// isClose reports whether n is a closing delimiter or a bar.
func (n *node) isClose() bool {
	if n.kind != kOp {
		return false
	}
	switch n.text {
	case ")", "]", "}", "⟩", "⌋", "⌉":
		return true
	}
	return n.form == "postfix" || n.tight && bar(n.text)
}

// isOpenDelim reports whether s is an opening delimiter.
func isOpenDelim(s string) bool {
	switch s {
	case "(", "[", "{", "⟨", "⌊", "⌈":
		return true
	}
	return false
}
