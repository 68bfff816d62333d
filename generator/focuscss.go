package generator

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/tdewolff/parse/v2/css"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// focusRings warns at each declaration of custom.css (src, its text
// css) that takes the keyboard-focus ring away (outline: none, outline:
// 0, outline-color: transparent) in a rule for focused elements
// (a:focus, :focus-visible) that gives focus no other visible mark
// (box-shadow, border, background, text-decoration): a reader on the keyboard no longer sees where the
// focus is (WCAG 2.4.7), and a reset copied from elsewhere does it to
// every link and button without a word. A rule for :focus alone is let
// be when a :focus-visible rule of the stylesheet draws a mark (the
// ring shown for the keyboard only), and so is :focus:not(:focus-visible),
// which takes the ring from mouse clicks only.
func focusRings(src string, css []byte) []Problem {
	rules := focusRules(css)
	keyboardMark := false
	for _, r := range rules {
		keyboardMark = keyboardMark || r.visible && r.marked()
	}
	var out []Problem
	for _, r := range rules {
		if r.removed < 0 || r.marked() || !r.visible && (!r.plain || keyboardMark) {
			continue
		}
		out = append(out, Problem{Kind: "style", Path: src, Line: diag.LineAt(css, r.removed), Msg: fmt.Sprintf(
			"%s takes the keyboard-focus outline away from %s and gives focus no other mark, so a reader on the keyboard cannot see which link or button has the focus (WCAG 2.4.7); "+
				"remove it, or give focus a mark of its own in the same rule (box-shadow: 0 0 0 3px var(--focus)), or take the ring from mouse clicks only: :focus:not(:focus-visible) { outline: none }",
			r.decl, r.selector)})
	}
	return out
}

// focusRule is a rule of a stylesheet whose selector targets a focused
// element: its selector; whether it is for :focus-visible (the
// keyboard's focus) and for :focus not limited by :not(:focus-visible);
// removed, the offset of the declaration that leaves it no outline
// (decl, as written), or -1; whether it sets another visible mark
// (indicator: box-shadow, a border…) and ends with a visible outline.
type focusRule struct {
	selector, decl     string
	visible, plain     bool
	removed            int
	indicator, outline bool
}

// marked says the rule leaves focus a visible mark.
func (r *focusRule) marked() bool { return r.indicator || r.outline }

// focusRules returns the rules of the stylesheet src whose own selector
// targets :focus or :focus-visible, in order, nested ones (a { &:focus
// { … } }) included.
func focusRules(src []byte) []focusRule {
	var open []*focusRule // the rulesets open, innermost last; nil for one not for focus
	var out []focusRule
	var forced []bool // the at-rules open, innermost last: whether each is for forced colours
	walkCSS(src, func(gt css.GrammarType, data []byte, values []css.Token, at, end int) {
		switch gt {
		case css.BeginAtRuleGrammar:
			forced = append(forced, forcedColors(data, values))
		case css.EndAtRuleGrammar:
			if n := len(forced); n > 0 {
				forced = forced[:n-1]
			}
		case css.BeginRulesetGrammar:
			var r *focusRule
			if visible, plain := focusTargets(values); (visible || plain) && !slices.Contains(forced, true) {
				r = &focusRule{selector: selectorText(values), visible: visible, plain: plain, removed: -1}
			}
			open = append(open, r)
		case css.EndRulesetGrammar:
			if n := len(open); n > 0 {
				if r := open[n-1]; r != nil {
					out = append(out, *r)
				}
				open = open[:n-1]
			}
		case css.DeclarationGrammar:
			if n := len(open); n > 0 && open[n-1] != nil {
				open[n-1].declare(strings.ToLower(string(data)), values, at, string(src[at:end]))
			}
		}
	})
	return out
}

// forcedColors says the at-rule name, with values, is for forced colours
// (@media (forced-colors: active), Windows's high contrast), where a
// transparent outline is drawn in the system's colour: the usual ring
// for that mode, whose box-shadows are not drawn.
func forcedColors(name []byte, values []css.Token) bool {
	if !strings.EqualFold(string(name), "@media") {
		return false
	}
	var b strings.Builder
	for _, t := range values {
		b.Write(t.Data)
	}
	q := strings.ToLower(b.String())
	return strings.Contains(q, "forced-colors") || strings.Contains(q, "-ms-high-contrast")
}

// declare records the declaration of property (lower case) with values,
// at offset at and written decl, in the rule r.
func (r *focusRule) declare(property string, values []css.Token, at int, decl string) {
	switch property {
	case "outline", "outline-style", "outline-width", "outline-color":
		if noOutline(values) {
			r.removed, r.decl, r.outline = at, strings.TrimRight(strings.TrimSpace(decl), "; "), false
			return
		}
		if property == "outline-color" && r.removed >= 0 && !r.colorless() {
			return // a colour draws no outline that a style of none took away
		}
		r.removed, r.outline = -1, true
	case "box-shadow", "text-decoration", "text-decoration-line", "background", "background-color",
		"border", "border-color", "border-bottom", "border-bottom-color", "border-top", "border-left", "border-right":
		r.indicator = r.indicator || !drawsNothing(values)
	}
}

// colorless says the outline r's rule took away was taken by its colour
// alone (outline-color: transparent), which another colour gives back.
func (r *focusRule) colorless() bool {
	return r.removed >= 0 && strings.HasPrefix(strings.ToLower(r.decl), "outline-color")
}

// noOutline says the values of an outline declaration draw none: a
// none or hidden style, a width of zero (outline: 0), or a transparent
// colour (outline: 3px solid transparent, rgb(0 0 0 / 0), #0000). The
// numbers inside a colour's function are its channels, not a width:
// outline: 2px solid rgb(0, 0, 0) is a black ring.
func noOutline(values []css.Token) bool {
	depth := 0        // functions open
	var fn string     // the outermost one, lower case, with its "("
	var args []string // its numbers
	for _, t := range values {
		v := strings.ToLower(string(t.Data))
		switch t.TokenType {
		case css.FunctionToken:
			if depth == 0 {
				fn, args = v, nil
			}
			depth++
			continue
		case css.RightParenthesisToken:
			if depth > 0 {
				depth--
				if depth == 0 && clearColor(fn, args) {
					return true
				}
			}
			continue
		}
		if depth > 0 {
			if t.TokenType == css.NumberToken || t.TokenType == css.PercentageToken {
				args = append(args, v)
			}
			continue
		}
		switch t.TokenType {
		case css.IdentToken:
			if v == "none" || v == "hidden" || v == "transparent" {
				return true
			}
		case css.HashToken:
			if h := strings.TrimPrefix(v, "#"); len(h) == 4 && h[3] == '0' || len(h) == 8 && h[6:] == "00" {
				return true // #0000, #00000000: an alpha of zero
			}
		case css.NumberToken, css.DimensionToken:
			n := strings.TrimRight(v, "abcdefghijklmnopqrstuvwxyz%")
			if f, err := strconv.ParseFloat(n, 64); err == nil && f == 0 {
				return true
			}
		}
	}
	return false
}

// clearColor says the colour function fn ("rgba(") with the numbers
// args has an alpha of zero: rgba(0, 0, 0, 0), hsl(0 0% 0% / 0%).
func clearColor(fn string, args []string) bool {
	switch fn {
	case "rgb(", "rgba(", "hsl(", "hsla(", "hwb(", "lab(", "lch(", "oklab(", "oklch(":
	default:
		return false
	}
	if len(args) != 4 {
		return false
	}
	f, err := strconv.ParseFloat(strings.TrimSuffix(args[3], "%"), 64)
	return err == nil && f == 0
}

// drawsNothing says the values of a declaration draw no mark:
// box-shadow: none, border: 0, background: transparent.
func drawsNothing(values []css.Token) bool {
	for _, t := range values {
		switch strings.ToLower(string(t.Data)) {
		case "none", "0", "transparent", "!", "important", "inherit", "initial", "unset":
		default:
			if t.TokenType != css.WhitespaceToken {
				return false
			}
		}
	}
	return true
}

// focusTargets says whether the selector list tokens targets an element
// with the keyboard's focus (:focus-visible) and one with any focus
// (:focus), a selector with :not(:focus-visible) beside its :focus
// (the mouse's focus only) and a pseudo-class inside a :not() left out.
func focusTargets(tokens []css.Token) (visible, plain bool) {
	var funcs []string // the functions open, innermost last
	partVisible, partPlain, mouseOnly := false, false, false
	end := func() {
		visible = visible || partVisible
		plain = plain || partPlain && !mouseOnly
		partVisible, partPlain, mouseOnly = false, false, false
	}
	for i, t := range tokens {
		switch t.TokenType {
		case css.FunctionToken:
			funcs = append(funcs, strings.ToLower(string(t.Data)))
		case css.LeftParenthesisToken:
			funcs = append(funcs, "(")
		case css.RightParenthesisToken:
			if len(funcs) > 0 {
				funcs = funcs[:len(funcs)-1]
			}
		case css.CommaToken:
			if len(funcs) == 0 {
				end()
			}
		case css.IdentToken:
			if i == 0 || tokens[i-1].TokenType != css.ColonToken {
				continue
			}
			name := strings.ToLower(string(t.Data))
			switch negated := slices.Contains(funcs, "not("); {
			case name == "focus-visible" && negated:
				mouseOnly = true
			case name == "focus-visible":
				partVisible = true
			case name == "focus" && !negated:
				partPlain = true
			}
		}
	}
	end()
	return visible, plain
}

// selectorText is the selector list tokens as written, its white space
// collapsed.
func selectorText(tokens []css.Token) string {
	var b strings.Builder
	for _, t := range tokens {
		b.Write(t.Data)
		if t.TokenType == css.CommaToken {
			b.WriteByte(' ')
		}
	}
	return strings.Join(strings.Fields(b.String()), " ")
}
