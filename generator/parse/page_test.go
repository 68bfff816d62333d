package parse

import (
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestPage: a page's address is its file's path below content/pages/,
// and what its front matter says is read, or named at its line.
func TestPage(t *testing.T) {
	p, err := Page("content/pages/guide/index.md", []byte("---\ntitle: '  Reading   guide '\nlinkTitle: Guide\ndescription: How to read it.\nmenu: [main, footer]\nweight: -2\naliases: [/old-guide/, how-to]\nextra: {icon: book}\n---\nThe *first* paragraph.\n\nMore.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Slug != "guide" || p.Path() != "guide/" || p.Title != "Reading guide" || p.LinkTitle != "Guide" || p.Description != "How to read it." ||
		!slices.Equal(p.Menus, []string{"main", "footer"}) || p.Weight != -2 || !slices.Equal(p.Aliases, []string{"old-guide", "how-to"}) ||
		p.Extra["icon"] != "book" || p.Line != 2 || p.BodyLine != 10 || p.AliasesLine != 7 || !strings.HasPrefix(p.Body, "The *first*") {
		t.Errorf("Page = %+v", p)
	}
	for _, tt := range []struct{ src, want string }{
		{"---\ntitle: A\n---\n", ""},
		{"---\ntitle: A\nlanguage: fr\n---\n", "fr"},
		{"---\ntitle: A\nlanguage: ' FR_ca '\n---\n", "fr-CA"},
	} {
		p, err := Page("content/pages/a.md", []byte(tt.src))
		if err != nil {
			t.Errorf("Page(%q): %v", tt.src, err)
		} else if p.Language != tt.want {
			t.Errorf("Page(%q).Language = %q, want %q", tt.src, p.Language, tt.want)
		}
	}
	for _, tt := range []struct{ path, want string }{
		{"content/pages/about.md", "about"},
		{"content/pages/About.MD", ""},
		{"content/pages/guide/setup.md", "guide/setup"},
		{"content/pages/à-propos.md", "à-propos"},
		{"content/pages/a\u0300-propos.md", "à-propos"}, // a Mac's decomposed name
		{"content/pages/index.md", ""},
		{"content/pages/404.md", ""},
		{"content/pages/404/index.md", ""},
		{"content/pages/papers/x.md", ""},
		{"content/pages/feeds.md", ""},
		{"content/pages/read me.md", ""},
		{"content/pages/v1.2.md", ""},
		{"content/pages/nul.md", ""},
		{"content/pages/_draft.md", ""},
		{"content/pages/cname.md", ""},
		{"content/pages/cname/setup.md", ""},
		{"content/pages/cnames.md", "cnames"},
	} {
		if got, msg := PageSlug(tt.path); got != tt.want || (got == "") == (msg == "") {
			t.Errorf("PageSlug(%q) = %q, %q; want %q", tt.path, got, msg, tt.want)
		}
	}
	// A page beside the CNAME that domain: writes at the site's root, one
	// file with its folder on a Mac's or Windows's disk, as an alias /Cname/ is.
	const cname = "this page's address would be /cname/, which needs a folder /cname/, which a Mac's or Windows's disk holds as one with the file /CNAME that the build writes at the site's root, so it cannot be kept; rename the file"
	if _, msg := PageSlug("content/pages/cname.md"); msg != cname {
		t.Errorf("PageSlug(cname.md) problem = %q, want %q", msg, cname)
	}
}

// TestPageErrors: each mistake in a page is named at its line with what
// to write instead.
func TestPageErrors(t *testing.T) {
	tests := []struct{ path, src, want string }{
		{"content/pages/about.md", "Just text.\n", "content/pages/about.md:1: a page must start with front matter"},
		{"content/pages/about.md", "---\ndescription: x\n---\n", "content/pages/about.md:2: the page has no title; add `title: \"…\"`"},
		{"content/pages/about.md", "---\ntitle: A\nmenu: mian\n---\n", "content/pages/about.md:3: menu: \"mian\" is not a menu (did you mean main?); write `menu: main`"},
		{"content/pages/about.md", "---\ntitle: A\nmenu:\n  - main\n  - main\n---\n", "content/pages/about.md:5: menu: \"main\" is given twice; keep one"},
		{"content/pages/about.md", "---\ntitle: A\nmenu: {main: 1}\n---\n", "content/pages/about.md:3: menu: Hugo's form, each menu with its entry, is not read here; write `menu: main`"},
		{"content/pages/about.md", "---\ntitle: A\nmenu: 3.5\n---\n", "content/pages/about.md:3: menu: \"3.5\" is not a menu"},
		// Hugo's entry: its weight and name are the page's weight: and linkTitle:.
		{"content/pages/about.md", "---\ntitle: A\nmenu:\n  main:\n    weight: 20\n    name: \"About us\"\n---\n",
			"content/pages/about.md:4: menu: Hugo's form, each menu with its entry, is not read here; write `menu: main`, and the entry's `weight: 20` and `linkTitle: About us` as the page's own fields, at the top level of its front matter, where they set its link's place and text"},
		{"content/pages/about.md", "---\ntitle: A\nmenu: {footer: {Name: \"Team: who\", identifier: t}, main: {}, sidebar: {weight: 3}}\n---\n",
			"content/pages/about.md:3: menu: Hugo's form, each menu with its entry, is not read here; write `menu: [footer, main]`, and the entry's `linkTitle: \"Team: who\"` and `weight: 3` as the page's own fields, at the top level of its front matter, where they set its link's place and text; the menus are main (the header) and footer, and \"sidebar\" is not one"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [about]\n---\n", "content/pages/about.md:3: alias \"about\" is the page's own address"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [/topics/x/]\n---\n", "content/pages/about.md:3: alias \"/topics/x/\": the address /topics/x/ is in /topics/, a folder the build fills itself"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [/a/, a]\n---\n", "content/pages/about.md:3: alias \"a\" is given twice; keep one"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [/About/]\n---\n", "content/pages/about.md:3: alias \"/About/\" is the page's own address /about/ in other letter case, which a Mac's or Windows's disk holds as one folder"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [/Team/, /team/]\n---\n", "content/pages/about.md:3: alias \"/team/\" is /Team/ in other letter case, one file on a Mac's or Windows's disk, where one would take the other's place; keep one"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [/Index.HTM]\n---\n", "content/pages/about.md:3: alias \"/Index.HTM\": the address /Index.HTM is the home page's file"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [/about us/]\n---\n", "content/pages/about.md:3: alias \"/about us/\": the address /about us/ has \"about us\", and an address kept here may have letters, digits, '-', '_', '.' and '~' only"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [\"/people.html?lang=en\"]\n---\n", "content/pages/about.md:3: alias \"/people.html?lang=en\": the address /people.html?lang=en has a query (?…), which a server does not read as part of the address: the page at the address is the one at /people.html, which is what an alias can keep; write that"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [\"/people/#ada\"]\n---\n", "content/pages/about.md:3: alias \"/people/#ada\": the address /people/#ada has a fragment (#…), a place in a page, which a browser never sends to the server: write the page's address before it, /people/; an alias is"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [/old/../people/]\n---\n", "content/pages/about.md:3: alias \"/old/../people/\": the address /old/../people/ has the folder name .., which a browser resolves away"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [/.well-known/]\n---\n", "content/pages/about.md:3: alias \"/.well-known/\": the address /.well-known/ has .well-known, a hidden file's name"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [/index.html]\n---\n", "content/pages/about.md:3: alias \"/index.html\": the address /index.html is the home page's file, which the build writes"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [/404.html]\n---\n", "content/pages/about.md:3: alias \"/404.html\": the address /404.html is the page the build writes for addresses that are not found"},
		// A file the build writes at the root, exactly or in other letter case.
		{"content/pages/about.md", "---\ntitle: A\naliases: [/feed.xml]\n---\n", "content/pages/about.md:3: alias \"/feed.xml\": the address /feed.xml/ needs a folder /feed.xml/ where the build writes the file /feed.xml at the site's root, so it cannot be kept"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [/Feed.XML/]\n---\n", "content/pages/about.md:3: alias \"/Feed.XML/\": the address /Feed.XML/ needs a folder /Feed.XML/, which a Mac's or Windows's disk holds as one with the file /feed.xml that the build writes at the site's root"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [/feeds.opml/old/]\n---\n", "content/pages/about.md:3: alias \"/feeds.opml/old/\": the address /feeds.opml/old/ needs a folder /feeds.opml/ where the build writes the file /feeds.opml"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [/Sitemap-2.xml]\n---\n", "with the file /sitemap-2.xml that the build writes"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [/cname/]\n---\n", "with the file /CNAME that the build writes"},
		{"content/pages/about.md", "---\ntitle: A\naliases: [/team/index.html]\n---\n", "content/pages/about.md:3: alias \"/team/index.html\": the address /team/index.html is the file of the page at /team/, which a server gives for either address; write /team/"},
		{"content/pages/about.md", "---\ntitle: A\nurl: /x/\n---\n", "content/pages/about.md:3: unknown page field \"url\"; a page's address is its file's path below content/pages/"},
		{"content/pages/about.md", "---\ntitle: A\ndate: 2024-01-01\n---\n", "content/pages/about.md:3: unknown page field \"date\"; a page has no date; remove the line"},
		{"content/pages/about.md", "---\ntitle: A\nlanguage: Français\n---\n", "content/pages/about.md:3: language \"Français\" is the language's name, and the field takes its BCP 47 tag; write `language: fr`"},
		{"content/pages/about.md", "---\ntitle: A\nlanguage: fr_France\n---\n", "content/pages/about.md:3: language \"fr_France\" is not a BCP 47 language tag; write the language of the page's title and text, e.g. `language: en` or `language: fr`"},
		{"content/pages/about.md", "---\ntitle: A\nmood: x\n---\n", "content/pages/about.md:3: unknown page field \"mood\"; put a page's own data under `extra:`"},
		{"content/pages/about.md", "---\ntitle: A\nmath: true\n---\n", "content/pages/about.md:3: unknown page field \"math\"; math is always rendered"},
		{"content/pages/About.md", "---\ntitle: A\n---\n", "content/pages/About.md: this page's address would be /About/, which has capital letters, and addresses are case-sensitive on GitHub Pages: write about in lower case; rename the file"},
		{"content/pages/index.md", "---\ntitle: A\n---\n", "content/pages/index.md: the home page is made from the digest"},
		{"content/pages/404.md", "---\ntitle: Not here\n---\n", "content/pages/404.md: this would be an ordinary page at /404/, which no server shows for an address that is not found; the site's 404 page is the 404.html the build makes from your theme's templates/404.html"},
		{"content/pages/days/x.md", "---\ntitle: A\n---\n", "content/pages/days/x.md: this page's address would be /days/x/, which is in /days/, a folder the build fills itself"},
		{"content/pages/aux.md", "---\ntitle: A\n---\n", "content/pages/aux.md: this page's address would be /aux/, which has aux, which is a reserved device name on Windows"},
		// Not told to write it in lower case, which is reserved too.
		{"content/pages/COM1.md", "---\ntitle: A\n---\n", "content/pages/COM1.md: this page's address would be /COM1/, which has COM1, which is a reserved device name on Windows (in any letter case), so a Windows checkout could not hold its folder; rename the file"},
		{"content/pages/guide/Aux.md", "---\ntitle: A\n---\n", "content/pages/guide/Aux.md: this page's address would be /guide/Aux/, which has Aux, which is a reserved device name on Windows"},
		{"content/pages/about (1).md", "---\ntitle: A\n---\n", "content/pages/about (1).md: this file is a copy of content/pages/about.md, named as a browser or a phone names a second download of a file; merge its changes into content/pages/about.md and delete this copy (or, if there is no about.md, rename this file about.md)"},
		{"content/pages/Team (1).md", "---\ntitle: A\n---\n", "content/pages/Team (1).md: this page's address would be /Team (1)/"},
		// A paper uploaded to the wrong folder is told so once, whatever its name.
		{"content/pages/2406.01234.md", "---\ntitle: A\narxiv: \"2406.01234\"\nauthors: [Ada]\n---\n", "content/pages/2406.01234.md:3: this is a paper's file (it has `arxiv:`), and content/pages/ holds pages of your own; a paper's file goes in content/papers/; move it there"},
		{"content/pages/new-paper.md", "---\ntitle: A\nauthors: [Ada]\nid: lab-report\ndate: 2024-01-01\n---\n", "content/pages/new-paper.md:4: this is a paper's file (it has `id:`), and content/pages/ holds pages of your own"},
		{"content/pages/team.md", "---\ntitle: A\nauthors: [Ada]\n---\n", "content/pages/team.md:3: unknown page field \"authors\""},
	}
	for _, tt := range tests {
		_, err := Page(tt.path, []byte(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Page(%q, %q): err = %v\nwant %q", tt.path, tt.src, err, tt.want)
		}
	}
}

// TestPageFormerAddresses: a page's alias keeps a former address as the
// old site had it, capitals, dots, '~' and .htm files too, each written
// as a redirect page at that very address.
func TestPageFormerAddresses(t *testing.T) {
	for _, tt := range []struct{ alias, want string }{
		{"/Reading/Attention/", "Reading/Attention"},
		{"/reading/attention.htm", "reading/attention.htm"},
		{"/People.HTML", "People.HTML"},
		{"/2023/09/qwen2.5-technical-report/", "2023/09/qwen2.5-technical-report"},
		{"/~ada/about/", "~ada/about"},
		{"/über-uns/", "über-uns"},
	} {
		p, err := Page("content/pages/about.md", []byte("---\ntitle: A\naliases: [\""+tt.alias+"\"]\n---\n"))
		if err != nil || len(p.Aliases) != 1 || p.Aliases[0] != tt.want {
			var got []string
			if p != nil {
				got = p.Aliases
			}
			t.Errorf("aliases: [%s] = %q, %v, want [%s]", tt.alias, got, err, tt.want)
		}
	}
}

// FuzzPage: no page file makes Page panic or gives two results, one it
// refuses is named in each error, and one it accepts has an
// address that is a path of its own below the root, with a title.
func FuzzPage(f *testing.F) {
	for _, s := range []string{"", "---\ntitle: A\n---\nbody", "---\ntitle: A\nmenu: [main, footer]\naliases: [/x/]\n---\n", "---\ntitle: A\naliases: [/about.html, x.html]\n---\n", "---\nmenu: 3\n---\n", "---\ntitle: [a]\n---\n", "---\ntitle: A\n---\nmenu: main\n---\nbody"} {
		f.Add("about", []byte(s))
	}
	f.Add("guide/index", []byte("---\ntitle: G\n---\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		path := PagesDir + name + ".md"
		p, err := parsedTwice(t, func() (*model.Page, error) { return Page(path, data) })
		if err != nil {
			namesFile(t, err, path, data)
			return
		}
		if p.Title == "" || p.Slug == "" || strings.HasPrefix(p.Slug, "/") || strings.Contains(p.Slug, "..") || strings.Contains(p.Slug, "//") {
			t.Fatalf("accepted page %q titled %q", p.Slug, p.Title)
		}
		for _, a := range p.Aliases {
			if a == "" || strings.Contains(a, "..") || a == p.Slug {
				t.Fatalf("accepted alias %q", a)
			}
		}
	})
}

// TestTitleMath: a day's or a page's title is plain text wherever it
// shows, so its math is read into Unicode as it is parsed, and the rest
// of it (a price, a TeX-looking word) is left as written.
func TestTitleMath(t *testing.T) {
	d, _, err := Day("content/days/2024-05-28.md", []byte("---\ntitle: \"Diffusion day: $\\\\epsilon$-prediction, $x^2$ and  $5 prizes\"\n---\n"), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if want := "Diffusion day: ϵ-prediction, x² and $5 prizes"; d.Title != want {
		t.Errorf("day title %q, want %q", d.Title, want)
	}
	p, err := Page("content/pages/about.md", []byte("---\ntitle: About $\\mathcal{O}(n)$ search\nlinkTitle: $\\alpha$ notes\n---\nText.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Title != "About 𝓞(n) search" || p.LinkTitle != "α notes" {
		t.Errorf("page titles %q, %q; want %q, %q", p.Title, p.LinkTitle, "About 𝓞(n) search", "α notes")
	}
}

// TestImageAltMath: a figure's alt text (a paper's or a page's
// image_alt:, the site's imageAlt:) is read into Unicode as it is parsed,
// as a Markdown image's alt text is, so that screen readers say "β", not
// "dollar backslash beta dollar", on the page, in the feeds and the email.
func TestImageAltMath(t *testing.T) {
	const alt = `'Loss as $\beta$ grows from $10^{-3}$, at  $5 a run'`
	const want = "Loss as β grows from 10⁻³, at $5 a run"
	paper, err := Paper("content/papers/a.md", []byte("---\ntitle: T\narxiv: \"2401.00001\"\nauthors: [A B]\ndate: 2024-01-01\nimage: f.png\nimage_alt: "+alt+"\n---\nA.\n"), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	page, err := Page("content/pages/a.md", []byte("---\ntitle: A\nimage: /f.png\nimage_alt: "+alt+"\n---\nA.\n"))
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := Config("content/site.yaml", []byte("title: T\nbaseURL: https://example.org/\nimage: /f.png\nimageAlt: "+alt+"\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ name, got string }{{"paper", paper.ImageAlt}, {"page", page.ImageAlt}, {"site", cfg.ImageAlt}} {
		if tc.got != want {
			t.Errorf("%s: ImageAlt = %q, want %q", tc.name, tc.got, want)
		}
	}
}
