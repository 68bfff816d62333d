package feeds

import (
	"html/template"
	"net/url"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// testBase is the base URL of the test site: a GitHub Pages project site.
const testBase = "https://example.org/repo/"

// day returns UTC midnight of the ISO date s.
func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// noon returns noon UTC of the ISO date s, the time of a day's first item.
func noon(s string) time.Time {
	return day(s).Add(12 * time.Hour)
}

// testSite returns a small indexed site built by hand: two days, four
// papers (one listed on both days, two with a figure), three topics (one
// empty) and hostile strings in titles, authors, abstracts and alt text.
func testSite() *model.Site {
	base, _ := url.Parse(testBase)
	cfg := &model.Config{
		Title:       `Paperboy & "Friends"`,
		BaseURL:     testBase,
		Description: "Daily papers <curated> & ranked",
		Language:    "en",
		Author:      "Carla Curator",
		FeedSize:    50,
		Source:      "content/site.yaml",
		Base:        base,
	}
	llm := &model.Topic{Slug: "llm", Name: "Large language models", Description: "Models of text & code"}
	vision := &model.Topic{Slug: "vision", Name: `Vision <&> "sight"`}
	empty := &model.Topic{Slug: "empty", Name: "Empty", Description: "Nothing yet"}

	ada := &model.Author{Name: "Ada Lovelace", Slug: "ada-lovelace"}
	jose := &model.Author{Name: "José Núñez", Slug: "josé-núñez"}
	bobby := &model.Author{Name: `Bobby "Tables" <script>alert(1)</script> & Co`, Slug: "bobby-tables-script-alert-1-script-co"}
	grace := &model.Author{Name: "Grace Hopper", Slug: "grace-hopper"}
	zoe := &model.Author{Name: "Zoë Ünicode", Slug: "zoë-ünicode"}

	p1 := &model.Paper{
		ID: "2403.00001", Slug: "2403.00001", ArXiv: "2403.00001",
		Title:   `Attention & "Transformers" </title><script>alert(1)</script>`,
		Authors: []string{"Ada Lovelace", "José Núñez"},
		Date:    day("2024-03-14"),
		Upvotes: 42,
		Content: template.HTML(`<p>We show that &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot; survive, ` +
			`with energy <math display="inline" alttext="E = mc^2"><semantics><mi>E</mi><annotation encoding="application/x-tex">E = mc^2</annotation></semantics></math>.</p>` +
			`<p><math display="block" alttext="\sum_{i&lt;n} x_i"><semantics><mo>∑</mo><annotation encoding="application/x-tex">\sum_{i&lt;n} x_i</annotation></semantics></math></p>` +
			`<p>See <a href="/repo/papers/2403.00002/">the companion</a>, <a href="../cond-mat-0603029/">this</a> and <a href="#fn1">a note</a>.</p>` +
			`<pre tabindex="0" class="chroma"><code class="language-go" data-lang="go"><span class="line"><span class="cl"><span class="kd">func</span> <span class="nf">f</span><span class="p">()</span> <span class="p">{</span> <span class="k">return</span> <span class="n">a</span> <span class="o">&lt;</span> <span class="n">b</span> <span class="p">}</span>
</span></span></code></pre>` +
			`<p><img src="fig1.png" alt="Figure 1"> <a href="javascript:alert(1)" onclick="x()">bad</a></p>`),
		AuthorRefs: []*model.Author{ada, jose},
	}
	p2 := &model.Paper{
		ID: "2403.00002", Slug: "2403.00002", ArXiv: "2403.00002",
		Title:      "Plain Paper",
		Authors:    []string{"Grace Hopper"},
		Date:       day("2024-03-14"),
		Updated:    time.Date(2024, 3, 20, 17, 30, 0, 0, time.UTC),
		Upvotes:    7,
		Content:    "<p>A plain abstract.</p>",
		Code:       "https://github.com/example/plain",
		Image:      "/papers/figures/plain.png", // a file of the site's, its size read
		ImageWidth: 1024, ImageHeight: 768,
		AuthorRefs: []*model.Author{grace},
	}
	p3 := &model.Paper{
		ID: "cond-mat/0603029", Slug: "cond-mat-0603029", ArXiv: "cond-mat/0603029",
		Title:   "Checkerboards",
		Authors: []string{bobby.Name, "Ada Lovelace"},
		Date:    day("2024-03-15"),
		Upvotes: 3,
		Content: `<p>Spins on a checkerboard, see <a href="https://arxiv.org/abs/cond-mat/0603029">arXiv</a>.</p>`,
		// arXiv's categories, an MSC class among them, which no item names
		PrimaryCategory: "cond-mat.stat-mech", Categories: []string{"math-ph", "cond-mat.stat-mech", "82B20"},
		AuthorRefs: []*model.Author{bobby, ada}, // in Authors order, as the index gives them
	}
	p4 := &model.Paper{
		ID: "zoe-notes", Slug: "zoe-notes",
		Title:      "Notes by Zoë",
		Authors:    []string{"Zoë Ünicode"},
		Date:       day("2024-03-14"),
		Upvotes:    1,
		Content:    `<p>Notes with a <a href="notes.pdf">PDF</a>.</p>`,
		Project:    "https://example.com/zoe",
		Image:      "https://example.com/zoe/sketch.png", // another host's, of no size
		ImageAlt:   `Zoë's sketch: "a < b" & more`,
		AuthorRefs: []*model.Author{zoe},
	}
	p1.TopicRefs = []*model.Topic{llm}
	p3.TopicRefs = []*model.Topic{llm, vision}
	p4.TopicRefs = []*model.Topic{vision}
	p1.SetTexts(`We show that <script>alert(1)</script> & "quotes" survive.`, "")
	p2.SetTexts("A plain abstract.", "")
	p3.SetTexts("Spins on a checkerboard.", "")
	p4.SetTexts("Notes.", "")
	llm.Papers = []*model.Paper{p3, p1}
	vision.Papers = []*model.Paper{p3, p4}
	ada.Papers = []*model.Paper{p3, p1}

	d15 := &model.Day{
		Date: day("2024-03-15"), Slug: "2024-03-15", Title: "Big day & more",
		IntroHTML: `<p>Also see <a href="../2024-03-14/">yesterday</a> &amp; <math alttext="\alpha"><mi>α</mi></math>.</p>`,
		Papers:    []*model.Paper{p3, p1},
	}
	d14 := &model.Day{
		Date: day("2024-03-14"), Slug: "2024-03-14",
		Papers: []*model.Paper{p1, p2, p4},
	}
	d15.Prev, d14.Next = d14, d15
	p1.Rank, p2.Rank, p4.Rank, p3.Rank = 1, 2, 3, 1 // on their own days
	p1.Days = []*model.Day{d14, d15}
	p2.Days = []*model.Day{d14}
	p3.Days = []*model.Day{d15}
	p4.Days = []*model.Day{d14}

	return &model.Site{
		Config:  cfg,
		Papers:  []*model.Paper{p1, p2, p3, p4}, // by ID
		Days:    []*model.Day{d15, d14},
		Topics:  []*model.Topic{empty, llm, vision},
		Authors: []*model.Author{ada, bobby, grace, jose, zoe},
	}
}
