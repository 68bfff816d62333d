package tex

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"unicode/utf8"
)

// element is a parsed element of MathML output.
type element struct {
	name  string
	attrs map[string]string
	kids  []*element
	text  string
}

// coreAttrs lists, per element, the attributes MathML may carry and the
// values they may take ("" for any value).
var coreAttrs = map[string]map[string][]string{
	"math":       {"display": {"block", "inline"}, "alttext": nil},
	"mrow":       {"class": nil},
	"mphantom":   {},
	"mpadded":    {"width": {"0"}, "height": {"0"}, "depth": {"0"}},
	"mi":         {"mathvariant": {"normal"}},
	"mn":         {},
	"mtext":      {"style": {"font-variant-caps:small-caps"}},
	"mo":         {"form": {"prefix", "postfix"}, "fence": {"true"}, "stretchy": {"true", "false"}, "minsize": nil, "maxsize": nil, "style": nil, "movablelimits": {"false"}, "lspace": {"0", "0.1111em", "0.2778em"}, "rspace": {"0.1667em", "0", "0.2778em", "0.3333em"}},
	"mspace":     {"width": nil},
	"mfrac":      {"linethickness": {"0"}},
	"msqrt":      {"style": {"margin-right:-0.14em"}},
	"mroot":      {"style": {"margin-right:-0.14em"}},
	"msub":       {},
	"msup":       {},
	"msubsup":    {},
	"munder":     {"accentunder": {"true"}},
	"mover":      {"accent": {"true"}},
	"munderover": {},
	"mstyle":     {"displaystyle": {"true", "false"}, "scriptlevel": {"0"}},
	"mtable":     {"columnalign": nil, "class": {"tex-substack"}},
	"mtr":        {},
	"mtd":        {"columnalign": {"left", "right"}},
}

// arity gives the number of children of fixed-arity elements.
var arity = map[string]int{
	"mfrac": 2, "mroot": 2, "msub": 2, "msup": 2, "munder": 2,
	"mover": 2, "msubsup": 3, "munderover": 3,
}

// leaves are the elements that hold text and no elements.
var leaves = map[string]bool{"mi": true, "mn": true, "mo": true, "mtext": true, "mspace": true}

// parseMarkup parses s as XML into a tree, checking names and attributes.
func parseMarkup(s string) (*element, error) {
	d := xml.NewDecoder(strings.NewReader(s))
	d.Strict = true
	var stack []*element
	var root *element
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			e := &element{name: tok.Name.Local, attrs: map[string]string{}}
			for _, a := range tok.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			if len(stack) == 0 {
				if root != nil {
					return nil, errors.New("more than one root element")
				}
				root = e
			} else {
				p := stack[len(stack)-1]
				if leaves[p.name] || p.name == "code" {
					return nil, fmt.Errorf("<%s> inside leaf <%s>", e.name, p.name)
				}
				p.kids = append(p.kids, e)
			}
			stack = append(stack, e)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) == 0 {
				return nil, fmt.Errorf("text %q outside the root element", tok)
			}
			stack[len(stack)-1].text += string(tok)
		default:
			return nil, fmt.Errorf("unexpected %T", tok)
		}
	}
	if root == nil {
		return nil, errors.New("no element")
	}
	return root, nil
}

// checkMathML checks that out is what MathML(src, display) may return:
// well-formed MathML Core keeping src in alttext (and nowhere else, so a
// browser without MathML does not print it beside the formula), or the
// fallback code element holding src.
func checkMathML(src string, display bool, out string) error {
	if !utf8.ValidString(out) {
		return errors.New("output is not valid UTF-8")
	}
	root, err := parseMarkup(out)
	if err != nil {
		return err
	}
	var b strings.Builder
	escape(&b, src)
	clean, _ := parseMarkup("<x>" + b.String() + "</x>")
	want := clean.text
	delim := "$"
	if display {
		delim = "$$"
	}
	if root.name == "code" {
		if root.attrs["class"] != "math-fallback" || len(root.attrs) != 1 {
			return fmt.Errorf("fallback attributes %v", root.attrs)
		}
		if root.text != delim+want+delim {
			return fmt.Errorf("fallback text %q, want %q", root.text, delim+want+delim)
		}
		return nil
	}
	if root.name != "math" {
		return fmt.Errorf("root element <%s>", root.name)
	}
	mode := map[bool]string{true: "block", false: "inline"}[display]
	if root.attrs["display"] != mode || root.attrs["alttext"] != want {
		return fmt.Errorf("math attributes %q", root.attrs)
	}
	if len(root.kids) != 1 || root.kids[0].name != "mrow" {
		return errors.New("math does not hold exactly one mrow")
	}
	return checkTree(root.kids[0])
}

// checkTree checks the elements and attributes of presentation markup.
func checkTree(e *element) error {
	allowed, ok := coreAttrs[e.name]
	if !ok || e.name == "math" {
		return fmt.Errorf("element <%s> not allowed here", e.name)
	}
	for name, v := range e.attrs {
		values, ok := allowed[name]
		if !ok {
			return fmt.Errorf("<%s %s> not allowed", e.name, name)
		}
		if values != nil && !slices.Contains(values, v) {
			return fmt.Errorf(`<%s %s="%s"> not allowed`, e.name, name, v)
		}
	}
	if n, ok := arity[e.name]; ok && len(e.kids) != n {
		return fmt.Errorf("<%s> has %d children, want %d", e.name, len(e.kids), n)
	}
	if !leaves[e.name] && strings.TrimSpace(e.text) != "" {
		return fmt.Errorf("<%s> holds text %q", e.name, e.text)
	}
	for _, k := range e.kids {
		switch {
		case e.name == "mtable" && k.name != "mtr", e.name == "mtr" && k.name != "mtd":
			return fmt.Errorf("<%s> inside <%s>", k.name, e.name)
		case e.name != "mtable" && k.name == "mtr", e.name != "mtr" && k.name == "mtd":
			return fmt.Errorf("<%s> inside <%s>", k.name, e.name)
		}
		if err := checkTree(k); err != nil {
			return err
		}
	}
	return nil
}
