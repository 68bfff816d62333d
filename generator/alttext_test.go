package generator

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// altSite has images with no alt text: in a paper's abstract and notes
// (one all its link shows), a day's intro and a page, and raw <img> tags
// with and without alt; and images with alt text, which are let be.
const altSite = `
-- content/site.yaml --
title: T
baseURL: https://example.org/digest/
unsafeHTML: true
-- content/papers/a.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
---
We simplify DPO. ![](fig.svg)

![DPO pipeline](fig.svg)

## Notes

[![ ](badge.svg)](https://ci.example.org/) and the raw one:
<img src="fig.svg"> <img src="fig.svg" alt="">
<p><img alt="The chart"
  src="fig.svg"></p>
-- content/papers/fig.svg --
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>
-- content/papers/badge.svg --
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>
-- content/days/2024-01-01.md --
---
title: The day
---
Today: ![](../papers/fig.svg).
-- content/pages/about.md --
---
title: About
---
About us.

![](/papers/fig.svg "Us")
`

// TestCheckAltText: check notes each Markdown image with no alt text at
// its source's line, the images of one source in one note, naming each
// file with what to write; one all its link shows is a warning, as the
// link has no name. A raw
// <img> with no alt is a note of its own at its line, not a problem of
// the theme's pages that show it; without unsafeHTML it is dropped, with
// no note but a warning that it is.
func TestCheckAltText(t *testing.T) {
	problems, err := Check(context.Background(), Options{Site: siteFS(altSite)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.String())
	}
	want := []string{
		`content/papers/a.md:12: this link to https://ci.example.org/ shows only an image with no alt text, so screen readers say "link" and no more; write where the link leads as the image's alt text: [![where the link leads, in a few words](badge.svg)](https://ci.example.org/)`,
		`content/days/2024-01-01.md:4: note: ![](../papers/fig.svg) has no alt text, so pages give it alt="" and screen readers pass over it as decoration; write what it shows between the brackets, ![DPO pipeline](../papers/fig.svg), or leave it so if it is only decoration`,
		`content/pages/about.md:6: note: ![](/papers/fig.svg) has no alt text, so pages give it alt="" and screen readers pass over it as decoration; write what it shows between the brackets, ![DPO pipeline](/papers/fig.svg), or leave it so if it is only decoration`,
		`content/papers/a.md:6: note: ![](fig.svg) has no alt text, so pages give it alt="" and screen readers pass over it as decoration; write what it shows between the brackets, ![DPO pipeline](fig.svg), or leave it so if it is only decoration`,
		`content/papers/a.md:13: note: <img src="fig.svg"> has no alt, so screen readers read its address; give it alt="" if it is decoration, else the words it shows`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("check =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	// Without unsafeHTML the raw <img> is dropped: no alt note of it, but
	// the warning that the page leaves it out.
	problems, err = Check(context.Background(), Options{Site: siteFS(strings.Replace(altSite, "unsafeHTML: true\n", "", 1))})
	if err != nil {
		t.Fatal(err)
	}
	notes, omitted := 0, 0
	for _, p := range problems {
		switch {
		case p.Note() && strings.Contains(p.Msg, "<img"):
			t.Errorf("without unsafeHTML: %s", p)
		case p.Note():
			notes++
		case p.Path == "content/papers/a.md" && strings.Contains(p.Msg, "<img>") && strings.Contains(p.Msg, "unsafeHTML is off"):
			omitted++
		case p.Path == "content/papers/a.md" && p.Line == 12: // the link with no name
		default:
			t.Errorf("without unsafeHTML: %s", p)
		}
	}
	if notes != 3 || omitted == 0 {
		t.Errorf("without unsafeHTML, %d notes (want 3) and %d warnings of raw HTML left out: %v", notes, omitted, problems)
	}
}

// figureSite has papers whose figure (image:) has no image_alt: one the
// curator wrote, two as the import wrote them, and one whose imported
// figure the curator replaced; and one with image_alt, which is let be.
const figureSite = `
-- content/site.yaml --
title: T
baseURL: https://digest.example.edu/
-- content/papers/fig.svg --
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>
-- content/papers/2401.00001.md --
---
title: Curator's
arxiv: "2401.00001"
date: 2024-01-01
image: fig.svg
---
A.
-- content/papers/2401.00002.md --
---
title: Described
arxiv: "2401.00002"
date: 2024-01-01
image: fig.svg
image_alt: A bar chart
---
B.
-- content/papers/2401.00003.md --
---
title: Imported
arxiv: "2401.00003"
date: 2024-01-01
image: https://cdn.example.org/a.png
imported:
  sources: [hf]
  image: https://cdn.example.org/a.png
---
C.
-- content/papers/2401.00004.md --
---
title: Imported later
arxiv: "2401.00004"
date: 2024-01-02
image: https://cdn.example.org/b.png
imported:
  sources: [hf]
  image: https://cdn.example.org/b.png
---
D.
-- content/papers/2401.00005.md --
---
title: Replaced
arxiv: "2401.00005"
date: 2024-01-02
image: fig.svg
imported:
  sources: [hf]
  image: https://cdn.example.org/c.png
---
E.
`

// TestCheckFigureAlt: a paper's figure with no image_alt: is a note at
// its image: line, as pages give it the placeholder alt text; the figures
// the import wrote so are a note each (check --json and the GitHub
// annotations name every file), newest first, which check's text output
// (Group) sums up in one line, at the newest paper's.
func TestCheckFigureAlt(t *testing.T) {
	problems, err := Check(context.Background(), Options{Site: siteFS(figureSite)})
	if err != nil {
		t.Fatal(err)
	}
	var got, each []string
	for _, g := range Group(problems) {
		if strings.Contains(g.Msg, "image_alt") {
			got = append(got, g.String())
		}
	}
	for _, p := range problems {
		if strings.HasPrefix(p.Msg, importedFigure) {
			each = append(each, p.Path)
		}
	}
	if want := []string{"content/papers/2401.00004.md", "content/papers/2401.00003.md"}; !slices.Equal(each, want) {
		t.Errorf("check's notes of imported figures are at %q, want one each, newest first: %q", each, want)
	}
	own := `note: this figure (image:) has no image_alt:, so pages, feeds and the email give it the alt text "Figure from the paper", which tells screen readers there is a figure but not what it shows; write what it shows on a line of its own: image_alt: "DPO pipeline: preference pairs straight to the policy"`
	want := []string{
		`content/papers/2401.00001.md:5: ` + own,
		`content/papers/2401.00005.md:5: ` + own,
		`content/papers/2401.00004.md:5: note: the figure the import set here (image:) has no image_alt:, nor has 1 other paper's, as the import set it, so pages, feeds and the email give each the alt text "Figure from the paper", which tells screen readers there is a figure but not what it shows; write what it shows on a line of its own, image_alt: "DPO pipeline: preference pairs straight to the policy" (imports never change it)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("check =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, p := range problems {
		if !p.Note() {
			t.Errorf("not a note: %s", p)
		}
	}
}

func TestIsFileName(t *testing.T) {
	for _, tt := range []struct {
		alt, dest string
		want      bool
	}{
		{"fig1.png", "fig1.png", true},
		{"figures/loss.SVG", "x.svg", true},
		{"IMG_1234.JPG", "fig1.png", true},
		{"IMG_1234", "fig1.png", true},
		{"DSC01234", "fig1.png", true},
		{"PXL_20240501_102233123", "fig1.png", true},
		{"Screenshot 2024-05-01 at 10.22.33", "fig1.png", true},
		{"Screen Shot 2020-01-02 at 1.02.03 PM", "fig1.png", true},
		{"Screenshot_20240501-102233", "fig1.png", true},
		{"Screenshot (12)", "fig1.png", true},
		{"pipeline", "figures/pipeline", true}, // the image's own name
		{"", "fig1.png", false},
		{"Figure 2", "fig2.png", false},
		{"Figure 2 of fig2.png", "fig2.png", false},
		{"Screenshot of the demo", "demo.png", false},
		{"Loss over 1.5k steps", "loss.png", false},
		{"Imagenet accuracy", "acc.png", false},
		{"v1.2", "acc.png", false},
	} {
		if got := isFileName(tt.alt, tt.dest); got != tt.want {
			t.Errorf("isFileName(%q, %q) = %v, want %v", tt.alt, tt.dest, got, tt.want)
		}
	}
}

// TestCheckFileNameAlt: an image whose alt text is a file's name is a
// note at its line, a Markdown image's, a raw <img>'s and a paper's
// image_alt:; words that mention a file are let be.
func TestCheckFileNameAlt(t *testing.T) {
	problems, err := Check(context.Background(), Options{Site: siteFS(`
-- content/site.yaml --
title: T
baseURL: https://digest.example.edu/
unsafeHTML: true
-- content/papers/fig1.svg --
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>
-- content/papers/2401.00001.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
image: fig1.svg
image_alt: fig1.svg
---
![IMG_1234.JPG](fig1.svg) ![Figure 2, as in fig1.svg](fig1.svg)

<img src="fig1.svg" alt="Screenshot 2024-05-01 at 10.22.33">
`)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		got = append(got, p.String())
	}
	want := []string{
		"content/papers/2401.00001.md:5: note: this figure (image:) is an SVG, which X, Facebook, LinkedIn and Slack do not show in a shared link's preview: its page shows it, but a link to its page (or its day's) shares no picture; for the figure in previews, export it as PNG or JPEG (about 1200 × 630 pixels suits every network) and write that in image:", // TestSVGShareImage's
		`content/papers/2401.00001.md:5: note: this figure's image_alt: "fig1.svg" is a file's name, which screen readers read out as it is, not what the figure shows; write what it shows: image_alt: "DPO pipeline: preference pairs straight to the policy"`,
		`content/papers/2401.00001.md:8: note: the alt text "IMG_1234.JPG" of this image is a file's name, which screen readers read out as it is, not what the image shows; write what it shows between the brackets: ![DPO pipeline](fig1.svg)`,
		`content/papers/2401.00001.md:10: note: the alt text "Screenshot 2024-05-01 at 10.22.33" of <img src="fig1.svg"> is a file's name, which screen readers read out as it is, not what the image shows; write what it shows: alt="DPO pipeline", or alt="" if it is only decoration`,
	}
	slices.Sort(got)
	slices.Sort(want)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("check =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCheckHeadingImage: an image with no alt text that is all its
// heading shows is the heading's warning, with no note that leaving it
// so marks decoration.
func TestCheckHeadingImage(t *testing.T) {
	problems, err := Check(context.Background(), Options{Site: siteFS(`
-- content/site.yaml --
title: T
baseURL: https://digest.example.edu/
-- content/papers/fig1.svg --
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"/>
-- content/papers/2401.00001.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
---
The abstract.

## ![](fig1.svg)
`)})
	if err != nil {
		t.Fatal(err)
	}
	if len(problems) != 1 || problems[0].Note() || problems[0].Line != 8 || !strings.Contains(problems[0].Msg, "heading") {
		t.Errorf("check = %v, want one warning of the heading at line 8", problems)
	}
}

// TestCheckVagueLinks: a link whose whole text is "here" is a note at
// its line of the file, which does not fail check.
func TestCheckVagueLinks(t *testing.T) {
	problems, err := Check(context.Background(), Options{Site: siteFS(`
-- content/site.yaml --
title: T
baseURL: https://digest.example.edu/
-- content/papers/2401.00001.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
---
The abstract.

The code is [here](https://github.com/ada/code).
`)})
	if err != nil {
		t.Fatal(err)
	}
	want := `content/papers/2401.00001.md:8: note: the link text "here" of https://github.com/ada/code says nothing of where it leads`
	if len(problems) != 1 || !strings.HasPrefix(problems[0].String(), want) {
		t.Errorf("check = %v, want one problem starting %s", problems, want)
	}
}
