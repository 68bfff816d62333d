package feeds

import (
	"strings"
	"testing"
)

// TestWithdrawnItem: a withdrawn paper's items say so where a reader
// sees it first, in every format: the title starts with the theme's
// withdrawnTitle, the content with its page's notice and the comment
// that withdrew it, and the day's item marks it in its list; a live
// paper whose comment only uses the word looks as any other.
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
		}
		for _, file := range []string{"days/" + RSSFile, "days/" + AtomFile, "days/" + JSONFile} {
			var listed bool
			for _, it := range feeds[file].Items {
				listed = listed || strings.Contains(it.Content, "</a> · <strong>Withdrawn</strong>")
			}
			if listed != c.withdrawn {
				t.Errorf("comment %q: %s: a day's list marks the paper withdrawn: %v, want %v", c.comment, file, listed, c.withdrawn)
			}
		}
	}
}
