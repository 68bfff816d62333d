package generator

import (
	"cmp"
	"fmt"
	"path"
	"regexp"
	"slices"
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
// theme's (b resolves them). It notes too each GIF that moves for more
// than five seconds (movingNote), as it reads the same images.
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
			if n, ok := b.movingNote(src, img, site.Config.BasePath()); ok {
				notes = append(notes, n)
			}
			switch {
			case img.HTML && img.NoAlt:
				written[img.Src] = true
				notes = append(notes, Problem{Kind: "note", Path: src, Line: img.Line, Msg: imgWithoutAlt(img.Dest)})
			case !img.HTML && img.Alt == "" && !img.Link && !img.Heading: // a link's or heading's is a warning (markdown's namelessLinks, emptyHeadings)
				bare = append(bare, img)
			case isFileName(img.Alt, img.Dest):
				notes = append(notes, Problem{Kind: "note", Path: src, Line: img.Line, Msg: fileNameAlt(img)})
			}
		}
		if len(bare) > 0 {
			notes = append(notes, Problem{Kind: "note", Path: src, Line: bare[0].Line, Msg: bareImages(bare)})
		}
	})
	sortByLine(notes)
	return notes, written
}

// fileNameRE is alt text that is a file's name or path, one word that
// ends as an image or a document does: "fig1.png", "figures/loss.svg".
var fileNameRE = regexp.MustCompile(`(?i)^\S+\.(?:png|jpe?g|gif|webp|avif|svg|bmp|tiff?|heic|eps|pdf)$`)

// cameraNameRE is alt text that is the name a camera, a phone or a
// screenshot tool gives its files, with or without the extension:
// IMG_1234, DSC01234, PXL_20240501_102233, "Screenshot 2024-05-01 at
// 10.22.33", "Screen Shot 2020-01-02 at 1.02.03 PM", Screenshot_20240501-102233,
// "Screenshot (12)".
var cameraNameRE = regexp.MustCompile(`(?i)^(?:(?:IMG|DSC[NF]?|PXL|MVIMG|GOPR|DJI|WP)[_-]?\d{4,}[\d_-]*|screen ?shot(?:[ _-]+(?:from )?\d{4}-?\d{2}-?\d{2}\b.*| ?\(\d+\))?)(?:\.\w{3,4})?$`)

// isFileName reports whether alt, the alt text of the image at dest, is
// a file's name rather than words: the image's own (alt is dest, or its
// last part), any image's (fileNameRE), or a camera's (cameraNameRE).
// Words that name a file among others ("Figure 2 of fig.png") are let be.
func isFileName(alt, dest string) bool {
	if alt == "" {
		return false
	}
	return alt == dest || alt == path.Base(dest) || fileNameRE.MatchString(alt) || cameraNameRE.MatchString(alt)
}

// fileNameAlt is the note about an image whose alt text is a file's
// name, which screen readers read out ("I M G underscore 1234 dot J P
// G") in place of what it shows: no text alternative (WCAG's failure F30).
func fileNameAlt(img markdown.Image) string {
	if img.HTML {
		return fmt.Sprintf("the alt text %q of <img src=\"%s\"> is a file's name, which screen readers read out as it is, not what the image shows; write what it shows: alt=\"DPO pipeline\", or alt=\"\" if it is only decoration", img.Alt, img.Dest)
	}
	return fmt.Sprintf("the alt text %q of this image is a file's name, which screen readers read out as it is, not what the image shows; write what it shows between the brackets: ![DPO pipeline](%s)", img.Alt, img.Dest)
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

// figureNotes is check's notes about the papers whose figure (image:)
// has no image_alt:, which pages, feeds and the email show with the
// theme's placeholder alt text (placeholder: "Figure from the paper"),
// words that tell a screen-reader user there is a figure but not what it
// shows (WCAG's failure F30). Each figure the curator wrote is a note at
// its image: line. Those the import wrote, left as it wrote them (Hugging
// Face gives no description), are a note each, newest first, which
// check's text output sums up in one line (Group, importedFigures). A note, not an error: a nightly import must pass check.
// An image_alt: that is a file's name (isFileName) is a note too.
func figureNotes(papers []*model.Paper, placeholder string) []Problem {
	var notes []Problem
	var imported []*model.Paper
	for _, p := range papers {
		switch {
		case p.Image == "" || p.ImageLine == 0:
		case isFileName(p.ImageAlt, p.Image):
			notes = append(notes, Problem{Kind: "note", Path: p.Source, Line: p.ImageLine, Msg: fmt.Sprintf(
				"this figure's image_alt: %q is a file's name, which screen readers read out as it is, not what the figure shows; write what it shows: image_alt: \"DPO pipeline: preference pairs straight to the policy\"", p.ImageAlt)})
		case p.ImageAlt != "":
		case p.ImportedImage != "" && p.ImportedImage == p.Image:
			imported = append(imported, p)
		default:
			notes = append(notes, Problem{Kind: "note", Path: p.Source, Line: p.ImageLine, Msg: fmt.Sprintf(
				"this figure (image:) has no image_alt:, so pages, feeds and the email give it the alt text %q, which tells screen readers there is a figure but not what it shows; write what it shows on a line of its own: image_alt: \"DPO pipeline: preference pairs straight to the policy\"", placeholder)})
		}
	}
	// Newest first: Group sums them up at the first one's line.
	slices.SortStableFunc(imported, func(a, b *model.Paper) int {
		return cmp.Or(b.Date.Compare(a.Date), strings.Compare(b.Source, a.Source))
	})
	for _, p := range imported {
		notes = append(notes, Problem{Kind: "note", Path: p.Source, Line: p.ImageLine, Msg: fmt.Sprintf(
			importedFigure+", so pages, feeds and the email give it the alt text %q, which tells screen readers there is a figure but not what it shows; write what it shows on a line of its own, image_alt: \"DPO pipeline: preference pairs straight to the policy\" (imports never change it)", placeholder)})
	}
	return notes
}

// importedFigure starts the note of a figure an import set with no
// image_alt:, by which Group knows the notes to sum up.
const importedFigure = "the figure the import set here (image:) has no image_alt:"

// importedFigures is the one line of check's text output that stands for
// the notes ps of imported figures with no image_alt: (figureNotes), at
// the first, the newest paper's: a site of thousands of imported papers
// gets one line a check, not thousands, while --json and the GitHub
// annotations keep one a paper.
func importedFigures(ps []Problem) Problem {
	others := ", nor has 1 other paper's, as the import set it"
	if n := len(ps) - 1; n > 1 {
		others = fmt.Sprintf(", nor have %d other papers', as the import set them", n)
	}
	p := ps[0]
	p.Msg = importedFigure + others + strings.Replace(strings.TrimPrefix(p.Msg, importedFigure), "give it", "give each", 1)
	return p
}

// vagueLinkNotes is check's notes about the links of the Markdown sources
// of site whose whole text says nothing of where they lead, [here](…)
// (markdown's VagueLinks), each at its line.
func vagueLinkNotes(site *model.Site) []Problem {
	md := newMarkdown(site.Config, nil)
	var notes []Problem
	markdownSources(site, func(src, body string, first int, inline bool) {
		for _, h := range md.VagueLinks([]byte(body)) {
			notes = append(notes, Problem{Kind: "note", Path: src, Line: bodyLine(first, h.Line, inline), Msg: h.Msg})
		}
	})
	return notes
}
