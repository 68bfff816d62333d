package generator

import (
	"regexp"
	"strings"
	"testing"
)

// TestNoUpvotes: on a site whose papers have no upvotes, no page, feed or
// email says "▲ 0" or "0 upvotes"; where a paper has some, they show.
func TestNoUpvotes(t *testing.T) {
	none := regexp.MustCompile(`upvotes: \d+`).ReplaceAllString(smallSite, "upvotes: 0")
	for _, tc := range []struct {
		name, site string
		want       bool
	}{{"none", none, false}, {"some", smallSite, true}} {
		out := mustBuild(t, tc.site)
		var shown []string
		for p, s := range out {
			if !strings.HasSuffix(p, ".css") && showsUpvotes(s) {
				shown = append(shown, p)
			}
		}
		if got := len(shown) > 0; got != tc.want {
			t.Errorf("%s: files that show upvotes: %q, want any %v", tc.name, shown, tc.want)
		}
		m := dayMail(t, tc.site, "2024-06-03")
		for part, s := range map[string]string{"HTML": m.HTML, "text": m.Text} {
			if got := showsUpvotes(s); got != tc.want {
				t.Errorf("%s: the email's %s part shows upvotes %v, want %v:\n%s", tc.name, part, got, tc.want, s)
			}
		}
	}
}

// showsUpvotes reports whether s, a page or an email, shows a paper's
// upvotes: its ▲, or a count of them ("5 upvotes", a no-break space
// before the word).
func showsUpvotes(s string) bool {
	return strings.Contains(s, "▲") || strings.Contains(s, " upvote") || strings.Contains(s, "\u00a0upvote")
}
