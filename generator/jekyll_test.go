package generator

import (
	"context"
	"slices"
	"strings"
	"testing"
	_ "time/tzdata" // America/New_York on a machine without zoneinfo
)

// TestJekyllMarkupIsError: a Jekyll post's Liquid and kramdown attribute
// lists, in a paper's body or a day's intro, are build errors at their
// lines, since they would show as text; in code they are shown as written.
func TestJekyllMarkupIsError(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n" +
		"{:.lead}\n\n{% include figure.html path=\"assets/img/a.png\" caption=\"The model\" %}\n\nSee [B]({% post_url 2024-01-02-b %}).\n" +
		"-- content/days/2024-01-01.md --\nToday: {{ page.title }}.\n"
	_, err := buildSite(t, archive, Options{})
	want := []string{
		"content/days/2024-01-01.md:1: {{ page.title }} is Jekyll's Liquid, which Paperboy does not have (it would show as text); write the page's title itself",
		"content/papers/a.md:7: {:.lead} is a kramdown attribute list, which Paperboy does not have (it would show as text); remove it",
		"content/papers/a.md:9: {% include figure.html %} is Jekyll's Liquid, which Paperboy does not have (it would show as text); write it as an image: ![The model](a.png)",
		"content/papers/a.md:11: {% post_url %} is Jekyll's Liquid, which Paperboy does not have (it would show as text); link to the post's source relative to this .md, [the paper](2024-01-02-b.md)",
	}
	errorsStart(t, err, want)
	mustBuild(t, siteYAML+paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n")+
		"-- content/days/2024-01-01.md --\nIn Jekyll: `{{ site.baseurl }}`.\n\n```\n{% include x.html %}\n```\n").
		contains(t, "days/2024-01-01/index.html", "<code>{{ site.baseurl }}</code>")
}

// TestInlineDisplayMathWarns: kramdown's inline $$…$$, which the page
// shows as display math breaking its paragraph, is a warning at its line
// with the $…$ to write; the page builds.
func TestInlineDisplayMathWarns(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n\n" +
		"## Notes\n\nwhere $$d_k$$ is the key dimension.\n\n$$\nx^2\n$$\n"
	res, err := Build(context.Background(), Options{Site: siteFS(archive)})
	if err != nil {
		t.Fatal(err)
	}
	want := "content/papers/a.md:10: $$d_k$$ shares its line with text, so the page shows it as display math on a line of its own, breaking the paragraph (kramdown, Jekyll's Markdown, reads $$…$$ inside a line as inline math); write inline math between single dollar signs, $d_k$, or put $$…$$ on lines of its own for display math"
	if len(ownWarnings(res)) != 1 || ownWarnings(res)[0].String() != want {
		t.Errorf("warnings = %v, want\n%s", ownWarnings(res), want)
	}
}

// TestJekyllPlaces: the build names a Jekyll site's folders and pages at
// the root, each with where its content goes, _config.yml's settings one a
// line (jekyll-feed's feed.posts_limit is feedSize; title, which site.yaml
// has at the same value, is said to be there), and its Gemfile beside _config.yml; a README, and a Gemfile alone
// (some other project's), are let be.
func TestJekyllPlaces(t *testing.T) {
	ok := paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n")
	archive := siteYAML + ok + "-- _config.yml --\ntitle: T\nurl: https://ada.github.io\nbaseurl: /repo\nauthor: {name: Ada, email: a@x.org}\n" +
		"github_username: ada\npermalink: /:year/:title/\nplugins: [jekyll-feed, jekyll-archives]\nfeed:\n  posts_limit: 20\n" +
		"-- _posts/2024-05-27-x.md --\nx\n-- _drafts/y.md --\ny\n-- _layouts/post.html --\nx\n-- _includes/figure.html --\nx\n" +
		"-- _data/venues.yml --\nx: y\n-- assets/img/gpt3.png --\npng\n-- _sass/main.scss --\nx\n-- _site/index.html --\nx\n-- Gemfile --\ngem \"jekyll\"\n" +
		"-- about.md --\n---\nlayout: page\n---\n-- index.html --\n---\nlayout: home\n---\n-- README.md --\nThe site.\n"
	want := []string{
		"_config.yml: no build reads _config.yml at the site's root: the site's configuration is content/site.yaml; write its settings there, and delete _config.yml last: without it the build no longer names a leftover assets/, data/ or page at the root (about.md):\n" +
			"  url + baseurl → baseURL: https://ada.github.io/repo/\n  author → author: Ada\n  github_username → extra: {github_username: ada}\n  feed.posts_limit → feedSize: 20\n" +
			"  title: in site.yaml already, with the same value\n" +
			"  permalink: not carried over; a paper's address is /papers/<arxiv or id>/ and a page's its file's name; each post in _posts/ or content/papers/ is named with the `aliases:` that keeps the address Jekyll gave it (/:year/:title/)\n" +
			"  plugins: jekyll-feed: not carried over; the feeds are always written: /feed.xml (RSS, where jekyll-feed's was), /atom.xml and /feed.json, and each topic's\n" +
			"  plugins: jekyll-archives: not carried over; Paperboy has no plugins",
		"about.md: no build reads about.md at the site's root: a page of your own is content/pages/about.md (its address /about/",
		"index.html: no build reads index.html at the site's root: the home page is the build's",
		"_posts/: no build reads _posts/ at the site's root: a post is a paper here: move each to content/papers/ and give it `arxiv:`",
		"_drafts/: no build reads _drafts/ at the site's root: a draft is a paper with `draft: true`",
		"_layouts/: no build reads _layouts/ at the site's root: templates go in themes/<name>/templates/ (Jekyll's default.html is base.html, post.html paper.html",
		"_includes/: no build reads _includes/ at the site's root: partials go in themes/<name>/templates/partials/",
		"_data/: no build reads _data/ at the site's root: there are no data files; a site's own data goes under site.yaml's extra:",
		"_sass/: no build reads _sass/ at the site's root: there is no Sass; write CSS in themes/<name>/static/custom.css",
		"_site/: no build reads _site/ at the site's root: it is Jekyll's output",
		"Gemfile: no build reads Gemfile at the site's root: Paperboy is one program and needs no gems",
		"_posts/2024-05-27-x.md:1: Jekyll published this post at /2024/x/ (_config.yml's permalink: /:year/:title/)",
		"assets/: no build reads assets/ at the site's root: Jekyll published assets/ as it is, at /assets/: move the folder to themes/<name>/static/assets/, which keeps those addresses " +
			"(assets/img/gpt3.png is themes/<name>/static/assets/img/gpt3.png, at /assets/img/gpt3.png); themes/<name> is a theme folder of your own: set `theme: <name>` in site.yaml",
	}
	res, err := Build(context.Background(), Options{Site: siteFS(archive)})
	if err != nil {
		t.Fatal(err)
	}
	if len(ownWarnings(res)) != len(want) {
		t.Errorf("warnings = %v, want %d", ownWarnings(res), len(want))
	}
	for _, w := range want {
		if !slices.ContainsFunc(ownWarnings(res), func(p Problem) bool { return strings.HasPrefix(p.String(), w) }) {
			t.Errorf("build does not warn %q", w)
		}
	}
	res, err = Build(context.Background(), Options{Site: siteFS(siteYAML + ok + "-- Gemfile --\ngem \"rake\"\n")})
	if err != nil || len(ownWarnings(res)) != 0 {
		t.Errorf("a Gemfile alone: %v %v", ownWarnings(res), err)
	}
}

// TestOmittedHTMLWarns: raw HTML that a page leaves out (unsafeHTML off) is
// a warning at its line of the file, in a paper's notes as in a day's
// inline abstract (at its abstract:'s line); with unsafeHTML on only a "tag"
// that is text is.
func TestOmittedHTMLWarns(t *testing.T) {
	body := "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n\n" +
		"## Notes\n\nHolds for all n<m and m>k.\n" +
		"-- content/days/2024-01-02.md --\n---\npapers:\n  - arxiv: \"2401.00002\"\n    title: B\n    abstract: \"Water is H<sub>2</sub>O.\"\n---\n"
	res, err := Build(context.Background(), Options{Site: siteFS(siteYAML + body)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range ownWarnings(res) {
		got = append(got, w.String())
	}
	want := []string{
		`content/days/2024-01-02.md:5: <sub> is raw HTML, which the page leaves out (the text between stays, without its markup) as site.yaml's unsafeHTML is off; set unsafeHTML: true in site.yaml to keep raw HTML`,
		`content/papers/a.md:10: <m and m> reads as an HTML tag, so the page leaves it out; if it is text (n<m), write \< for its <, or put math between dollar signs ($n<m$)`,
	}
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	res, err = Build(context.Background(), Options{Site: siteFS(siteYAML + "unsafeHTML: true\n" + body)})
	if err != nil {
		t.Fatal(err)
	}
	if len(ownWarnings(res)) != 1 || ownWarnings(res)[0].String() != want[1] {
		t.Errorf("with unsafeHTML: warnings %v, want only\n%s", ownWarnings(res), want[1])
	}
}

// TestJekyllPostAddresses: beside a _config.yml, each post, in _posts/
// or moved to content/papers/ under its name, is told the alias that
// keeps the address Jekyll gave it, made as its permalink: style says
// from the post's date, categories and name (a built-in style, or
// Jekyll's default, date, whose addresses end in .html); not one whose
// aliases: has it, nor one in content/papers/ with a permalink: of its
// own. Each is told at the line its address is made of: its permalink:,
// else the first of its date:, slug: and categories: the template uses,
// else line 1, for an address made of the file's name alone.
func TestJekyllPostAddresses(t *testing.T) {
	site := func(permalink string) string {
		return siteYAML + "-- _config.yml --\ntitle: T\n" + permalink +
			"-- _posts/2024-05-27-gpt3.md --\n---\ntitle: GPT-3\ncategories: NLP scaling\n---\nx\n" +
			"-- _posts/2024-06-10-bert.md --\n---\ntitle: BERT\npermalink: /notes/:title/\n---\nx\n" +
			paper("2024-06-03-lora", "title: LoRA\narxiv: \"2106.09685\"\ndate: 2024-06-03T21:00:00-04:00\n") +
			paper("2024-06-04-kept", "title: K\narxiv: \"2106.09686\"\ndate: 2024-06-04\naliases: [/2024/06/04/kept/]\n") +
			paper("2106.09687", "title: Named by its id\narxiv: \"2106.09687\"\ndate: 2024-06-05\n") +
			"-- _posts/2024-07-01-t5.md --\n---\ntitle: T5\ndate: 2024-07-01\nslug: text to text\n---\nx\n"
	}
	const keep = " to its front matter, which keeps that address working, before you change the date:, categories: or file name it is made of"
	feedID := func(id string) string {
		return "`feed_id: " + id + "`, the id jekyll-feed gave it, so that its feed's readers do not get it again as new"
	}
	for _, tt := range []struct {
		permalink string
		want      []string
	}{
		{"permalink: pretty\n", []string{
			"_posts/2024-05-27-gpt3.md:3: Jekyll published this post at /nlp/scaling/2024/05/27/gpt3/ (_config.yml's permalink: pretty, /:categories/:year/:month/:day/:title/), and its page here is /papers/<its arxiv: or id:>/: add `aliases: [/nlp/scaling/2024/05/27/gpt3/]`" + keep + "; and " + feedID("/nlp/scaling/2024/05/27/gpt3"),
			"_posts/2024-06-10-bert.md:3: Jekyll published this post at /notes/bert/ (its permalink: /notes/:title/), and its page here is /papers/<its arxiv: or id:>/: add `aliases: [/notes/bert/]`" + keep + "; and " + feedID("/notes/bert"),
			"_posts/2024-07-01-t5.md:3: Jekyll published this post at /2024/07/01/text-to-text/ (_config.yml's permalink: pretty, /:categories/:year/:month/:day/:title/), and its page here is /papers/<its arxiv: or id:>/: add `aliases: [/2024/07/01/text-to-text/]`" + keep + "; and " + feedID("/2024/07/01/text%20to%20text"),
			// 21:00 at -04:00 is the 4th in UTC, where GitHub Pages built it.
			"content/papers/2024-06-03-lora.md:4: Jekyll published this post at /2024/06/04/lora/ (_config.yml's permalink: pretty, /:categories/:year/:month/:day/:title/), and its page here is /papers/<its arxiv: or id:>/: add `aliases: [/2024/06/04/lora/]`" + keep + "; and " + feedID("/2024/06/04/lora"),
			// Its aliases: keeps its address, and not its feed's id.
			"content/papers/2024-06-04-kept.md:4: Jekyll published this post at /2024/06/04/kept/ (_config.yml's permalink: pretty, /:categories/:year/:month/:day/:title/), and its page here is /papers/<its arxiv: or id:>/: add " + feedID("/2024/06/04/kept"),
		}},
		{"permalink: /:year/:i_month/:title\n", []string{
			// Its categories: are not in the template: its file's name alone makes it.
			"_posts/2024-05-27-gpt3.md:1: Jekyll published this post at /2024/5/gpt3 (_config.yml's permalink: /:year/:i_month/:title), and its page here is /papers/<its arxiv: or id:>/: add `aliases: [/2024/5/gpt3/]`" + keep,
			"_posts/2024-06-10-bert.md:3:",
			"_posts/2024-07-01-t5.md:3: Jekyll published this post at /2024/7/text-to-text",
			"content/papers/2024-06-03-lora.md:4: Jekyll published this post at /2024/6/lora (_config.yml's permalink: /:year/:i_month/:title)",
			// Its alias is another address, which it keeps as the curator
			// knows it (its permalink: moved there): only its feed's id is told.
			"content/papers/2024-06-04-kept.md:4: Jekyll published this post at /2024/06/04/kept/ (the first former address in its aliases:), and its page here is /papers/<its arxiv: or id:>/: add " + feedID("/2024/06/04/kept"),
		}},
		{"timezone: America/New_York\npermalink: pretty\n", []string{ // the site's own time zone
			"_posts/2024-05-27-gpt3.md:3: Jekyll published this post at /nlp/scaling/2024/05/27/gpt3/",
			"_posts/2024-06-10-bert.md:3:",
			"_posts/2024-07-01-t5.md:3:",
			"content/papers/2024-06-03-lora.md:4: Jekyll published this post at /2024/06/03/lora/",
			"content/papers/2024-06-04-kept.md:4: Jekyll published this post at /2024/06/04/kept/",
		}},
		{"", []string{
			"_posts/2024-05-27-gpt3.md:3: Jekyll published this post at /nlp/scaling/2024/05/27/gpt3.html (Jekyll's default permalink, date: /:categories/:year/:month/:day/:title:output_ext), and its page here is /papers/<its arxiv: or id:>/: " +
				"add `aliases: [/nlp/scaling/2024/05/27/gpt3.html]`" + keep + "; and " + feedID("/nlp/scaling/2024/05/27/gpt3"),
			"_posts/2024-06-10-bert.md:3:",
			"_posts/2024-07-01-t5.md:3:",
			"content/papers/2024-06-03-lora.md:4: Jekyll published this post at /2024/06/04/lora.html",
			"content/papers/2024-06-04-kept.md:4: Jekyll published this post at /2024/06/04/kept/ (the first former address in its aliases:)",
		}},
	} {
		var got []string
		for _, w := range warningsOf(t, site(tt.permalink)) {
			if strings.Contains(w, "Jekyll published") {
				got = append(got, w)
			}
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: warnings\n%s\nwant %d", tt.permalink, strings.Join(got, "\n"), len(tt.want))
			continue
		}
		for i, w := range tt.want {
			if !strings.HasPrefix(got[i], w) {
				t.Errorf("%q: warning\n%s\nwant\n%s…", tt.permalink, got[i], w)
			}
		}
	}
}

// TestHTMLAlias: an alias that ends in .html, as the addresses of Jekyll's
// default permalink do, is a page of that name that sends readers on to
// the paper; one whose name is no address is an error at its line.
func TestHTMLAlias(t *testing.T) {
	out := mustBuild(t, siteYAML+paper("2024-05-27-gpt3", "title: GPT-3\narxiv: \"2005.14165\"\ndate: 2024-05-27\naliases: [/nlp/2024/05/27/gpt3.html, /gpt3/]\n"))
	out.contains(t, "nlp/2024/05/27/gpt3.html", `<meta http-equiv="refresh" content="0; url=/papers/2005.14165/">`)
	out.contains(t, "gpt3/index.html", `<meta http-equiv="refresh" content="0; url=/papers/2005.14165/">`)
	// A hand-made site's address is kept as it was: capitals, .htm.
	out = mustBuild(t, siteYAML+paper("a", "title: A\narxiv: \"2005.14165\"\ndate: 2024-05-27\naliases: [/Old.html, /Reading/GPT3.HTM]\n"))
	out.contains(t, "Old.html", `<meta http-equiv="refresh" content="0; url=/papers/2005.14165/">`)
	out.contains(t, "Reading/GPT3.HTM", `<meta http-equiv="refresh" content="0; url=/papers/2005.14165/">`)
	_, err := buildSite(t, siteYAML+paper("a", "title: A\narxiv: \"2005.14165\"\ndate: 2024-05-27\naliases: [/old/.html, /Index.html]\n"), Options{})
	errorsStart(t, err, []string{
		"content/papers/a.md:5: alias \"/Index.html\": the address /Index.html is the home page's file",
		"content/papers/a.md:5: alias \"/old/.html\": the address /old/.html has .html, a hidden file's name",
	})
}

// TestJekyllPageAlias: a page at a Jekyll site's root is told the alias
// that keeps the address Jekyll gave it: its name with .html under the
// default permalink (date), none under pretty, whose /about/ is its
// address here too, and its own permalink: when it has one.
func TestJekyllPageAlias(t *testing.T) {
	t.Parallel()
	ok := siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n")
	tests := []struct{ config, page, want string }{
		{"title: T\n", "-- about.md --\n---\nlayout: page\n---\n", "Jekyll published it at /about.html: `aliases: [/about.html]` in its front matter keeps that address working"},
		{"permalink: none\n", "-- team.html --\n---\nlayout: page\n---\n", "Jekyll published it at /team.html: `aliases: [/team.html]`"},
		{"permalink: /:year/:title:output_ext\n", "-- about.md --\nx\n", "`aliases: [/about.html]`"},
		{"permalink: pretty\n", "-- about.md --\n---\nlayout: page\n---\n", ""},
		{"permalink: /:year/:title/\n", "-- about.md --\n---\nlayout: page\n---\n", ""},
		{"title: T\n", "-- about.md --\n---\npermalink: /about-us/\n---\n", "Jekyll published it at /about-us/: `aliases: [/about-us/]`"},
		{"title: T\n", "-- about.md --\n---\npermalink: /about/\n---\n", ""},
		{"title: T\n", "-- About.md --\n---\nlayout: page\n---\n", "Jekyll published it at /About.html: /About.html cannot be an alias"},
		{"title: [T\n", "-- about.md --\n---\nlayout: page\n---\n", ""}, // the permalink: is not known
	}
	for _, tt := range tests {
		res, err := Build(context.Background(), Options{Site: siteFS(ok + "-- _config.yml --\n" + tt.config + tt.page)})
		if err != nil {
			t.Fatal(err)
		}
		var got string
		for _, w := range ownWarnings(res) {
			if strings.Contains(w.Msg, "a page of your own is content/pages/") {
				got = w.Msg
			}
		}
		if got == "" || tt.want == "" && strings.Contains(got, "Jekyll published it") || !strings.Contains(got, tt.want) {
			t.Errorf("%q with _config.yml %q: %q, want …%q", tt.page, tt.config, got, tt.want)
		}
	}
}
