package generator

import (
	"fmt"
	"path"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/imagesize"
	"github.com/paperboy-digest/paperboy/generator/markdown"
)

// movingNote is check's note about img, an image the source src shows,
// when it is a GIF beside the sources that moves for more than five
// seconds (imagesize.Motion.Moves), as a paper's demo most often loops
// forever: a page shows it as an <img> that no reader can pause, which
// WCAG 2.2.2 asks for, and which readers who ask their system for less
// motion (prefers-reduced-motion) are shown all the same. basePath is
// the site's, which img.Src is under.
func (b beside) movingNote(src string, img markdown.Image, basePath string) (Problem, bool) {
	if b.sizes == nil || !strings.HasPrefix(img.Src, basePath) {
		return Problem{}, false
	}
	out := localImage("/" + strings.TrimPrefix(img.Src, basePath))
	name := b.files[norm.NFC.String(contentAt(out))]
	if out == "" || name == "" || !strings.EqualFold(path.Ext(name), ".gif") {
		return Problem{}, false
	}
	f, err := b.sizes.site.Open(name)
	if err != nil {
		return Problem{}, false
	}
	defer f.Close()
	m, err := imagesize.GIFMotion(f)
	if err != nil || !m.Moves() {
		return Problem{}, false
	}
	plays := "loops forever"
	if m.Plays > 0 {
		plays = fmt.Sprintf("moves for %.0f seconds", (m.Play * time.Duration(m.Plays)).Seconds())
	}
	return Problem{Kind: "note", Path: src, Line: img.Line, Msg: fmt.Sprintf(
		"%s is an animated GIF that %s, which the page shows with no way to pause it, to readers who asked for less motion too (WCAG 2.2.2); "+
			"show a still frame (a PNG) and link the animation, or make it a video with controls (an MP4 beside the source, linked as [Demo video](demo.mp4))",
		img.Dest, plays)}, true
}
