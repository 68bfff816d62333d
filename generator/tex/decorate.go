package tex

import (
	"fmt"
	"strings"
)

// MathML Core, which Chromium implements, has no <menclose> and no
// colour of its own that suits both a light and a dark page, so \boxed,
// \cancel and \color become an <mrow> of a class that the theme's
// stylesheet draws (tex-boxed, tex-cancel… and tex-red…): see the
// math rules of themes/default/static/style.css.

// enclosures are the classes of the commands that box or strike out
// their argument.
var enclosures = map[string]string{
	"boxed":  "tex-boxed",
	"cancel": "tex-cancel", "bcancel": "tex-bcancel", "xcancel": "tex-xcancel",
}

// colors are the classes of the colour names \color and \textcolor take:
// xcolor's base names, each drawn by the theme in a shade that reads on
// a light and on a dark page alike (a colour fixed in the page, #f00 or
// blue, cannot: blue is unreadable on a dark page, yellow on a white
// one). Black and white are the text's own colour, which keeps them
// readable on either page; "" stands for that.
var colors = map[string]string{
	"red": "tex-red", "green": "tex-green", "blue": "tex-blue", "cyan": "tex-cyan",
	"magenta": "tex-magenta", "yellow": "tex-yellow", "orange": "tex-orange",
	"purple": "tex-purple", "violet": "tex-violet", "pink": "tex-pink", "brown": "tex-brown",
	"teal": "tex-teal", "olive": "tex-olive", "lime": "tex-lime",
	"gray": "tex-gray", "darkgray": "tex-gray", "lightgray": "tex-gray",
	"black": "", "white": "",
}

// colorNames lists the names of colors for a message, in order.
const colorNames = "red, green, blue, cyan, magenta, yellow, orange, purple, violet, pink, brown, teal, olive, lime, gray, black or white"

// colorError is the errUnsupported of a colour \color cannot show.
type colorError struct{ spec string }

func (e colorError) Error() string { return "tex: unsupported colour " + e.spec }

func (e colorError) Unwrap() error { return errUnsupported }

// problem says what is wrong and what to write, for Problem.
func (e colorError) problem() string {
	return fmt.Sprintf(`%s is not a colour Paperboy's math shows (pages show colours that read on light and dark backgrounds alike); write one of %s, or leave the colour out`, e.spec, colorNames)
}

// classed returns kids in an <mrow> of class, or as a plain row when
// class is "".
func classed(class string, body *node) *node {
	if class == "" {
		return body
	}
	return &node{kind: kClass, text: class, kids: rowKids(body)}
}

// rowKids returns the members of n when it is a row, and n alone when not.
func rowKids(n *node) []*node {
	if n.kind == kRow {
		return n.kids
	}
	return []*node{n}
}

// enclosed parses the argument of \boxed, \cancel and their relatives.
func (p *parser) enclosed(name string) (*node, error) {
	body, err := p.arg()
	if err != nil {
		return nil, err
	}
	return classed(enclosures[name], body), nil
}

// colorClass reads the colour argument of \color or \textcolor and
// returns its class. A colour model ([rgb]{1,0,0}) is refused: its colour
// is fixed.
func (p *parser) colorClass() (string, error) {
	model, ok, err := p.lx.optional()
	if err != nil {
		return "", err
	}
	name, err := p.lx.group()
	if err != nil {
		return "", err
	}
	if ok {
		return "", colorError{spec: "[" + model + "]{" + name + "}"}
	}
	class, known := colors[strings.TrimSpace(name)]
	if !known {
		return "", colorError{spec: "{" + name + "}"}
	}
	return class, nil
}

// colored parses the colour of \color or \textcolor and then what it
// colours with body: p.list for \color, which colours the rest of its
// group as TeX does, p.arg for \textcolor{name}{math}.
func (p *parser) colored(body func() (*node, error)) (*node, error) {
	class, err := p.colorClass()
	if err != nil {
		return nil, err
	}
	n, err := body()
	if err != nil {
		return nil, err
	}
	return classed(class, n), nil
}

// phantom parses \phantom, \hphantom and \vphantom: their argument takes
// its room, or only its width (h) or its height (v), and is not drawn.
func (p *parser) phantom(name string) (*node, error) {
	body, err := p.arg()
	if err != nil {
		return nil, err
	}
	return &node{kind: kPhantom, text: strings.TrimSuffix(name, "phantom"), kids: rowKids(body)}, nil
}

// substack parses \substack{a \\ b}, lines stacked as one limit.
func (p *parser) substack() (*node, error) {
	raw, err := p.lx.group()
	if err != nil {
		return nil, err
	}
	defer p.reading(raw)()
	var rows []*node
	for {
		line, err := p.list()
		if err != nil {
			return nil, err
		}
		t, err := p.lx.next()
		if err != nil {
			return nil, err
		}
		if t.kind == tEOF {
			if len(line.kids) > 0 || len(rows) == 0 {
				rows = append(rows, row(line))
			}
			return &node{kind: kStack, kids: rows}, nil
		}
		if t.kind != tCommand || t.text != `\` {
			return nil, errUnsupported
		}
		rows = append(rows, row(line))
	}
}
