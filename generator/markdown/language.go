package markdown

import (
	"fmt"
	"strings"
	"sync"

	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/yuin/goldmark/ast"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// misspeltLanguages returns the fenced code blocks whose language chroma
// does not know and is most likely a misspelling of one it does
// (```pyhton), or names one it does as Quarto's and R Markdown's code
// chunks do (```{python}) or as Pandoc's classes do (```{.python}): the
// code shows uncoloured, as any language chroma lacks
// (```cuda, ```mermaid) does without a word. The source is parsed only
// when a line opening a fence names such a language.
func (s *source) misspeltLanguages() []Hidden {
	if !mayHoldFence(s.text) {
		return nil
	}
	suspect := false
	for line := range strings.Lines(s.text) {
		if lang, ok := fenceLanguage(line); ok && (nearLanguage(lang) != "" || fenceOptions(line) != "") {
			suspect = true
			break
		}
	}
	if !suspect {
		return nil
	}
	src := s.bytes()
	var out []Hidden
	ast.Walk(s.root(), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		f, ok := n.(*ast.FencedCodeBlock)
		if !entering || !ok || f.Info == nil {
			return ast.WalkContinue, nil
		}
		lang := string(f.Language(src))
		info := string(f.Info.Segment.Value(src))
		if opts := fenceOptions("```" + info); opts != "" {
			out = append(out, Hidden{s.line(f.Info.Segment.Start), fmt.Sprintf("the code block's options after its language, %s, are Hugo's, MkDocs' or Pandoc's (line numbers, marked lines, a title, a class), which Paperboy does not read, so the block shows without them; remove them", opts)})
		}
		switch near := nearLanguage(lang); {
		case near != "" && strings.HasPrefix(lang, "{."):
			out = append(out, Hidden{s.line(f.Info.Segment.Start), fmt.Sprintf("```%s names the code block's language as Pandoc does, by a class, which Paperboy does not read, so the code shows uncoloured; write ```%s to show it coloured", strings.TrimSpace(info), near)})
		case near != "" && strings.HasPrefix(lang, "{"):
			out = append(out, Hidden{s.line(f.Info.Segment.Start), fmt.Sprintf("```%s opens a code chunk of Quarto or R Markdown, which run its code; here the code shows as written, uncoloured; write ```%s to show it coloured", strings.TrimSpace(string(f.Info.Segment.Value(src))), near)})
		case near != "":
			out = append(out, Hidden{s.line(f.Info.Segment.Start), fmt.Sprintf("the code block's language %q is none the highlighter knows, so its code shows uncoloured; if you meant %s, write %s after the fence", lang, near, near)})
		}
		return ast.WalkSkipChildren, nil
	})
	return out
}

// mayHoldFence reports whether src may hold a fenced code block.
func mayHoldFence(src string) bool {
	return strings.Contains(src, "```") || strings.Contains(src, "~~~")
}

// fenceLanguage returns the first word of the info string of line, when
// line may open a fenced code block (``` or ~~~ after the markers of
// quotes, lists and indentation).
func fenceLanguage(line string) (string, bool) {
	rest := strings.TrimLeft(line, blockMarkers)
	for _, fence := range []string{"```", "~~~"} {
		if info, ok := strings.CutPrefix(rest, fence); ok {
			info = strings.TrimLeft(info, fence[:1]+" \t")
			if word, _, _ := strings.Cut(strings.TrimSpace(info), " "); word != "" {
				return word, true
			}
		}
	}
	return "", false
}

// fenceOptions returns what follows the language on the line opening a
// fenced code block when it is options, as Hugo, MkDocs and Pandoc write
// them (```python {linenos=true,hl_lines=[2]}, ```python title="a.py"
// linenums="1"), else "".
func fenceOptions(line string) string {
	rest := strings.TrimLeft(line, blockMarkers)
	for _, fence := range []string{"```", "~~~"} {
		if info, ok := strings.CutPrefix(rest, fence); ok {
			info = strings.TrimSpace(strings.TrimLeft(info, fence[:1]))
			lang, opts, _ := strings.Cut(info, " ")
			if opts = strings.TrimSpace(opts); lang != "" && !strings.HasPrefix(lang, "{") && (strings.HasPrefix(opts, "{") || strings.Contains(opts, "=")) {
				return opts
			}
		}
	}
	return ""
}

// lexerNames are the names and aliases of chroma's languages.
var lexerNames = sync.OnceValue(func() []string { return lexers.Names(true) })

// nearLanguage returns the language chroma knows, as its fence would
// name it, that lang most likely misspells, or "" when chroma knows lang
// or none is near enough. Near enough is one edit, and for a name shorter
// than five letters only two neighbours swapped (```jsno): an edit of a
// short name lands on another language as often as not (log and lox, dot
// and pot, tsv and csv, none and zone). A known name with a letter added
// that is not the last one doubled is a language chroma lacks (jsonld,
// JSON-LD, is not jsonl).
func nearLanguage(lang string) string {
	if lang == "" {
		return ""
	}
	if near, ok := nearLanguages.Load(lang); ok {
		return near.(string)
	}
	near := nearestLanguage(lang)
	nearLanguages.Store(lang, near)
	return near
}

// nearLanguages keeps nearLanguage's answers by language: the same few
// languages open the fences of a whole archive, and the nearest of
// chroma's names takes hundreds of edit distances to find.
var nearLanguages sync.Map

// nearestLanguage is nearLanguage, uncached.
func nearestLanguage(lang string) string {
	if chunk, ok := strings.CutPrefix(lang, "{"); ok { // Quarto's and R Markdown's chunk: ```{python}, ```{r setup}
		chunk = strings.TrimRight(chunk, "},")
		if class, ok := strings.CutPrefix(chunk, "."); ok { // Pandoc's class: ```{.python}, ```{.py .numberLines}
			return lexerName(class)
		}
		if chunk != "" && lexers.Get(chunk) != nil {
			return strings.ToLower(chunk)
		}
		return ""
	}
	if lexers.Get(lang) != nil {
		return ""
	}
	near := strings.ToLower(diag.Nearest(lang, lexerNames()))
	l := strings.ToLower(lang)
	if near == "" || diag.Distance(l, near) != 1 {
		return ""
	}
	if len([]rune(l)) < 5 && !swapped(l, near) {
		return ""
	}
	if extra, ok := strings.CutPrefix(l, near); ok && !strings.HasSuffix(near, extra) {
		return ""
	}
	return near
}

// lexerName returns the name of the language chroma knows by name,
// alias or file extension as lang, as a fence best writes it (python for
// py, r for R), or "" when chroma knows no such language.
func lexerName(lang string) string {
	l := lexers.Get(lang)
	if lang == "" || l == nil {
		return ""
	}
	if name := strings.ToLower(l.Config().Name); lexers.Get(name) == l {
		return name
	}
	return strings.ToLower(lang)
}

// swapped reports whether a and b differ only in two neighbouring letters
// swapped.
func swapped(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) != len(rb) {
		return false
	}
	for i := range ra {
		if ra[i] != rb[i] {
			return i+1 < len(ra) && ra[i] == rb[i+1] && ra[i+1] == rb[i] && string(ra[i+2:]) == string(rb[i+2:])
		}
	}
	return false
}
