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
			if !strings.HasSuffix(p, ".css") && (strings.Contains(s, "▲") || strings.Contains(s, " upvote")) {
				shown = append(shown, p)
			}
		}
		if got := len(shown) > 0; got != tc.want {
			t.Errorf("%s: files that show upvotes: %q, want any %v", tc.name, shown, tc.want)
		}
		m := dayMail(t, tc.site, "2024-06-03")
		for part, s := range map[string]string{"HTML": m.HTML, "text": m.Text} {
			if got := strings.Contains(s, "▲") || strings.Contains(s, " upvote"); got != tc.want {
				t.Errorf("%s: the email's %s part shows upvotes %v, want %v:\n%s", tc.name, part, got, tc.want, s)
			}
		}
	}
}
