package generator

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// sizedSite shows images whose sizes the build reads: a paper's figure
// and Markdown images beside it (a PNG, an SVG sized by its viewBox, a
// broken PNG on line 10), a static file of the site's theme (a GIF), one
// from another host; a page's JPEG, and site.yaml's card. imageFiles adds
// the raster images.
const sizedSite = `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
theme: mine
image: /card.png
-- content/papers/a.md --
---
title: A
arxiv: "2410.07166"
date: 2024-06-03
image: figures/fig.png
---
An abstract.

![The chart](figures/chart.svg) and ![The logo](/logo.gif),
![Broken](figures/broken.png), ![Remote](https://example.org/r.png).
-- content/papers/figures/chart.svg --
<?xml version="1.0"?>
<svg xmlns="http://www.w3.org/2000/svg" width="100%" viewBox="0 0 500 200"><title>Chart</title></svg>
-- content/papers/figures/broken.png --
not a picture
-- content/days/2024-06-03.md --
---
title: A day
---
![Figure again](../papers/figures/fig.png)
-- content/pages/about.md --
---
title: About
image: team.jpg
image_alt: The three of us
---
About us.
-- themes/mine/static/.keep --
`

// raster returns a w × h image encoded by encode.
func raster(t *testing.T, w, h int, encode func(*bytes.Buffer, image.Image) error) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := encode(&buf, image.NewPaletted(image.Rect(0, 0, w, h), color.Palette{color.White, color.Black})); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// pngOf returns a w × h PNG.
func pngOf(t *testing.T, w, h int) []byte {
	return raster(t, w, h, func(b *bytes.Buffer, m image.Image) error { return png.Encode(b, m) })
}

// imageFiles adds sizedSite's raster images to fsys.
func imageFiles(t *testing.T, fsys fstest.MapFS) fstest.MapFS {
	fsys["content/papers/figures/fig.png"] = &fstest.MapFile{Data: pngOf(t, 640, 480)}
	fsys["content/pages/team.jpg"] = &fstest.MapFile{Data: raster(t, 300, 200, func(b *bytes.Buffer, m image.Image) error { return jpeg.Encode(b, m, nil) })}
	fsys["themes/mine/static/logo.gif"] = &fstest.MapFile{Data: raster(t, 32, 16, func(b *bytes.Buffer, m image.Image) error { return gif.Encode(b, m, nil) })}
	fsys["themes/mine/static/card.png"] = &fstest.MapFile{Data: pngOf(t, 1200, 630)}
	return fsys
}

// TestImageSizes: an image the site publishes, beside the sources or in
// the theme's static/, has its width and height on the page, as a
// Markdown image, as a paper's figure and in og:image; one from another
// host has none, and one that does not read as an image none and a
// warning at the line that shows it, naming the file.
func TestImageSizes(t *testing.T) {
	res, err := Build(context.Background(), Options{Site: imageFiles(t, siteFS(sizedSite))})
	if err != nil {
		t.Fatal(err)
	}
	out := built(filesOf(res))
	out.contains(t, "papers/2410.07166/index.html",
		`<meta property="og:image" content="https://example.org/repo/papers/figures/fig.png">`,
		`<meta property="og:image:width" content="640">`, `<meta property="og:image:height" content="480">`,
		`<img src="/repo/papers/figures/chart.svg" alt="The chart" width="500" height="200" loading="lazy" decoding="async">`,
		`<img src="/repo/logo.gif" alt="The logo" width="32" height="16" loading="lazy" decoding="async">`,
		`<img src="/repo/papers/figures/broken.png" alt="Broken" loading="lazy" decoding="async">`,
		`<img src="https://example.org/r.png" alt="Remote" loading="lazy" decoding="async">`,
		`<img src="/repo/papers/figures/fig.png" alt="Figure from the paper" width="640" height="480" loading="lazy"`)
	out.contains(t, "days/2024-06-03/index.html", `<img src="/repo/papers/figures/fig.png" alt="Figure again" width="640" height="480"`)
	out.contains(t, "about/index.html", `<meta property="og:image" content="https://example.org/repo/team.jpg">`,
		`<meta property="og:image:width" content="300">`, `<meta property="og:image:height" content="200">`,
		`<meta property="og:image:alt" content="The three of us">`)
	out.contains(t, "index.html", `<meta property="og:image" content="https://example.org/repo/card.png">`,
		`<meta property="og:image:width" content="1200">`, `<meta property="og:image:height" content="630">`)

	want := []Problem{{Kind: "image", Path: "content/papers/a.md", Line: 10}}
	var got []Problem
	for _, w := range res.Warnings {
		if w.Kind == "image" {
			if !strings.Contains(w.Msg, "content/papers/figures/broken.png is not a PNG, JPEG, GIF or WebP image") {
				t.Errorf("warning %s names no file, or says nothing of it", w)
			}
			got = append(got, Problem{Kind: w.Kind, Path: w.Path, Line: w.Line})
		}
	}
	if !slices.Equal(got, want) {
		t.Errorf("image warnings = %v, want %v", got, want)
	}

	// A broken figure and card: a warning at their image: lines.
	fsys := imageFiles(t, siteFS(sizedSite))
	fsys["content/papers/figures/fig.png"].Data = pngOf(t, 640, 480)[:30]
	fsys["themes/mine/static/card.png"].Data = []byte("<svg/>")
	res, err = Build(context.Background(), Options{Site: fsys})
	if err != nil {
		t.Fatal(err)
	}
	got = nil
	for _, w := range res.Warnings {
		if w.Kind == "image" {
			got = append(got, Problem{Kind: w.Kind, Path: w.Path, Line: w.Line, Msg: w.Msg[:strings.Index(w.Msg, " image")]})
		}
	}
	want = []Problem{ // sorted by path and line, as the build's warnings are
		{Kind: "image", Path: "content/days/2024-06-03.md", Line: 4, Msg: "content/papers/figures/fig.png is a broken PNG"},
		{Kind: "image", Path: "content/papers/a.md", Line: 5, Msg: "content/papers/figures/fig.png is a broken PNG"},
		{Kind: "image", Path: "content/papers/a.md", Line: 10, Msg: "content/papers/figures/broken.png is not a PNG, JPEG, GIF or WebP"},
		{Kind: "image", Path: "content/site.yaml", Line: 4, Msg: "themes/mine/static/card.png is not a PNG, JPEG, GIF or WebP"},
	}
	if !slices.Equal(got, want) {
		t.Errorf("image warnings =\n%v\nwant\n%v", got, want)
	}
	out = built(filesOf(res))
	out.lacks(t, "papers/2410.07166/index.html", `og:image:width`, `width="640"`)
	out.lacks(t, "index.html", `og:image:width`)
}

// TestOwnImageURLSized: site.yaml's image: written as its full URL on the
// site's own baseURL (https://example.org/repo/card.png) is the file
// /card.png names, and og:image gives its size as for /card.png.
func TestOwnImageURLSized(t *testing.T) {
	site := strings.Replace(sizedSite, "image: /card.png", "image: https://example.org/repo/card.png", 1)
	res, err := Build(context.Background(), Options{Site: imageFiles(t, siteFS(site))})
	if err != nil {
		t.Fatal(err)
	}
	built(filesOf(res)).contains(t, "index.html", `<meta property="og:image" content="https://example.org/repo/card.png">`,
		`<meta property="og:image:width" content="1200">`, `<meta property="og:image:height" content="630">`)
}

// TestUnshownImages: a phone's HEIC photo or a scanner's TIFF shown as a
// paper's figure or a Markdown image is a warning at each line that
// shows it, naming the file and saying to export it as JPEG or PNG; one
// that is not there is only the figure's error.
func TestUnshownImages(t *testing.T) {
	fsys := siteFS(`
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
-- content/papers/a.md --
---
title: A
arxiv: "2410.07166"
date: 2024-06-03
image: IMG_0042.HEIC
---
An abstract.

![The whiteboard](IMG_0042.HEIC) and ![A scan](scans/page.tif).
-- content/papers/IMG_0042.HEIC --
` + "\x00\x00\x00\x18ftypheic" + `
-- content/papers/scans/page.tif --
II*
`)
	res, err := Build(context.Background(), Options{Site: fsys})
	if err != nil {
		t.Fatal(err)
	}
	var got []Problem
	for _, w := range res.Warnings {
		if w.Kind == "image" {
			got = append(got, w)
		}
	}
	const tail = " image, which Chrome, Firefox, Edge, feed readers and link previews cannot show, so most readers would see a broken image; export it as JPEG (a photo) or PNG (a chart or a screenshot) and show that file"
	want := []Problem{
		{Kind: "image", Path: "content/papers/a.md", Line: 5, Msg: "content/papers/IMG_0042.HEIC is a HEIC" + tail},
		{Kind: "image", Path: "content/papers/a.md", Line: 9, Msg: "content/papers/IMG_0042.HEIC is a HEIC" + tail},
		{Kind: "image", Path: "content/papers/a.md", Line: 9, Msg: "content/papers/scans/page.tif is a TIFF" + tail},
	}
	if !slices.Equal(got, want) {
		t.Errorf("image warnings =\n%v\nwant\n%v", got, want)
	}
}

// TestTurnedPhoto: a phone's photo stored on its side, 300 × 200 pixels
// with Exif orientation 6, which browsers show upright, has the width and
// height it is shown at, 200 × 300, on the page and in og:image.
func TestTurnedPhoto(t *testing.T) {
	photo, err := os.ReadFile("imagesize/testdata/turned.jpg")
	if err != nil {
		t.Fatal(err)
	}
	fsys := imageFiles(t, siteFS(sizedSite))
	fsys["content/pages/team.jpg"].Data = photo
	fsys["content/pages/about.md"].Data = append(fsys["content/pages/about.md"].Data, "\n![The team in 2024](team.jpg)\n"...)
	res, err := Build(context.Background(), Options{Site: fsys})
	if err != nil {
		t.Fatal(err)
	}
	built(filesOf(res)).contains(t, "about/index.html",
		`<meta property="og:image:width" content="200">`, `<meta property="og:image:height" content="300">`,
		`<img src="/repo/team.jpg" alt="The team in 2024" width="200" height="300"`)
}

// TestLiveImageSizes: in the preview, an image edited to another size
// has its new size on the pages that show it, the cached parses of their
// sources notwithstanding; one edited to the same size is only copied.
func TestLiveImageSizes(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, sizedSite)
	for name, f := range imageFiles(t, fstest.MapFS{}) {
		if err := os.WriteFile(filepath.Join(dir, name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ctx := context.Background()
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	if _, _, err := live.Build(ctx, nil); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		file, page string
		data       []byte
		want       string
		copied     bool // the same size: the file is copied, nothing built
	}{
		{"content/papers/figures/fig.png", "days/2024-06-03/index.html", pngOf(t, 800, 450), `width="800" height="450"`, false},
		{"content/papers/figures/chart.svg", "papers/2410.07166/index.html", []byte(`<svg viewBox="0 0 60 30"/>`), `alt="The chart" width="60" height="30"`, false},
		{"themes/mine/static/logo.gif", "papers/2410.07166/index.html", pngOf(t, 20, 20), `alt="The logo" width="20" height="20"`, false},
		{"themes/mine/static/card.png", "index.html", pngOf(t, 600, 315), `<meta property="og:image:width" content="600">`, false},
		{"content/papers/figures/chart.svg", "papers/2410.07166/index.html", []byte(`<svg viewBox="0 0 60 30"><g/></svg>`), `alt="The chart" width="60" height="30"`, true},
	} {
		path := filepath.Join(dir, filepath.FromSlash(tt.file))
		if err := os.WriteFile(path, tt.data, 0o644); err != nil {
			t.Fatal(err)
		}
		res, _, err := live.Build(ctx, []string{path})
		if err != nil {
			t.Fatal(err)
		}
		if page := filesOf(res)[tt.page]; !strings.Contains(page, tt.want) {
			t.Errorf("after %s changed, %s lacks %s", tt.file, tt.page, tt.want)
		}
		if built := len(res.Stages) > 0; built == tt.copied {
			t.Errorf("after %s changed, a build ran: %v, want %v", tt.file, built, !tt.copied)
		}
	}
}
