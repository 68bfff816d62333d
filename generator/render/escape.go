package render

import (
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"slices"
	"strings"
	"text/template/parse"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// html/template escapes a set of templates when it first runs and then
// complains about HTML it cannot make safe: a quote or > left out, a
// value in a place it cannot escape for. Its complaints name the template
// and line at fault when they concern an action; when they concern the
// HTML between actions, or a template that ends inside a tag and so
// spoils the HTML of the template calling it, they name only the
// template that ran. The code here finds the file and line at fault by
// escaping templates alone, and their bodies cut short.

// escapeError returns html/template's complaint about a page set's HTML,
// if it has one, at the file and line of the template at fault. The page
// sets themselves must not run before they are cloned for the workers,
// so throwaway clones run here. A call of a template that the site's
// file replacing the built-in file defining it lacks (t.lost) is added to
// lost instead, by the template's name, as where it is, so that one error
// names every page that calls it.
func (t *templates) escapeError(set *template.Template, lost map[string][]string) error {
	te := escapes(set, "base", nil)
	if te == nil {
		return nil
	}
	if tn, ok := te.Node.(*parse.TemplateNode); ok && te.ErrorCode == template.ErrNoSuchTemplate {
		if _, ok := t.lost[tn.Name]; ok {
			file, line := nodeLine(tn)
			if use := fmt.Sprintf("%s:%d", t.theme.origin(file), line); !slices.Contains(lost[tn.Name], use) {
				lost[tn.Name] = append(lost[tn.Name], use)
			}
			return nil
		}
	}
	return t.placeEscapeError(set, te)
}

// placeEscapeError places te, html/template's complaint about set (a set
// never executed, or one of its templates), at the theme file and line at
// fault.
func (t *templates) placeEscapeError(set *template.Template, te *template.Error) error {
	if tn, ok := te.Node.(*parse.TemplateNode); ok && te.ErrorCode == template.ErrNoSuchTemplate && strings.HasPrefix(te.Description, "no such template") {
		file, line := nodeLine(tn)
		return t.noTemplate(tn.Name, file, line, templateNames(set))
	}
	if err := t.leak(set); err != nil {
		return err
	}
	if te.Node != nil {
		file, line := nodeLine(te.Node)
		return t.at(file, line, te.Description)
	}
	tt := set.Lookup(te.Name)
	if te.Line != 0 && tt != nil && tt.Tree != nil {
		return t.at(tt.Tree.ParseName, te.Line, te.Description)
	}
	if err := t.badHTML(set, te); err != nil {
		return err
	}
	if tt != nil && tt.Tree != nil {
		return t.at(tt.Tree.ParseName, t.lineOf(tt), te.Description)
	}
	return t.at("templates/base.html", 0, te.Description)
}

// leak finds a template of set that, run alone, ends inside a tag,
// attribute value, comment or element it opened, and reports it at the
// line where what it never closes begins. A template that ends so only
// because a template it calls does is passed over for that one.
func (t *templates) leak(set *template.Template) error {
	for _, tt := range defines(set) {
		e := escapes(set, tt.Name(), nil)
		if e == nil || e.ErrorCode != template.ErrEndContext {
			continue
		}
		c, _ := lastClean(set, tt, cutPoints(tt.Tree)) // none: line 0, the template's
		if _, call := c.next.(*parse.TemplateNode); call {
			continue
		}
		open := openContext(e.Description)
		return diag.Errorf(t.theme.origin(tt.Tree.ParseName), c.line,
			"template error: {{define %q}} ends inside %s that begins on this line; %s", tt.Name(), open.what, open.fix)
	}
	return nil
}

// lastClean returns the last of cuts at which tt's body, cut short,
// escapes cleanly, after which it never again does: where the construct
// the body ends inside begins. It is false when there is none.
func lastClean(set *template.Template, tt *template.Template, cuts []cutPoint) (cutPoint, bool) {
	for i := len(cuts) - 1; i >= 0; i-- {
		if escapes(set, tt.Name(), cuts[i].tree(tt.Tree)) == nil {
			return cuts[i], true
		}
	}
	return cutPoint{}, false
}

// badHTML finds the template of set whose own HTML html/template
// complains about in te, a complaint that names no line, and reports it
// at the line where the complaint first arises, or, when it arises
// inside a quoted attribute value the template opened earlier (or inside
// anything it opened, in a template it calls), at the line where that
// begins. A template whose HTML is spoilt only by a template it calls is
// otherwise passed over for that one.
func (t *templates) badHTML(set *template.Template, te *template.Error) error {
	var same, like []*template.Template // the same complaint; one of the same kind
	for _, tt := range defines(set) {
		e := escapes(set, tt.Name(), nil)
		if e == nil || e.ErrorCode != te.ErrorCode || e.Node != nil || e.Line != 0 {
			continue
		}
		if e.Description == te.Description {
			same = append(same, tt)
		} else {
			like = append(like, tt)
		}
	}
	for _, tt := range append(same, like...) {
		cuts := cutPoints(tt.Tree)
		for i, c := range cuts {
			e := escapes(set, tt.Name(), c.through(tt.Tree))
			if e == nil || e.ErrorCode != te.ErrorCode {
				continue
			}
			if err := t.neverClosed(set, tt, cuts[:i+1]); err != nil {
				return err
			}
			if _, call := c.next.(*parse.TemplateNode); call {
				break
			}
			return t.at(tt.Tree.ParseName, c.line, e.Description)
		}
	}
	return nil
}

// neverClosed explains a complaint about tt's HTML that arises after the
// last of cuts, when tt's body ends inside a quoted attribute value at the
// start of the complaint's line, or calls a template there from inside
// anything it opened: a quote, > or --> left out, so that the HTML after
// it reads as part of what it opened. It reports that at the line where
// what is left open begins, the line after the last cut whose body
// escapes cleanly.
func (t *templates) neverClosed(set *template.Template, tt *template.Template, cuts []cutPoint) error {
	k := len(cuts) - 1
	_, call := cuts[k].next.(*parse.TemplateNode)
	for !call && k > 0 && cuts[k-1].line == cuts[k].line {
		k-- // the start of the complaint's line
	}
	e := escapes(set, tt.Name(), cuts[k].tree(tt.Tree))
	if e == nil || e.ErrorCode != template.ErrEndContext {
		return nil
	}
	open := openContext(e.Description)
	if !call && open.delim == "" {
		return nil
	}
	line := t.lineOf(tt)
	if c, ok := lastClean(set, tt, cuts[:k]); ok {
		line = c.line
	}
	where := "on this line"
	if src, err := fs.ReadFile(t.theme, tt.Tree.ParseName); err == nil {
		if at := opener(sourceLine(string(diag.Normalize(src)), line), open.token()); at != "" {
			where = "here (" + at + ")"
		}
	}
	return diag.Errorf(t.theme.origin(tt.Tree.ParseName), line, "template error: the %s opened %s is never closed; %s", open.noun, where, open.fix)
}

// cutPoint is a place to cut a template's body short: before node k of
// its top-level nodes, or, in text node k, after its first n bytes (the
// end of a line). next is the node after the cut, and line the line
// there.
type cutPoint struct {
	k, n int
	text *parse.TextNode
	next parse.Node
	line int
}

// cutPoints lists, in order, the places to cut tree's body short: before
// each top-level node, and after each line of its text.
func cutPoints(tree *parse.Tree) []cutPoint {
	var out []cutPoint
	for k, n := range tree.Root.Nodes {
		_, line := nodeLine(n)
		out = append(out, cutPoint{k: k, next: n, line: line})
		if text, ok := n.(*parse.TextNode); ok {
			for j, end := range lineEnds(text.Text) {
				if end < len(text.Text) {
					out = append(out, cutPoint{k: k, n: end, text: text, next: text, line: line + j + 1})
				}
			}
		}
	}
	return out
}

// tree returns tree's body cut short at c.
func (c cutPoint) tree(tree *parse.Tree) *parse.Tree { return cut(tree, c.k, c.text, c.n) }

// through returns tree's body up to the end of what follows c: the node
// after it, or the line after it in a text node.
func (c cutPoint) through(tree *parse.Tree) *parse.Tree {
	text, ok := c.next.(*parse.TextNode)
	if !ok {
		return cut(tree, c.k+1, nil, 0)
	}
	for _, end := range lineEnds(text.Text) {
		if end > c.n {
			return cut(tree, c.k, text, end)
		}
	}
	return cut(tree, c.k+1, nil, 0)
}

// lineEnds returns the offsets just past each newline of text, and
// len(text) last.
func lineEnds(text []byte) []int {
	var ends []int
	for i, c := range text {
		if c == '\n' {
			ends = append(ends, i+1)
		}
	}
	if len(ends) == 0 || ends[len(ends)-1] != len(text) {
		ends = append(ends, len(text))
	}
	return ends
}

// cut returns a copy of tree whose body is its first k nodes, followed,
// when text is not nil, by text's first n bytes.
func cut(tree *parse.Tree, k int, text *parse.TextNode, n int) *parse.Tree {
	c := tree.Copy()
	c.Root.Nodes = c.Root.Nodes[:k]
	if text != nil {
		part := text.Copy().(*parse.TextNode)
		part.Text = part.Text[:n]
		c.Root.Nodes = append(c.Root.Nodes, part)
	}
	return c
}

// escapes has html/template escape the template name of set (never
// executed) as a page, or tree in its place when tree is not nil, and
// returns its complaint, or nil. It works on a clone: html/template
// escapes a set when it first runs, after which it cannot be cloned.
func escapes(set *template.Template, name string, tree *parse.Tree) *template.Error {
	c, err := set.Clone()
	if err != nil {
		return nil
	}
	// Only the escaping matters: the run stops at its first write or at
	// a function that keeps what it renders.
	c.Funcs(template.FuncMap{
		"cached": func(string, any, ...any) (template.HTML, error) { return "", errEscapeOnly },
		"card":   func(*model.Paper) (template.HTML, error) { return "", errEscapeOnly },
		"authorNames": func([]*model.Author, any, any) (template.HTML, error) {
			return "", errEscapeOnly
		},
	})
	if tree != nil {
		// Under a name of its own: a body cut down to white space is an
		// empty template, which text/template will not put in place of
		// the full one.
		name = "\x00cut"
		if _, err := c.AddParseTree(name, tree); err != nil {
			return nil
		}
	}
	tt := c.Lookup(name)
	if tt == nil {
		return nil
	}
	var te *template.Error
	if errors.As(tt.Execute(failingWriter{}, nil), &te) {
		return te
	}
	return nil
}

// errEscapeOnly stops a run of a page set that escapes makes only to
// have html/template escape it.
var errEscapeOnly = errors.New("escape only")

// failingWriter refuses every write.
type failingWriter struct{}

func (failingWriter) Write([]byte) (int, error) { return 0, errEscapeOnly }

// htmlContext is an HTML construct a template can leave open.
type htmlContext struct {
	what  string // with its article, for "ends inside …"
	noun  string // for "the … opened here"
	delim string // the quote of an attribute value, or ""
	fix   string
}

// token returns what opens c in the source: its quote, or the < of a tag,
// comment or element.
func (c htmlContext) token() string {
	if c.delim != "" {
		return c.delim
	}
	return "<"
}

// openContext names the HTML construct an html/template end-context
// description ("ends in a non-text context: {stateAttr delimDoubleQuote …}")
// is inside, and what closes it.
func openContext(desc string) htmlContext {
	switch {
	case strings.Contains(desc, "delimDoubleQuote"):
		return htmlContext{`an attribute value quoted with "`, "attribute value", `"`, `add its closing "`}
	case strings.Contains(desc, "delimSingleQuote"):
		return htmlContext{"an attribute value quoted with '", "attribute value", "'", "add its closing '"}
	case strings.Contains(desc, "stateHTMLCmt"):
		return htmlContext{"an HTML comment", "HTML comment", "", "add its closing -->"}
	case strings.Contains(desc, "stateRCDATA"), strings.Contains(desc, "stateJS"), strings.Contains(desc, "stateCSS"):
		return htmlContext{"a <script>, <style>, <textarea> or <title> element", "element", "", "add its closing tag"}
	default:
		return htmlContext{"an HTML tag", "tag", "", "add its closing >"}
	}
}
