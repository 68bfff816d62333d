package generator

import (
	"bytes"
	"context"
	"image"
	"image/color"
	"image/png"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestHeavyImages: check notes an image beside the sources that the site
// publishes and that weighs a megabyte or more, with its size; a light
// one, a heavy one nothing shows, and a heavy file that is no image are
// let be.
func TestHeavyImages(t *testing.T) {
	noise := image.NewRGBA(image.Rect(0, 0, 640, 480)) // incompressible: some 1.2 MB as PNG
	r := rand.New(rand.NewPCG(1, 2))
	for i := range noise.Pix {
		noise.Pix[i] = uint8(r.Uint32())
	}
	var heavy bytes.Buffer
	if err := png.Encode(&heavy, noise); err != nil {
		t.Fatal(err)
	}
	if heavy.Len() < heavyImage {
		t.Fatalf("the test's image is %d bytes, under %d", heavy.Len(), heavyImage)
	}
	light := image.NewGray(image.Rect(0, 0, 640, 480))
	light.Set(1, 1, color.White)
	var small bytes.Buffer
	if err := png.Encode(&small, light); err != nil {
		t.Fatal(err)
	}
	fsys := siteFS(strings.Replace(siteYAML, "example.org", "digest.example.org", 1) + `-- content/papers/a.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
authors: [Ada Lovelace]
---
Abstract.

![The loss](figures/loss.png) ![The curve](figures/small.png) [The data](figures/data.csv)
`)
	fsys["content/papers/figures/loss.png"] = &fstest.MapFile{Data: heavy.Bytes()}
	fsys["content/papers/figures/_unshown.png"] = &fstest.MapFile{Data: heavy.Bytes()}
	fsys["content/papers/figures/small.png"] = &fstest.MapFile{Data: small.Bytes()}
	fsys["content/papers/figures/data.csv"] = &fstest.MapFile{Data: bytes.Repeat([]byte("1,2\n"), heavyImage)}
	problems, err := Check(context.Background(), Options{Site: fsys})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.String())
	}
	want := []string{"content/papers/figures/loss.png: note: is 1.2 MB, which every reader of a page that shows it downloads (seconds on a phone); export it smaller: " +
		"a figure 1,600 pixels wide is some 100 to 300 KB as PNG or WebP, and a photo as JPEG"}
	if !slices.Equal(got, want) {
		t.Errorf("check:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
