package feeds

import (
	"fmt"
	"html/template"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// benchSite returns a site of days×perDay papers spread over topics.
func benchSite(days, perDay, topics int) *model.Site {
	site := testSite()
	site.Days, site.Papers, site.Topics = nil, nil, nil
	for i := range topics {
		site.Topics = append(site.Topics, &model.Topic{Slug: fmt.Sprintf("t%02d", i), Name: fmt.Sprintf("Topic %d", i)})
	}
	content := template.HTML(`<p>We study <math display="inline" alttext="x^2"><mi>x</mi></math> and link <a href="../other/">other</a> work. ` +
		`A long abstract follows with enough words to look like a real one, about two hundred words of text &amp; more.</p>` +
		`<pre class="chroma"><code><span class="line"><span class="cl"><span class="k">return</span> x</span></span></code></pre>`)
	for d := range days {
		date := day("2024-01-01").AddDate(0, 0, days-1-d)
		dd := &model.Day{Date: date, Slug: date.Format("2006-01-02")}
		for j := range perDay {
			id := fmt.Sprintf("2401.%05d", d*perDay+j)
			t := site.Topics[(d+j)%topics]
			p := &model.Paper{
				ID: id, Slug: id, ArXiv: id, Title: "Paper " + id, Date: date, Upvotes: perDay - j,
				Authors: []string{"A. Author", "B. Author", "C. Author"}, Content: content,
				TopicRefs: []*model.Topic{t},
			}
			p.SetTexts("An abstract.", "")
			dd.Papers = append(dd.Papers, p)
			site.Papers = append(site.Papers, p)
			t.Papers = append(t.Papers, p)
		}
		site.Days = append(site.Days, dd)
	}
	return site
}

func BenchmarkBuild(b *testing.B) {
	site := benchSite(100, 20, 20)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Build(site, english); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkShowing times the feeds of a preview server's quick rebuild
// after an edit of the newest day (its papers' ranks and its text): the
// whole-site feed, the daily digest and the topic feeds that list one of
// its papers. With a Cache that Emit filled, only the day's items are
// written again; without one, every item of those feeds is.
func BenchmarkShowing(b *testing.B) {
	site := benchSite(100, 20, 20)
	d := site.Days[0]
	for _, bc := range []struct {
		name  string
		cache *Cache
	}{{"cached", NewCache()}, {"uncached", nil}} {
		if bc.cache != nil {
			if err := Emit(site, english, bc.cache, func(model.File) error { return nil }); err != nil {
				b.Fatal(err)
			}
		}
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if bc.cache != nil {
					bc.cache.Forget(d.Papers, []*model.Day{d})
				}
				if _, err := Showing(site, english, bc.cache, d.Papers); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
