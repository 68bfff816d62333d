package markdown

import (
	"bytes"
	"cmp"
	"fmt"
	"html"
	"regexp"
	"slices"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// alertTypes are the types of GitHub's alerts, which GitLab and Obsidian
// (as callouts) show too: a quote whose first line is [!NOTE] alone, or
// [!TIP], [!IMPORTANT], [!WARNING] or [!CAUTION], in any case.
var alertTypes = []string{"note", "tip", "important", "warning", "caution"}

// alertMarkerRE is an alert's first line: its type in [! ], with
// Obsidian's + or - (a callout shown folded or open) and title after it.
// Group 1 is the type, group 2 the title.
var alertMarkerRE = regexp.MustCompile(`^\[!([A-Za-z][A-Za-z-]*)\][+-]?(?:[ \t]+(.*))?$`)

// kindAlert is the kind of an alert.
var kindAlert = ast.NewNodeKind("Alert")

// alert is a quote made an alert by its first line: its children are its
// title (an alertTitle, when the curator wrote one) and its blocks.
type alert struct {
	ast.BaseBlock
	typ    string // one of alertTypes
	titled bool   // the first child is the curator's alertTitle
	// fold is Obsidian's + or - after the type, a callout that folds:
	// shown open or folded; 0 for one that does not.
	fold byte
}

// Kind implements ast.Node.
func (n *alert) Kind() ast.NodeKind { return kindAlert }

// Dump implements ast.Node.
func (n *alert) Dump(src []byte, level int) {
	ast.DumpHelper(n, src, level, map[string]string{"Type": n.typ}, nil)
}

// kindAlertTitle is the kind of an alert's title the curator wrote.
var kindAlertTitle = ast.NewNodeKind("AlertTitle")

// alertTitle is the title written after an alert's type ("> [!TIP] Read
// this first", as Obsidian has it), which shows in place of the type's.
type alertTitle struct{ ast.BaseBlock }

// Kind implements ast.Node.
func (n *alertTitle) Kind() ast.NodeKind { return kindAlertTitle }

// Dump implements ast.Node.
func (n *alertTitle) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// marker is the marker that starts an alert's first line.
type marker struct {
	typ   string // as written: NOTE, tip, faq
	title string // the rest of its line, as written
	line  int    // where in the source its line starts
	end   int    // where in the source the marker ends
	fold  byte   // its + or -, or 0
}

// known reports whether the marker's type is one of alertTypes.
func (m marker) known() bool { return slices.Contains(alertTypes, strings.ToLower(m.typ)) }

// alertMarker returns the marker of the first line of n, a quote's first
// block, and false when n is no paragraph or its first line has none. It
// reads the line from the source: the paragraph's lines may be gone (the
// math extension remakes a paragraph that holds math).
func alertMarker(n ast.Node, src []byte) (marker, bool) {
	first := firstText(n)
	if first == nil {
		return marker{}, false
	}
	start := first.Segment.Start
	line := src[start:]
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	line = bytes.TrimRight(line, " \t\r")
	if len(line) < 4 || line[0] != '[' || line[1] != '!' {
		return marker{}, false
	}
	m := alertMarkerRE.FindSubmatchIndex(line)
	if m == nil {
		return marker{}, false
	}
	mk := marker{typ: string(line[m[2]:m[3]]), line: start}
	if m[4] >= 0 {
		mk.title = string(line[m[4]:m[5]])
	}
	mk.end = start + bytes.IndexByte(line, ']') + 1
	if mk.end < start+len(line) && (src[mk.end] == '+' || src[mk.end] == '-') {
		mk.fold = src[mk.end]
		mk.end++
	}
	return mk, true
}

// firstText returns the first inline of n if n is a paragraph and that
// inline is text, else nil.
func firstText(n ast.Node) *ast.Text {
	if p, ok := n.(*ast.Paragraph); ok {
		t, _ := p.FirstChild().(*ast.Text)
		return t
	}
	return nil
}

// alerts makes each quote whose first line is an alert's marker of a
// known type an alert. Any other quote is left as it is: checkAlerts
// warns of a type that is none of alertTypes.
type alerts struct{}

// Transform implements parser.ASTTransformer.
func (alerts) Transform(doc *ast.Document, reader text.Reader, _ parser.Context) {
	src := reader.Source()
	if !bytes.Contains(src, []byte("[!")) {
		return
	}
	var quotes []*ast.Blockquote
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if q, ok := n.(*ast.Blockquote); ok && entering {
			quotes = append(quotes, q)
		}
		return ast.WalkContinue, nil
	})
	for _, q := range quotes {
		if m, ok := alertMarker(q.FirstChild(), src); ok && m.known() {
			makeAlert(q, m, src)
		}
	}
}

// makeAlert replaces the quote q, whose first line starts with the
// marker m in src, with an alert: the marker goes, the rest of its line
// is the title, and the quote's blocks are the alert's.
func makeAlert(q *ast.Blockquote, m marker, src []byte) {
	end := m.end
	p := q.FirstChild().(*ast.Paragraph)
	a := &alert{typ: strings.ToLower(m.typ), fold: m.fold}
	title := &alertTitle{}
	// The first line's inlines: the marker's text, which goes, and the
	// title after it, up to the text that ends the line.
	for c := p.FirstChild(); c != nil; {
		next := c.NextSibling()
		last := lastText(c)
		lineEnd := last != nil && (last.SoftLineBreak() || last.HardLineBreak())
		if lineEnd {
			last.SetSoftLineBreak(false)
			last.SetHardLineBreak(false)
			seg := last.Segment
			last.Segment = seg.TrimRightSpace(src)
		}
		p.RemoveChild(p, c)
		t, isText := c.(*ast.Text)
		switch {
		case isText && t.Segment.Stop <= end:
		case isText && t.Segment.Start < end:
			seg := t.Segment.WithStart(end)
			t.Segment = seg.TrimLeftSpace(src)
			if t.Segment.Len() > 0 {
				title.AppendChild(title, c)
			}
		default:
			title.AppendChild(title, c)
		}
		if lineEnd {
			break
		}
		c = next
	}
	if title.HasChildren() {
		a.titled = true
		a.AppendChild(a, title)
	}
	if lines := p.Lines(); lines.Len() > 0 {
		rest := text.NewSegments()
		for i := 1; i < lines.Len(); i++ {
			rest.Append(lines.At(i))
		}
		p.SetLines(rest)
	}
	if !p.HasChildren() {
		q.RemoveChild(q, p)
	}
	for c := q.FirstChild(); c != nil; {
		next := c.NextSibling()
		q.RemoveChild(q, c)
		a.AppendChild(a, c)
		c = next
	}
	a.SetBlankPreviousLines(q.HasBlankPreviousLines())
	q.Parent().ReplaceChild(q.Parent(), q, a)
}

// lastText returns n if it is text, else its last descendant if that
// is text (what ends a line ending in *emphasis*), else nil.
func lastText(n ast.Node) *ast.Text {
	for n != nil {
		if t, ok := n.(*ast.Text); ok {
			return t
		}
		n = n.LastChild()
	}
	return nil
}

// alertRenderer renders alerts as GitHub does, with a title of the
// type's name in the site's language where the curator wrote none; the
// title is strong, so that a feed reader or a mail client, without the
// theme's CSS, sets it off too.
type alertRenderer struct {
	titles map[string]string // type → its title
}

// RegisterFuncs implements renderer.NodeRenderer.
func (r alertRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(kindAlert, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		a := n.(*alert)
		switch {
		case !entering && a.fold != 0:
			w.WriteString("</details>\n")
		case !entering:
			w.WriteString("</div>\n")
		case a.fold != 0: // Obsidian's callout that folds: a disclosure, open for +
			open := ""
			if a.fold == '+' {
				open = " open"
			}
			fmt.Fprintf(w, `<details class="markdown-alert markdown-alert-%s"%s>`+"\n", a.typ, open)
		default:
			fmt.Fprintf(w, `<div class="markdown-alert markdown-alert-%s" role="note">`+"\n", a.typ)
		}
		if entering && !a.titled {
			tag := titleTag(a)
			fmt.Fprintf(w, `<%s class="markdown-alert-title"><strong>%s</strong></%s>`+"\n", tag, html.EscapeString(r.titles[a.typ]), tag)
		}
		return ast.WalkContinue, nil
	})
	reg.Register(kindAlertTitle, func(w util.BufWriter, _ []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		tag := titleTag(n.Parent().(*alert))
		if entering {
			w.WriteString(`<` + tag + ` class="markdown-alert-title"><strong>`)
		} else {
			w.WriteString("</strong></" + tag + ">\n")
		}
		return ast.WalkContinue, nil
	})
}

// titleTag is the element of a's title: a folding callout's summary, or
// a paragraph.
func titleTag(a *alert) string {
	if a.fold != 0 {
		return "summary"
	}
	return "p"
}

// calloutTypes are Obsidian's callout types that are none of GitHub's
// alerts' (with its aliases), each with the alert that shows it best.
var calloutTypes = map[string]string{
	"abstract": "note", "summary": "note", "tldr": "note", "info": "note", "todo": "note",
	"question": "note", "help": "note", "faq": "note", "example": "note", "quote": "note", "cite": "note",
	"hint": "tip", "success": "tip", "check": "tip", "done": "tip", "attention": "warning",
	"failure": "caution", "fail": "caution", "missing": "caution", "danger": "caution", "error": "caution", "bug": "caution",
}

// alertMistakes returns a warning for each alert the page does not show
// as one: a quote whose type is none of GitHub's (an Obsidian callout's,
// [!faq], or a misspelt one, [!NOTES]), which shows as a quote that
// starts with the marker; and a marker without the quote (a paragraph
// whose first line is [!NOTE]), which shows as written.
func (s *source) alertMistakes() []Hidden {
	if !strings.Contains(s.text, "[!") {
		return nil
	}
	src := s.bytes()
	var out []Hidden
	ast.Walk(s.root(), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.Kind() {
		case ast.KindBlockquote:
			if m, ok := alertMarker(n.FirstChild(), src); ok && !m.known() {
				out = append(out, Hidden{s.line(m.line), unknownAlert(m)})
			}
		case ast.KindParagraph:
			if _, quoted := n.Parent().(*ast.Blockquote); quoted {
				return ast.WalkSkipChildren, nil
			}
			if m, ok := alertMarker(n, src); ok && m.known() {
				out = append(out, Hidden{s.line(m.line), fmt.Sprintf("[!%s] starts an alert only in a quote, so the page shows it as written; start this line and each of the alert's with > (> [!%s], then > and its text)", m.typ, m.typ)})
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// unknownAlert is alertMistakes' warning for a quote whose marker's type
// is none of GitHub's alerts'.
func unknownAlert(m marker) string {
	var kinds []string
	for _, t := range alertTypes {
		kinds = append(kinds, "[!"+strings.ToUpper(t)+"]")
	}
	title := ""
	if m.title != "" {
		title = " " + m.title
	}
	fix := "write one of " + strings.Join(kinds, ", ")
	if alt, ok := calloutTypes[strings.ToLower(m.typ)]; ok {
		fix = fmt.Sprintf("[!%s] is one of Obsidian's callouts; write [!%s]%s (the alert that shows it best), or another of %s", m.typ, strings.ToUpper(alt), cmp.Or(title, " and a title if you want one"), strings.Join(kinds, ", "))
	} else if near := diag.Nearest(m.typ, alertTypes); near != "" {
		fix = fmt.Sprintf("did you mean [!%s]%s? Alerts are %s", strings.ToUpper(near), title, strings.Join(kinds, ", "))
	}
	return fmt.Sprintf("[!%s] is not an alert's type, so the page shows this quote as written, [!%s] and all; %s", m.typ, m.typ, fix)
}
