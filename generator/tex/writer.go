package tex

import "strings"

// writer prints an AST as MathML Core.
type writer struct {
	b        *strings.Builder
	display  bool
	inScript int    // the scripts (and roots' indices) being written, around one another
	fracs    int    // the fractions being written, one inside another
	leading  bool   // the member being written is the first of its row, which MathML spaces as a prefix
	fence    string // the size (fenceSize) of the \left, \middle or \right delimiter being written, for its width
	bare     bool   // the big operator being written has no ordinary atom before it, so no space before it either
}

// scriptStyle reports whether what is being written is in TeX's script
// style: a script, a root's index, a fraction's part in inline math or
// of a fraction inside another. TeX sets its relations, binary operators
// and punctuation with no space (only the thin spaces of big operators
// and function names stay).
func (w *writer) scriptStyle() bool {
	return w.inScript > 0 || w.fracs > 1 || w.fracs == 1 && !w.display
}

// node writes n as the single child of <math>.
func (w *writer) node(n *node) {
	w.b.WriteString("<mrow>")
	w.kids(n.kids)
	w.b.WriteString("</mrow>")
}

// kids writes the members of a row in order.
func (w *writer) kids(kids []*node) {
	var prev *node     // the last member written
	unarySign := false // prev is a sign written as unary, an ordinary atom in TeX
	fence := ""        // the size of the row's \left…\right delimiters, once known
	for i, k := range kids {
		if stretchyFence(k) && fence == "" {
			fence = fenceSize(kids, w.display && !w.scriptStyle())
		}
		if prev != nil && k.kind == kOp && k.stretchy == unset && unary(prev, k) {
			// A sign after an operator or an opening delimiter has one
			// operand, as TeX sets it (a = −b, (−x)): MathML's operator
			// dictionary takes one inside a row for a binary operator
			// and gave it a binary operator's space after it, a = − b.
			w.b.WriteString(`<mo form="prefix">`)
			escape(w.b, k.text)
			w.b.WriteString("</mo>")
			prev, unarySign = k, true
			continue
		}
		if leadingRelation(prev, k) {
			// A relation with nothing before it has no space before it,
			// as TeX sets it ($\geq 99\%$), where MathML gave it a
			// thick one; "about" (\sim, \approx) is a prefix of the
			// quantity after it ($\sim 5$%), with none after it either,
			// nor has a relation alone.
			if w.scriptStyle() || approxPrefix(k) || i+1 == len(kids) {
				w.b.WriteString(`<mo lspace="0" rspace="0">`)
			} else {
				w.b.WriteString(`<mo lspace="0" rspace="0.2778em">`)
			}
			escape(w.b, k.text)
			w.b.WriteString("</mo>")
			prev, unarySign = k, false
			continue
		}
		if k.kind == kOp && !k.tight && k.stretchy == unset && lonelyBinary(prev, k, kids[i+1:]) {
			// A binary operator with no operand on one side is an
			// ordinary symbol in TeX ($2\times$ faster, ($\times$2)),
			// where MathML gave it its spaces: 2 × , ( × 2).
			w.b.WriteString(`<mo lspace="0" rspace="0">`)
			escape(w.b, k.text)
			w.b.WriteString("</mo>")
			prev, unarySign = k, false
			continue
		}
		if k.kind == kOp && k.text == "\u2061" {
			// A function name is set off from an argument that is not
			// fenced, as TeX does.
			if i+1 < len(kids) && !kids[i+1].isOpen() && !isOp(kids[i+1]) {
				w.b.WriteString(`<mo rspace="0.1667em">` + "\u2061</mo>")
			} else {
				w.b.WriteString("<mo>\u2061</mo>")
			}
			continue
		}
		if k.kind == kRow && len(k.kids) == 0 {
			continue
		}
		if i > 0 && !w.scriptStyle() && innerSpace(kids[i-1], k) {
			w.b.WriteString(`<mspace width="0.1667em"></mspace>`)
		}
		if i > 0 && (setOff(kids[i-1]) || unarySign && prev == kids[i-1]) && isFunction(k) {
			// A thin space between a function name and what comes
			// before it, as TeX sets n\log n, P(x)\log and -\log, which
			// MathML would set as "nlog n" (tex.Unicode writes a space
			// there too, but after a sign).
			w.b.WriteString(`<mspace width="0.1667em"></mspace>`)
		}
		w.leading = prev == nil
		if stretchyFence(k) {
			w.fence = fence
		}
		// TeX sets a thin space before a big operator only after an
		// ordinary atom, a closing delimiter or another big operator
		// or a unary sign (a\sum, (a)\sum, \iint\oint, -\int), none
		// after an opening one or first in a formula, and only the
		// relation's or operator's own after one; MathML gives ∑ its
		// thin space before it wherever it is: ( ∑, = ∑ had a thick
		// space and a thin one.
		w.bare = largeOp(k) && !setOff(prev) && (prev == nil || !largeOp(prev)) && !unarySign // -\int, an ordinary sign
		w.one(k)
		w.leading, w.fence, w.bare = false, "", false
		prev, unarySign = k, prev == nil && k.kind == kOp && unary(nil, k) // -\log x
	}
}

// stretchyFence reports whether n is a delimiter of \left, \middle or
// \right that stretches, whose size the browser chooses.
func stretchyFence(n *node) bool {
	return n.kind == kOp && n.stretchy == yes && n.size == "" && (n.form != "" || n.tight)
}

// lonelyBinary reports whether op, after prev (nil when first in its row)
// and before rest, is a binary operator other than a sign (\times, \cdot,
// \otimes…) with no operand on one side: first in its row or after an
// opening delimiter, punctuation or another operator, or last in its row
// or before a closing delimiter or punctuation. TeX sets such an operator
// as an ordinary symbol, with no space. Signs are unary's.
func lonelyBinary(prev, op *node, rest []*node) bool {
	if !strings.Contains(binaryOps, op.text) || op.text == "" {
		return false
	}
	if prev == nil || prev.kind == kOp && !prev.isClose() {
		return true
	}
	next := (*node)(nil)
	if len(rest) > 0 {
		next = rest[0]
	}
	return next == nil || next.isClose() || next.kind == kOp && (next.text == "," || next.text == ";")
}

// binaryOps are the binary operators other than signs.
const binaryOps = "×·⋅∗∘⊕⊗⊙⊖∪∩∧∨÷⋆∖"

// leadingRelation reports whether op, after prev (nil when first in its
// row), is a relation with nothing before it: first in its row or after
// an opening delimiter.
func leadingRelation(prev, op *node) bool {
	if op.kind != kOp || op.punct || op.tight || op.form != "" || op.stretchy != unset || !spacedOps[op.text] ||
		strings.Contains(binaryOps+"+−±∓", op.text) || op.text == "mod" {
		return false
	}
	return prev == nil || prev.kind == kOp && (prev.form == "prefix" || isOpenDelim(prev.text))
}

// approxPrefix reports whether the relation op, with nothing before it,
// reads "about" the quantity after it ($\sim 5$%, $\approx 2\times$).
func approxPrefix(op *node) bool { return op.text == "∼" || op.text == "≈" }

// innerSpace reports whether TeX sets a thin space between a and b, one
// of them an ellipsis, which TeX sets as an inner atom (\mathinner): after
// an ordinary atom, a closing delimiter or another ellipsis, and before an
// ordinary atom, an opening delimiter or punctuation (x_1, \ldots, x_n has
// a thin space before its second comma, a \cdots b one either side of the
// dots), but none before a closing delimiter or after an opening one. An
// operator, a relation or a comma brings its own space, and a function
// name's is setOff's.
func innerSpace(a, b *node) bool {
	switch {
	case a.kind == kSpace || b.kind == kSpace || isFunction(b):
		return false
	case isEllipsis(b):
		return setOff(a)
	case isEllipsis(a):
		return !isOp(b) || b.isOpen() || !b.tight && (b.text == "," || b.text == ";")
	}
	return false
}

// isEllipsis reports whether n is an ellipsis in a line, \ldots or
// \cdots.
func isEllipsis(n *node) bool { return n.kind == kIdent && (n.text == "…" || n.text == "⋯") }

// isFunction reports whether n is a function name (\log, \operatorname),
// with or without scripts (\max_x).
func isFunction(n *node) bool {
	if n.kind == kScripts {
		n = n.kids[0].single()
	}
	return n.kind == kIdent && n.fn
}

// isOp reports whether n is an operator, which brings its own spacing.
func isOp(n *node) bool { return n.kind == kOp }

// one writes n as exactly one element, as scripts, fractions and other
// fixed-arity parents need.
func (w *writer) one(n *node) {
	n = n.single()
	switch n.kind {
	case kIdent:
		if n.normal {
			w.leaf(`<mi mathvariant="normal">`, n.text, "</mi>")
		} else {
			w.leaf("<mi>", scriptStyles(n.script, n.text), "</mi>")
		}
	case kNumber:
		w.leaf("<mn>", n.text, "</mn>")
	case kText:
		if n.caps {
			w.leaf(`<mtext style="font-variant-caps:small-caps">`, n.text, "</mtext>")
		} else {
			w.leaf("<mtext>", n.text, "</mtext>")
		}
	case kOp:
		w.op(n, false)
	case kSpace:
		width := n.text
		if width == pmodSpace {
			// amsmath's \pod: \mkern18mu in display math, \mkern8mu in a line.
			width = "0.4444em"
			if w.display {
				width = "1em"
			}
		}
		w.b.WriteString(`<mspace width="` + width + `"></mspace>`)
	case kRow:
		w.node(n)
	case kFrac:
		if n.text != "" {
			w.b.WriteString(`<mfrac linethickness="` + n.text + `">`)
		} else {
			w.b.WriteString("<mfrac>")
		}
		w.fracs++
		w.one(n.kids[0])
		w.one(n.kids[1])
		w.fracs--
		w.b.WriteString("</mfrac>")
	case kSqrt:
		w.b.WriteString(`<msqrt style="` + radicalMargin + `">`)
		w.inferred(n.kids[0])
		w.b.WriteString("</msqrt>")
	case kRoot:
		w.b.WriteString(`<mroot style="` + radicalMargin + `">`)
		w.one(n.kids[0])
		w.inScript++
		w.one(n.kids[1])
		w.inScript--
		w.b.WriteString("</mroot>")
	case kScripts:
		w.scripts(n)
	case kOver:
		w.overUnder("mover", "accent", n)
	case kUnder:
		w.overUnder("munder", "accentunder", n)
	case kStyle:
		if n.text == "display" {
			w.element(`<mstyle displaystyle="true" scriptlevel="0">`, n.kids, "</mstyle>")
		} else {
			w.element(`<mstyle displaystyle="false">`, n.kids, "</mstyle>")
		}
	case kTable:
		w.table(n)
	case kClass:
		w.element(`<mrow class="`+n.text+`">`, n.kids, "</mrow>")
	case kPhantom:
		w.phantom(n)
	case kStack:
		w.stack(n)
	}
}

// radicalMargin takes back part of the blank Chromium leaves after a
// root: it gives the radical sign the room of its widest size, as it does
// a stretchy delimiter, and puts what the sign it draws does not take
// after the root's overbar, where TeX has none: 0.22em with Latin Modern
// Math (√ᾱ  x), 0.08em with DejaVu Math TeX Gyre. Taking back 0.14em
// leaves 0.08em with the one and runs 0.06em into the overbar's end with
// the other.
const radicalMargin = "margin-right:-0.14em"

// element writes kids between the tags open and close.
func (w *writer) element(open string, kids []*node, close string) {
	w.b.WriteString(open)
	w.kids(kids)
	w.b.WriteString(close)
}

// phantom writes the unseen argument of \phantom, in an <mpadded> that
// keeps only its width (\hphantom) or height (\vphantom).
func (w *writer) phantom(n *node) {
	switch n.text {
	case "h":
		w.b.WriteString(`<mpadded height="0" depth="0">`)
	case "v":
		w.b.WriteString(`<mpadded width="0">`)
	}
	w.element("<mphantom>", n.kids, "</mphantom>")
	if n.text != "" {
		w.b.WriteString("</mpadded>")
	}
}

// stack writes the lines of \substack as a table of one column, whose
// cells the theme sets close together as TeX does (class tex-substack).
func (w *writer) stack(n *node) {
	w.b.WriteString(`<mtable class="tex-substack">`)
	for _, r := range n.kids {
		w.b.WriteString("<mtr><mtd>")
		w.inferred(r.kids[0])
		w.b.WriteString("</mtd></mtr>")
	}
	w.b.WriteString("</mtable>")
}

// inferred writes the body of an element that wraps its children in an
// implied row, such as <msqrt>.
func (w *writer) inferred(n *node) {
	if n.kind == kRow {
		w.kids(n.kids)
		return
	}
	w.one(n)
}

// leaf writes an element holding escaped text.
func (w *writer) leaf(open, text, close string) {
	w.b.WriteString(open)
	escape(w.b, text)
	w.b.WriteString(close)
}

// op writes an operator; fixed says a \limits big operator must keep its
// limits under and over in inline math too.
func (w *writer) op(n *node, fixed bool) {
	w.b.WriteString("<mo")
	if n.form != "" {
		w.b.WriteString(` form="` + n.form + `" fence="true"`)
	}
	switch n.stretchy {
	case yes:
		w.b.WriteString(` stretchy="true"`)
	case no:
		w.b.WriteString(` stretchy="false"`)
	}
	if size := n.size; size != "" {
		if size == binomSize {
			size = delimSizes[0] // \delim2, for text style
			if w.display && w.fracs == 0 && w.inScript == 0 {
				size = delimSizes[3] // \delim1, for display style
			}
		}
		w.b.WriteString(` minsize="` + size + `" maxsize="` + size + `"`)
		if width := delimWidth(n.text, size); width != "" {
			w.b.WriteString(` style="width:` + width + `"`)
		}
	}
	if w.bare && largeOp(n) {
		w.b.WriteString(` lspace="0"`)
	}
	if width := delimWidth(n.text, w.fence); n.size == "" && width != "" {
		// A \left delimiter is as wide as TeX's of the size TeX would
		// choose, where Chromium gives it the room of its widest size.
		w.b.WriteString(` style="width:` + width + `"`)
	}
	if fixed {
		w.b.WriteString(` movablelimits="false"`)
	}
	switch {
	case n.tight || w.scriptStyle() && !w.leading && n.form == "" && (spacedOps[n.text] || n.text == "," || n.text == ";"):
		w.b.WriteString(` lspace="0" rspace="0"`)
	case n.text == ":" && n.punct:
		// amsmath's \colon: \mskip2mu before, \mskip6mu after
		// (f\colon A\to B), where MathML spaces a colon as plain
		// TeX's punctuation, with only a thin space after it.
		w.b.WriteString(` lspace="0.1111em" rspace="0.3333em"`)
	case n.text == ":" && w.leading:
		w.b.WriteString(` lspace="0" rspace="0.2778em"`)
	case n.text == ":":
		// A colon typed as : is a relation in TeX, with a thick space
		// either side (\{x : x > 0\}, a:b), where MathML spaced it as
		// punctuation.
		w.b.WriteString(` lspace="0.2778em" rspace="0.2778em"`)
	}
	w.b.WriteString(">")
	escape(w.b, n.text)
	w.b.WriteString("</mo>")
}

// scripts writes a base with a subscript, a superscript or both, beside the
// base or, for limits, under and over it.
func (w *writer) scripts(n *node) {
	base, sub, sup := n.kids[0].single(), n.kids[1], n.kids[2]
	under := n.limits == limAlways ||
		n.limits == limAuto && (base.limits == limAlways || base.limits == limDisplay && w.display)
	var el string
	switch {
	case under && sub != nil && sup != nil:
		el = "munderover"
	case under && sub != nil:
		el = "munder"
	case under:
		el = "mover"
	case sub != nil && sup != nil:
		el = "msubsup"
	case sub != nil:
		el = "msub"
	default:
		el = "msup"
	}
	w.b.WriteString("<" + el + ">")
	if base.kind == kOp {
		w.op(base, under && !w.display)
	} else {
		w.one(base)
	}
	w.inScript++
	if sub != nil {
		w.one(sub)
	}
	if sup != nil {
		w.one(sup)
	}
	w.inScript--
	w.b.WriteString("</" + el + ">")
}

// overUnder writes <mover> or <munder>, marking accents.
func (w *writer) overUnder(el, accent string, n *node) {
	w.b.WriteString("<" + el)
	if n.accent {
		w.b.WriteString(" " + accent + `="true"`)
	}
	w.b.WriteString(">")
	w.one(n.kids[0])
	w.one(n.kids[1])
	w.b.WriteString("</" + el + ">")
}

// cellAlign returns the alignment of column j of a table whose columns
// are aligned as aligns says: in pairs, right then left, for aligned's
// "right left", as LaTeX sets its columns, and otherwise each column as
// its own, the last for any beyond, as MathML reads columnalign.
func cellAlign(aligns []string, j int) string {
	switch {
	case len(aligns) == 0:
		return ""
	case len(aligns) == 2 && aligns[0] == "right" && aligns[1] == "left":
		return aligns[j%2]
	}
	return aligns[min(j, len(aligns)-1)]
}

// table writes rows of cells as <mtable>.
func (w *writer) table(n *node) {
	if n.text != "" {
		w.b.WriteString(`<mtable columnalign="` + n.text + `">`)
	} else {
		w.b.WriteString("<mtable>")
	}
	aligns := strings.Fields(n.text)
	for _, r := range n.kids {
		w.b.WriteString("<mtr>")
		for j, c := range r.kids {
			// Each cell says its alignment too, for the stylesheet:
			// MathML Core has no columnalign, and Chromium centres every
			// cell of a table, an aligned's = signs and a cases' values.
			if a := cellAlign(aligns, j); a == "left" || a == "right" {
				w.b.WriteString(`<mtd columnalign="` + a + `">`)
			} else {
				w.b.WriteString("<mtd>")
			}
			w.inferred(c)
			w.b.WriteString("</mtd>")
		}
		w.b.WriteString("</mtr>")
	}
	w.b.WriteString("</mtable>")
}
