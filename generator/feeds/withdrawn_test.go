package feeds

import (
	"strings"
	"testing"
)

// TestWithdrawnItem: a withdrawn paper's items say so where a reader
// sees it first, in every format: the title starts with the theme's
// withdrawnTitle, the content with its page's notice and the comment
// that withdrew it, the summary (which readers show under the title) is
// that notice, and the day's item marks it in its list and its summary
// (as the paper's item is titled, which the summary's list of titles
// said as a live paper's); a live paper whose comment only uses the
// word looks as any other.
func TestWithdrawnItem(t *testing.T) {
	const (
		withdrawal = "This paper has been withdrawn by the author due to an error in Lemma 3"
		notice     = "<p><strong>Withdrawn by its authors:</strong> " + withdrawal + "</p>"
	)
	for _, c := range []struct {
		comment   string
		withdrawn bool
	}{
		{withdrawal, true},
		{"v2: the claim of Section 5 in v1 is withdrawn; 41 pages", false},
	} {
		site := testSite()
		p := site.Days[0].Papers[0] // the whole-site feed's first item
		p.Comment = c.comment
		feeds := parseAll(t, build(t, site))
		for _, file := range []string{RSSFile, AtomFile, JSONFile} {
			it := feeds[file].Items[0]
			if got := strings.HasPrefix(it.Title, "[Withdrawn] "); got != c.withdrawn {
				t.Errorf("comment %q: %s: title %q starts with [Withdrawn]: %v, want %v", c.comment, file, it.Title, got, c.withdrawn)
			}
			if got := strings.HasPrefix(it.Content, notice); got != c.withdrawn {
				t.Errorf("comment %q: %s: content %.120q starts with the notice: %v, want %v", c.comment, file, it.Content, got, c.withdrawn)
			}
			if got := it.Description == "Withdrawn by its authors: "+withdrawal; got != c.withdrawn {
				t.Errorf("comment %q: %s: summary %.120q is the notice: %v, want %v", c.comment, file, it.Description, got, c.withdrawn)
			}
		}
		for _, file := range []string{"days/" + RSSFile, "days/" + AtomFile, "days/" + JSONFile} {
			var listed, summed bool
			for _, it := range feeds[file].Items {
				listed = listed || strings.Contains(it.Content, "</a> · <strong>Withdrawn</strong>")
				summed = summed || strings.Contains(it.Description, "[Withdrawn] "+p.Title)
			}
			if listed != c.withdrawn {
				t.Errorf("comment %q: %s: a day's list marks the paper withdrawn: %v, want %v", c.comment, file, listed, c.withdrawn)
			}
			if summed != c.withdrawn {
				t.Errorf("comment %q: %s: a day's summary marks the paper [Withdrawn]: %v, want %v", c.comment, file, summed, c.withdrawn)
			}
		}
	}
}

// TestWithdrawnItemLanguage: the title and summary of a withdrawn paper
// in another language than the site's are the site's words around the
// paper's (withdrawnTitle, the notice), which plain text cannot mark in
// parts: they are marked the site's language, as a page's <title> is,
// while the content marks the notice the site's and the abstract the
// paper's. A live paper's title and summary stay marked the paper's.
func TestWithdrawnItemLanguage(t *testing.T) {
	for _, c := range []struct {
		comment   string
		atomTitle string // how atom.xml opens the paper's entry
		jsonLang  bool   // feed.json gives the item "language": "de"
	}{
		{"Withdrawn: an error in Lemma 3", "<title>[Withdrawn] Über", false},
		{"", `<title xml:lang="de">Über`, true},
	} {
		site := testSite()
		p := site.Days[0].Papers[0]
		p.Title, p.Language, p.Comment = "Über die Explosion", "de", c.comment
		p.Abstract = "<p>Wir konstruieren Lösungen.</p>"
		p.Content = p.Abstract
		p.SetTexts("Wir konstruieren Lösungen.", "")
		files := build(t, site)
		atom, js := string(files[AtomFile]), string(files[JSONFile])
		if !strings.Contains(atom, c.atomTitle) {
			t.Errorf("comment %q: atom.xml lacks %q:\n%.1500s", c.comment, c.atomTitle, atom)
		}
		if got := strings.Contains(atom, `<summary type="text" xml:lang="de">Withdrawn`); got {
			t.Errorf("comment %q: atom.xml marks the notice in the summary German:\n%.1500s", c.comment, atom)
		}
		if got := strings.Contains(js, `"language": "de"`); got != c.jsonLang {
			t.Errorf("comment %q: feed.json gives the item language de: %v, want %v:\n%.1500s", c.comment, got, c.jsonLang, js)
		}
		if c.comment != "" && !strings.Contains(atom, `<div lang="en"><p><strong>Withdrawn by its authors:</strong>`) {
			t.Errorf("comment %q: atom.xml's content does not mark the notice English:\n%.2500s", c.comment, atom)
		}
	}
}
