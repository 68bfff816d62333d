package generator

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/gif"
	"strings"
	"testing"
	"testing/fstest"
)

// gifOf returns a GIF of frames frames of half a second, looped as Go's
// encoder reads loop (0 forever, -1 once).
func gifOf(t *testing.T, frames, loop int) []byte {
	t.Helper()
	g := &gif.GIF{LoopCount: loop}
	for i := range frames {
		m := image.NewPaletted(image.Rect(0, 0, 2, 2), color.Palette{color.Black, color.White})
		m.SetColorIndex(i%2, 0, 1)
		g.Image, g.Delay = append(g.Image, m), append(g.Delay, 50)
	}
	var b bytes.Buffer
	if err := gif.EncodeAll(&b, g); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestCheckMovingGIF: check notes a GIF that loops forever at the line of
// each source that shows it, by a relative path or one from the site's
// root under its base path; a still GIF and one that plays once, in a
// second and a half, are let be.
func TestCheckMovingGIF(t *testing.T) {
	site := siteFS(`
-- content/site.yaml --
title: T
baseURL: https://example.org/digest/
-- content/papers/a.md --
---
title: A
arxiv: "2401.00001"
authors: [Ada Lovelace]
date: 2024-01-01
---
We walk mazes.

## Notes

![The agent walking through the maze](figures/demo.gif)
![The maze](figures/still.gif) ![Once through](figures/once.gif)
-- content/pages/about.md --
---
title: About
---
Our demo:

![The agent in the maze](/papers/figures/demo.gif)
`)
	site["content/papers/figures/demo.gif"] = &fstest.MapFile{Data: gifOf(t, 2, 0)}
	site["content/papers/figures/still.gif"] = &fstest.MapFile{Data: gifOf(t, 1, 0)}
	site["content/papers/figures/once.gif"] = &fstest.MapFile{Data: gifOf(t, 3, -1)}
	problems, err := Check(context.Background(), Options{Site: site})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		if strings.Contains(p.Msg, "GIF") {
			got = append(got, p.String())
		}
	}
	want := []string{
		"content/pages/about.md:6: note: /papers/figures/demo.gif is an animated GIF that loops forever, which the page shows with no way to pause it, to readers who asked for less motion too (WCAG 2.2.2); " +
			"show a still frame (a PNG) and link the animation, or make it a video with controls (an MP4 beside the source, linked as [Demo video](demo.mp4))",
		"content/papers/a.md:11: note: figures/demo.gif is an animated GIF that loops forever, which the page shows with no way to pause it, to readers who asked for less motion too (WCAG 2.2.2); " +
			"show a still frame (a PNG) and link the animation, or make it a video with controls (an MP4 beside the source, linked as [Demo video](demo.mp4))",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("check =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
