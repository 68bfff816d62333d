package mail

import (
	"strings"
	"testing"
)

// TestWarnings: a message whose HTML Gmail would clip is warned about,
// with its size; one that fits is not.
func TestWarnings(t *testing.T) {
	site := testSite()
	s := testSettings()
	m, err := compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, s, site)
	if err != nil {
		t.Fatal(err)
	}
	if w := Warnings(site.Config, s, m); len(w) != 0 {
		t.Errorf("Warnings = %q, want none", w)
	}
	s.Unsubscribe = nil
	w := Warnings(site.Config, s, m)
	if want := "content/site.yaml: newsletter.unsubscribe is not set, so readers unsubscribe by writing to digest@example.org"; len(w) != 1 || !strings.HasPrefix(w[0], want) {
		t.Errorf("Warnings without newsletter.unsubscribe = %q, want one starting %q", w, want)
	}
	s = testSettings()
	m.HTML += strings.Repeat("<p>Un résumé d’article, long comme un jour sans pain.</p>\n", 2000)
	w = Warnings(site.Config, s, m)
	if want := "digest-2024-03-14: the email's HTML is 1"; len(w) != 1 || !strings.HasPrefix(w[0], want) || !strings.Contains(w[0], "Gmail") {
		t.Errorf("Warnings of a long message = %q, want one starting %q", w, want)
	}
}
