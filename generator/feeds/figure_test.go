package feeds

import (
	"html/template"
	"strings"
	"testing"
)

// TestFigure: a paper's figure opens its items' HTML with its alt text
// (image_alt:, else the theme's figureAlt), a style that keeps it within
// the reader's column, and, when the build read its size, a width and
// height of at most the email's 512 pixels wide, its aspect kept, from
// which a reader reserves its box.
func TestFigure(t *testing.T) {
	const style = ` style="max-width:100%;height:auto"></p>`
	for _, tt := range []struct {
		name, image, alt string
		w, h             int
		want             string
	}{
		{"narrow", "/papers/figures/a.png", "", 300, 120,
			`<p><img src="https://example.org/repo/papers/figures/a.png" alt="Figure from the paper" width="300" height="120"` + style},
		{"wide", "/papers/figures/a.png", "Two pipelines", 2000, 800,
			`<p><img src="https://example.org/repo/papers/figures/a.png" alt="Two pipelines" width="512" height="205"` + style},
		{"another host's", "https://example.com/a.png", "", 0, 0,
			`<p><img src="https://example.com/a.png" alt="Figure from the paper"` + style},
	} {
		t.Run(tt.name, func(t *testing.T) {
			site := testSite()
			p := site.Papers[1] // Plain Paper
			p.Image, p.ImageAlt, p.ImageWidth, p.ImageHeight = tt.image, tt.alt, tt.w, tt.h
			for path, f := range parseAll(t, build(t, site)) {
				if path != "feed.json" && path != "feed.xml" && path != "atom.xml" {
					continue
				}
				for _, it := range f.Items {
					if it.Title == p.Title && !strings.HasPrefix(it.Content, tt.want+"<p>A plain abstract.</p>") {
						t.Errorf("%s: content = %s\nwant it to start with %s", path, it.Content, tt.want)
					}
				}
			}
		})
	}
}

// TestFigureLanguage: on a French site, an English paper's item marks its
// abstract lang="en" and all else, the figure's alt text (the curator's
// image_alt:, as on the paper's page, or the theme's words), the TL;DR,
// the notes and the links' names, lang="fr": JSON Feed's item language
// says "en" of the whole item. A French paper's item is not marked.
func TestFigureLanguage(t *testing.T) {
	site := testSite()
	site.Config.Language, site.Config.PaperLanguage = "fr", "en"
	p := site.Papers[1] // Plain Paper
	p.Image, p.ImageAlt, p.ImageWidth, p.ImageHeight = "/papers/figures/a.png", "Deux étapes", 300, 120
	p.TLDR = "Une ligne."
	p.Abstract, p.Notes = "<p>A plain abstract.</p>", "<h2>Notes</h2><p>Nos notes.</p>"
	p.Content = p.Abstract + p.Notes
	zoe := site.Papers[3]
	zoe.Language = "fr"

	content := map[string]string{}
	for _, i := range parseAll(t, build(t, site))["feed.json"].Items {
		content[i.Title] = i.Content
	}
	want := `<div lang="fr"><p><img src="https://example.org/repo/papers/figures/a.png" alt="Deux étapes" width="300" height="120" style="max-width:100%;height:auto"></p>` +
		`<p><strong>TL;DR:</strong> Une ligne.</p><div lang="en"><p>A plain abstract.</p></div><h2>Notes</h2><p>Nos notes.</p>` +
		`<p><a href="https://arxiv.org/abs/2403.00002">arXiv</a> · <a href="https://arxiv.org/pdf/2403.00002">PDF</a> · <a href="https://github.com/example/plain">Code</a></p></div>`
	if got := content[p.Title]; got != want {
		t.Errorf("English paper's content =\n%s\nwant\n%s", got, want)
	}
	if got := content[zoe.Title]; got == "" || strings.Contains(got, "lang=") {
		t.Errorf("French paper's content is marked: %q", got)
	}
	if data := string(build(t, site)["feed.json"]); !strings.Contains(data, `"language": "en"`) {
		t.Errorf("feed.json: the English paper's item should say its language:\n%s", data)
	}

	// The theme's alt text, in the site's language too; a paper without
	// an abstract is marked lang="fr" in whole.
	p.ImageAlt, p.Abstract, p.Content = "", "", template.HTML(p.Notes)
	for _, i := range parseAll(t, build(t, site))["atom.xml"].Items {
		if i.Title == p.Title && (!strings.HasPrefix(i.Content, `<div lang="fr"><p><img src="https://example.org/repo/papers/figures/a.png" alt="Figure from the paper"`) || strings.Contains(i.Content, `lang="en"`)) {
			t.Errorf("English paper of notes only: content = %s", i.Content)
		}
	}
}

// TestMediaContent: a paper's figure is its RSS item's and Atom entry's
// <media:content medium="image"> (Media RSS, declared on the roots of
// the feeds with one, and only there, so a feed without figures keeps
// the bytes it had),
// with its size when the build read it and the curator's image_alt as
// its description, so that bots posting the feed to Mastodon or Slack
// find the picture; a paper without image: and a day have none.
func TestMediaContent(t *testing.T) {
	files := build(t, testSite())
	for _, path := range []string{RSSFile, AtomFile, "topics/vision/" + RSSFile} {
		feed := string(files[path])
		for _, want := range []string{
			`xmlns:media="http://search.yahoo.com/mrss/"`,
			`<media:content url="https://example.org/repo/papers/figures/plain.png" medium="image" width="1024" height="768"></media:content>`,
			`<media:content url="https://example.com/zoe/sketch.png" medium="image">`,
			`<media:description type="plain">Zoë&#39;s sketch: &#34;a &lt; b&#34; &amp; more</media:description>`,
		} {
			if path == "topics/vision/"+RSSFile && strings.Contains(want, "plain.png") {
				continue // a paper of another topic
			}
			if !strings.Contains(feed, want) {
				t.Errorf("%s lacks %s", path, want)
			}
		}
		if n := strings.Count(feed, "<media:content "); path != "topics/vision/"+RSSFile && n != 2 {
			t.Errorf("%s has %d media:content, want 2 (the papers with a figure)", path, n)
		}
	}
	if strings.Contains(string(files["days/"+RSSFile]), "<media:content") {
		t.Errorf("days/feed.xml has a media:content; a day has no figure")
	}
	without := 0
	for path, data := range files {
		feed := string(data)
		if !strings.HasSuffix(path, ".xml") || strings.HasSuffix(path, ".opml") {
			continue
		}
		has, declared := strings.Contains(feed, "<media:content "), strings.Contains(feed, "xmlns:media=")
		if has != declared {
			t.Errorf("%s: has a media:content %v, declares xmlns:media %v; want the namespace only where it is used", path, has, declared)
		}
		if !has {
			without++
		}
	}
	if without < 4 {
		t.Errorf("%d RSS and Atom feeds without a figure, want the days' and a topic's at least", without)
	}
}
