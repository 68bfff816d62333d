package generator

import (
	"context"
	"os"
	"strings"
	"testing"
)

// codeSite is smallSite, whose Delta (2406.00004, listed on 2024-06-03 in
// the week 2024-W23) has highlighted code, with the theme mine's
// custom.css, a page of the site's own with code (guide) and one without
// (about); Beta (2405.00002) has inline code and an indented block, which
// are not highlighted.
var codeSite = strings.NewReplacer(
	"pageSize: 2\n", "pageSize: 2\ntheme: mine\n",
	"A denoising diffusion abstract.", "A denoising diffusion abstract with `inline` code.\n\n    an indented block",
).Replace(smallSite) + `
-- themes/mine/static/custom.css --
:root { --accent: #8a1c1c; }
-- content/pages/guide.md --
---
title: Guide
---
` + "```yaml\ntitle: My Digest\n```" + `
-- content/pages/about.md --
---
title: About
---
No code here.
`

// syntaxLink is the highlighting stylesheet's link.
const syntaxLink = `<link rel="stylesheet" href="/repo/syntax.css">`

// TestSyntaxCSSOnlyWithCode: a page links syntax.css only when it shows
// highlighted code: a paper's or page's fenced code, a day's intro; not a
// page that lists a paper with code in a card that shows its summary, nor
// an indented block (plain <pre>), the search page (its results are
// text) or the 404 page. The link stays between style.css and custom.css.
func TestSyntaxCSSOnlyWithCode(t *testing.T) {
	out := mustBuild(t, codeSite)
	for _, page := range []string{"papers/2406.00004/index.html", "guide/index.html"} {
		out.contains(t, page, `href="/repo/style.css"`, syntaxLink, `href="/repo/custom.css"`, `<pre class="chroma">`)
	}
	without := []string{
		"index.html", "days/2024-06-03/index.html", "weeks/2024-W23/index.html", "months/2024-06/index.html",
		"topics/agents/index.html", "topics/agents/page/2/index.html", "authors/ada-lovelace/index.html",
		"papers/2405.00002/index.html", "about/index.html", "days/2024-05-31/index.html", "archive/index.html",
		"topics/index.html", "authors/index.html", "feeds/index.html", "search/index.html", "subscribe/index.html", "404.html",
	}
	for _, page := range without {
		out.lacks(t, page, "syntax.css", `class="chroma"`)
		out.contains(t, page, `href="/repo/style.css"`, `href="/repo/custom.css"`)
	}
	out.contains(t, "papers/2405.00002/index.html", `<pre><code><span class="cl">an indented block`)
	out.contains(t, "syntax.css", ".chroma") // still written, for the pages that link it

	out = mustBuild(t, strings.Replace(codeSite, "The *intro* of the day.", "The intro:\n\n```sh\npaperboy build\n```", 1))
	out.contains(t, "days/2024-06-03/index.html", syntaxLink, `<div class="intro prose">`, `<pre class="chroma">`)
	out.lacks(t, "days/2024-05-31/index.html", syntaxLink)
}

// TestSyntaxCSSThemes: a theme's card that shows the abstract and notes
// brings the stylesheet to the pages listing a paper with code; a theme's
// partial reads .HasCode under the keys its base.html gives (none here,
// as in the built-in and older ones); a theme's older site-assets, which
// links syntax.css on every page, still builds; and an edit that gives a
// paper code links the stylesheet on its pages in serve's quick rebuild.
func TestSyntaxCSSThemes(t *testing.T) {
	t.Parallel()
	site := codeSite + `
-- themes/mine/templates/partials/paper-item.html --
{{define "paper-item"}}<article><h3>{{.Title}}</h3>{{.Content}}</article>{{end}}
-- themes/mine/templates/partials/head-extra.html --
{{define "head-extra"}}{{cached "code-note" .}}{{end}}
{{define "code-note"}}<meta name="has-code" content="{{.HasCode}}">{{end}}
`
	out := mustBuild(t, site)
	for _, page := range []string{"days/2024-06-03/index.html", "weeks/2024-W23/index.html", "months/2024-06/index.html",
		"topics/agents/index.html", "index.html"} {
		out.contains(t, page, syntaxLink, `<meta name="has-code" content="true">`, `<pre class="chroma">`)
	}
	for _, page := range []string{"days/2024-05-31/index.html", "weeks/2024-W22/index.html", "months/2024-05/index.html",
		"topics/agents/page/2/index.html", "404.html"} {
		out.lacks(t, page, syntaxLink)
		out.contains(t, page, `<meta name="has-code" content="false">`)
	}

	older := site + `
-- themes/mine/templates/partials/site-assets.html --
{{define "site-assets"}}<link rel="stylesheet" href="{{url "style.css"}}">
<link rel="stylesheet" href="{{url "syntax.css"}}">{{end}}
`
	out = mustBuild(t, older)
	for _, page := range []string{"about/index.html", "404.html", "papers/2406.00004/index.html"} {
		out.contains(t, page, syntaxLink)
	}

	dir := writeArchive(t, site)
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	if _, incomplete, err := live.Build(context.Background(), nil); err != nil || incomplete {
		t.Fatalf("first build: incomplete %v, %v", incomplete, err)
	}
	// quickEdit compares every page with a clean build's, so with this
	// theme's cards the day, week, month and topic pages are checked too.
	beta := []string{"days/2024-05-31/index.html", "weeks/2024-W22/index.html"}
	quick := quickEdit(t, live, dir, "content/papers/2405.00002.md", "    an indented block", "```\nfenced now\n```")
	for _, page := range beta {
		if !strings.Contains(quick[page], syntaxLink) {
			t.Errorf("after an edit gave 2405.00002 fenced code, %s does not link syntax.css", page)
		}
	}
	quick = quickEdit(t, live, dir, "content/papers/2405.00002.md", "```\nfenced now\n```", "Text.")
	for _, page := range beta {
		if strings.Contains(quick[page], syntaxLink) {
			t.Errorf("after an edit took 2405.00002's code out, %s still links syntax.css", page)
		}
	}
}

// TestMisspeltCodeLanguageWarns: a fenced code block of a paper's notes
// whose language misspells one the highlighter knows is a warning at the
// fence's line of the source file, naming the language to write; a
// language it lacks, such as cuda, is not.
func TestMisspeltCodeLanguageWarns(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n\n" +
		"## Notes\n\n```pyhton\nimport torch\n```\n\n```cuda\n__global__ void k() {}\n```\n"
	got := warningsOf(t, archive)
	want := []string{
		`content/papers/a.md:10: the code block's language "pyhton" is none the highlighter knows, so its code shows uncoloured; if you meant python, write python after the fence`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("warnings:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
