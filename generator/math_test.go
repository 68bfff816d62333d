package generator

import (
	"context"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/search"
)

const mathSite = `
-- content/site.yaml --
title: T
baseURL: https://example.org/
-- content/papers/vae.md --
---
title: "$\\beta$-VAE for $5 and $6 Budgets"
id: vae
authors: ["Ada Lovelace"]
date: 2024-05-31
---
A residual $\mathcal{F}(x)$ is learned, from $5 to $10 a run.
-- content/papers/tldr.md --
---
title: "Plain Title"
id: tldr
authors: ["Ada Lovelace"]
date: 2024-05-31
tldr: "Squares $x^2$ for $5 and $6."
---
Abstract.
`

// TestMathInTitlesAndSummaries checks that the math of titles is Unicode
// text on pages, which names their headings and links, that of summaries
// and TL;DRs MathML, prices stay text, and the page title has its math in
// Unicode.
func TestMathInTitlesAndSummaries(t *testing.T) {
	out := mustBuild(t, mathSite)
	day := out.file(t, "days/2024-05-31/index.html")
	for _, want := range []string{
		`>β-VAE for $5 and $6 Budgets</a>`,                 // the title in the list; prices are text
		`<math display="inline" alttext="\mathcal{F}(x)">`, // the summary
		`is learned, from $5 to $10 a run.</p>`,            // prices are text
		`<math display="inline" alttext="x^2"><mrow><msup><mi>x</mi><mn>2</mn></msup></mrow></math> for $5 and $6.</p>`, // the TL;DR
	} {
		if !strings.Contains(day, want) {
			t.Errorf("day page lacks %q", want)
		}
	}
	paper := out.file(t, "papers/vae/index.html")
	if !strings.Contains(paper, `<h1 id="paper-title">β-VAE for $5 and $6 Budgets</h1>`) {
		t.Errorf("paper page title is not its Unicode text:\n%s", paper[strings.Index(paper, "<h1"):][:300])
	}
	if !strings.Contains(paper, `<title>β-VAE for $5 and $6 Budgets · T</title>`) {
		t.Errorf("the page's <title> should have its math in Unicode")
	}
	if strings.Contains(paper[:strings.Index(paper, "</head>")], "<math") {
		t.Errorf("MathML in <head>")
	}
}

// TestMathInPlainText: where markup cannot go, math is Unicode text (see
// tex.UnicodeText) — the <title>, meta and Open Graph descriptions, JSON-LD,
// feed titles, summaries and item HTML, and search results — while the
// citation tags keep the TeX that Google Scholar reads, and search finds a
// title by its TeX words and by its Unicode letters.
func TestMathInPlainText(t *testing.T) {
	res, err := Build(context.Background(), Options{Site: siteFS(mathSite)})
	if err != nil {
		t.Fatal(err)
	}
	out := built{}
	for _, f := range res.Files {
		out[f.Path] = string(f.Data)
	}
	out.contains(t, "papers/vae/index.html",
		`<title>β-VAE for $5 and $6 Budgets · T</title>`,
		`<meta name="description" content="A residual 𝓕(x) is learned, from $5 to $10 a run.">`,
		`<meta property="og:title" content="β-VAE for $5 and $6 Budgets">`,
		`<meta name="citation_title" content="$\beta$-VAE for $5 and $6 Budgets">`,
		`<meta name="citation_abstract" content="A residual $\mathcal{F}(x)$ is learned, from $5 to $10 a run.">`,
		`"headline":"β-VAE for $5 and $6 Budgets"`)
	out.contains(t, "feed.xml",
		`<title>β-VAE for $5 and $6 Budgets</title>`,
		`<p>A residual 𝓕(x) is learned, from $5 to $10 a run.</p>`,
		`<description><![CDATA[A residual 𝓕(x) is learned, from $5 to $10 a run.]]></description>`)
	out.contains(t, "atom.xml", `<strong>TL;DR:</strong> Squares x² for $5 and $6.</p>`)
	for _, q := range []string{"beta vae", "β-VAE", "mathcal"} {
		hits, err := search.Lookup(res.Files, q)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 1 {
			t.Errorf("search %q: %d hits, want 1", q, len(hits))
		}
	}
	ix, err := search.Open(res.Files)
	if err != nil {
		t.Fatal(err)
	}
	hits, err := ix.Search(search.Query{Text: "residual"})
	if err != nil {
		t.Fatal(err)
	}
	recs, err := ix.Records(hits)
	if err != nil || len(recs) != 1 {
		t.Fatalf("records of %v: %v, %v", hits, recs, err)
	}
	if r := recs[0]; r.Title != "β-VAE for $5 and $6 Budgets" || r.Excerpt != "A residual 𝓕(x) is learned, from $5 to $10 a run." {
		t.Errorf("search result shows %q: %q", r.Title, r.Excerpt)
	}
}

// TestLiteralDollarsInPlainText: the dollar signs of a code span
// (`Answer: $x$`, a prompt template) and escaped ones in prose (\$x\$)
// are shown as the page shows them wherever math becomes Unicode text —
// meta, Open Graph and JSON-LD descriptions, feed summaries, the paper
// list's summary, search results — not taken for the formula x; the
// citation tags keep TeX's escape \$.
func TestLiteralDollarsInPlainText(t *testing.T) {
	res, err := Build(context.Background(), Options{Site: siteFS(siteYAML + `-- content/papers/a.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
---
We template the prompt as ` + "`Answer: $x$`" + ` and pay \$y\$ for $z$.
`)})
	if err != nil {
		t.Fatal(err)
	}
	out := built{}
	for _, f := range res.Files {
		out[f.Path] = string(f.Data)
	}
	const want = "We template the prompt as Answer: $x$ and pay $y$ for z."
	out.contains(t, "papers/2401.00001/index.html", `<meta name="description" content="`+want+`">`,
		`<meta property="og:description" content="`+want+`">`,
		`<meta name="citation_abstract" content="We template the prompt as Answer: \$x\$ and pay \$y\$ for $z$.">`,
		`"description":"`+want+`"`)
	out.contains(t, "feed.xml", `<description><![CDATA[`+want+`]]></description>`)
	out.contains(t, "atom.xml", `<summary type="text">`+want+`</summary>`)
	out.contains(t, "index.html", `<p class="summary">We template the prompt as Answer: $x$ and pay $y$ for <span class="nowrap"><math`)
	ix, err := search.Open(res.Files)
	if err != nil {
		t.Fatal(err)
	}
	hits, err := ix.Search(search.Query{Text: "template"})
	if err != nil {
		t.Fatal(err)
	}
	if recs, err := ix.Records(hits); err != nil || len(recs) != 1 || recs[0].Excerpt != want {
		t.Errorf("search result: %v, %v; want the excerpt %q", recs, err, want)
	}
}

// TestUnconvertedMathWarns: a formula the page shows as its TeX source
// (a macro the paper defined, which arXiv's abstract arrives without; an
// environment Paperboy lacks) is a warning at its line, in the title, the
// abstract and the notes, naming the command and what to write instead;
// math that converts, and code, are not; the site builds all the same.
func TestUnconvertedMathWarns(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: \"Regret on $\\\\R^n$ in $O(n)$\"\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n" +
		"We bound $\\R^n$ with $\\sim$100B samples and $\\mathbb{R}^d$, `$\\foo$` in code.\n\n" +
		"## Notes\n\nFine: $\\frac{1}{2}$.\n\n$$\n\\begin{tikzcd} A \\arrow[r] & B \\end{tikzcd}\n$$\n"
	got := warningsOf(t, archive)
	want := []string{
		`content/papers/a.md:2: the title's $\R^n$ shows as its TeX source, not as math: \R is not a command Paperboy's math knows; write \mathbb{R} instead`,
		`content/papers/a.md:6: $\R^n$ shows as its TeX source, not as math: \R is not a command Paperboy's math knows; write \mathbb{R} instead`,
		`content/papers/a.md:12: $$\begin{tikzcd} A \arrow[r] & B \…$$ shows as its TeX source, not as math: \begin{tikzcd} is not an environment Paperboy's math knows; write aligned, gathered, cases, array or a matrix (pmatrix, bmatrix…) instead`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestFieldMathWarns: a formula shown as its TeX source in a field of
// text with math (a paper's tldr, a day's title, a page's title and
// description, the site's description) is a warning at the field's line,
// as one in a paper's title is.
func TestFieldMathWarns(t *testing.T) {
	archive := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\ndescription: 'Digests of $\\R^n$'\n" +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\ntldr: 'We bound \\(\\R^n\\) by $\\frac{1}{2$.'\n---\nAbstract.\n" +
		"-- content/days/2024-01-01.md --\n---\ntitle: 'The $\\R^n$ day'\n---\nIntro.\n" +
		"-- content/pages/about.md --\n---\ntitle: 'About $\\frac{1}{2$'\ndescription: 'On $\\E[x]$ and $x^2$.'\n---\nBody.\n"
	got := warningsOf(t, archive)
	want := []string{
		`content/days/2024-01-01.md:2: the day's title's $\R^n$ shows as its TeX source, not as math: \R is not a command Paperboy's math knows; write \mathbb{R} instead`,
		`content/pages/about.md:2: the title's $\frac{1}{2$ shows as its TeX source, not as math: a { is never closed; add the } that closes it`,
		`content/pages/about.md:3: description's $\E[x]$ shows as its TeX source, not as math: \E is not a command Paperboy's math knows; write \mathbb{E} instead`,
		`content/papers/a.md:5: tldr's \(\R^n\) shows as its TeX source, not as math: \R is not a command Paperboy's math knows; write \mathbb{R} instead`,
		`content/papers/a.md:5: tldr's $\frac{1}{2$ shows as its TeX source, not as math: a { is never closed; add the } that closes it`,
		`content/site.yaml:3: description's $\R^n$ shows as its TeX source, not as math: \R is not a command Paperboy's math knows; write \mathbb{R} instead`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTopicNameMath: a topic's name and description in site.yaml show
// their math in Unicode, as a day's title does, on its page, in feeds and
// in citations, and one shown as its TeX source is a warning at its line;
// a topic a paper names with math is the topic of its words, shown so.
func TestTopicNameMath(t *testing.T) {
	archive := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\ntopics:\n  np-hardness:\n    name: '$\\mathsf{NP}$-hardness'\n    description: 'Bounds in $\\R^n$'\n" +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\ntopics: [np-hardness, '$k$-SAT']\n---\nAbstract.\n"
	want := []string{`content/site.yaml:6: topic "np-hardness": description's $\R^n$ shows as its TeX source, not as math: \R is not a command Paperboy's math knows; write \mathbb{R} instead`}
	if got := warningsOf(t, archive); !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	b := mustBuild(t, archive)
	b.contains(t, "topics/np-hardness/index.html", "<title>𝖭𝖯-hardness · T</title>", "<h1>𝖭𝖯-hardness</h1>")
	b.contains(t, "topics/k-sat/index.html", "<h1>k-SAT</h1>")
	b.contains(t, "feed.xml", ">𝖭𝖯-hardness</category>")
	b.lacks(t, "feed.xml", "mathsf", "$k$")
}

// TestLeftoverTeXWarns: a TeX command the page shows as written in an
// abstract's prose (arXiv's leftover \cite, a paper's own \method) is a
// warning at its line saying what to write; TeX the build converts is not.
func TestLeftoverTeXWarns(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n" +
		"Na\\\"ive attention~\\cite{vaswani2017attention} costs 61\\% more.\n\nWe propose \\method{}.\n"
	want := []string{
		`content/papers/a.md:6: \cite{vaswani2017attention} is a LaTeX citation, which the page shows as written (it has no bibliography); write the reference in words (Vaswani et al., 2017) or as a link, or delete it`,
		`content/papers/a.md:8: \method{} is not TeX that Paperboy converts in text (a macro the paper defines?), so the page shows it as written; write the text it stands for`,
	}
	if got := warningsOf(t, archive); !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestDisplayEnvInSentenceWarnsOnce: an equation environment written in
// a sentence is one mistake and one warning, at its \begin, where its
// \end had a warning of its own ("see its \begin"); an \end with no
// \begin before it is told what to write.
func TestDisplayEnvInSentenceWarnsOnce(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n" +
		"The loss is \\begin{equation} L = x^2\n\\end{equation} for all x.\n\nIt ends \\end{align} here.\n"
	want := []string{
		`content/papers/a.md:6: \begin{equation} is display math in a sentence, which the page shows as written; put it, from \begin{equation} to \end{equation}, on lines of its own, or write it between $$ and $$`,
		`content/papers/a.md:9: \end{align} ends display math that has no \begin{align} before it, so the page shows it as written; put the formula, from \begin{align} to \end{align}, on lines of its own, or delete the \end{align}`,
	}
	if got := warningsOf(t, archive); !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestProseTeXWarnsInIntrosAndPages: a day's intro and a page of the
// site's own are written like a paper's notes, and warned of alike: a
// formula shown as its TeX source and a command left in the prose (a
// \cite copied from an abstract, a paper's own \method) are warnings at
// their lines; the TeX-isms Plain converts (\emph, --) are converted, not
// warned of.
func TestProseTeXWarnsInIntrosAndPages(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n" +
		"-- content/days/2024-01-01.md --\n---\ntitle: Day\n---\n\nToday \\emph{one} paper -- see\n\\cite{a} and $\\color{#f00} x$.\n" +
		"-- content/pages/about.md --\n---\ntitle: About\n---\n\nAbout \\method{} and\n$\\R^n$.\n"
	want := []string{
		`content/days/2024-01-01.md:6: $\color{#f00} x$ shows as its TeX source, not as math: {#f00} is not a colour Paperboy's math shows (pages show colours that read on light and dark backgrounds alike); write one of red, green, blue, cyan, magenta, yellow, orange, purple, violet, pink, brown, teal, olive, lime, gray, black or white, or leave the colour out`,
		`content/days/2024-01-01.md:6: \cite{a} is a LaTeX citation, which the page shows as written (it has no bibliography); write the reference in words (Vaswani et al., 2017) or as a link, or delete it`,
		`content/pages/about.md:5: \method{} is not TeX that Paperboy converts in text (a macro the paper defines?), so the page shows it as written; write the text it stands for`,
		`content/pages/about.md:6: $\R^n$ shows as its TeX source, not as math: \R is not a command Paperboy's math knows; write \mathbb{R} instead`,
	}
	if got := warningsOf(t, archive); !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	mustBuild(t, archive).contains(t, "days/2024-01-01/index.html", "Today <em>one</em> paper – see")
}

// TestLeftoverTeXLinear: a body of many leftover commands, one a line,
// is warned of at each command's line in linear time; counting each
// one's line from the top took over ten seconds for these 1.8 MB. No
// clock is read (speed is for the benchmarks): a return of the quadratic
// count shows as a test that runs for seconds in `go test -v`.
func TestLeftoverTeXLinear(t *testing.T) {
	const n = 300000
	body := strings.Repeat("\\url{\n", n)
	var warn []Problem
	leftoverTeX("content/papers/a.md", body, 7, false, nil, &warn)
	if len(warn) != n || warn[0].Line != 7 || warn[n-1].Line != 7+n-1 {
		t.Fatalf("leftoverTeX warned %d times, first at line %d, last at %d; want %d, 7 and %d", len(warn), warn[0].Line, warn[len(warn)-1].Line, n, 7+n-1)
	}
}

// TestUnclosedMathOnce: a $ that no $ closes is one warning, which quotes
// the TeX as written; the commands after it on its line, which the page
// shows as written too, are that math's, not told again each as TeX
// outside dollar signs. A command on another line still is.
func TestUnclosedMathOnce(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n" +
		"The rate is $\\alpha + \\beta \\cdot \\gamma and the rest.\n\n\\cite{x} elsewhere.\n"
	got := warningsOf(t, archive)
	want := []string{
		`content/papers/a.md:6: the $ of "$\alpha" opens math that no $ closes in its paragraph, so the page shows the TeX as written; end the formula with $ right after its last character, or write \$ for a dollar sign`,
		`content/papers/a.md:8: `,
	}
	if len(got) != len(want) || got[0] != want[0] || !strings.HasPrefix(got[1], want[1]) {
		t.Errorf("warnings =\n%s\nwant\n%s…", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestParenMathIsTeX: \(…\) is math as $…$ is, so its TeX reaches the
// math as written and is not warned of as prose: \text{DPO} stays a
// subscript's text, not the letters D, P and O in a row, and ~ and --
// stay TeX's, not a no-break space and a dash.
func TestParenMathIsTeX(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n" +
		"The loss \\(\\mathcal{L}_\\text{DPO}\\) at \\(\\beta = 0.1\\) and \\(a~b\\).\n"
	if got := warningsOf(t, archive); len(got) != 0 {
		t.Errorf("warnings = %q, want none", got)
	}
	mustBuild(t, archive).contains(t, "papers/2401.00001/index.html",
		`<math display="inline" alttext="\mathcal{L}_\text{DPO}"><mrow><msub><mi>ℒ`+"\ufe00"+`</mi><mtext>DPO</mtext></msub></mrow></math>`,
		`<math display="inline" alttext="a~b">`)
}

// TestLaTeXDisplayMath: display math written as LaTeX writes it, \[ and
// \] on lines of their own or an align environment, is math on the page
// and in no warning, where the page showed its TeX as prose, its \\ a
// backslash and its _ emphasis, with a warning for each command in it
// ("\hat{m} is not TeX that Paperboy converts in text"); \[1\] in a
// sentence stays the text [1].
func TestLaTeXDisplayMath(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n" +
		"As in \\[1\\], heads are joined:\n\\[\n\\mathrm{MultiHead}(Q) = \\mathrm{Concat}(\\mathrm{head}_1, \\dots)\n\\]\n\n" +
		"\\begin{align}\nm_t &= \\beta_1 m_{t-1} \\\\\n\\hat{m}_t &= \\frac{m_t}{1 - \\beta_1^t}\n\\end{align}\n"
	if got := warningsOf(t, archive); len(got) != 0 {
		t.Errorf("warnings = %q, want none", got)
	}
	mustBuild(t, archive).contains(t, "papers/2401.00001/index.html",
		`<p>As in [1], heads are joined:`,
		`<math display="block" alttext="\mathrm{MultiHead}(Q) = \mathrm{Concat}(\mathrm{head}_1, \dots)">`,
		`<math display="block" alttext="\begin{align}`+"\nm_t &amp;= \\beta_1 m_{t-1} \\\\\n"+`\hat{m}_t &amp;= \frac{m_t}{1 - \beta_1^t}`+"\n"+`\end{align}">`)
}

// TestMathFence: a fenced block of language math, GitHub's display math,
// is math on the page, in the feeds' text and in the warnings of a
// formula shown as its TeX, where the page showed its TeX as code; a
// warning quotes it with its fence, as the curator wrote it, where it
// quoted it as $$…$$.
func TestMathFence(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nThe loss:\n\n" +
		"```math\n\\mathcal{L} = -\\log \\sigma(\\beta)\n```\n\n```math\n\\R^n\n```\n\n  ~~~~ math\n\\E[x]\n  ~~~~\n"
	want := []string{
		"content/papers/a.md:12: ```math \\R^n ``` shows as its TeX source, not as math: \\R is not a command Paperboy's math knows; write \\mathbb{R} instead",
		`content/papers/a.md:16: ~~~~ math \E[x] ~~~~ shows as its TeX source, not as math: \E is not a command Paperboy's math knows; write \mathbb{E} instead`,
	}
	if got := warningsOf(t, archive); !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	mustBuild(t, archive).contains(t, "papers/2401.00001/index.html",
		`<math display="block" alttext="\mathcal{L} = -\log \sigma(\beta)">`)
}

// TestMathFenceInContainers: a fenced block of language math in a list
// item or a block quote is display math too, and one the page shows as
// its TeX is a warning at its fence's line quoting it as written.
func TestMathFenceInContainers(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nNotes:\n\n" +
		"- The loss:\n\n  ```math\n  \\mathcal{L} = -\\log \\sigma(\\beta)\n  ```\n- ```math\n  \\R^n\n  ```\n\n" +
		"> ```math\n> x_1 + x_2\n> ```\n\n> ~~~ math\n> \\E[x]\n> ~~~\n"
	want := []string{
		"content/papers/a.md:13: ```math \\R^n ``` shows as its TeX source, not as math: \\R is not a command Paperboy's math knows; write \\mathbb{R} instead",
		`content/papers/a.md:21: ~~~ math \E[x] ~~~ shows as its TeX source, not as math: \E is not a command Paperboy's math knows; write \mathbb{E} instead`,
	}
	if got := warningsOf(t, archive); !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	mustBuild(t, archive).contains(t, "papers/2401.00001/index.html",
		`<math display="block" alttext="\mathcal{L} = -\log \sigma(\beta)">`,
		`<math display="block" alttext="x_1 + x_2">`)
}

// TestMathFenceBlankLine: a fenced block of language math with a blank
// line in its TeX stays code and is a warning at its fence's line, at the
// top level and in a list item, where it became $$ lines that the blank
// line broke: the page showed "$$ a = b" and "c = d $$" as prose, without
// a word. A blank line ends display math in Markdown and is TeX's error;
// which the curator meant, two formulas or one, is theirs to say.
func TestMathFenceBlankLine(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nText.\n\n" +
		"```math\na = b\n\nc = d\n```\n\n- Loss:\n\n  ```math\n  x\n\n  y\n  ```\n"
	const why = " holds a blank line, so the page shows it as code, not as math: a blank line ends display math in Markdown and is an error in TeX; delete the blank line, or end the block there and open another for the next formula"
	want := []string{"content/papers/a.md:8: ```math" + why, "content/papers/a.md:16: ```math" + why}
	if got := warningsOf(t, archive); !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	out := mustBuild(t, archive)
	out.contains(t, "papers/2401.00001/index.html", "a = b\n</span>", "c = d\n</span>")
	out.lacks(t, "papers/2401.00001/index.html", "$$")
}

// TestLaTeXDisplayMathInContainers: display math written as LaTeX
// writes it, \[…\] or \begin{align}…\end{align} (equation, gather,
// multline) on lines of its own, is display math in a list item or a
// block quote as at the top level, where it was prose there: an align in
// a quote showed its TeX and was warned of as "display math in a
// sentence", and \[ was an escaped bracket.
func TestLaTeXDisplayMathInContainers(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nNotes:\n\n" +
		"> \\begin{align}\n> a &= b\n> \\end{align}\n\n- \\begin{equation}\n  E = mc^2\n  \\end{equation}\n- \\[\n  x_1\n  \\]\n- \\[ \\R \\]\n\n" +
		"> - \\begin{gather*}\n>   y\n>   \\end{gather*}\n"
	want := []string{`content/papers/a.md:18: \[\R\] shows as its TeX source, not as math: \R is not a command Paperboy's math knows; write \mathbb{R} instead`}
	if got := warningsOf(t, archive); !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	mustBuild(t, archive).contains(t, "papers/2401.00001/index.html",
		`<math display="block" alttext="\begin{align}`+"\n"+`a &amp;= b`+"\n"+`\end{align}">`,
		`<math display="block" alttext="\begin{equation}`, `<math display="block" alttext="x_1">`,
		`<math display="block" alttext="\begin{gather*}`)
}

// TestLaTeXDisplayMathWarns: display math written as LaTeX writes it
// that the page shows as its TeX source is a warning at its line, as
// $$…$$ is: the check reads the Markdown the page is made from, and
// quotes the formula as the curator wrote it, \[…\] or \begin{align}…,
// where it quoted both as $$…$$.
func TestLaTeXDisplayMathWarns(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nText.\n\n" +
		"\\[\n\\R^n\n\\]\n\n\\begin{align}\nx &= \\E[y]\n\\end{align}\n"
	want := []string{
		`content/papers/a.md:8: \[\R^n\] shows as its TeX source, not as math: \R is not a command Paperboy's math knows; write \mathbb{R} instead`,
		`content/papers/a.md:12: \begin{align} x &= \E[y] \end{align} shows as its TeX source, not as math: \E is not a command Paperboy's math knows; write \mathbb{E} instead`,
	}
	if got := warningsOf(t, archive); !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTextMathInInlineMath: a $ inside a \text{…} of $…$ math opens the
// text's own math, as in TeX, so it does not close the formula: the
// formula is one, shown as its TeX source with the warning \(…\) gets,
// at its line, not prose with stray dollar signs and a lost \text{.
func TestTextMathInInlineMath(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\n" +
		"Abstract.\n\n## Notes\n\nThe rule $f(x) = 1 \\text{ if $x > 0$}$ holds.\n"
	got := warningsOf(t, archive)
	want := []string{`content/papers/a.md:10: $f(x) = 1 \text{ if $x > 0$}$ shows as its TeX source, not as math: a \text{…} holds TeX that text cannot show (math, or a command other than accents, \textit, \textbf and the like); end the \text{…} before it`}
	if !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	out := mustBuild(t, archive)
	page := out["papers/2401.00001/index.html"]
	if strings.Contains(page, "$ holds") || !strings.Contains(page, `\text{ if $x &gt; 0$}$`) {
		t.Errorf("the page does not show the formula as its TeX source, whole:\n%s", page)
	}
}

// TestFieldTeXEscapes: TeX's escaped specials (\%, \&, \_, \#) in a
// paper's tldr and image_alt, a day's title and a page's title are
// converted as a paper title's are, on every page and feed that shows
// them, with no warning.
func TestFieldTeXEscapes(t *testing.T) {
	archive := siteYAML +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nimage: https://cdn.example.org/a.png\nimage_alt: 'Loss falls 50\\% for R\\&D'\n" +
		"tldr: 'Attention with 50\\% less memory for R\\&D labs.'\n---\nAbstract.\n" +
		"-- content/days/2024-01-01.md --\n---\ntitle: 'Day with 50\\% gains'\n---\nIntro.\n" +
		"-- content/pages/about.md --\n---\ntitle: 'About R\\&D \\#1'\n---\nBody.\n"
	if got := warningsOf(t, archive); len(got) != 0 {
		t.Errorf("warnings = %q, want none", got)
	}
	out := mustBuild(t, archive)
	for _, c := range []struct{ file, want string }{
		{"papers/2401.00001/index.html", "Attention with 50% less memory for R&amp;D labs."},
		{"papers/2401.00001/index.html", `alt="Loss falls 50% for R&amp;D"`},
		{"days/2024-01-01/index.html", "Attention with 50% less memory"},
		{"days/2024-01-01/index.html", "<h1>Day with 50% gains"},
		{"feed.xml", "Attention with 50% less memory for R&amp;D labs."},
		{"about/index.html", "About R&amp;D #1"},
	} {
		if !strings.Contains(out[c.file], c.want) {
			t.Errorf("%s lacks %q", c.file, c.want)
		}
	}
	for file, page := range out {
		if strings.Contains(page, `50\%`) && !strings.HasSuffix(file, ".bib") || strings.Contains(page, `R\&amp;D`) {
			t.Errorf("%s shows a TeX escape as written", file)
		}
	}
}

// TestFieldUnclosedMath: a $ or \( that nothing closes in a paper's
// title or tldr, or a day's or page's title, is a warning at the
// field's line, as the body's is.
func TestFieldUnclosedMath(t *testing.T) {
	archive := siteYAML +
		"-- content/papers/a.md --\n---\ntitle: 'Bounds on $\\beta divergences'\narxiv: \"2401.00001\"\ndate: 2024-01-01\ntldr: 'We show \\(O(n) bounds for $5.'\n---\nAbstract.\n" +
		"-- content/days/2024-01-01.md --\n---\ntitle: 'The $\\alpha day'\n---\nIntro.\n" +
		"-- content/pages/about.md --\n---\ntitle: 'About \\(x'\n---\nBody.\n"
	got := warningsOf(t, archive)
	want := []string{
		`content/days/2024-01-01.md:2: the day's title's $ of "$\alpha" opens math that no $ closes in its paragraph, so the page shows the TeX as written; end the formula with $ right after its last character, or write \$ for a dollar sign`,
		`content/pages/about.md:2: the title's \( of "\(x" opens math that no \) closes in its paragraph (a blank line ends it), so the page shows the TeX as written; end the formula with \) right after its last character, or write ( for a parenthesis`,
		`content/papers/a.md:2: the title's $ of "$\beta" opens math that no $ closes in its paragraph, so the page shows the TeX as written; end the formula with $ right after its last character, or write \$ for a dollar sign`,
		`content/papers/a.md:5: tldr's \( of "\(O(n)" opens math that no \) closes in its paragraph (a blank line ends it), so the page shows the TeX as written; end the formula with \) right after its last character, or write ( for a parenthesis`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
