package render

import (
	"encoding/xml"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestSitemapIndex: up to the limit of URLs one sitemap.xml lists every
// page; past it sitemap.xml is an index of sitemap-N.xml files of at most
// the limit each, with the newest date of each, and none lists 404.html or
// a page search engines are asked not to index (the search page, a
// one-paper author's).
func TestSitemapIndex(t *testing.T) {
	l := links{cfg: testConfig()}
	day := time.Date(2024, 5, 31, 0, 0, 0, 0, time.UTC)
	var js []job
	for i, id := range []string{"a", "b", "c", "d", "e"} {
		js = append(js, job{kind: "paper", paper: &model.Paper{ID: id, Slug: id, Date: day.AddDate(0, 0, i)}})
	}
	js = append(js, job{kind: "404", page: &Page{Path: "404.html"}}, job{kind: "search", page: &Page{Path: "search/", NoIndex: true}},
		job{kind: "author", page: &Page{Path: "authors/ada/", NoIndex: true}})

	one := sitemaps(js, l, 5)
	if len(one) != 1 || one[0].Path != "sitemap.xml" || strings.Count(string(one[0].Data), "<url>") != 5 {
		t.Fatalf("5 pages, limit 5: %d files, %s", len(one), one[0].Data)
	}
	files := sitemaps(js, l, 2)
	var names []string
	for _, f := range files {
		names = append(names, f.Path)
	}
	if strings.Join(names, " ") != "sitemap.xml sitemap-1.xml sitemap-2.xml sitemap-3.xml" {
		t.Fatalf("5 pages, limit 2: files %v", names)
	}
	var index struct {
		XMLName  xml.Name
		Sitemaps []struct {
			Loc     string `xml:"loc"`
			LastMod string `xml:"lastmod"`
		} `xml:"sitemap"`
	}
	if err := xml.Unmarshal(files[0].Data, &index); err != nil || index.XMLName.Local != "sitemapindex" || len(index.Sitemaps) != 3 {
		t.Fatalf("index: %v\n%s", err, files[0].Data)
	}
	if s := index.Sitemaps[1]; s.Loc != l.Abs("sitemap-2.xml") || s.LastMod != "2024-06-03" {
		t.Errorf("second entry: %+v", s)
	}
	if n := strings.Count(string(files[3].Data), "<url>"); n != 1 {
		t.Errorf("sitemap-3.xml lists %d pages, want 1", n)
	}
}

// TestPaperLastmod: a paper's lastmod is the last digest day that lists
// it (an earlier one when removed: took it off its own date:, a later
// one's listed:), or its latest version's day as written when that is
// later, the day its page shows (not the day in UTC).
func TestPaperLastmod(t *testing.T) {
	day := func(s string) time.Time { d, _ := time.Parse(time.DateOnly, s); return d }
	est := time.FixedZone("EST", -5*3600)
	onDays := func(ds ...string) []*model.Day {
		var out []*model.Day
		for _, d := range ds {
			out = append(out, &model.Day{Slug: d, Date: day(d)})
		}
		return out
	}
	for _, tt := range []struct {
		name string
		p    model.Paper
		want string
	}{
		{"on its day", model.Paper{Date: day("2024-03-01"), Days: onDays("2024-03-01")}, "2024-03-01"},
		{"listed again later", model.Paper{Date: day("2024-03-01"), Days: onDays("2024-03-01", "2024-03-04")}, "2024-03-04"},
		{"removed from its day", model.Paper{Date: day("2024-03-01"), Days: onDays("2024-02-28", "2024-02-29")}, "2024-02-29"},
		{"on no day", model.Paper{Date: day("2024-03-01")}, "2024-03-01"},
		{"updated later", model.Paper{Date: day("2024-03-01"), Days: onDays("2024-03-01"), Updated: time.Date(2024, 3, 10, 23, 30, 0, 0, est)}, "2024-03-10"},
		{"updated late on its day", model.Paper{Date: day("2024-03-01"), Days: onDays("2024-03-01"), Updated: time.Date(2024, 3, 1, 23, 30, 0, 0, est)}, "2024-03-01"},
	} {
		if got := lastmod(job{kind: "paper", paper: &tt.p}); got != tt.want {
			t.Errorf("%s: lastmod = %s, want %s", tt.name, got, tt.want)
		}
	}
}
