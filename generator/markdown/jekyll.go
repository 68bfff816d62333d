package markdown

import (
	"bytes"
	"cmp"
	"path"
	"regexp"
	"strings"

	"github.com/gohugoio/hugo-goldmark-extensions/passthrough"
	"github.com/yuin/goldmark/ast"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// A Jekyll site's posts bring Liquid and kramdown along, which Paperboy
// reads as text: each is found at its line with what to write instead.

// liquidRE is a Liquid tag ({% name args %}, group 1 and 2) or an output
// of Jekyll's objects or with a filter ({{ site.baseurl }}, {{ 'x' |
// relative_url }}, group 3); other {{ … }} is text (Jinja in prose, a
// Hugo shortcode).
var liquidRE = regexp.MustCompile(`\{%-?\s*([A-Za-z_]\w*)((?:[^%]|%[^}])*?)-?%\}` +
	`|\{\{-?\s*((?:site|page|layout|include|content|paginator|jekyll|post|forloop)\b[^{}]*?|(?:"[^"{}]*"|'[^'{}]*'|[A-Za-z_][\w.]*)\s*\|\s*[a-z_]+[^{}]*?)\s*-?\}\}`)

// liquidBlocks are the Liquid tags whose content up to their end tag is
// not Liquid (raw text, a comment, code), with that end tag.
var liquidBlocks = map[string]*regexp.Regexp{
	"raw":       regexp.MustCompile(`\{%-?\s*endraw\s*-?%\}`),
	"comment":   regexp.MustCompile(`\{%-?\s*endcomment\s*-?%\}`),
	"highlight": regexp.MustCompile(`\{%-?\s*endhighlight\s*-?%\}`),
}

// liquid returns the Liquid tags and outputs of s outside the verbatim
// ranges; an end tag, and what raw, comment and highlight hold, go with
// their opening tag.
func liquid(s *source, verbatim ranges) []Shortcode {
	src := s.bytes()
	var out []Shortcode
	skipTo := 0
	// unclosed are the blocks with no end tag after one of them, nor so
	// after any later one: thousands of {% raw %} are not each looked
	// through to the end of the source.
	unclosed := map[string]bool{}
	for _, m := range liquidRE.FindAllSubmatchIndex(src, -1) {
		i := m[0]
		if i < skipTo || verbatim.contains(i) || i > 0 && src[i-1] == '{' { // {{% a Hugo shortcode %}}
			continue
		}
		if m[6] >= 0 {
			expr := strings.Join(strings.Fields(string(src[m[6]:m[7]])), " ")
			out = append(out, Shortcode{Line: s.line(i), Name: expr, Of: "Jekyll's Liquid", Text: "{{ " + expr + " }}", Hint: liquidOutputHint(expr), at: i})
			continue
		}
		name, args := string(src[m[2]:m[3]]), strings.TrimSpace(string(src[m[4]:m[5]]))
		switch {
		case strings.HasPrefix(args, "("): // {% note(kind="info") %}, a Zola shortcode's
			continue
		case strings.HasPrefix(name, "end"), name == "else", name == "elsif", name == "when", name == "break", name == "continue":
			continue
		case liquidBlocks[name] != nil && !unclosed[name]:
			if end := liquidBlocks[name].FindIndex(src[m[1]:]); end != nil {
				skipTo = m[1] + end[1]
			} else {
				unclosed[name] = true
			}
		}
		text := "{% " + name + " %}"
		if f := strings.Fields(args); len(f) > 0 && (name == "include" || name == "include_relative" || name == "highlight") {
			text = "{% " + name + " " + f[0] + " %}"
		}
		out = append(out, Shortcode{Line: s.line(i), Name: name, Of: "Jekyll's Liquid", Text: text, Hint: liquidHint(name, args), at: i})
	}
	return out
}

// liquidHint says what to write in place of the Liquid tag name with the
// text args after its name.
func liquidHint(name, args string) string {
	first := ""
	if f := strings.Fields(args); len(f) > 0 {
		first = strings.Trim(f[0], `"'`)
	}
	switch name {
	case "include", "include_relative":
		a := shortcodeArgs(args)
		img := cmp.Or(a["path"], a["src"], a["url"], a["file"], a["image"])
		if img == "" || strings.Contains(img, "{{") {
			return "Paperboy reads no _includes/: write in Markdown what " + first + " made (an image is ![alt text](fig1.png), the path of a file beside this .md)"
		}
		alt := cmp.Or(a["caption"], a["alt"], a["title"], a["description"])
		if strings.HasPrefix(img, "https://") || strings.HasPrefix(img, "http://") {
			return imageHint(map[string]string{"src": img, "alt": alt})
		}
		return imageHint(map[string]string{"src": path.Base(img), "alt": alt}) + "; move the Jekyll site's " + strings.TrimPrefix(img, "/") + " beside this .md"
	case "highlight":
		return codeHint(cmp.Or(first, "python")) + ", in place of {% highlight %} and {% endhighlight %}"
	case "raw":
		return "remove {% raw %} and {% endraw %}: with no Liquid, the text between them is Markdown as it is (put template code in a code span or a fenced code block)"
	case "comment":
		return "write an HTML comment, <!-- … -->, which is never shown"
	case "post_url", "link":
		if first == "" {
			break
		}
		dest := path.Base(first)
		if name == "post_url" {
			dest += ".md"
		}
		if path.Ext(dest) == ".md" {
			return "link to the post's source relative to this .md, [the paper](" + dest + "), and the build links its page (a post is a paper here)"
		}
		return "link to the file relative to this .md, [the file](" + dest + "), with the Jekyll site's " + first + " moved beside it"
	case "if", "unless", "for", "case", "assign", "capture", "cycle", "increment", "decrement", "tablerow":
		return "Paperboy has no Liquid: write the text it would make"
	}
	return "Paperboy has no Liquid tags: write in Markdown what it made"
}

// liquidOutputHint says what to write in place of the Liquid output of
// expr ("site.baseurl", "'/x.png' | relative_url").
func liquidOutputHint(expr string) string {
	const root = "a link from the site's root (/papers/1706.03762/) gets baseURL's path, and a file of the Jekyll site's assets/ goes beside this .md, linked relative to it (![alt text](fig1.png))"
	obj, _, _ := strings.Cut(expr, "|")
	obj = strings.TrimSpace(obj)
	switch {
	case obj == "site.baseurl" || obj == "site.url":
		return "remove it: " + root
	case strings.Contains(expr, "relative_url") || strings.Contains(expr, "absolute_url"):
		return "write the address itself: " + root
	case strings.HasPrefix(obj, "site.data."):
		return "write the value itself: a site's own data is site.yaml's extra:, which templates read (.Config.Extra), not Markdown"
	case strings.HasPrefix(obj, "page."):
		return "write the page's " + strings.TrimPrefix(obj, "page.") + " itself"
	}
	return "write the text it would make"
}

// kramdownRE is a kramdown attribute list or extension: {: .class},
// {:toc}, {: #id}, {::options … /}, {:/comment}.
var kramdownRE = regexp.MustCompile(`\{:(?:[^{}\n"']|"[^"\n]*"|'[^'\n]*')*\}`)

// kramdownIDRE is an attribute list of an id alone.
var kramdownIDRE = regexp.MustCompile(`^\{:\s*#[\w-]+\s*\}$`)

// kramdownIALs returns the kramdown attribute lists and extensions of s
// outside the verbatim ranges; an extension's closing {:/name} goes with
// its opening one.
func kramdownIALs(s *source, verbatim ranges) []Shortcode {
	src := s.bytes()
	var out []Shortcode
	for _, m := range kramdownRE.FindAllIndex(src, -1) {
		i, ial := m[0], string(src[m[0]:m[1]])
		if verbatim.contains(i) || strings.HasPrefix(ial, "{:/") {
			continue
		}
		name, hint := ial, "remove it: a class or style is your theme's (its static/custom.css styles the page's elements)"
		switch {
		case strings.ReplaceAll(ial, " ", "") == "{:toc}":
			name, hint = "{:toc}", "it asks for a table of contents, which Paperboy does not make: remove this line and the list item above it (* TOC)"
		case strings.Contains(ial, "width") || strings.Contains(ial, "height"):
			hint = "remove it: an image is shown at its own size, at most the text's width (make the file smaller to show it smaller)"
		case kramdownIDRE.MatchString(ial):
			hint = "write a heading's id as " + strings.Join(strings.Fields(strings.Replace(ial, ":", "", 1)), "") + " at the end of the heading's line"
		case strings.HasPrefix(ial, "{::comment"):
			hint = "write an HTML comment, <!-- … -->, which is never shown"
		case strings.HasPrefix(ial, "{::"):
			hint = "remove it and its closing {:/}: Paperboy's Markdown has no kramdown extensions (raw HTML is kept only with site.yaml's unsafeHTML: true)"
		}
		text := ial
		if len(text) > 40 {
			text = text[:37] + "…}"
		}
		out = append(out, Shortcode{Line: s.line(i), Name: name, Of: "a kramdown attribute list", Text: text, Hint: hint, at: i})
	}
	return out
}

// kramdownMath is the advice for $$…$$ written inside a line, as kramdown
// (Jekyll) reads it, to be followed by the formula between single dollar
// signs.
const kramdownMath = "(kramdown, Jekyll's Markdown, reads $$…$$ inside a line as inline math); write inline math between single dollar signs, "

// inlineDisplayMath returns the lines of src on which a $$…$$ shares
// the line with other text, one a line: display math here, which the page
// sets on a line of its own, splitting the paragraph there, where kramdown
// (Jekyll) reads $$…$$ inside a line as inline math.
func (s *source) inlineDisplayMath() []Hidden {
	if !strings.Contains(s.text, "$$") {
		return nil
	}
	src := s.bytes()
	var lines []int
	formulas := map[int][]string{} // a line → its formulas' TeX
	ast.Walk(s.root(), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering || n.Kind() != passthrough.KindPassthroughBlock || n.Lines().Len() == 0 {
			return ast.WalkContinue, nil
		}
		start, stop := n.Lines().At(0).Start, n.Lines().At(n.Lines().Len()-1).Stop
		lineStart, _ := s.lineBounds(start)
		_, lineEnd := s.lineBounds(stop)
		before, after := src[lineStart:start], src[stop:max(stop, lineEnd)]
		if len(bytes.Trim(before, blockMarkers)) == 0 && len(bytes.TrimSpace(after)) == 0 { // a list item's or quote's marker is no text
			return ast.WalkContinue, nil
		}
		line := s.line(start)
		if formulas[line] == nil {
			lines = append(lines, line)
		}
		formulas[line] = append(formulas[line], shortTeX(strings.Trim(string(src[start:stop]), "$")))
		return ast.WalkContinue, nil
	})
	var out []Hidden
	for _, line := range lines {
		var display, inline []string
		for _, tex := range formulas[line] {
			display, inline = append(display, "$$"+tex+"$$"), append(inline, "$"+tex+"$")
		}
		verb, each := "shares its line", "it"
		if len(display) > 1 {
			verb, each = "share their line", "each"
		}
		out = append(out, Hidden{line, textutil.List(display) + " " + verb + " with text, so the page shows " + each + " as display math on a line of its own, breaking the paragraph " +
			kramdownMath + textutil.List(inline) + ", or put $$…$$ on lines of its own for display math"})
	}
	return out
}
