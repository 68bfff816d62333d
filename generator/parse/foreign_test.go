package parse

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestForeignKeys: a Hugo, Jekyll or Zola key that has an equivalent here
// is named with it, at its line, rather than sent under extra:, where
// tags: would be lost without a word.
func TestForeignKeys(t *testing.T) {
	const paper = "---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n%s---\nAbstract.\n"
	const day = "---\n%s---\n"
	const site = "title: T\nbaseURL: https://example.org/\n%s"
	const page = "---\ntitle: About\n%s---\nHi.\n"
	tests := []struct {
		file, line, want string
	}{
		{paper, "tags: [nlp]\n", "x.md:5: unknown paper field \"tags\"; write your own grouping as `topics:`"},
		{paper, "lastmod: 2024-01-02\n", "x.md:5: unknown paper field \"lastmod\"; write the date of its latest version as `updated:`"},
		{paper, "lastMod: 2024-01-02\n", "x.md:5: unknown paper field \"lastMod\"; write the date of its latest version as `updated:`"},
		{paper, "summary: s\n", "unknown paper field \"summary\"; write a one-line summary as `tldr:`"},
		{paper, "description: s\n", "unknown paper field \"description\"; write a one-line summary as `tldr:`"},
		{paper, "params: {a: 1}\n", "unknown paper field \"params\"; a paper's own data goes under `extra:`"},
		{paper, "slug: attention\n", "unknown paper field \"slug\"; a paper's URL is its `arxiv:` (or `id:`)"},
		{paper, "url: /x/\n", "unknown paper field \"url\"; a paper's URL is its `arxiv:` (or `id:`)"},
		{paper, "aliases: [/posts/x y/]\n", "alias \"/posts/x y/\": the address /posts/x y/ has \"x y\", and an address kept here may have letters, digits"},
		{paper, "aliases: [/index.html]\n", "alias \"/index.html\": the address /index.html is the home page's file, which the build writes"},
		{paper, "aliases: [/posts/x/index.html]\n", "alias \"/posts/x/index.html\": the address /posts/x/index.html is the file of the page at /posts/x/, which a server gives for either address; write /posts/x/"},
		{paper, "slug: x\n", "unknown paper field \"slug\"; a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; keep the address Hugo gave the post under `aliases:`, its section's folder then its slug: `aliases: [/posts/x/]` for a post of content/posts/, `aliases: [/blog/x/]` for one of content/blog/"},
		// The former address is the one the value gave, not /papers/<slug>/.
		{paper, "slug: \"Attention\"\n", "x.md:5: unknown paper field \"slug\"; a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; keep the address Hugo gave the post under `aliases:`, its section's folder then its slug: `aliases: [/posts/attention/]` for a post of content/posts/, `aliases: [/blog/attention/]` for one of content/blog/, or what the permalinks: of the Hugo configuration made it (check names the address while that configuration, or the folder of posts, is there), so links to it keep working"},
		{paper, "url: /2024/05/attention/\n", "unknown paper field \"url\"; a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; keep the former address under `aliases:`: `aliases: [/2024/05/attention/]`, so links to it keep working"},
		{paper, "permalink: /notes/gpt3\n", "unknown paper field \"permalink\"; a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; keep the former address under `aliases:`: `aliases: [/notes/gpt3/]`"},
		{paper, "path: \"reading/bert\"\n", "unknown paper field \"path\"; a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; keep the former address under `aliases:`: `aliases: [/reading/bert/]`"},
		{paper, "permalink: /:year/:title/\n", "unknown paper field \"permalink\"; a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; keep the address Jekyll gave the post (/:year/:title/) under `aliases:`: `aliases: [/2024/x/]`"},
		{paper, "images: [fig1.png]\n", "x.md:5: unknown paper field \"images\"; `image:` is one picture (a file beside the paper, or an http(s) URL), shown on the paper's page after the abstract and used as og:image"},
		{paper, "weight: 10\n", "unknown paper field \"weight\"; order a day's papers with its day file's `papers:` list"},
		// Hugging Face Daily Papers numbers its list: a rank is the day file's too, not extra:'s.
		{paper, "rank: 1\n", "x.md:5: unknown paper field \"rank\"; order a day's papers with its day file's `papers:` list (content/days/YYYY-MM-DD.md"},
		{paper, "position: 2\n", "unknown paper field \"position\"; order a day's papers with its day file's `papers:` list"},
		{paper, "order: 3\n", "unknown paper field \"order\"; order a day's papers with its day file's `papers:` list"},
		{day, "rank: 1\n", "unknown day field \"rank\"; order the day's papers with its `papers:` list"},
		{paper, "publishDate: 2024-01-01\n", "unknown paper field \"publishDate\"; no scheduling: a paper is published when a day lists it"},
		{paper, "expiryDate: 2024-01-01\n", "unknown paper field \"expiryDate\"; no scheduling"},
		{paper, "mood: happy\n", "unknown paper field \"mood\"; put a paper's own data under `extra:`"},
		// A Hugo theme's math switch is no alias (the nearest key, path:).
		{paper, "math: true\n", "x.md:5: unknown paper field \"math\"; math is always rendered, $…$ and $$…$$ at build time, without JavaScript, so the switch does nothing here; remove the line"},
		{paper, "katex: true\n", "unknown paper field \"katex\"; math is always rendered"},
		{day, "mathjax: false\n", "unknown day field \"mathjax\"; math is always rendered"},
		// A typo of another generator's key gets its hint, and extra:.
		{paper, "sumary: s\n", "x.md:5: unknown paper field \"sumary\"; if you meant \"summary\": write a one-line summary as `tldr:`; the abstract is the body; else put a paper's own data under `extra:`"},
		{paper, "tag: [nlp]\n", "unknown paper field \"tag\"; if you meant \"tags\": write your own grouping as `topics:`"},
		{site, "paginat: 20\n", "unknown site.yaml field \"paginat\"; if you meant \"paginate\": write `pageSize: 20` in its place; else put a site's own data under `extra:`"},
		{paper, "auhtors: [A]\n", "unknown paper field \"auhtors\"; did you mean \"authors\"? (a paper's own data goes under `extra:`)"},
		{paper, "publication: \"*Nature*\"\n", "x.md:5: unknown paper field \"publication\"; write where it was published as `journal:` (the journal's name alone"},
		{paper, "venue: NeurIPS 2017\n", "unknown paper field \"venue\"; write where it was published as `journal:`"},
		{paper, "booktitle: Proc. X\n", "unknown paper field \"booktitle\"; write the proceedings' or conference's name as `conference:`"},
		{paper, "number: 3\n", "unknown paper field \"number\"; write a journal's issue as `issue:`"},
		{paper, "bibkey: smith2024notes\n", "x.md:5: unknown paper field \"bibkey\"; the BibTeX key to keep for the paper is `citekey:`"},
		{paper, "citation-key: smith2024notes\n", "unknown paper field \"citation-key\"; the BibTeX key to keep for the paper is `citekey:`"},
		{paper, "redirect_from:\n  - /2024/06/gpt3/\n", "x.md:5: unknown paper field \"redirect_from\"; write the former addresses as `aliases: [/2024/06/gpt3/]`"},
		{paper, "redirect_from:\n  - /gpt3/\n  - /notes/GPT-3\n  - /old.html\n  - /old.php\n", "x.md:5: unknown paper field \"redirect_from\"; write the former addresses as `aliases: [/gpt3/, /notes/gpt-3/, /old.html]`, each of which gets a page that sends readers to this one; /old.php cannot be one (an alias's address has lower-case letters, digits, `-`, `_` and `/` only, and may end in .html): keep it with a page of its own in your theme's static/"},
		{paper, "redirect_from: /gpt3/\n", "x.md:5: unknown paper field \"redirect_from\"; write the former addresses as `aliases: [/gpt3/]`"},
		{paper, "redirect_from: [/a.php]\n", "x.md:5: unknown paper field \"redirect_from\"; write the former addresses as `aliases:` (`aliases: [/2024/06/gpt3/]`)"},
		{day, "redirect_from: [/x/]\n", "unknown day field \"redirect_from\"; write the former addresses as `aliases:`"},
		{day, "slug: x\n", "unknown day field \"slug\"; a day's URL is its date: /days/<date>/; keep a former address under `aliases:`"},
		{day, "params: {a: 1}\n", "days/2024-01-01.md:2: unknown day field \"params\"; a day's own data goes under `extra:`"},
		{day, "mood: happy\n", "unknown day field \"mood\"; put a day's own data under `extra:`"},
		// Hugo's draft: on a day would be published under extra:; a day
		// is kept out by its papers' drafts, and has no topics or
		// description of its own.
		{day, "draft: true\n", "days/2024-01-01.md:2: unknown day field \"draft\"; a day has no draft switch: it is published while it lists a paper that is not a draft (a paper dated on it lists it even without this file); to keep it off the site until it is done, give each of its papers `draft: true`"},
		{day, "published: false\n", "unknown day field \"published\"; a day has no draft switch"},
		{page, "published: false\n", "about.md:3: unknown page field \"published\"; Jekyll's `published: false` is `draft: true` here"},
		{day, "tags: [nlp]\n", "unknown day field \"tags\"; a day has no topics: topics group papers, so give each paper its `topics:`"},
		{day, "categories: [nlp]\n", "unknown day field \"categories\"; a day has no topics"},
		{day, "description: Long-context week\n", "unknown day field \"description\"; a day's description (meta tags, link previews) is the first paragraph of its intro"},
		{day, "cover: {image: x.png}\n", "unknown day field \"cover\"; a day's page shows the figure of its highest-ranked paper that has an `image:`"},
		// Jekyll's one category, Hugo's series and themes' pictures are
		// fields here, written with the value; not extra:, which loses them.
		{paper, "category: nlp\n", "x.md:5: unknown paper field \"category\"; Jekyll's category: is your own grouping, which is `topics:` here: write `topics: [nlp]` (merged with the paper's other topics)"},
		{paper, "category: Machine Learning\n", "write `topics: [Machine Learning]`"},
		{paper, "category: cs.CL\n", "x.md:5: unknown paper field \"category\"; write the arXiv category as `categories: [cs.CL]`"},
		{paper, "category: [nlp]\n", "unknown paper field \"category\"; Jekyll's category: is your own grouping, which is `topics:` here (a paper's topics"},
		{paper, "series: [agents, \"RL: a survey\"]\n", "x.md:5: unknown paper field \"series\"; a series of papers is a topic here: write `topics: [agents, \"RL: a survey\"]`"},
		{paper, "cover:\n  image: fig.png\n  alt: \"Loss: lower\"\n  relative: true\n", "x.md:5: unknown paper field \"cover\"; the picture is `image:` here: write `image: fig.png` and `image_alt: \"Loss: lower\"` in its place"},
		{paper, "featured_image: figs/a.png\n", "unknown paper field \"featured_image\"; the picture is `image:` here: write `image: figs/a.png` in its place"},
		{paper, "featuredImage: a.png\n", "unknown paper field \"featuredImage\"; the picture is `image:` here: write `image: a.png`"},
		{paper, "thumbnail: https://x.org/a.png\n", "unknown paper field \"thumbnail\"; the picture is `image:` here: write `image: https://x.org/a.png`"},
		{paper, "cover: {hidden: true}\n", "unknown paper field \"cover\"; the picture is `image:` (a file beside this .md"},
		{paper, "toc: true\n", "unknown paper field \"toc\"; a page has no table of contents"},
		{paper, "ShowToc: true\n", "unknown paper field \"ShowToc\"; a page has no table of contents"},
		{page, "cover: {image: team.jpg}\n", "about.md:3: unknown page field \"cover\"; the picture is `image:` here: write `image: team.jpg` in its place"},
		{site, "paginate: 20\n", "x.md:3: unknown site.yaml field \"paginate\"; write `pageSize: 20` in its place"},
		{site, "paginate:\n", "x.md:3: unknown site.yaml field \"paginate\"; write `pageSize:`, the papers on each page of a topic"},
		{site, "languageCode: en-us\n", "unknown site.yaml field \"languageCode\"; write `language: en-us` in its place"},
		// Each key of another generator is told the line to write.
		{site, "rssLimit: 20\n", "unknown site.yaml field \"rssLimit\"; write `feedSize: 20` in its place"},
		{site, "feed_limit: 10\n", "unknown site.yaml field \"feed_limit\"; write `feedSize: 10` in its place"},
		// And a setting in a mapping of its own: Hugo's services.rss.limit
		// (beside settings with no place here) and pagination.pagerSize,
		// jekyll-feed's feed.posts_limit.
		{site, "services:\n  disqus: {shortname: x}\n  RSS:\n    limit: 20\n", "x.md:3: unknown site.yaml field \"services\"; its RSS.limit is site.yaml's feedSize: write `feedSize: 20` in its place"},
		{site, "feed:\n  path: /atom.xml\n  posts_limit: 15\n", "x.md:3: unknown site.yaml field \"feed\"; its posts_limit is site.yaml's feedSize: write `feedSize: 15` in its place"},
		{site, "permalinks:\n  posts: /:year/:slug/\n", "x.md:3: unknown site.yaml field \"permalinks\"; a paper's address is /papers/<arxiv or id>/ and a page's its file's name; while the Hugo configuration is at the site's root, check names for each post the `aliases:` that keeps the address its section's pattern gave it"},
		{site, "pagination: {pagerSize: 12}\n", "unknown site.yaml field \"pagination\"; its pagerSize is site.yaml's pageSize: write `pageSize: 12` in its place"},
		{site, "pagination: {disableAliases: true}\n", "unknown site.yaml field \"pagination\"; write `pageSize:`, the papers on each page of a topic"},
		{site, "services: {disqus: {shortname: x}}\n", "unknown site.yaml field \"services\"; put a site's own data under `extra:`"},
		{site, "base_url: https://carol.example.org\n", "unknown site.yaml field \"base_url\"; write `baseURL: https://carol.example.org/` in its place"},
		{site, "url: https://ada.github.io\nbaseurl: /repo\n", "x.md:3: unknown site.yaml field \"url\"; Jekyll's url: and baseurl: together are site.yaml's baseURL: write `baseURL: https://ada.github.io/repo/` in place of both"},
		{site, "baseurl: /repo/\nurl: https://ada.github.io/\n", "x.md:3: unknown site.yaml field \"baseurl\"; Jekyll's url: and baseurl: together are site.yaml's baseURL: write `baseURL: https://ada.github.io/repo/` in place of both"},
		{site, "url: https://ada.example.org\nbaseurl: \"\"\n", "unknown site.yaml field \"url\"; Jekyll's url: is site.yaml's baseURL: write `baseURL: https://ada.example.org/` in its place"},
		{site, "baseurl: https://ada.org/\n", "unknown site.yaml field \"baseurl\"; did you mean \"baseURL\"?"},
		{site, "baseurl: /repo\n", "unknown site.yaml field \"baseurl\"; Jekyll's baseurl: is the path of the site's address: write `baseURL: https://<user>.github.io/repo/` in its place for a GitHub project site"},
		{site, "timezone: America/New_York\n", "unknown site.yaml field \"timezone\"; remove the line: the site has no time zone, as a paper's `date:` needs none"},
		{site, "params: {a: 1}\n", "unknown site.yaml field \"params\"; a site's own data goes under `extra:`"},
		{site, "copyright: me\n", "unknown site.yaml field \"copyright\"; there is no copyright setting; write it in your theme's footer"},
		{site, "menu: {main: []}\n", "unknown site.yaml field \"menu\"; a page of your own is linked from the header with `menu: main`"},
		{site, "taxonomies: {tag: tags}\n", "unknown site.yaml field \"taxonomies\"; the one taxonomy is topics"},
		{site, "enableRobotsTXT: true\n", "unknown site.yaml field \"enableRobotsTXT\"; robots.txt is always written"},
		{site, "summaryLength: 30\n", "unknown site.yaml field \"summaryLength\"; there is no summary length"},
		{site, "uglyURLs: true\n", "unknown site.yaml field \"uglyURLs\"; an address here ends in / (its folder's index.html); while the Hugo configuration is at the site's root, check names for each post the `aliases:` that keeps the .html address it had"},
		{site, "mood: happy\n", "unknown site.yaml field \"mood\"; put a site's own data under `extra:`"},
		// A topic, limits: and newsletter: have no extra: of their own.
		{site, "topics:\n  nlp:\n    colour: red\n", "x.md:5: unknown topic field \"colour\"; the topic fields are aliases, description, keywords and name; a site's own data goes under site.yaml's top-level `extra:`"},
		{site, "newsletter:\n  extra: {a: 1}\n", "x.md:4: unknown newsletter field \"extra\"; the newsletter fields are action, emailField, fields, from, listId, maxPapers, method, name, preheader, subject and unsubscribe; a site's own data goes under site.yaml's top-level `extra:`"},
		{site, "limits: {maxAuthor: 3}\n", "x.md:3: unknown limits field \"maxAuthor\"; did you mean \"maxAuthors\"? (a site's own data goes under site.yaml's top-level `extra:`)"},
	}
	for _, tt := range tests {
		src := []byte(strings.Replace(tt.file, "%s", tt.line, 1))
		var err error
		switch tt.file {
		case paper:
			_, err = Paper("x.md", src, DefaultLimits())
		case day:
			_, _, err = Day("days/2024-01-01.md", src, DefaultLimits())
		case page:
			_, err = Page("pages/about.md", src)
		default:
			_, err = Config("x.md", src, "")
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%q: error %v, want %q", tt.line, err, tt.want)
		}
	}
}

// TestCategories: categories and primary_category are arXiv's; a value of
// another shape, such as Hugo's own categories, is an error at its line,
// while every real one, current or retired, passes.
func TestCategories(t *testing.T) {
	good := []string{"cs.CL", "cs.LG", "stat.ML", "math.PR", "math.AP", "cs.GR", "hep-th", "q-bio.NC", "cond-mat.mes-hall",
		"cond-mat.str-el", "astro-ph.CO", "astro-ph", "physics.optics", "physics.acc-ph", "nlin.AO", "eess.SP", "econ.EM", "q-fin.ST", "quant-ph", "cmp-lg", "solv-int",
		// ACM and MSC classes, which arXiv's API lists among categories and import writes.
		"I.2.6", "G.2.1; G.3", "68T05", "60J10", "68Txx", "I.2.9, J.3"}
	for _, c := range good {
		src := "---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nprimary_category: " + c + "\ncategories: [" + c + "]\n---\n"
		if _, err := Paper("x.md", []byte(src), DefaultLimits()); err != nil {
			t.Errorf("category %s: %v", c, err)
		}
	}
	for _, c := range []string{"Deep Learning", "nlp", "CS.CL", "cs.CL.x", "machine-learning", "I.2.6; Deep Learning", "Z.1"} {
		src := "---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\ncategories:\n  - cs.CL\n  - " + c + "\n---\n"
		want := "x.md:7: categories: \"" + c + "\" is not an arXiv category; categories are arXiv's (cs.CL, math.AP, hep-th); your own grouping is `topics:`"
		if _, err := Paper("x.md", []byte(src), DefaultLimits()); err == nil || err.Error() != want {
			t.Errorf("category %q: error %v, want %s", c, err, want)
		}
	}
	// Several of the curator's own are one error, with the topics: to write.
	src0 := "---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\ncategories: [nlp, cs.CL, reading list]\n---\n"
	want0 := "x.md:5: categories: \"nlp\" and \"reading list\" are not arXiv categories; categories are arXiv's (cs.CL, math.AP, hep-th); your own grouping is `topics:` (topics: [nlp, reading list])"
	if _, err := Paper("x.md", []byte(src0), DefaultLimits()); err == nil || err.Error() != want0 {
		t.Errorf("error %v, want %s", err, want0)
	}
	// The topics: line is YAML as written: a value YAML would misread is quoted.
	src0 = "---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\ncategories: [nlp, \"RL: offline\"]\n---\n"
	if _, err := Paper("x.md", []byte(src0), DefaultLimits()); err == nil || !strings.HasSuffix(err.Error(), "(topics: [nlp, \"RL: offline\"])") {
		t.Errorf("error %v, want the topics: line with \"RL: offline\" quoted", err)
	}
	// Jekyll's categories are words on one line, the curator's own: they
	// are told the topics: to write, not the list of categories that
	// would be an error again; arXiv's written so are told the list.
	for src, want := range map[string]string{
		"categories: nlp scaling, rl": "x.md:5: categories: \"nlp\", \"scaling\" and \"rl\" are not arXiv categories; categories are arXiv's (cs.CL, math.AP, hep-th); your own grouping is `topics:` (topics: [nlp, scaling, rl])",
		"categories: cs.CL cs.LG":     "x.md:5: categories: expected a list of text values, found a text value; write one `- item` per line or [cs.CL, cs.LG]",
	} {
		_, err := Paper("x.md", []byte("---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"+src+"\n---\n"), DefaultLimits())
		if err == nil || err.Error() != want {
			t.Errorf("%s: error %v, want %s", src, err, want)
		}
	}
}

// TestJekyllDates: a date as Jekyll writes it, a space before the time and
// an offset without a colon, or one without seconds or an offset, is told
// what it lacks of RFC 3339 and the date to write.
func TestJekyllDates(t *testing.T) {
	tests := []struct{ date, want string }{
		{"2024-05-27 10:30:00 -0400", "write RFC 3339, with a T before the time and a colon in the offset: 2024-05-27T10:30:00-04:00 (or the day alone, 2024-05-27)"},
		{"2024-07-22 14:00", "write RFC 3339, with a T before the time, seconds and an offset (Z is UTC): 2024-07-22T14:00:00Z (or the day alone, 2024-07-22)"},
		{"2024-06-03 09:00:00 +02:00", "write RFC 3339, with a T before the time: 2024-06-03T09:00:00+02:00"},
		{"2025-06-02T23:30Z", "write RFC 3339, with seconds: 2025-06-02T23:30:00Z (or the day alone, 2025-06-02)"},
		{"2025-06-03 23:30:00Z", "write RFC 3339, with a T before the time: 2025-06-03T23:30:00Z"},
		{"2025-06-04T10:00:00", "write RFC 3339, with an offset (Z is UTC): 2025-06-04T10:00:00Z"},
		{"2025-06-04t10:00:00+0900", "write RFC 3339, with a colon in the offset: 2025-06-04T10:00:00+09:00"},
		{"2025-06-04T25:00:00Z", "write YYYY-MM-DD (2024-03-14) or RFC 3339"},
		{"May 27, 2024", "write YYYY-MM-DD: 2024-05-27 (or RFC 3339, 2024-05-27T09:30:00Z)"},
		{"27 of May", "write YYYY-MM-DD (2024-03-14) or RFC 3339 (2024-03-14T09:30:00Z)"},
	}
	for _, tt := range tests {
		src := "---\ntitle: A\narxiv: \"2401.00001\"\ndate: " + tt.date + "\n---\n"
		_, err := Paper("x.md", []byte(src), DefaultLimits())
		if err == nil || !strings.HasPrefix(err.Error(), "x.md:4: date: \""+tt.date+"\" is not a date; ") || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("date %q: error %v, want %q", tt.date, err, tt.want)
		}
	}
}

// TestJekyllPermalink: a post's own permalink: with Jekyll's placeholders
// is told the alias of the address Jekyll gave it, filled from its
// file's name (its date and title) and its front matter (date:, slug:,
// categories:), or, when an alias cannot be that address, how to keep it.
func TestJekyllPermalink(t *testing.T) {
	const url = "unknown paper field \"permalink\"; a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; "
	tests := []struct{ name, front, want string }{
		{"2024-06-10-bert.md", "permalink: /:year/:month/:title/\n", "2024-06-10-bert.md:3: " + url + "keep the address Jekyll gave the post (/:year/:month/:title/) under `aliases:`: `aliases: [/2024/06/bert/]`, so links to it keep working"},
		// date: with an offset is the time in UTC, as GitHub Pages built
		// it (Jekyll's Time.parse(date).localtime); without one, as written.
		{"2024-06-10-bert.md", "date: 2024-06-11 22:30:00 -0400\npermalink: /:year/:month/:day/:hour/:title\n", "aliases: [/2024/06/12/02/bert/]`"},
		{"2024-06-10-bert.md", "date: 2024-06-11T22:30:00\npermalink: /:year/:month/:day/:hour/:title\n", "aliases: [/2024/06/11/22/bert/]`"},
		{"2024-06-10-bert.md", "categories: [NLP, scaling]\npermalink: /:categories/:short_year/:title/\n", "aliases: [/nlp/scaling/24/bert/]`"},
		{"2024-06-10-bert.md", "category: nlp\npermalink: /:categories/:y_day/:slug/\n", "aliases: [/nlp/162/bert/]`"},
		{"2024-06-10-bert.md", "permalink: /:categories/:title/\n", "aliases: [/bert/]`"}, // no categories: no empty folder
		{"2024-06-10-bert.md", "slug: Bidirectional Encoders\npermalink: /:year/:slug/\n", "aliases: [/2024/bidirectional-encoders/]`"},
		{"bert.md", "date: 2024-06-10\npermalink: /:year/:title/\n", "aliases: [/2024/bert/]`"},
		{"2024-06-10-bert.md", "permalink: /:year/:title:output_ext\n", url + "keep the address Jekyll gave the post (/:year/:title:output_ext) under `aliases:`: `aliases: [/2024/bert.html]`, so links to it keep working"},
		{"2024-06-10-BERT.md", "permalink: /:title/\n", url + "Jekyll gave the post the address /BERT/ (/:title/), which an alias cannot be (an alias's address has lower-case letters, digits, `-`, `_` and `/` only, and may end in .html): " +
			"keep it with a page of your own in your theme's static/ (themes/<theme>/static/BERT/index.html) that links to the paper's page"},
		{"bert.md", "permalink: /:year/:title/\n", url + "keep the address Jekyll gave the post, /:year/:title/ filled in, under `aliases:`"}, // no date
		{"2024-06-10-bert.md", "permalink: /:nonesuch/:title/\n", url + "keep the address Jekyll gave the post, /:nonesuch/:title/ filled in"},
	}
	for _, tt := range tests {
		_, err := Paper(tt.name, []byte("---\ntitle: B\n"+tt.front+"---\nAbstract.\n"), DefaultLimits())
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s %q: error %v, want %q", tt.name, tt.front, err, tt.want)
		}
	}
}

// FuzzJekyllPost: any post file under any permalink template gives an
// address that starts with a slash and has no empty folder, at a line of
// the file, or none, and an alias only of such an address.
func FuzzJekyllPost(f *testing.F) {
	f.Add("2024-05-27-gpt3.md", "---\ntitle: G\ncategories: NLP scaling\n---\nx\n", "pretty")
	f.Add("2024-06-10-bert.md", "---\npermalink: /:year/:i_month/:slug:output_ext\nslug: Bi Directional\ndate: 2024-06-11 22:30:00 -0400\n---\n", "")
	f.Add("x.md", "---\ncategories: [a, [b]]\n---\n", "/:categories/:week/:nonesuch/")
	f.Add("2024-01-01-a.md", "+++\ntitle = 1\n+++\n", "date")
	f.Fuzz(func(t *testing.T, name, data, style string) {
		post := JekyllPost(name, []byte(data), JekyllTemplate(style), time.UTC)
		addr, line, kept := post.Addr, post.Line, post.Kept
		if addr != "" && (!strings.HasPrefix(addr, "/") || strings.Contains(addr, "//")) {
			t.Errorf("JekyllPost(%q, %q, %q) = %q", name, data, style, addr)
		}
		if lines := strings.Count(data, "\n") + 1; addr != "" && (line < 1 || line > lines) {
			t.Errorf("JekyllPost(%q, %q, %q) = %q at line %d of %d", name, data, style, addr, line, lines)
		}
		if a := AliasFor(addr); a != "" && (!strings.HasPrefix(a, "/") || !strings.HasSuffix(a, "/") && !strings.HasSuffix(a, ".html")) || kept && a == "" {
			t.Errorf("AliasFor(%q) = %q, kept %v", addr, a, kept)
		}
		_ = KeepAddress(addr)
	})
}

// TestUnknownCategories: a category written as arXiv's are but that
// arXiv has not is named, with the nearest it has when one is near (the
// build warns of it at its key's line), and such a paper parses: arXiv
// adds categories now and then, and a scheduled import must still
// publish; every category of the importers' arXiv samples passes.
func TestUnknownCategories(t *testing.T) {
	if !slices.IsSorted(arxivCategories) || len(slices.Compact(slices.Clone(arxivCategories))) != len(arxivCategories) {
		t.Fatal("arxivCategories is not sorted, or has a category twice: the binary search misses some")
	}
	tests := []struct{ c, want string }{
		{"cs.CLL", "cs.CLL is no arXiv category; did you mean cs.CL?"},
		{"cs.cl", "cs.cl is no arXiv category; did you mean cs.CL?"},
		{"cond-mat.mes-hal", "cond-mat.mes-hal is no arXiv category; did you mean cond-mat.mes-hall?"},
		{"physics.optic", "physics.optic is no arXiv category; did you mean physics.optics?"},
		{"cs.XX", "cs.XX is no arXiv category; write one of arXiv's, as https://arxiv.org/category_taxonomy lists them (cs.CL, math.AP, hep-th)"},
		{"math", "math is no arXiv category; write one of arXiv's, as https://arxiv.org/category_taxonomy lists them (cs.CL, math.AP, hep-th)"},
	}
	for _, tt := range tests {
		if got := UnknownCategory(tt.c); got != tt.want {
			t.Errorf("UnknownCategory(%s) = %q, want %q", tt.c, got, tt.want)
		}
		src := "---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nprimary_category: " + tt.c + "\ncategories: [" + tt.c + "]\n---\n"
		p, err := Paper("x.md", []byte(src), DefaultLimits())
		if err != nil {
			t.Errorf("primary_category %s: %v, want no error", tt.c, err)
		} else if !slices.Equal(p.CategoryLines, []int{5, 6}) {
			t.Errorf("primary_category %s: CategoryLines %v, want [5 6]", tt.c, p.CategoryLines)
		}
	}
	// Aliases arXiv still accepts, and the archives old papers list.
	for _, c := range []string{"math.IT", "math.MP", "q-fin.EC", "stat.TH", "cs.SY", "cs.NA", "math.ST", "gr-qc", "nlin.CD", "physics.atm-clus",
		"adap-org", "chao-dyn", "patt-sol", "comp-gas", "bayes-an", "funct-an", "alg-geom", "dg-ga", "q-alg", "mtrl-th", "supr-con", "acc-phys", "ao-sci", "atom-ph", "chem-ph", "plasm-ph", "cond-mat", "q-bio"} {
		if msg := UnknownCategory(c); msg != "" {
			t.Errorf("UnknownCategory(%s) = %q, want none", c, msg)
		}
	}
	samples, _ := filepath.Glob("../importer/testdata/*.xml")
	terms := 0
	for _, path := range samples {
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range regexp.MustCompile(`<(?:arxiv:primary_category|category)[^>]* term="([^"]+)"`).FindAllStringSubmatch(string(data), -1) {
			terms++
			if !IsCategory(m[1]) || UnknownCategory(m[1]) != "" {
				t.Errorf("%s: the category %s is refused", path, m[1])
			}
		}
	}
	if terms == 0 {
		t.Fatal("no category in ../importer/testdata/*.xml, the importers' arXiv samples")
	}
}

// TestJekyllCategories: a Jekyll post's categories:, which its address
// may have been made of, are told to keep that address first.
func TestJekyllCategories(t *testing.T) {
	src := "---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-05-27\ncategories: nlp\n---\nx\n"
	_, err := Paper("content/papers/2024-05-27-x.md", []byte(src), DefaultLimits())
	want := "content/papers/2024-05-27-x.md:5: categories: \"nlp\" is not an arXiv category; categories are arXiv's (cs.CL, math.AP, hep-th); your own grouping is `topics:`; Jekyll may have made this post's address of them: keep it first, with the aliases: check names, then move them"
	if err == nil || err.Error() != want {
		t.Errorf("Paper error:\n%v\nwant\n%s", err, want)
	}
}

// TestAliasForFormerID: an address in /papers/ that names an id is a
// paper's former id, which aliases: keeps (as Hugo writes it); one in a
// folder below it, or in another folder the build fills, is none.
func TestAliasForFormerID(t *testing.T) {
	for addr, want := range map[string]string{
		"/papers/bert/":     "/papers/bert/",
		"/papers/bert":      "/papers/bert/",
		"/papers/a/b/":      "",
		"/topics/nlp/":      "",
		"/posts/attention/": "/posts/attention/",
	} {
		if got := AliasFor(addr); got != want {
			t.Errorf("AliasFor(%q) = %q, want %q", addr, got, want)
		}
	}
}

// TestFormerAddressHint: a paper's or a page's url:, permalink:, path:
// or slug: is told the alias that keeps the address it gave, written from
// the site's root without its base path, as an alias is (an alias
// written with it is an error of its own).
func TestFormerAddressHint(t *testing.T) {
	const paper = "---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n%s---\nAbstract.\n"
	const day = "---\npapers:\n  - title: A\n    arxiv: \"2401.00001\"\n    %s---\n"
	const page = "---\ntitle: About\n%s---\nHi.\n"
	tests := []struct {
		file, path, base, line, want string
	}{
		{paper, "x.md", "/notes/", "url: /notes/attention/\n", "x.md:5: unknown paper field \"url\"; a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; keep the former address under `aliases:`: `aliases: [/attention/]`, so links to it keep working"},
		{paper, "x.md", "/notes/", "permalink: /Notes/GPT3\n", "`aliases: [/gpt3/]`"}, // in lower case, as Hugo writes addresses
		{paper, "x.md", "/notes/", "path: reading/bert\n", "`aliases: [/reading/bert/]`"},
		{paper, "x.md", "/notes/", "url: /notes/\n", "x.md:5: unknown paper field \"url\"; a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; its former address /notes/ is the site's base path, the address of its home page, which needs no alias; remove the line"},
		{paper, "x.md", "/", "url: /notes/attention/\n", "`aliases: [/notes/attention/]`"},
		{day, "days/2024-01-01.md", "/notes/", "url: /notes/attention/\n", "days/2024-01-01.md:5: unknown paper field \"url\"; a paper's URL is its `arxiv:` (or `id:`): /papers/<id>/; keep the former address under `aliases:`: `aliases: [/attention/]`"},
		{page, "content/pages/about.md", "/", "permalink: /about-us/\n", "content/pages/about.md:3: unknown page field \"permalink\"; a page's address is its file's path below content/pages/ (about.md is /about/): keep the address permalink: gave it under `aliases:`: `aliases: [/about-us/]`, so links to it keep working (or rename the file to have the page there)"},
		{page, "content/pages/about.md", "/notes/", "url: /notes/lab/about/\n", "(about.md is /about/): keep the address url: gave it under `aliases:`: `aliases: [/lab/about/]`"},
		{page, "content/pages/guide/setup.md", "/", "slug: install\n", "content/pages/guide/setup.md:3: unknown page field \"slug\"; a page's address is its file's path below content/pages/ (guide/setup.md is /guide/setup/): keep the address Hugo made from its folder and slug: under `aliases:`: `aliases: [/guide/install/]`"},
		{page, "content/pages/about.md", "/", "slug: about-lab\n", "keep the address Hugo made from its folder and slug: under `aliases:`: `aliases: [/about-lab/]`"},
		{page, "content/pages/about.md", "/", "path: about\n", "content/pages/about.md:3: unknown page field \"path\"; a page's address is its file's path below content/pages/ (about.md is /about/), the address path: gave it already: remove the line"},
		{page, "content/pages/about.md", "/notes/", "url: /notes/\n", "(about.md is /about/); the address url: gave it, /, is the site's home page, which needs no alias: remove the line"},
		// A whole address, as the browser showed it: its path.
		{paper, "x.md", "/digest/", "permalink: https://lab.github.io/digest/posts/vit/\n", "`aliases: [/posts/vit/]`"},
		{page, "content/pages/guide/about.md", "/digest/", "permalink: https://lab.github.io/digest/about-us/\n", "(guide/about.md is /guide/about/): keep the address permalink: gave it under `aliases:`: `aliases: [/about-us/]`"},
		// Jekyll's placeholders, which the page's name fills.
		{page, "content/pages/about.md", "/", "permalink: /:title/\n", "content/pages/about.md:3: unknown page field \"permalink\"; a page's address is its file's path below content/pages/ (about.md is /about/): rename the file, and keep the old address under `aliases:`"},
	}
	for _, tt := range tests {
		src := []byte(strings.Replace(tt.file, "%s", tt.line, 1))
		var err error
		switch tt.file {
		case paper:
			_, err = PaperUnder(tt.path, src, DefaultLimits(), tt.base)
		case day:
			_, _, err = DayUnder(tt.path, src, DefaultLimits(), tt.base)
		default:
			_, err = PageUnder(tt.path, src, tt.base)
		}
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s under %s, %q: error %v, want %q", tt.path, tt.base, tt.line, err, tt.want)
		}
	}
}
