package mail

import (
	"fmt"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// busyDay returns the test site with its day 2024-03-14 holding n papers
// as a Hugging Face day has them: a long title, twelve authors, a
// 200-word abstract, upvotes and code.
func busyDay(n int) *model.Site {
	site := testSite()
	d := site.Days[1]
	d.Papers = nil
	for i := range n {
		p := &model.Paper{
			ID: fmt.Sprintf("2601.%05d", i+1), Slug: fmt.Sprintf("2601.%05d", i+1), ArXiv: fmt.Sprintf("2601.%05d", i+1),
			Title: strings.Repeat("Scaling Language Models ", 3), Date: d.Date, Upvotes: 100 - i,
			Code: fmt.Sprintf("https://github.com/example/y%d", i),
		}
		for j := range 12 {
			p.Authors = append(p.Authors, fmt.Sprintf("Wei Zhang%d", j))
		}
		p.SetTexts(strings.Repeat("diffusion benchmark ", 100), "")
		d.Papers = append(d.Papers, p)
	}
	return site
}

// TestMaxPapers: an email lists at most newsletter.maxPapers papers
// (DefaultMaxPapers without it), says how many of the day's it lists and
// links to the day's page for the rest, so that an ordinary day of 40
// papers fits in what Gmail shows (ClipSize).
func TestMaxPapers(t *testing.T) {
	tests := []struct {
		papers, max, listed int
		more                string // the link to the rest, or ""
	}{
		{40, 0, DefaultMaxPapers, "15 more papers on the site"},
		{26, 25, 25, "1 more paper on the site"},
		{12, 12, 12, ""},
		{2, 0, 2, ""},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%d papers, maxPapers %d", tt.papers, tt.max), func(t *testing.T) {
			site := busyDay(tt.papers)
			s := testSettings()
			s.MaxPapers = tt.max
			m, err := compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, s, site)
			if err != nil {
				t.Fatal(err)
			}
			if m.Papers != tt.listed {
				t.Errorf("Papers = %d, want %d", m.Papers, tt.listed)
			}
			last := fmt.Sprintf("papers/2601.%05d/", tt.listed)
			next := fmt.Sprintf("papers/2601.%05d/", tt.listed+1)
			for part, body := range map[string]string{"HTML": m.HTML, "text": m.Text} {
				if !strings.Contains(body, last) || strings.Contains(body, next) {
					t.Errorf("the %s part does not end its list at paper %d", part, tt.listed)
				}
				if tt.more != "" && !strings.Contains(body, tt.more) {
					t.Errorf("the %s part lacks %q", part, tt.more)
				}
				if tt.more == "" && strings.Contains(body, "more paper") {
					t.Errorf("the %s part links to more papers, though it lists them all", part)
				}
			}
			if tt.more != "" {
				if want := fmt.Sprintf("the top %d\u00a0of %d\u00a0papers", tt.listed, tt.papers); !strings.Contains(m.Text, want) || !strings.Contains(m.HTML, want) {
					t.Errorf("the parts do not say %q", want)
				}
				if want := `<a class="pb-link" href="https://example.org/repo/days/2024-03-14/" style="color:#0b57b5;font-weight:600;">` + tt.more; !strings.Contains(m.HTML, want) {
					t.Errorf("the HTML part lacks the link %q", want)
				}
			}
			if want := fmt.Sprintf("%d\u00a0papers, led by", tt.papers); !strings.HasPrefix(m.Preheader, want) {
				t.Errorf("Preheader = %q, want %q…", m.Preheader, want)
			}
			if n := m.HTMLSize(); n > ClipSize {
				t.Errorf("the HTML of %d papers is %d bytes, more than Gmail shows (%d)", tt.listed, n, ClipSize)
			}
			if w := Warnings(site.Config, s, m); len(w) != 0 {
				t.Errorf("Warnings = %q, want none", w)
			}
		})
	}
}

// TestClipWarningNamesMaxPapers: the warning about an email Gmail clips
// says how many papers would fit and the setting that lists that many.
func TestClipWarningNamesMaxPapers(t *testing.T) {
	site := busyDay(80)
	s := testSettings()
	s.MaxPapers = 80
	m, err := compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, s, site)
	if err != nil {
		t.Fatal(err)
	}
	w := Warnings(site.Config, s, m)
	if len(w) != 1 || !strings.Contains(w[0], "it lists 80 papers: lower newsletter.maxPapers in content/site.yaml to ") {
		t.Fatalf("Warnings = %q, want one naming newsletter.maxPapers", w)
	}
	var fit int
	fmt.Sscanf(w[0][strings.Index(w[0], " to ")+4:], "%d", &fit)
	s.MaxPapers = fit
	if m, err = compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, s, site); err != nil {
		t.Fatal(err)
	}
	if n := m.HTMLSize(); fit < DefaultMaxPapers || n > ClipSize {
		t.Errorf("with the advised maxPapers %d the HTML is %d bytes, want at most %d", fit, n, ClipSize)
	}
}
