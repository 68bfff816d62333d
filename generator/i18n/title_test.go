package i18n

import (
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestPlainTitle: a paper's title for plain text (a page's <title>, an
// email's preheader) is isolated between U+2068 and U+2069 only where it
// runs in the other direction than the site's language, so that an
// English title's "?" stays at its end on an Arabic site and every other
// site's titles keep their bytes.
func TestPlainTitle(t *testing.T) {
	const withdrawn = "This paper has been withdrawn."
	tests := []struct {
		site, papers, paper, comment string
		want                         string
	}{
		{"en", "", "", "", "GPT-4: What's Next?"},
		{"fr", "en", "", "", "GPT-4: What's Next?"},
		{"ar", "", "", "", "GPT-4: What's Next?"}, // the site's own language
		{"ar", "en", "", "", "\u2068GPT-4: What's Next?\u2069"},
		{"ar", "", "en", "", "\u2068GPT-4: What's Next?\u2069"},
		{"ar", "en", "ar", "", "GPT-4: What's Next?"},
		{"ar", "fa", "", "", "GPT-4: What's Next?"}, // both right to left
		{"he", "en", "", "", "\u2068GPT-4: What's Next?\u2069"},
		{"en", "ar", "", "", "\u2068GPT-4: What's Next?\u2069"},
		{"ar", "en", "", withdrawn, "[مسحوبة] \u2068GPT-4: What's Next?\u2069"},
		{"en", "", "", withdrawn, "[Withdrawn] GPT-4: What's Next?"},
	}
	for _, tt := range tests {
		t.Run(tt.site+"/"+tt.papers+"/"+tt.paper, func(t *testing.T) {
			c, err := Builtin(tt.site)
			if err != nil {
				t.Fatal(err)
			}
			cfg := &model.Config{Language: tt.site, PaperLanguage: tt.papers}
			p := &model.Paper{Title: "GPT-4: What's Next?", Language: tt.paper, Comment: tt.comment}
			if got, err := c.PlainTitle(cfg, p); err != nil || got != tt.want {
				t.Errorf("PlainTitle(%q) = %q, %v, want %q", p.Title, got, err, tt.want)
			}
		})
	}
}
