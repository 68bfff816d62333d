package generator

import (
	"strings"
	"testing"
)

// TestExampleSender: a newsletter.from at a domain kept for examples, as
// new site's site.yaml shows it, is a note of check's at its line, which
// does not fail check; a sender of the curator's own is not.
func TestExampleSender(t *testing.T) {
	ok := paper("a", "title: A\narxiv: \"2401.00001\"\nauthors: [X]\ndate: 2024-01-01\n")
	for _, tt := range []struct{ from, want string }{
		{`"My Paper Digest <digest@example.org>"`, "content/site.yaml:4: note: newsletter.from digest@example.org is at example.org, a domain kept for examples, from which no mail provider sends: write your own address before paperboy mail --send mails the digest"},
		{"ada@mlmorning.org", ""},
	} {
		site := strings.Replace(siteYAML, "title: T\n", "title: T\nnewsletter:\n  name: D\n  from: "+tt.from+"\n", 1) + ok
		got := checkSaying(t, site, "newsletter.from")
		if tt.want == "" && len(got) > 0 || tt.want != "" && (len(got) != 1 || got[0] != tt.want) {
			t.Errorf("from: %s: %q, want %q", tt.from, got, tt.want)
		}
	}
}
