package generator

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestZolaLinks: Zola's internal link, @/ and a path below content/, is a
// link to the page of the source it names, with its fragment, as a
// relative link to the source is; one that names no source is broken,
// and check says what @/ names, and the @/ of a post moved to
// content/papers/ under its name.
func TestZolaLinks(t *testing.T) {
	site := siteYAML + paper("bert", "title: B\narxiv: \"1810.04805\"\ndate: 2024-01-01\n") +
		"-- content/papers/attention/index.md --\n---\ntitle: A\narxiv: \"1706.03762\"\ndate: 2024-01-01\n---\nAbstract.\n\n" +
		"## Notes\n\nSee [BERT](@/papers/bert.md), [its abstract](@/papers/bert.md#abstract) and [this one](@/papers/attention/index.md).\n" +
		"-- content/pages/about.md --\n---\ntitle: About\n---\nStart with [the Transformer](@/papers/attention/index.md).\n"
	out := mustBuild(t, site)
	out.contains(t, "papers/1706.03762/index.html", `<a href="/papers/1810.04805/" data-url="https://example.org/papers/1810.04805/">BERT</a>`,
		`<a href="/papers/1810.04805/#abstract" data-url="https://example.org/papers/1810.04805/#abstract">its abstract</a>`, `<a href="/papers/1706.03762/" data-url="https://example.org/papers/1706.03762/">this one</a>`)
	out.contains(t, "about/index.html", `<a href="/papers/1706.03762/" data-url="https://example.org/papers/1706.03762/">the Transformer</a>`)
	_, got := checkSite(t, strings.Replace(site, "@/papers/bert.md)", "@/blog/bert.md)", 1))
	want := "content/papers/attention/index.md:10: the link @/blog/bert.md is broken: there is no content/blog/bert.md, and content/papers/bert.md is there: " +
		"a post moved to content/papers/ is @/papers/bert.md (Zola's @/ names a file below content/); write that"
	if !strings.Contains(strings.Join(got, "\n"), want) {
		t.Errorf("check does not say\n%s\nit says:\n%s", want, strings.Join(got, "\n"))
	}
	_, got = checkSite(t, strings.Replace(site, "@/papers/bert.md)", "@/blog/roberta.md)", 1))
	want = "content/papers/attention/index.md:10: the link @/blog/roberta.md is broken: there is no content/blog/roberta.md (Zola's @/ names a file below content/: " +
		"a paper moved to content/papers/ is @/papers/<its file>.md, or link to it relative to this .md); fix the link or put the file there"
	if !strings.Contains(strings.Join(got, "\n"), want) {
		t.Errorf("check does not say\n%s\nit says:\n%s", want, strings.Join(got, "\n"))
	}
}

// TestZolaShortcodesAreErrors: a Zola shortcode in a paper's body is a
// build error at its line, naming it as Zola's with what to write; in a
// code span it is shown as written.
func TestZolaShortcodesAreErrors(t *testing.T) {
	site := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n\n" +
		"{% note(kind=\"info\") %}\nRead with `{{ youtube(id=\"x\") }}`.\n{% end %}\n\n{{ youtube(id=\"iDulhoQ2pro\") }}\n\nEscaped: {{/* gist(url=\"u\") */}}\n"
	_, err := buildSite(t, site, Options{})
	errorsStart(t, err, []string{
		"content/papers/a.md:8: {% note(…) %} is a Zola shortcode, which Paperboy does not have (it would show as text); write a quote: > **Note:** …, in place of {% note(…) %} and its {% end %}",
		"content/papers/a.md:12: {{ youtube(…) }} is a Zola shortcode, which Paperboy does not have (it would show as text); write a link to it: [the video](https://www.youtube.com/watch?v=iDulhoQ2pro)",
		"content/papers/a.md:14: {{/* … */}} is a Zola shortcode escaped with /* */, which the page would show as written, /* */ and all; Zola showed it as {{ gist(url=\"u\") }}: write that in a code span, `{{ gist(url=\"u\") }}`",
	})
}

// TestZolaFrontMatter: a Zola page's front matter, converted to YAML, is
// told what to write: its taxonomies' lists at the top level as topics:
// and authors: (its authors were lost with a message about topics alone),
// a template: removed, a page's path: its file's name; and a Zola site's
// sass/ beside its config.toml is named with where CSS goes.
func TestZolaFrontMatter(t *testing.T) {
	site := siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\ntemplate: paper.html\ntaxonomies:\n  tags: [nlp, \"c++\"]\n  authors:\n    - Ashish Vaswani\n    - \"Lee, Kenton\"\n  series: [basics]\n") +
		"-- content/pages/about.md --\n---\ntitle: About\npath: about-us\n---\nUs.\n-- config.toml --\nbase_url = \"https://lab.example.org/\"\n-- sass/style.scss --\na { }\n"
	_, err := buildSite(t, site, Options{})
	errorsStart(t, err, []string{
		"content/pages/about.md:3: unknown page field \"path\"; a page's address is its file's path below content/pages/ (about.md is /about/): keep the address path: gave it under `aliases:`: `aliases: [/about-us/]`, so links to it keep working (or rename the file to have the page there)",
		"content/papers/a.md:5: unknown paper field \"template\"; every paper page uses the theme's templates/paper.html; remove the line",
		"content/papers/a.md:6: unknown paper field \"taxonomies\"; write taxonomies.tags as `topics: [nlp, c++]`, taxonomies.authors as `authors: [Ashish Vaswani, \"Lee, Kenton\"]`, " +
			"taxonomies.series as `extra: {series: [basics]}`, at the top level in place of taxonomies: (a paper's topics and authors get pages and feeds of their own)",
	})
	_, got := checkSite(t, strings.NewReplacer("template: paper.html\n", "", "taxonomies:\n  tags: [nlp, \"c++\"]\n  authors:\n    - Ashish Vaswani\n    - \"Lee, Kenton\"\n  series: [basics]\n", "", "path: about-us\n", "").Replace(site))
	want := "sass/: no build reads sass/ at the site's root: there is no Sass; write CSS in themes/<name>/static/custom.css, which every page links"
	if !strings.Contains(strings.Join(got, "\n"), want) {
		t.Errorf("check does not say\n%s\nit says:\n%s", want, strings.Join(got, "\n"))
	}
}

// TestZolaTheme: a Hugo or Zola theme in themes/ (its theme.toml) that
// site.yaml does not name is a warning saying what a Paperboy theme is; one
// it names is not (its templates get the errors), nor a folder without
// theme.toml (paperboy new theme's scratch copy).
func TestZolaTheme(t *testing.T) {
	theme := "-- themes/even/theme.toml --\nname = \"even\"\n-- themes/even/templates/index.html --\n{% block content %}{% endblock %}\n" +
		"-- themes/scratch/templates/paper.html --\n{{define \"main\"}}x{{end}}\n"
	res, err := Build(context.Background(), Options{Site: siteFS(siteYAML + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n") + theme)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range ownWarnings(res) {
		got = append(got, w.String())
	}
	want := "themes/even/: no build reads themes/even/, a Hugo or Zola theme (its theme.toml says so)"
	if len(got) != 1 || !strings.HasPrefix(got[0], want) {
		t.Errorf("warnings %q, want one starting %q", got, want)
	}
	res, err = Build(context.Background(), Options{Site: siteFS(siteYAML + "theme: even\n" + paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n") + theme)})
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range ownWarnings(res) {
		if strings.Contains(w.Msg, "theme.toml") {
			t.Errorf("a theme site.yaml names: %s", w)
		}
	}
}

// TestMovedPaperNote: a paper whose file is not named after its id
// (elmo.md with arxiv: 1802.05365) had its page at /papers/elmo/ in Hugo
// or Zola, and has it at /papers/1802.05365/ here: check notes it at its
// id's line with the alias that keeps the old address. Not when an alias
// keeps it already, nor one that keeps a post's address elsewhere
// (/posts/low-rank/), nor for a file named after its id, one named as a
// Jekyll post (its permalink made its address), a name that is another
// paper's id, or one an alias cannot be; and only while the site is being
// moved.
func TestMovedPaperNote(t *testing.T) {
	site := siteYAML + paper("elmo", "title: E\narxiv: \"1802.05365\"\ndate: 2024-03-10\n") +
		"-- content/papers/GloVe/index.md --\n---\ntitle: G\ndate: 2024-03-10\nid: pennington-2014\n---\nAbstract.\n" +
		paper("bert", "title: B\narxiv: \"1810.04805\"\ndate: 2024-03-14\naliases: [bert]\n") +
		paper("1706.03762", "title: A\narxiv: \"1706.03762\"\ndate: 2024-03-14\n") +
		paper("2024-03-14-gpt2", "title: G2\narxiv: \"1902.00001\"\ndate: 2024-03-14\n") +
		paper("xlnet", "title: X\narxiv: \"1906.08237\"\ndate: 2024-03-14\naliases: [\"1810.04806\"]\n") +
		paper("1810.04806", "title: Named as another's alias\narxiv: \"1906.00002\"\ndate: 2024-03-14\n") +
		paper("two words", "title: T\narxiv: \"1906.00003\"\ndate: 2024-03-14\n") +
		paper("lora", "title: L\narxiv: \"2106.09685\"\ndate: 2024-03-14\naliases: [/posts/low-rank/]\n")
	notes := func(site string) []string {
		var got []string
		_, lines := checkSite(t, site)
		for _, l := range lines {
			if strings.Contains(l, "named by its id") {
				got = append(got, l)
			}
		}
		return got
	}
	// A site of Paperboy's own names its files as it likes.
	if got := notes(site); len(got) != 0 {
		t.Errorf("a site not being moved: notes\n%s", strings.Join(got, "\n"))
	}
	// A Zola site being moved has its sections' _index.md, or its
	// config.toml, until check's other messages are acted on.
	site += "-- content/papers/_index.md --\n+++\ntitle = \"Papers\"\n+++\n"
	got := notes(site)
	want := []string{
		"content/papers/GloVe/index.md:4: note: this paper's page is /papers/pennington-2014/, named by its id, not /papers/glove/ as its file's name: Hugo and Zola publish content/papers/GloVe/index.md there; " +
			"if the site you moved did, add `aliases: [glove]`, which keeps /papers/glove/ working; a post moved from another section had that section's address (content/posts/GloVe/ had /posts/glove/, or what permalinks: made it): keep that one, `aliases: [/posts/glove/]` (else name the folder after the id, content/papers/pennington-2014/, and this note goes)",
		"content/papers/elmo.md:3: note: this paper's page is /papers/1802.05365/, named by its id, not /papers/elmo/ as its file's name: Hugo and Zola publish content/papers/elmo.md there; " +
			"if the site you moved did, add `aliases: [elmo]`, which keeps /papers/elmo/ working; a post moved from another section had that section's address (content/posts/elmo.md had /posts/elmo/, or what permalinks: made it): keep that one, `aliases: [/posts/elmo/]` (else name the file after the id, 1802.05365.md, and this note goes)",
		"content/papers/xlnet.md:5: note: this paper's page is /papers/1906.08237/, named by its id, not /papers/xlnet/",
	}
	slices.Sort(got)
	if len(got) != len(want) {
		t.Fatalf("notes:\n%s\nwant %d", strings.Join(got, "\n"), len(want))
	}
	for i := range want {
		if !strings.HasPrefix(got[i], want[i]) {
			t.Errorf("note\n%s\nwant\n%s", got[i], want[i])
		}
	}
}
