package generator

import (
	"fmt"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/markdown"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// altNotes is check's notes about the images the Markdown sources of site
// show with no text alternative: ![](fig.png), which pages write with
// alt="", as decoration, though a digest's figure nearly always shows
// something, one note a source for all of its images; and, with raw HTML
// kept, each <img> with no alt at all, which screen readers read as its
// address (as markupProblems words it for a theme's). written has the
// addresses of those <img> tags as the pages have them, which are no
// theme's (b resolves them).
func altNotes(site *model.Site, b beside) (notes []Problem, written map[string]bool) {
	md := newMarkdown(site.Config, nil)
	written = map[string]bool{}
	markdownSources(site, func(src, body string, first int, inline bool) {
		if !strings.Contains(body, "![") && !(site.Config.UnsafeHTML && strings.Contains(strings.ToLower(body), "<img")) {
			return
		}
		var probes []probe
		var bare []markdown.Image
		for _, img := range md.Images([]byte(body), b.resolver(src, &probes)) {
			img.Line = bodyLine(first, img.Line, inline)
			switch {
			case img.HTML && img.NoAlt:
				written[img.Src] = true
				notes = append(notes, Problem{Kind: "note", Path: src, Line: img.Line, Msg: imgWithoutAlt(img.Dest)})
			case !img.HTML && img.Alt == "" && !img.Link: // a link's is a warning (markdown's namelessLinks)
				bare = append(bare, img)
			}
		}
		if len(bare) > 0 {
			notes = append(notes, Problem{Kind: "note", Path: src, Line: bare[0].Line, Msg: bareImages(bare)})
		}
	})
	sortByLine(notes)
	return notes, written
}

// bareImages is the note about the Markdown images of one source that
// have no alt text, the first on the note's line.
func bareImages(imgs []markdown.Image) string {
	shown := make([]string, len(imgs))
	for i, img := range imgs {
		shown[i] = "![](" + img.Dest + ")"
		if i > 0 {
			shown[i] += fmt.Sprintf(" on line %d", img.Line)
		}
	}
	example := "![DPO pipeline](" + imgs[0].Dest + ")"
	if len(imgs) == 1 {
		return shown[0] + " has no alt text, so pages give it alt=\"\" and screen readers pass over it as decoration; write what it shows between the brackets, " + example + ", or leave it so if it is only decoration"
	}
	return fmt.Sprintf("%s have no alt text: %s; pages give them alt=\"\", and screen readers pass over them as decoration; write what each shows between its brackets, such as %s, or leave one so if it is only decoration",
		textutil.Plural(len(imgs), "image", "images"), textutil.List(shown), example)
}
