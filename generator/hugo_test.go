package generator

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestShortcodesAreErrors: a Hugo shortcode in a paper's body, a day's
// intro or an inline paper's abstract is a build error at its line, since
// it would show as text on the page, in every feed and in search; one in
// code is shown as written.
func TestShortcodesAreErrors(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n\n" +
		"{{< figure src=\"f.png\" >}}\n\nSee [B]({{< ref \"b.md\" >}}); in Hugo write `{{< ref >}}`.\n" +
		"-- content/days/2024-01-01.md --\n---\npapers:\n  - 2401.00001\n  - {title: C, id: c, abstract: \"{{% notice %}}x{{% /notice %}}\"}\n---\nToday.\n\n{{< math >}}x{{< /math >}}\n"
	_, err := buildSite(t, archive, Options{})
	want := []string{
		"content/days/2024-01-01.md:4: {{% notice %}} is a Hugo shortcode, which Paperboy does not have (it would show as text); write a quote",
		"content/days/2024-01-01.md:8: {{< math >}} is a Hugo shortcode, which Paperboy does not have (it would show as text); write the formula as $$…$$",
		"content/papers/a.md:8: {{< figure >}} is a Hugo shortcode, which Paperboy does not have (it would show as text); write it as an image: ![alt text](f.png) (a file beside this .md is published",
		"content/papers/a.md:10: {{< ref >}} is a Hugo shortcode, which Paperboy does not have (it would show as text); link to its source, relative to this .md (a link to another paper's .md reaches its page): [the paper](b.md) for one beside it",
	}
	errorsStart(t, err, want)
	mustBuild(t, siteYAML+paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n")+
		"-- content/days/2024-01-01.md --\nIn Hugo: `{{< ref \"x\" >}}`.\n\n```\n{{% notice %}}\n```\n").
		contains(t, "days/2024-01-01/index.html", "<code>{{&lt; ref &quot;x&quot; &gt;}}</code>")
}

// TestCheckNamesHugoPlaces: check names every file under content/ that no
// build reads, Hugo's _index.md included, with where its content goes; a
// Hugo site's folders and files at the root, which build warns about too;
// and a Hugo theme's templates by the names that take their place.
func TestCheckNamesHugoPlaces(t *testing.T) {
	ok := "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"
	archive := strings.Replace(siteYAML, "title: T\n", "title: T\ntheme: [mine, lab]\n", 1) + paper("a", ok) +
		"-- content/_index.md --\n---\ntitle: Home\n---\n" +
		"-- content/about.md --\nAbout us.\n" +
		"-- content/days/2024-01-01/_index.md --\n---\ntitle: Day\n---\nIntro.\n" +
		"-- content/papers/b/fig1.png --\npng\n" +
		"-- content/papers/notes.markdown --\nx\n" +
		"-- content/papers/_draft-ideas.txt --\nskipped without a word\n" +
		"-- content/.gitkeep --\n" +
		"-- static/humans.txt --\nus\n" +
		"-- layouts/partials/head-extra.html --\nx\n" +
		"-- hugo.toml --\ntitle = \"T\"\n" +
		"-- assets/css/main.scss --\nbody { }\n-- assets/images/logo.svg --\n<svg/>\n" +
		"-- config/ci/deploy.sh --\ntrue\n" + // not Hugo's configuration folder, so not named
		"-- themes/mine/templates/baseof.html --\nx\n" +
		"-- themes/mine/templates/list.html --\nx\n" +
		"-- themes/mine/templates/about.html --\nx\n" +
		"-- themes/lab/layouts/_default/single.html --\nx\n" +
		"-- themes/lab/layouts/partials/card.html --\nx\n" +
		"-- themes/lab/layouts/index.html --\nx\n" +
		"-- themes/lab/layouts/shortcodes/note.html --\nx\n" +
		"-- themes/lab/theme.toml --\nname = \"lab\"\n"
	want := []string{
		"content/_index.md: no build reads this file: Hugo's or Zola's _index.md (a section's list page) has no place here: the home page, days, topics and the archive are made from the papers, and sorted and paginated by the build (pageSize: in site.yaml); a day's intro goes in content/days/<date>.md",
		"content/about.md: no build reads this file: pages are made only from content/papers/, content/days/ and content/pages/; a page of your own goes in content/pages/about.md, which is /about/; a note for the site's curators can stay if its name starts with _ (_README.md)",
		"content/days/2024-01-01/_index.md: no build reads this file: a day is one file, content/days/2024-01-01.md; move this file's front matter and intro there",
		"content/papers/b/fig1.png: no build reads this file: no paper, day or page links to it, so it is not published; link to it from a paper's, day's or page's Markdown, relative to that .md file as an editor's preview reads it (![…](fig1.png) beside it)",
		"content/papers/notes.markdown: no build reads this file: only .md files are sources here; rename it notes.md if it is a paper, a day or a page",
		"static/: no build reads static/ at the site's root: a site's static files go in themes/mine/static/, which is copied to the site root",
		"layouts/: no build reads layouts/ at the site's root: templates go in themes/mine/templates/",
		"hugo.toml: no build reads hugo.toml at the site's root: the site's configuration is content/site.yaml",
		"assets/: no build reads assets/ at the site's root: there is no asset pipeline (Hugo's resources.Get): move its files to themes/mine/static/, keeping their paths, " +
			"where a template links one with {{static \"<its path below static/>\"}} and Markdown with a root link (assets/images/logo.svg is themes/mine/static/images/logo.svg: " +
			"{{static \"images/logo.svg\"}} in a template, /images/logo.svg in Markdown); Sass is not compiled: write CSS in themes/mine/static/custom.css, which every page links",
		"themes/lab/layouts/: the theme has Hugo's layouts/ and no templates/, so every page comes from the built-in theme; Paperboy's templates go in themes/lab/templates/",
		"themes/mine/templates/baseof.html: no build reads this theme file: Hugo's baseof.html is base.html here: rename it templates/base.html",
		"themes/mine/templates/list.html: no build reads this theme file: Hugo's list.html is day.html (a day's papers) or topic.html (a topic's) here: rename it templates/day.html",
		"themes/mine/templates/about.html: no build reads this theme file: about is not a page kind",
		"themes/lab/layouts/_default/single.html: no build reads this theme file: Hugo's layouts/ is templates/ here, and its single.html is paper.html: move it to templates/paper.html",
		"themes/lab/layouts/partials/card.html: no build reads this theme file: Hugo's layouts/ is templates/ here: move it to templates/partials/card.html",
		"themes/lab/layouts/index.html: no build reads this theme file: Hugo's layouts/ is templates/ here, and its index.html is home.html: move it to templates/home.html",
		"themes/lab/layouts/shortcodes/note.html: no build reads this theme file: Paperboy has no shortcodes",
	}
	problems, err := Check(context.Background(), Options{Site: siteFS(archive)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		if p.Kind == "orphan" {
			got = append(got, p.String())
		}
	}
	for _, w := range want {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
			t.Errorf("check lacks %q", w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("check names %d files, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}
	// The build succeeds, with the root's Hugo places, the theme of
	// layouts/ and the theme files only as warnings.
	warned := warningsOf(t, archive)
	for _, w := range want {
		if (!strings.HasPrefix(w, "content/") || strings.Contains(w, ".markdown:")) && !slices.ContainsFunc(warned, func(g string) bool { return strings.HasPrefix(g, w) }) {
			t.Errorf("build does not warn %q", w)
		}
	}
	if len(warned) != len(want)-4 {
		t.Errorf("build warns about %d files, want %d (all but those of content/, and the Markdown file misnamed there):\n%s", len(warned), len(want)-4, strings.Join(warned, "\n"))
	}
	// Without a theme of its own, a site is told how to make one.
	res, err := Build(context.Background(), Options{Site: siteFS(siteYAML + paper("a", ok) + "-- static/x.png --\npng\n")})
	if err != nil || len(ownWarnings(res)) != 1 || !strings.HasSuffix(ownWarnings(res)[0].Msg, "go in themes/<name>/static/, which is copied to the site root; themes/<name> is a theme folder of your own: set `theme: <name>` in site.yaml") {
		t.Errorf("static/ without a theme: %v %v", ownWarnings(res), err)
	}
	// Folders many repositories use for something else (assets/ for a
	// README's images, data/) are named only beside a Hugo configuration.
	own := siteYAML + paper("a", ok) + "-- assets/screenshot.png --\npng\n-- data/notes.csv --\na,b\n-- config/ci.sh --\ntrue\n"
	if res, err := Build(context.Background(), Options{Site: siteFS(own)}); err != nil || len(ownWarnings(res)) != 0 {
		t.Errorf("a site of Paperboy's own: warnings %v, %v", ownWarnings(res), err)
	}
}

// TestUnreadAdvice: what check says to do with a file under content/ that
// no build reads, by where it is and what it is.
func TestUnreadAdvice(t *testing.T) {
	cfg := &model.Config{Theme: "lab"}
	fsys := siteFS("-- content/posts/2024-03-transformer/index.md --\n-- content/posts/2024-03-transformer/fig1.png --\n" +
		"-- content/posts/images/logo.png --\n-- content/blog/x.md --\n-- content/posts/_index.md --\n" +
		"-- content/posts/bert.md --\n---\ntitle: BERT\nslug: bert-notes\n---\n" +
		"-- content/posts/elmo/index.md --\n+++\ntitle = \"ELMo\"\nSlug = \"elmo-notes\"\n+++\n" +
		"-- content/posts/gpt3.md --\n+++\nurl = \"/2020/gpt3.html\"\nslug = \"x\"\n+++\n" +
		"-- content/posts/t5.md --\n---\nslug: T5 Notes.v2\n---\n")
	tests := []struct{ path, want string }{
		{"content/stuff/results.csv", "or in themes/lab/static/, which is copied to the site root and is linked from the root: […](/results.csv)"},
		{"content/stuff/fig1.png", "linked from the root: ![…](/fig1.png)"},
		{"content/stuff/Fig 1.png", "linked from the root: ![…](</Fig 1.png>)"},
		// A Hugo blog's posts are papers, a bundle's files go with it.
		{"content/posts/2024-03-transformer/index.md", "a Hugo post is a paper here: move the whole folder content/posts/2024-03-transformer/ to content/papers/2024-03-transformer/, with its files, " +
			"and give index.md `arxiv:` in its front matter (or `id:` for a paper not on arXiv), and its page is /papers/<id>/; " +
			"the body up to its first heading is shown as the paper's abstract, so a post of your notes, without the abstract, starts with a heading (`## Notes`)"},
		{"content/posts/2024-03-transformer/fig1.png", "a file of a Hugo post's bundle: move it with its index.md, the whole folder content/posts/2024-03-transformer/ to content/papers/2024-03-transformer/, with its files (a file beside a paper is published when the paper links to it)"},
		{"content/blog/x.md", "a Hugo post is a paper here: move it to content/papers/x.md, give it `arxiv:` in its front matter (or `id:` for a paper not on arXiv), and its page is /papers/<id>/; " +
			"the body up to its first heading is shown as the paper's abstract, so a post of your notes"},
		{"content/post/y.md", "move it to content/papers/y.md, give it `arxiv:`"},
		// The address Hugo gave the post is kept by an alias.
		{"content/posts/2024-03-transformer/index.md", "starts with a heading (`## Notes`); and add `aliases: [/posts/2024-03-transformer/]` to it as you move it, which keeps its old address /posts/2024-03-transformer/ working"},
		// or its slug:, in YAML or TOML, or its url: says.
		{"content/posts/bert.md", "`aliases: [/posts/bert-notes/]` to it as you move it, which keeps its old address /posts/bert-notes/ (its slug: bert-notes) working"},
		{"content/posts/elmo/index.md", "`aliases: [/posts/elmo-notes/]` to it as you move it, which keeps its old address /posts/elmo-notes/ (its slug: elmo-notes) working"},
		{"content/posts/gpt3.md", "`aliases: [/2020/gpt3.html]` to it as you move it, which keeps its old address /2020/gpt3.html (its url: /2020/gpt3.html) working"},
		{"content/blog/x.md", "`aliases: [/blog/x/]` to it as you move it, which keeps its old address /blog/x/ working"},
		{"content/posts/2024/My-Notes.md", "`aliases: [/posts/2024/my-notes/]` to it as you move it, which keeps its old address /posts/2024/my-notes/ working"},
		{"content/posts/images/logo.png", "linked from the root: ![…](/logo.png)"},
		{"content/posts/_index.md", "a topic's description in site.yaml's topics:"},
		// A file in a misspelt source folder is moved to the folder meant.
		{"content/paper/2401.00001.md", "content/paper/ is not a folder of sources; did you mean content/papers/? Rename the folder, or move the file to content/papers/2401.00001.md"},
		{"content/Days/2024/x.png", "did you mean content/days/? Rename the folder, or move the file to content/days/2024/x.png"},
		{"content/about/index.md", "a page of your own goes in content/pages/about.md, which is /about/; a note for the site's curators can stay if its name starts with _ (_README.md)"},
	}
	for _, tt := range tests {
		if got := unreadAdvice(fsys, tt.path, cfg, "Hugo"); !strings.Contains(got, tt.want) {
			t.Errorf("unreadAdvice(%q) = %q, want …%q", tt.path, got, tt.want)
		}
	}
	// A slug an alias cannot be gives none, not the file's name's address.
	if got := unreadAdvice(fsys, "content/posts/t5.md", cfg, "Hugo"); strings.Contains(got, "aliases:") {
		t.Errorf("unreadAdvice(content/posts/t5.md) = %q, want no alias", got)
	}
}

// TestFutureDateLine: a paper dated after tomorrow is named at its date:
// line, as every check problem in a source is; a day file at its date:
// line, or at line 1 when its date is only its file's name.
func TestFutureDateLine(t *testing.T) {
	problems, err := Check(context.Background(), Options{Site: siteFS(siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\nauthors: [A]\ndate: 2099-01-01\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\nauthors: [B]\n") + paper("c", "title: C\narxiv: \"2401.00003\"\nauthors: [C]\n") +
		"-- content/days/2099-01-02.md --\n---\ntitle: T\ndate: 2099-01-02\npapers: [\"2401.00002\"]\n---\n" +
		"-- content/days/2099-01-03.md --\n---\npapers: [\"2401.00003\"]\n---\n")})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"content/papers/a.md:5: its date: the day 2099-01-01 is after today",
		"content/days/2099-01-02.md:3: the day 2099-01-02 is after today",
		"content/days/2099-01-03.md:1: the day 2099-01-03 is after today",
	} {
		if !slices.ContainsFunc(problems, func(p Problem) bool { return strings.HasPrefix(p.String(), want) }) {
			t.Errorf("check: %v, want %q…", problems, want)
		}
	}
}

// TestHugoConfigAdvice: check lists a Hugo configuration's settings, TOML,
// YAML or JSON, one a line with what each is in site.yaml, in the file's
// order, then feedAliases for Hugo's feed address (unless site.yaml has
// it), then the settings that have no place, with what takes it where
// something does; a file that does not parse keeps the short message.
func TestHugoConfigAdvice(t *testing.T) {
	const toml = `baseURL = "https://lab.example.org/reading/"
title = "Lab: reading group"
languageCode = "en-us"
theme = "ananke"
paginate = 10
copyright = "© 2024 Lab"

[params]
  description = "Papers we read."
  author = "The Lab"
  logo = "/images/logo.png"
  social = { mastodon = "@lab@example.social" }

[pagination]
  pagerSize = 12
  path = "page"

[services.rss]
  limit = 30
[services.googleAnalytics]
  ID = "G-1"

[markup.goldmark.renderer]
  unsafe = true
[markup.highlight]
  style = "monokai"

[taxonomies]
  tag = "tags"

[[menu.main]]
  name = "About"
  url = "/about/"
`
	want := strings.Join([]string{"",
		"baseURL → baseURL: https://lab.example.org/reading/",
		"title → title: 'Lab: reading group'",
		"languageCode → language: en-us",
		"paginate → pageSize: 10",
		"params.description → description: Papers we read.",
		"params.author → author: The Lab",
		"params.logo → extra: {logo: /images/logo.png}",
		"params.social → extra: {social: {mastodon: '@lab@example.social'}}",
		"pagination.pagerSize → pageSize: 12",
		"services.rss.limit → feedSize: 30",
		"markup.goldmark.renderer.unsafe → unsafeHTML: true",
		"and feedAliases: [index.xml], which keeps a copy of the RSS feed at Hugo's /index.xml, so that readers subscribed there keep getting it",
		"theme: not carried over; a Hugo theme's layouts are not Paperboy's templates",
		"copyright: not carried over; there is no copyright setting; write it in your theme's footer",
		"pagination.path: not carried over; site.yaml has no such setting",
		"services.googleAnalytics: not carried over; put the script in your theme's",
		"markup.highlight: not carried over; site.yaml has no such setting",
		"taxonomies: not carried over; the one taxonomy is topics",
		"menu: not carried over; a page of your own is linked from the header with `menu: main`",
	}, "\n  ")
	checkAdvice := func(name, data string, cfg *model.Config, want string) {
		t.Helper()
		got := hugoConfigAdvice(name, []byte(data), cfg)
		gotLines, wantLines := strings.Split(got, "\n"), strings.Split(want, "\n")
		if len(gotLines) != len(wantLines) {
			t.Fatalf("hugoConfigAdvice(%s) =%s\nwant%s", name, got, want)
		}
		for i := range wantLines {
			if !strings.HasPrefix(gotLines[i], wantLines[i]) {
				t.Errorf("hugoConfigAdvice(%s) line %d = %q, want %q…", name, i, gotLines[i], wantLines[i])
			}
		}
	}
	checkAdvice("hugo.toml", toml, &model.Config{}, want)
	yaml := "baseURL: https://lab.example.org/\nrssLimit: 20\nparams:\n  Description: Notes.\n  arxiv: [cs.LG, cs.CL]\nmenus: {main: []}\n"
	checkAdvice("hugo.yaml", yaml, &model.Config{FeedAliases: []string{"/index.xml"}}, strings.Join([]string{"",
		"baseURL → baseURL: https://lab.example.org/",
		"rssLimit → feedSize: 20",
		"params.Description → description: Notes.",
		"params.arxiv → extra: {arxiv: [cs.LG, cs.CL]}",
		"menus: not carried over; a page of your own is linked"}, "\n  "))
	checkAdvice("hugo.json", `{"title": "T", "services": {"rss": {"limit": 5}}, "outputs": {"home": ["HTML"]}}`, &model.Config{}, strings.Join([]string{"",
		"title → title: T",
		"services.rss.limit → feedSize: 5",
		"and feedAliases: [index.xml]",
		"outputs: not carried over; site.yaml has no such setting"}, "\n  "))
	// A relative baseURL (Hugo's Pages workflow gives the address) has no
	// equivalent; Hugo's [minify] is site.yaml's minify:, its RSS
	// baseName the feed's former address; defaultContentLanguage is
	// not language: where languageCode is.
	checkAdvice("hugo.toml", "baseURL = \"/\"\nlanguageCode = \"en-us\"\ndefaultContentLanguage = \"en\"\n[minify]\n  minifyOutput = true\n[outputFormats.RSS]\n  baseName = \"rss\"\n", &model.Config{}, strings.Join([]string{"",
		"languageCode → language: en-us",
		"and feedAliases: [rss.xml], which keeps a copy of the RSS feed at Hugo's /rss.xml, so that readers subscribed there keep getting it",
		"baseURL: not carried over; a relative base URL (/) has no equivalent: site.yaml's baseURL is the whole address the site is published at; write that, like `baseURL: https://<user>.github.io/<repo>/` (`paperboy build -b URL` replaces it for a preview deploy, as hugo --baseURL did)",
		"defaultContentLanguage: not carried over; the languageCode above is site.yaml's `language:`",
		"minify: not carried over; site.yaml's `minify:` (true unless it says false) publishes the built-in stylesheet and scripts minified; HTML is published as it is made",
		"outputFormats: not carried over; the feeds are /feed.xml (RSS), /atom.xml and /feed.json; `feedAliases:` keeps a copy of the RSS feed at a former address"}, "\n  "))
	checkAdvice("hugo.yaml", "baseURL: /notes/\ndefaultContentLanguage: fr\noutputFormats: {rss: {baseName: feed}}\n", &model.Config{}, strings.Join([]string{"",
		"defaultContentLanguage → language: fr",
		"baseURL: not carried over; a relative base URL (/notes/) has no equivalent: site.yaml's baseURL is the whole address the site is published at; write that, like `baseURL: https://<host>/notes/`",
		"outputFormats: not carried over"}, "\n  ")) // /feed.xml is the build's own
	// Zola's config.toml is read too: its extra is site.yaml's, but for
	// the fields site.yaml has (author); its feed at atom.xml, the
	// default, is one the build writes, and another of feed_filenames is
	// an alias, when generate_feeds is true (Zola writes none by default);
	// its settings of what the build always does say so.
	checkAdvice("config.toml", "base_url = \"https://z.example.org\"\ndefault_language = \"fr\"\ncompile_sass = true\nbuild_search_index = true\ngenerate_feeds = true\n"+
		"feed_filenames = [\"atom.xml\", \"rss.xml\"]\ntaxonomies = [{name = \"tags\", feed = true}]\n[markdown]\nhighlight_code = true\n[extra]\nlogo = \"x.png\"\nauthor = \"Dana\"\n", &model.Config{}, strings.Join([]string{"",
		"base_url → baseURL: https://z.example.org/",
		"default_language → language: fr",
		"extra.logo → extra: {logo: x.png}",
		"extra.author → author: Dana",
		"and feedAliases: [rss.xml], which keeps a copy of the RSS feed at Zola's feed address, so that readers subscribed there keep getting it",
		"compile_sass: not carried over; there is no Sass; write CSS in your theme's themes/<theme>/static/custom.css, which every page links",
		"build_search_index: not carried over; the search index is always built, for the /search/ page; remove the line",
		"generate_feeds: not carried over; the feeds are always written: /feed.xml (RSS), /atom.xml and /feed.json, and each topic's; remove the line",
		"feed_filenames: not carried over; the feeds are /feed.xml (RSS), /atom.xml and /feed.json; `feedAliases:` keeps a copy of the RSS feed at a former address",
		"taxonomies: not carried over; the one taxonomy is topics: site.yaml's `topics:` names them, a paper's `topics:` tags it; authors get pages of their own; " +
			"Zola's feed of a term of tags (/tags/nlp/atom.xml) is kept by the topic's alias at the term's address, `aliases: [/tags/nlp/]`, with a `feedAliases:` entry in that alias's folder, `feedAliases: [tags/nlp/atom.xml]`, which keeps a copy of the topic's RSS feed there",
		"markdown: not carried over; Markdown's settings are the build's: code is highlighted (the theme's syntax.css), $…$ math is rendered without JavaScript, and raw HTML is kept with `unsafeHTML: true`"}, "\n  "))
	// base_url is written as site.yaml's baseURL is, ending in a slash.
	for in, want := range map[string]string{"https://z.example.org": "https://z.example.org/", "https://z.example.org/blog": "https://z.example.org/blog/", "https://z.example.org/": "https://z.example.org/"} {
		if got := hugoConfigAdvice("config.toml", []byte("base_url = \""+in+"\"\n"), &model.Config{}); got != "\n  base_url → baseURL: "+want {
			t.Errorf("base_url = %q: advice %q, want baseURL: %s", in, got, want)
		}
	}
	checkAdvice("config.toml", "base_url = \"https://z.example.org\"\nfeed_filenames = [\"rss.xml\"]\n", &model.Config{}, strings.Join([]string{"",
		"base_url → baseURL: https://z.example.org/",
		"feed_filenames: not carried over"}, "\n  "))
	for _, bad := range []string{"title = \"T\n", "baseURL = \n", ""} {
		if got := hugoConfigAdvice("hugo.toml", []byte(bad), &model.Config{}); got != "" {
			t.Errorf("hugoConfigAdvice(%q) = %q, want \"\" (the short message)", bad, got)
		}
	}
	// Check says it at hugo.toml, and keeps the short message for a file
	// that does not parse.
	site := siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n")
	checkReports(t, site+"-- hugo.toml --\ntitle = \"Lab\"\n", "hugo.toml: no build reads hugo.toml at the site's root: the site's configuration is content/site.yaml; "+
		"write its settings there, and delete hugo.toml last: `hugo convert toYAML --unsafe`, which converts TOML and JSON front matter to YAML, needs it (it rewrites every file of content/, re-sorting its keys and dropping its comments, imported papers' and new's too: run it before importing, or give it -o DIR and copy back the converted posts alone), and without it the build no longer names a leftover assets/, data/, templates/ or sass/:\n  title → title: Lab\n  and feedAliases: [index.xml]", true)
	checkReports(t, site+"-- config.yaml --\ntitle: [Lab\n", "config.yaml: no build reads config.yaml at the site's root: the site's configuration is content/site.yaml (title:, baseURL:, language:…)", true)
}

// TestHugoConfigFolder: Hugo's configuration folder is named at config/
// with what the settings of config/_default/ are in site.yaml, as a
// hugo.toml's: its hugo.toml (or config.yaml) the top level, params.toml
// params (with or without its [params]), a language's file under
// languages, a later file's value of a key winning, as Hugo merges them;
// then each other environment's folder with the keys it overrides. It
// makes the folders named beside a configuration (data/) named; a
// config/ of the repository's own is not named, beside a hugo.toml
// neither; and the build warns of it as check names it.
func TestHugoConfigFolder(t *testing.T) {
	t.Parallel()
	site := siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n")
	folder := "-- config/_default/hugo.toml --\nbaseURL = \"https://lab.example.org/reading/\"\ntitle = \"Lab\"\n[params]\n  author = \"The Lab\"\n  logo = \"old.png\"\n" +
		"-- config/_default/params.toml --\ndescription = \"Papers we read.\"\nlogo = \"/logo.png\"\n" +
		"-- config/_default/menus.en.toml --\n[[main]]\n  name = \"About\"\n" +
		"-- config/_default/markup.toml --\n[markup.goldmark.renderer]\n  unsafe = true\n" +
		"-- config/_default/README.md --\nnot Hugo's\n" +
		"-- config/production/hugo.toml --\nbaseURL = \"https://lab.example.org/\"\n[services.googleAnalytics]\n  ID = \"G-1\"\n" +
		"-- config/staging/params.yaml --\nrobots: noindex\n" +
		"-- data/people.yaml --\n- Ada\n"
	want := "config/: no build reads config/ at the site's root, Hugo's configuration folder: the site's configuration is content/site.yaml; write the settings of config/_default/ there, and delete config/ last: `hugo convert toYAML --unsafe`, which converts TOML and JSON front matter to YAML, needs it (it rewrites every file of content/, re-sorting its keys and dropping its comments, imported papers' and new's too: run it before importing, or give it -o DIR and copy back the converted posts alone), and without it the build no longer names a leftover assets/, data/, templates/ or sass/:\n" +
		"  baseURL → baseURL: https://lab.example.org/reading/\n" +
		"  title → title: Lab\n" +
		"  params.author → author: The Lab\n" +
		"  params.logo → extra: {logo: /logo.png}\n" +
		"  params.description → description: Papers we read.\n" +
		"  markup.goldmark.renderer.unsafe → unsafeHTML: true\n" +
		"  and feedAliases: [index.xml], which keeps a copy of the RSS feed at Hugo's /index.xml, so that readers subscribed there keep getting it\n" +
		"  languages: not carried over; a site is in one language, `language:` (e.g. en, fr-CA)"
	checkReports(t, site+folder, want, true)
	_, got := checkSite(t, site+folder)
	i := slices.IndexFunc(got, func(g string) bool { return strings.HasPrefix(g, "config/:") })
	lines := strings.Split(got[i], "\n")
	for j, w := range []string{
		"  config/production/: not carried over; in Hugo its settings (baseURL, services) override config/_default/'s in a `hugo` build, whose environment is production; " +
			"site.yaml has one value a setting, so write there the one the published site needs (for a preview deploy elsewhere, `paperboy build --base-url URL` replaces baseURL)",
		"  config/staging/: not carried over; in Hugo its settings (params) override config/_default/'s in a `hugo --environment staging` build;",
	} {
		if len(lines) != 11 || !strings.HasPrefix(lines[9+j], w) {
			t.Errorf("config/ line %d = %q, want %q…", 9+j, lines[min(9+j, len(lines)-1)], w)
		}
	}
	if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, "data/: no build reads data/") }) {
		t.Errorf("data/ beside Hugo's config/ is not named:\n%s", strings.Join(got, "\n"))
	}
	res, err := Build(context.Background(), Options{Site: siteFS(site + folder)})
	if err != nil || !slices.ContainsFunc(res.Warnings, func(p Problem) bool { return p.String() == got[i] }) {
		t.Errorf("build does not warn %q: %v, %v", got[i], res.Warnings, err)
	}

	// YAML, a params file with its root key, config.yaml as the top level.
	yaml := "-- config/_default/config.yaml --\nlanguageCode: fr\n-- config/_default/params.yml --\nparams:\n  description: Nos lectures.\n"
	checkReports(t, site+yaml, "config/: no build reads config/ at the site's root, Hugo's configuration folder: the site's configuration is content/site.yaml; write the settings of config/_default/ there, and delete config/ last: `hugo convert toYAML --unsafe`, which converts TOML and JSON front matter to YAML, needs it (it rewrites every file of content/, re-sorting its keys and dropping its comments, imported papers' and new's too: run it before importing, or give it -o DIR and copy back the converted posts alone), and without it the build no longer names a leftover assets/, data/, templates/ or sass/:\n"+
		"  languageCode → language: fr\n  params.description → description: Nos lectures.\n  and feedAliases", true)
	// A file that does not parse: the short message, with the environments.
	checkReports(t, site+"-- config/_default/hugo.toml --\ntitle = \n-- config/production/hugo.toml --\n", "config/: no build reads config/ at the site's root, Hugo's configuration folder: "+
		"the site's configuration is content/site.yaml (title:, baseURL:, language:…):\n  config/production/: not carried over; in Hugo its settings override", true)
	// A config/ of the repository's own, beside a hugo.toml or not.
	for _, own := range []string{"-- config/app/config.yaml --\nport: 80\n", "-- config/hugo.toml --\nx = 1\n-- hugo.toml --\ntitle = \"T\"\n"} {
		if _, got := checkSite(t, site+own); slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, "config/") }) {
			t.Errorf("a config/ of the repository's own is named:\n%s", strings.Join(got, "\n"))
		}
	}
}

// TestHugoEnvSettings: an environment folder's files read as Hugo merges
// them, in path order (subfolders too), a later file's value winning.
func TestHugoEnvSettings(t *testing.T) {
	fsys := siteFS("-- config/_default/config.toml --\ntitle = \"A\"\n[params]\nx = 1\n" +
		"-- config/_default/hugo.toml --\ntitle = \"B\"\n" +
		"-- config/_default/nav/menus.de.toml --\n[[main]]\nname = \"Über\"\n" +
		"-- config/_default/params.de.toml --\nz = 2\n" +
		"-- config/_default/params.toml --\nx = 3\n")
	settings, err := hugoEnvSettings(fsys, "config/_default")
	if err != nil {
		t.Fatal(err)
	}
	got := flowYAML(tableVal(settings))
	want := "{languages: {de: {menus: {main: [{name: Über}]}, params: {z: 2}}}, params: {x: 3}, title: B}"
	if got != want {
		t.Errorf("hugoEnvSettings = %s, want %s", got, want)
	}
}

// TestCheckHugoLeftoversWithErrors: a site moved from Hugo whose posts
// still have TOML front matter, which fails the build, has its other
// leftovers named in the same run (hugo.toml, static/, layouts/, a
// theme's Hugo templates) and site.yaml's placeholders, even with a theme
// folder that is not there.
func TestCheckHugoLeftoversWithErrors(t *testing.T) {
	for _, theme := range []string{"lab", "missing"} {
		site := strings.Replace(siteYAML, "title: T\n", "title: My Paper Digest\ntheme: "+theme+"\n", 1) +
			"-- content/papers/a.md --\n+++\ntitle = \"A\"\n+++\nAbstract.\n" +
			"-- hugo.toml --\ntitle = \"Lab\"\n" +
			"-- config/_default/params.toml --\ndescription = \"Notes\"\n" +
			"-- static/logo.png --\npng\n" +
			"-- layouts/index.html --\nx\n" +
			"-- themes/lab/layouts/_default/single.html --\nx\n"
		_, got := checkSite(t, site)
		want := []string{
			`content/site.yaml:1: title is still "My Paper Digest"`,
			"content/site.yaml:3: baseURL is still https://example.org/",
			"hugo.toml: no build reads hugo.toml at the site's root: the site's configuration is content/site.yaml; write its settings there, and delete hugo.toml last: `hugo convert toYAML --unsafe`, which converts TOML and JSON front matter to YAML, needs it (it rewrites every file of content/, re-sorting its keys and dropping its comments, imported papers' and new's too: run it before importing, or give it -o DIR and copy back the converted posts alone), and without it the build no longer names a leftover assets/, data/, templates/ or sass/:\n  title → title: Lab",
			"config/: no build reads config/ at the site's root, Hugo's configuration folder: the site's configuration is content/site.yaml; write the settings of config/_default/ there, and delete config/ last: `hugo convert toYAML --unsafe`, which converts TOML and JSON front matter to YAML, needs it (it rewrites every file of content/, re-sorting its keys and dropping its comments, imported papers' and new's too: run it before importing, or give it -o DIR and copy back the converted posts alone), and without it the build no longer names a leftover assets/, data/, templates/ or sass/:\n  params.description → description: Notes",
			"static/: no build reads static/ at the site's root: a site's static files go in themes/" + theme + "/static/",
			"layouts/: no build reads layouts/ at the site's root",
			// A theme: with no folder does not stop the build before the sources.
			"content/papers/a.md:1: TOML front matter (+++) is not read",
		}
		if theme == "lab" {
			want = append(want, "themes/lab/layouts/: the theme has Hugo's layouts/ and no templates/",
				"themes/lab/layouts/_default/single.html: no build reads this theme file: Hugo's layouts/ is templates/ here, and its single.html is paper.html")
		} else {
			want = append(want, `content/site.yaml:2: theme "missing": the folder themes/missing does not exist`)
		}
		for _, w := range want {
			if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w) }) {
				t.Errorf("theme %s: check lacks %q; it says:\n%s", theme, w, strings.Join(got, "\n"))
			}
		}
	}
}

// TestNotesOnlyPost: a migrated post whose body is notes starts with a
// heading, as check's advice for content/posts/ says, and so has no
// "Abstract" on its page; its first paragraph is still its summary, for
// cards, feeds and meta descriptions.
func TestNotesOnlyPost(t *testing.T) {
	front := "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"
	out := mustBuild(t, siteYAML+"-- content/papers/a.md --\n---\n"+front+"---\n## Notes\n\nWe read it this week.\n")
	out.lacks(t, "papers/2401.00001/index.html", `id="abstract"`)
	out.contains(t, "papers/2401.00001/index.html", `<meta name="description" content="We read it this week.">`, `<div class="prose notes"><h2 id="notes">Notes</h2>`)
	out.contains(t, "feed.json", `"summary": "We read it this week."`)
	// Without the heading, the notes are the abstract.
	mustBuild(t, siteYAML+"-- content/papers/a.md --\n---\n"+front+"---\nWe read it this week.\n").
		contains(t, "papers/2401.00001/index.html", `<h2 id="abstract">Abstract</h2>`)
}

// TestBundleImageUnderSectionNamedBase: a page bundle's image moved with
// its index.md to content/papers/ is linked below the base path even when
// the base path is named like the folder the image is published in (a
// repository called "papers": https://alice.github.io/papers/), where it
// is /papers/papers/…, not the /papers/… of a path already below base.
func TestBundleImageUnderSectionNamedBase(t *testing.T) {
	archive := "-- content/site.yaml --\ntitle: T\nbaseURL: https://alice.github.io/papers/\n" +
		"-- content/papers/2024-05-attention/index.md --\n---\ntitle: A\narxiv: \"1706.03762\"\ndate: 2024-05-27\n---\n" +
		"![The Transformer architecture](arch.png)\n\n## Notes\n\nSee [B](../b.md).\n" +
		"-- content/papers/2024-05-attention/arch.png --\npng\n" +
		paper("b", "title: B\narxiv: \"2106.09685\"\ndate: 2024-05-27\n")
	out := mustBuild(t, archive)
	out.contains(t, "papers/1706.03762/index.html",
		`<img src="/papers/papers/2024-05-attention/arch.png" alt="The Transformer architecture"`,
		`<a href="/papers/papers/2106.09685/" data-url="https://alice.github.io/papers/papers/2106.09685/">B</a>`)
	out.file(t, "papers/2024-05-attention/arch.png")
}

// TestRootLinkUnderSectionNamedBase: under a base path named like a
// folder of the site (/papers/), a root link written as the README says,
// without the base path (/papers/2106.09685/, Hugo's {{< ref >}}), is
// read as one already below it; its warning says so and what to write,
// where "fix it or remove it" left the curator with a link that looked
// right. A link that names nothing either way keeps the usual words.
func TestRootLinkUnderSectionNamedBase(t *testing.T) {
	archive := "-- content/site.yaml --\ntitle: T\nbaseURL: https://alice.github.io/papers/\n" +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"1706.03762\"\ndate: 2024-05-27\n---\nAbstract.\n\n" +
		"See [B](/papers/2106.09685/) and [C](/papers/nope/).\n" +
		paper("b", "title: B\narxiv: \"2106.09685\"\ndate: 2024-05-27\n")
	got := warningsOf(t, archive)
	want := []string{
		"content/papers/a.md:8: the link /papers/2106.09685/ is broken: it starts with the base path /papers/, so it is read as a link already below it, to /2106.09685/, which is not there; " +
			"for the site's /papers/2106.09685/ write a relative link to its source .md (the build links its page), or /papers/papers/2106.09685/",
		"content/papers/a.md:8: the link /papers/nope/ is broken: no such file nope/index.html; fix it or remove it",
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPostAdviceNamesGenerator: a post left in content/posts/ is named as
// the generator's whose configuration is at the root: a config.toml with
// Zola's base_url is Zola's, one with Hugo's baseURL Hugo's.
func TestPostAdviceNamesGenerator(t *testing.T) {
	t.Parallel()
	post := "-- content/posts/x.md --\n---\ntitle: X\n---\nNotes.\n"
	tests := []struct{ config, want string }{
		{"-- config.toml --\nbase_url = \"https://a.example.org\"\n", "a Zola post is a paper here"},
		{"-- config.toml --\nbaseURL = \"https://a.example.org/\"\n", "a Hugo post is a paper here"},
		{"-- hugo.yaml --\ntitle: T\n", "a Hugo post is a paper here"},
		{"-- _config.yml --\ntitle: T\n", "a Jekyll post is a paper here"},
		{"", "a Hugo or Zola post is a paper here"},
	}
	for _, tt := range tests {
		problems, err := Check(context.Background(), Options{Site: siteFS(siteYAML + post + tt.config)})
		if err != nil {
			t.Fatal(err)
		}
		i := slices.IndexFunc(problems, func(p Problem) bool { return p.Path == "content/posts/x.md" })
		if i < 0 || !strings.Contains(problems[i].Msg, tt.want) {
			t.Errorf("with %q, check says %v, want …%q", tt.config, problems, tt.want)
		}
	}
}

// TestHugoSettingsCarried: a Hugo setting whose value site.yaml has
// already (pageSize:, feedSize:, author:, a param under extra:) is listed
// as carried over, with the others; one at another value is to carry.
func TestHugoSettingsCarried(t *testing.T) {
	cfg := &model.Config{Title: "Lab", PageSize: 3, FeedSize: 20, Author: "Ada Lovelace", Extra: map[string]any{"logo": "/logo.png"}}
	got := hugoConfigAdvice("hugo.toml", []byte("title = 'Lab'\npaginate = 3\nrssLimit = 10\n[params]\nauthor = 'Ada Lovelace'\nlogo = '/logo.png'\nmastodon = 'x'\n"), cfg)
	for _, want := range []string{"\n  rssLimit → feedSize: 10", "\n  params.mastodon → extra: {mastodon: x}", "\n  title, paginate, params.author, params.logo: in site.yaml already, with the same value"} {
		if !strings.Contains(got, want) {
			t.Errorf("advice lacks %q:\n%s", want, got)
		}
	}
}

// TestHugoRelativeAliases: while a Hugo site is moved, a paper's alias
// without / (a former id here) is noted with the address Hugo gave it
// from a post's section; a former arXiv id is not; an alias with ../ is
// told the address from the root to write.
func TestHugoRelativeAliases(t *testing.T) {
	site := siteYAML + "-- config.toml --\nbaseURL = \"https://example.org/\"\n" +
		paper("a", "title: A\narxiv: \"1706.03762\"\ndate: 2024-05-27\naliases: [attention-old, \"1606.00001\"]\n")
	_, got := checkSite(t, site)
	want := "content/papers/a.md:5: note: alias attention-old is a former id here, whose page is /papers/attention-old/; Hugo read an alias without / from the post's section (/posts/attention-old/ for a post of content/posts/): if that is the address to keep, write it from the root, `aliases: [/posts/attention-old/]`"
	if !slices.Contains(got, want) || strings.Contains(strings.Join(got, "\n"), "alias 1606.00001") {
		t.Errorf("check says:\n%s\nwant\n%s", strings.Join(got, "\n"), want)
	}
	_, err := buildSite(t, strings.Replace(site, "[attention-old, \"1606.00001\"]", "[\"../notes/\"]", 1), Options{})
	if want := "content/papers/a.md:5: alias \"../notes/\" is relative, as Hugo reads one from the post's address (../notes/ from /posts/attention/ is /notes/); here an alias is a former id, or a former address from the site's root: write that address, with / before it (`aliases: [/notes/]`)"; err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("build error %v, want %s", err, want)
	}
}

// TestHugoRelativePageAliases: while a Hugo site is moved, an alias
// without / of a page in a folder of content/pages/ is noted with the
// alias that keeps the address Hugo gave it from the page's folder, as a
// paper's is; not a page at the root of content/pages/, where the two
// are one, nor one whose other alias keeps Hugo's address already, nor
// on a site of Paperboy's own.
func TestHugoRelativePageAliases(t *testing.T) {
	pages := "-- content/pages/guide/setup.md --\n---\ntitle: Setup\naliases: [install, /setup/]\n---\nx\n" +
		"-- content/pages/guide/faq.md --\n---\ntitle: FAQ\naliases: [help, /guide/help/]\n---\nx\n" +
		"-- content/pages/about.md --\n---\ntitle: About\naliases: [team]\n---\nx\n"
	site := siteYAML + paper("a", "title: A\narxiv: \"1706.03762\"\ndate: 2024-05-27\n") + pages
	hugo := site + "-- hugo.toml --\nbaseURL = \"https://example.org/\"\n"
	_, got := checkSite(t, hugo)
	want := "content/pages/guide/setup.md:3: note: alias install is read from the site's root here, /install/; Hugo read an alias without / from the page's folder (/guide/ for guide/setup.md): if that is the address to keep, write it from the root, `aliases: [/guide/install/]`"
	all := strings.Join(got, "\n")
	if !slices.Contains(got, want) || strings.Count(all, "Hugo read an alias without /") != 1 {
		t.Errorf("check says:\n%s\nwant only\n%s", all, want)
	}
	if _, got := checkSite(t, site); strings.Contains(strings.Join(got, "\n"), "Hugo read an alias") {
		t.Errorf("check on a site of its own says:\n%s", strings.Join(got, "\n"))
	}
}
