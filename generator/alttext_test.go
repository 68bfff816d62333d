package generator

import (
	"context"
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
		`content/papers/a.md:12: this link to https://ci.example.org/ shows only an image with no alt text, so screen readers say "link" and no more; write where the link leads as the image's alt text: [![The paper's page](badge.svg)](https://ci.example.org/)`,
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
