package tex

import (
	"strconv"
	"strings"
)

// extent estimates the height and depth of n above and below the
// baseline, in ems, as TeX would set it in display style or text style:
// enough to choose the size of the delimiters around a row (fenceSize),
// not to lay it out.
func extent(n *node, display bool) (h, d float64) {
	switch n.kind {
	case kIdent, kNumber, kText:
		return 0.7, 0.2
	case kOp:
		if n.limits == limDisplay && display {
			return 1.0, 0.5 // a big operator's display size
		}
		return 0.75, 0.25
	case kRow, kClass, kPhantom:
		for _, k := range n.kids {
			kh, kd := extent(k, display)
			h, d = max(h, kh), max(d, kd)
		}
		return h, d
	case kStyle:
		return extent(row(n.kids...), n.text == "display")
	case kFrac:
		nh, _ := extent(n.kids[0], false)
		_, dd := extent(n.kids[1], false)
		if display { // TeX's \num1 and \denom1, the parts in text style
			return 0.677 + max(nh, 0.7), 0.686 + max(dd, 0.2)
		}
		return 0.394 + 0.7*max(nh, 0.7), 0.345 + 0.7*max(dd, 0.2) // \num2, \denom2, parts in script style
	case kSqrt, kRoot:
		h, d = extent(n.kids[0], display)
		return h + 0.15, d
	case kScripts:
		h, d = extent(n.kids[0], display)
		if n.kids[2] != nil {
			sh, sd := extent(n.kids[2], false)
			h = max(h, 0.41+0.7*sh, h+0.7*(sh+sd)*boolf(n.limits == limAlways))
		}
		if n.kids[1] != nil {
			bh, bd := extent(n.kids[1], false)
			d = max(d, 0.25+0.7*bd, d+0.7*(bh+bd)*boolf(n.limits == limAlways))
		}
		return h, d
	case kOver:
		h, d = extent(n.kids[0], display)
		return h + 0.3, d
	case kUnder:
		h, d = extent(n.kids[0], display)
		return h, d + 0.3
	case kTable, kStack:
		half := 0.6 * float64(len(n.kids)) // rows 1.2em apart, centred on the axis
		return half + 0.25, half - 0.25
	}
	return 0, 0
}

// boolf is 1 for true and 0 for false.
func boolf(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// fenceSize returns the size, one of delimSizes, of the delimiters of
// \left…\right around kids as Chromium draws them, or "" for one larger
// than all of them: MathML stretches a delimiter over the whole height
// and depth of its row (where TeX covers 90% of it), and a glyph of the
// next size up covers what the estimate misses, since a delimiter given
// less room than its glyph runs into its neighbours, and one given more
// only stands a little off them.
func fenceSize(kids []*node, display bool) string {
	h, d := extent(row(kids...), display)
	for _, s := range delimSizes {
		if v, _ := strconv.ParseFloat(strings.TrimSuffix(s, "em"), 64); v >= 1.15*(h+d) {
			return s
		}
	}
	return ""
}
