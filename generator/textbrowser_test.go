package generator

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// textBrowserText is the text of page as a browser without CSS or
// JavaScript shows it (lynx, w3m, a reader app): every text node of the
// body but those of <script> and <style>, a block's text on a line of its
// own. Like lynx and w3m, it shows what `hidden` and the stylesheet hide,
// and a <template>'s content, which both print as well; a <math>'s text
// is its symbols, as w3m shows them (lynx prints its markup instead).
func textBrowserText(t *testing.T, page string) string {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	var lines []string
	var line strings.Builder
	flush := func() {
		if s := strings.Join(strings.Fields(line.String()), " "); s != "" {
			lines = append(lines, s)
		}
		line.Reset()
	}
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch {
		case n.Type == html.TextNode:
			line.WriteString(n.Data)
			return
		case n.Type == html.ElementNode && (n.DataAtom == atom.Script || n.DataAtom == atom.Style || n.DataAtom == atom.Head):
			return
		}
		block := n.Type == html.ElementNode && textBlocks[n.DataAtom]
		if block {
			flush()
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
		if block {
			flush()
		}
	}
	walk(doc)
	flush()
	return strings.Join(lines, "\n")
}

// textBlocks are the elements a text browser starts on a new line.
var textBlocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.Nav: true, atom.Header: true, atom.Footer: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Ul: true, atom.Ol: true, atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Pre: true, atom.Form: true,
	atom.Table: true, atom.Tr: true, atom.Details: true, atom.Summary: true, atom.Blockquote: true, atom.Figure: true,
}

// w3mDump is page as `w3m -dump` shows it, or "" and false where w3m is
// not installed (CI machines have Go only).
func w3mDump(t *testing.T, page string) (string, bool) {
	t.Helper()
	w3m, err := exec.LookPath("w3m")
	if err != nil {
		return "", false
	}
	f := filepath.Join(t.TempDir(), "page.html")
	if err := os.WriteFile(f, []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(w3m, "-dump", "-cols", "200", "-T", "text/html", "-O", "UTF-8", f).Output()
	if err != nil {
		t.Fatalf("w3m -dump: %v", err)
	}
	return string(out), true
}

// inTextBrowser checks page as a text browser reads it: each of want
// shows, as many times as it says, in textBrowserText and, where w3m is
// installed, in w3m's dump.
func inTextBrowser(t *testing.T, name, page string, want map[string]int) {
	t.Helper()
	text := textBrowserText(t, page)
	dump, haveW3m := w3mDump(t, page)
	dump = strings.ReplaceAll(dump, "\u00a0", " ") // w3m keeps a no-break space, which shows as a space
	for s, n := range want {
		if got := strings.Count(text, s); got != n {
			t.Errorf("%s without CSS or JavaScript shows %q %d times, want %d:\n%s", name, s, got, n, text)
		}
		if got := strings.Count(dump, s); haveW3m && got != n {
			t.Errorf("%s in w3m shows %q %d times, want %d:\n%s", name, s, got, n, dump)
		}
	}
}

// TestCopyButtonOnlyWithScript: a paper page has no Copy BibTeX button
// in its HTML, where a text browser (which runs no script and shows a
// hidden button) would show one that does nothing; copy.js makes it, from
// the words the page's data attributes give it.
func TestCopyButtonOnlyWithScript(t *testing.T) {
	out := mustBuild(t, mathSite)
	page := out.file(t, "papers/tldr/index.html")
	inTextBrowser(t, "a paper page", page, map[string]int{"Copy BibTeX": 0, "Download BibTeX (.bib)": 1})
	out.contains(t, "papers/tldr/index.html", `data-copy="bibtex-entry" data-copy-label="Copy BibTeX"`, `data-done="BibTeX entry copied."`)
}

// TestMathReadOnceWithoutCSS: a formula in a title, a summary or a TL;DR
// shows once in a browser without CSS, as it is heard once with it: a
// title's as its Unicode text, a paragraph's as its MathML, whose text is
// its symbols.
func TestMathReadOnceWithoutCSS(t *testing.T) {
	out := mustBuild(t, mathSite)
	inTextBrowser(t, "a day page", out.file(t, "days/2024-05-31/index.html"), map[string]int{
		"β-VAE for $5 and $6 Budgets": 1, "ββ": 0, // the title, in the list
		"A residual ℱ\ufe00(x) is learned": 1,          // the summary, its MathML
		"Squares x2 for $5":                1, "x²": 0, // the TL;DR
	})
	inTextBrowser(t, "a paper page", out.file(t, "papers/vae/index.html"), map[string]int{
		"β-VAE for $5 and $6 Budgets": 1, "ββ": 0,
	})
}

// textSite has four days in three weeks and three months, one day with
// three papers: pages with a link to the previous and to the next of
// their kind.
const textSite = `
-- content/site.yaml --
title: T
baseURL: https://example.org/
-- content/papers/a.md --
---
title: Alpha
id: a
authors: ["Ada Lovelace"]
date: 2024-05-29
---
A.
-- content/papers/b.md --
---
title: Beta
id: b
authors: ["Ada Lovelace"]
date: 2024-05-30
upvotes: 3
---
B.
-- content/papers/c.md --
---
title: Gamma
id: c
authors: ["Ada Lovelace"]
date: 2024-05-30
upvotes: 2
---
C.
-- content/papers/d.md --
---
title: Delta
id: d
authors: ["Ada Lovelace"]
date: 2024-05-30
upvotes: 1
---
D.
-- content/papers/e.md --
---
title: Epsilon
id: e
authors: ["Ada Lovelace"]
date: 2024-06-10
---
E.
-- content/papers/f.md --
---
title: Zeta
id: f
authors: ["Ada Lovelace"]
date: 2024-07-01
---
F.
`

// TestPageLinksApartWithoutCSS: a page's links to the previous and the
// next day, week, month or paper are apart in a browser without CSS, not
// run together ("May 29, 2024May 31, 2024", "GammaNext"), as the
// stylesheet's flex layout set them apart and no text did.
func TestPageLinksApartWithoutCSS(t *testing.T) {
	out := mustBuild(t, textSite)
	for page, want := range map[string]map[string]int{
		"days/2024-06-10/index.html": {"← May 30, 2024 Jul 1, 2024 →": 2}, // above and below the papers
		"weeks/2024-W24/index.html":  {"← Week 22, 2024 Week 27, 2024 →": 1},
		"months/2024-06/index.html":  {"← May 2024 July 2024 →": 1},
		"papers/c/index.html":        {"Beta Next · #3 → Delta": 1},
	} {
		inTextBrowser(t, page, out.file(t, page), want)
	}
}

// TestSearchNoticeFirstWithoutCSS: without JavaScript the search page
// says that it cannot search before its form, which a browser without CSS
// shows (the stylesheet hides it where scripts are off).
func TestSearchNoticeFirstWithoutCSS(t *testing.T) {
	out := mustBuild(t, textSite)
	text := textBrowserText(t, out.file(t, "search/index.html"))
	notice, form := strings.Index(text, "Search needs JavaScript"), strings.Index(text, "Filters")
	if notice < 0 || form < 0 || notice > form {
		t.Errorf("search page without CSS: the notice (at %d) does not come before the form (at %d):\n%s", notice, form, text)
	}
}
