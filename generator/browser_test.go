package generator

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/accessibility"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
	"github.com/paperboy-digest/paperboy/generator/output"
)

// sampleInBrowser serves the sample site under its base path, on a server
// of the test's own, and starts headless Chromium (a tab 1280 by 900, with
// opts). It skips the test where Chromium is missing.
func sampleInBrowser(t *testing.T, opts ...browsertest.Option) (ctx context.Context, base string) {
	t.Helper()
	return sampleInBrowserVia(t, func(h http.Handler) http.Handler { return h }, opts...)
}

// sampleInBrowserVia is sampleInBrowser with the site served through
// wrap, which may hold back some of its files as a slow network would.
func sampleInBrowserVia(t *testing.T, wrap func(http.Handler) http.Handler, opts ...browsertest.Option) (ctx context.Context, base string) {
	t.Helper()
	ctx = browsertest.Start(t, append([]browsertest.Option{browsertest.WindowSize(1280, 900)}, opts...)...)
	root, basePath := writtenSample(t)
	srv := httptest.NewServer(wrap(http.FileServer(http.Dir(root))))
	t.Cleanup(srv.Close)

	return ctx, srv.URL + basePath
}

// shotPath is where a screenshot goes: $PAPERBOY_SHOT_DIR, or the test's temp dir.
func shotPath(t *testing.T, name string) string {
	dir := os.Getenv("PAPERBOY_SHOT_DIR")
	if dir == "" {
		dir = t.TempDir()
	}
	os.MkdirAll(dir, 0o755)
	return filepath.Join(dir, name)
}

// keepShot writes the screenshot shoot takes to name in
// $PAPERBOY_SHOT_DIR, for a person to look at, and takes none where it is
// not set: no test reads it.
func keepShot(t *testing.T, name string, shoot func() []byte) {
	t.Helper()
	if os.Getenv("PAPERBOY_SHOT_DIR") == "" {
		return
	}
	p := shotPath(t, name)
	if err := os.WriteFile(p, shoot(), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot %s", p)
}

// run performs a browser action that yields a value, failing the test on error.
func run[T any](t *testing.T, ctx context.Context, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

// do performs browser actions, failing the test on error.
func do(t *testing.T, ctx context.Context, actions ...chromedp.Action[chromedp.Void]) {
	t.Helper()
	if err := chromedp.Do(ctx, actions...); err != nil {
		t.Fatal(err)
	}
}

func TestMathRendersInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.Navigate(base+"papers/1706.03762/"), chromedp.WaitVisible("#abstract"))
	count := run(t, ctx, chromedp.Evaluate[int](`document.querySelectorAll("math").length`))
	sized := run(t, ctx, chromedp.Evaluate[int](`[...document.querySelectorAll("math")].filter(m => { const r = m.getBoundingClientRect(); return r.width > 0 && r.height > 0 }).length`))
	if count < 3 {
		t.Fatalf("%d math elements on the page, want the abstract's formulas", count)
	}
	if sized != count {
		t.Errorf("%d of %d math elements have a rendered size", sized, count)
	}
	t.Logf("%d MathML formulas rendered with a size", count)
	keepShot(t, "math-paper.png", func() []byte {
		do(t, ctx, chromedp.ScrollIntoView(`math[display="block"]`))
		return run(t, ctx, chromedp.FullScreenshot(100))
	})
}

func TestSearchInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.Navigate(base+"search/"), chromedp.WaitVisible("#search-q"),
		chromedp.SendKeys("#search-q", "denoising diffusion"), chromedp.WaitVisible("#search-results li a"))
	// On a busy machine the results of the query's first letters may show
	// before those of the whole: wait until the title names it (or time out).
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`document.title.startsWith("denoising diffusion · ")`, chromedp.WithPollingTimeout(10*time.Second)))
	first := run(t, ctx, chromedp.Text("#search-results li a"))
	// A result's authors are said to be its authors, as a card's are.
	if authors := run(t, ctx, chromedp.Evaluate[string](`(() => { const a = document.querySelector("#search-results .search-result-authors");
		return a.firstChild.className + " | " + a.textContent.slice(0, 20) })()`)); authors != "visually-hidden | Authors: Jonathan Ho" {
		t.Errorf("first result's authors %q, want them after a hidden \"Authors: \"", authors)
	}
	if title := run(t, ctx, chromedp.Title()); !strings.HasPrefix(title, "denoising diffusion · Search · ") {
		t.Errorf("title %q, want the query before the page's", title)
	}
	bytes := run(t, ctx, chromedp.Evaluate[int](`performance.getEntriesByType("resource").reduce((n, e) => n + (e.encodedBodySize || 0), 0)`))
	do(t, ctx, chromedp.Click("#search-results li a"), chromedp.WaitVisible("#paper-title"))
	landed := run(t, ctx, chromedp.Location())
	if first != "Denoising Diffusion Probabilistic Models" {
		t.Errorf("first result %q, want DDPM", first)
	}
	if !strings.HasSuffix(landed, "/papers/2006.11239/") {
		t.Errorf("landed on %s, want the DDPM page", landed)
	}
	t.Logf("the first query loaded %d bytes of script, index and results (uncompressed)", bytes)
	// History and the back button are covered by generator/search's own browser test.

	// A typo's results say which word they are of, on a line of their own
	// (the theme's style) within the status line, in the theme's words.
	do(t, ctx, chromedp.Navigate(base+"search/?q=atention"), chromedp.WaitVisible("#search-status .search-corrected"))
	line := run(t, ctx, chromedp.Evaluate[string](`(() => { const c = document.querySelector(".search-corrected");
		return c.textContent + " | " + getComputedStyle(c).display + " | " + c.closest("[role=status]").id })()`))
	if want := "Showing results for “attention”. | block | search-status"; line != want {
		t.Errorf("?q=atention: correction %q, want %q", line, want)
	}

	// A word late in an abstract: the snippet is the sentence that holds
	// it, the word marked, not the abstract's first lines.
	do(t, ctx, chromedp.Navigate(base+"search/?q=langevin"), chromedp.WaitVisible("#search-results .search-result-snippet"))
	snippet := run(t, ctx, chromedp.Evaluate[string](`(() => { const p = document.querySelector(".search-result-snippet");
		return (p.querySelector("mark") || {}).textContent + " | " + p.textContent.slice(0, 40) })()`))
	if want := "Langevin | …The paper shows that with the right par"; snippet != want {
		t.Errorf("?q=langevin: snippet %q, want %q", snippet, want)
	}
}

// TestSearchWithoutJavaScript: with JavaScript off, no page shows the
// header's search box, which would lead to a page that cannot search and
// lose what was typed; the search page, reached by a link (a bookmark, a
// browser's search engine), shows its notice, with links to browse, and
// not a form that would only submit to itself again.
func TestSearchWithoutJavaScript(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}))
	do(t, ctx, chromedp.Navigate(base), chromedp.WaitReady("#header-q"))
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`getComputedStyle(document.querySelector(".header-search")).display === "none"`, chromedp.WithPollingTimeout(5*time.Second)))
	if display := run(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector(".header-search")).display`)); display != "none" {
		t.Errorf("the header's search box without JavaScript: display %q, want none", display)
	}
	do(t, ctx, chromedp.Navigate(base+"search/?q=diffusion"), chromedp.WaitVisible("main .notice"))
	// A loaded machine has been seen to evaluate the style before the
	// scripting media feature applied: give it a moment (or time out).
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`getComputedStyle(document.getElementById("search-form")).display === "none"`, chromedp.WithPollingTimeout(5*time.Second)))
	shown := run(t, ctx, chromedp.Evaluate[string](`[getComputedStyle(document.getElementById("search-form")).display,
		document.querySelector("main .notice").innerText, document.querySelectorAll("main .notice a").length].join(" | ")`))
	if want := "none | Search needs JavaScript, which is off in this browser. Browse the archive, topics, authors or organizations instead. | 4"; shown != want {
		t.Errorf("search page without JavaScript: form display, notice, links = %q, want %q", shown, want)
	}
}

// TestCopyBibTeXInBrowser clicks a paper page's Copy BibTeX button, which
// copy.js makes where the page may write to the clipboard (a page on
// 127.0.0.1 may), first in its line and reached with the keyboard. The clipboard is replaced by a recorder, as a headless
// browser's is no one's: what the test checks is what the script writes
// and says, and that a refusal is said too.
//
// The page scrolls smoothly, and a click is sent where the button is when
// it is asked for: the button is scrolled to at once first, as a click
// mid-scroll on a loaded machine hit the line around it or its .bib link
// (11 of 60 runs failed beside another go test). The page's timers of a
// second or more (the message's going after four) are held, so that a
// slow step of the test cannot outlast the message it reads.
func TestCopyBibTeXInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	const button = ".cite-actions > button.copy:first-child"
	do(t, ctx, chromedp.Navigate(base+"papers/2305.18290/"), chromedp.WaitVisible(button),
		chromedp.Evaluate[chromedp.Void](`navigator.clipboard.writeText = t => { window.copied = t; return Promise.resolve() };
		const setTimeoutOf = window.setTimeout; window.setTimeout = (f, ms, ...args) => ms >= 1000 ? 0 : setTimeoutOf(f, ms, ...args);
		document.querySelector("`+button+`").scrollIntoView({block: "center", behavior: "instant"}); 0`))
	if label := run(t, ctx, chromedp.Text(button)); label != "Copy BibTeX" {
		t.Errorf("button says %q", label)
	}
	if focused := run(t, ctx, chromedp.Evaluate[bool](`document.querySelector("`+button+`").focus(); document.activeElement.matches("`+button+`")`)); !focused {
		t.Errorf("the button takes no keyboard focus")
	}
	do(t, ctx, chromedp.Click(button))
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById("copy-status").textContent != ""`, chromedp.WithPollingTimeout(20*time.Second)))
	entry := run(t, ctx, chromedp.Evaluate[string](`document.getElementById("bibtex-entry").textContent`))
	copied := run(t, ctx, chromedp.Evaluate[string](`window.copied || ""`))
	if !strings.HasPrefix(copied, "@misc{rafailov2023direct,\n") || copied != entry {
		t.Errorf("copied %q, want the entry %q", copied, entry)
	}
	if status := run(t, ctx, chromedp.Text("#copy-status")); status != "BibTeX entry copied." {
		t.Errorf("status %q after copying", status)
	}
	// A second click while the message shows: screen readers read a live
	// region out when its text changes, so it is emptied before the same
	// message comes back.
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`window.said = []; const s = document.getElementById("copy-status");
		new MutationObserver(() => window.said.push(s.textContent)).observe(s, {childList: true, characterData: true, subtree: true}); 0`),
		chromedp.Click(button))
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`window.said.at(-1) == "BibTeX entry copied."`, chromedp.WithPollingTimeout(20*time.Second)))
	if said := run(t, ctx, chromedp.Evaluate[[]string](`window.said`)); !slices.Equal(said, []string{"", "BibTeX entry copied."}) {
		t.Errorf("the status after a second click went %q, want emptied and then the message again", said)
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`navigator.clipboard.writeText = () => Promise.reject(new Error("denied")); 0`),
		chromedp.Click(button))
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`document.getElementById("copy-status").textContent.startsWith("Could not")`, chromedp.WithPollingTimeout(20*time.Second)))
	if status := run(t, ctx, chromedp.Text("#copy-status")); !strings.HasPrefix(status, "Could not copy") {
		t.Errorf("status %q after the clipboard refused", status)
	}
}

// TestPrintInBrowser looks at a day and an author page as they print: a
// listed paper shows its arXiv id (or, not on arXiv, its address) after its
// title and its code's address,
// which paper cannot follow a link to, and the day's .bib link, of no use
// on paper, is left out, as is a search page's form.
func TestPrintInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.Navigate(base+"days/2024-06-03/"), chromedp.WaitVisible(".paper-list"))
	emulatePrint(t, ctx)
	after := func(sel string) string {
		return run(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector(`+"`"+sel+"`"+`), "::after").content`))
	}
	if got, want := after(`.paper-title a[href$="/papers/2405.21060/"]`), `" · arXiv:2405.21060"`; got != want {
		t.Errorf("printed title's ::after = %s, want %s", got, want)
	}
	if got, want := after(`.paper-meta a[href="https://github.com/state-spaces/mamba"]`), `" <https://github.com/state-spaces/mamba>"`; got != want {
		t.Errorf("printed Code link's ::after = %s, want %s", got, want)
	}
	if got := run(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector(".paper-title a[data-cite]")).textDecorationLine`)); got != "none" {
		t.Errorf("printed title's text-decoration-line = %s, want none (else the link's underline runs under the id)", got)
	}
	hidden := func(sel string) {
		t.Helper()
		if got := run(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector("`+sel+`")).display`)); got != "none" {
			t.Errorf("printed %s's display = %s, want none", sel, got)
		}
	}
	hidden(".bib-link")
	// A paper with neither arXiv id nor DOI prints the address to find it
	// at: its project page's (else its PDF's, else its page's here).
	do(t, ctx, chromedp.Navigate(base+"days/2024-05-31/"), chromedp.WaitVisible(".paper-list"))
	if got, want := after(`.paper-title a[href$="/papers/openai-2024-hello-gpt-4o/"]`), `" <https://openai.com/index/hello-gpt-4o/>"`; got != want {
		t.Errorf("printed title's ::after of a paper not on arXiv = %s, want %s", got, want)
	}
	// A topic's feed link and a paper's .bib download, of no use on paper,
	// are left out with their separators; the paper's DOI stays.
	do(t, ctx, chromedp.Navigate(base+"topics/agents/"), chromedp.WaitVisible(".paper-list"))
	hidden(".feed-link")
	do(t, ctx, chromedp.Navigate(base+"papers/2305.18290/"), chromedp.WaitVisible(".cite-actions"))
	hidden(".bib-download")
	if got := run(t, ctx, chromedp.Evaluate[string](`document.querySelector(".cite-actions").innerText.trim()`)); !strings.HasPrefix(got, "DOI\u00a010.48550/arXiv.2305.18290") {
		t.Errorf("the paper's cite line prints %q, want its DOI alone", got)
	}
	// A search's results print without the form above them.
	do(t, ctx, chromedp.Navigate(base+"search/?q=attention"), chromedp.WaitVisible("#search-results li"))
	hidden(".search-form")
	do(t, ctx, chromedp.Navigate(base+"authors/tri-dao/"), chromedp.WaitVisible(".paper-rows"))
	if got, want := after(`.paper-rows a[href$="/papers/2405.21060/"]`), `" · arXiv:2405.21060"`; got != want {
		t.Errorf("printed author page row's ::after = %s, want %s", got, want)
	}
	if got := run(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector(".paper-rows a[data-cite]")).textDecorationLine`)); got != "none" {
		t.Errorf("printed author page row's text-decoration-line = %s, want none (else the link's underline runs under the id)", got)
	}
}

// TestPrintFoldedAuthorsInBrowser prints a paper page whose authors past the
// tenth are folded in a <details>: printed, they unfold. A browser without
// ::details-content (Firefox ESR 140) cannot unfold them; it is played
// here by Chromium given the stylesheet with that pseudo-element renamed to
// one no browser knows, so that the rules naming it are dropped and
// @supports finds it missing, as there. It must print the summary ("10
// more authors") rather than end the list on a comma.
func TestPrintFoldedAuthorsInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	emulatePrint(t, ctx)
	const printed = `[document.querySelector(".more-authors p a:last-child").checkVisibility(),
		document.querySelector(".more-authors > summary").checkVisibility()]`
	do(t, ctx, chromedp.Navigate(base+"papers/2203.02155/"), chromedp.WaitReady(".more-authors"))
	if got := run(t, ctx, chromedp.Evaluate[[]bool](printed)); !slices.Equal(got, []bool{true, false}) {
		t.Errorf("printed, [last folded author shown, summary shown] = %v, want [true false]", got)
	}
	do(t, ctx, chromedp.Evaluate[chromedp.Void](`(async () => {
		const link = document.querySelector('link[rel="stylesheet"][href$="/style.css"]');
		const style = document.createElement("style");
		style.textContent = (await (await fetch(link.href)).text()).replaceAll("::details-content", "::x-unknown-pseudo");
		link.replaceWith(style);
		window.swapped = true;
	})(); 0`))
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`window.swapped === true`, chromedp.WithPollingTimeout(5*time.Second)))
	if got := run(t, ctx, chromedp.Evaluate[[]bool](printed)); !slices.Equal(got, []bool{false, true}) {
		t.Errorf("printed without ::details-content, [last folded author shown, summary shown] = %v, want [false true]: the list ends on a comma with no word of the others", got)
	}
}

// TestPrintWideFormulaFitsInBrowser prints a paper page whose display
// formula is wider than an A4 page's column (DPO's loss): it is scaled to
// the column, where it was cut at the page's edge (its second fraction and
// closing brackets lost). As in a real printout, scroll.js measures it at
// beforeprint on the screen, before the page is laid out for paper.
func TestPrintWideFormulaFitsInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, chromedp.Navigate(base+"papers/2305.18290/"), chromedp.WaitReady(".math-display math"),
		chromedp.Evaluate[chromedp.Void](`window.dispatchEvent(new Event("beforeprint")); 0`))
	emulatePrint(t, ctx)
	// A4 less the 1.5 cm margins, in CSS px.
	do(t, ctx, chromedp.EmulateViewport(680, 1000))
	got := run(t, ctx, chromedp.Evaluate[[]string](`[...document.querySelectorAll(".math-display")].map(d => {
		const r = document.createRange(); r.selectNodeContents(d.firstElementChild);
		const w = r.getBoundingClientRect().width;
		return d.scrollWidth > d.clientWidth + 1 ? "cut: " + d.scrollWidth + " px in " + d.clientWidth : w >= 0.9 * d.clientWidth ? "fills" : "shrunk to " + w + " px in " + d.clientWidth;
	})`))
	if want := []string{"fills"}; !slices.Equal(got, want) {
		t.Errorf("printed on A4, the page's display formulas: %q, want %q", got, want)
	}
}

// emulatePrint has the browser apply the stylesheet's print rules to the
// pages it shows from now on.
func emulatePrint(t *testing.T, ctx context.Context) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"})
		return err
	})); err != nil {
		t.Fatal(err)
	}
}

// TestNewerIndexReloadsScriptInBrowser: after a deploy that changed the
// search index's format, a browser may still hold the old search.js (a
// host lets it keep files for minutes) and meet the new index. The script
// then fetches itself again past the cache and reloads the page, once: a
// script still old after that says search failed, and reloads no more.
func TestNewerIndexReloadsScriptInBrowser(t *testing.T) {
	var (
		mu       sync.Mutex
		requests []string // "path cache-control" of the search page and script
	)
	ctx, base := sampleInBrowserVia(t, func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if strings.HasSuffix(r.URL.Path, "/search.js") || strings.HasSuffix(r.URL.Path, "/search/") {
				mu.Lock()
				requests = append(requests, path.Base(r.URL.Path)+" "+r.Header.Get("Cache-Control"))
				mu.Unlock()
			}
			if !strings.HasSuffix(r.URL.Path, "/search/meta.json") {
				w.Header().Set("Cache-Control", "max-age=600")
				h.ServeHTTP(w, r)
				return
			}
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, r)
			newer := strings.Replace(rec.Body.String(), `{"version":`, `{"version":99,"was":`, 1)
			w.Header().Set("Content-Type", "application/json")
			w.Write([]byte(newer))
		})
	})
	do(t, ctx, chromedp.Navigate(base+"search/?q=attention"))
	_, _ = chromedp.Run(ctx, chromedp.Poll[bool](`(document.getElementById("search-status") || {}).textContent.startsWith("Search is unavailable")`, chromedp.WithPollingTimeout(10*time.Second)))
	time.Sleep(500 * time.Millisecond) // a loop of reloads would show here
	status := run(t, ctx, chromedp.Text("#search-status"))
	mu.Lock()
	got := strings.Join(requests, ", ")
	mu.Unlock()
	want := "search , search.js , search.js no-cache, search max-age=0" // the reloaded page takes the script fetched again from the cache
	if got != want {
		t.Errorf("requests: %s\nwant: %s (the script fetched past the cache, then the page reloaded once)", got, want)
	}
	if !strings.HasPrefix(status, "Search is unavailable") {
		t.Errorf("status after the reload: %q, want search failed", status)
	}
}

// TestLandmarksInBrowser: the landmarks a screen reader lists to jump
// between are the page's main parts. The home page's five days, and the
// archive's months (one per month of the archive, 60 after five years),
// were each a region of their own among them; they are parts of a region,
// found by their headings.
func TestLandmarksInBrowser(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	for _, c := range []struct {
		page string
		want []string // in the document's order
	}{
		{"", []string{"banner", "navigation Main", "search Site search", "main",
			"region Trending this week", "region Latest days", "region Follow the daily digest", "contentinfo"}},
		{"archive/", []string{"banner", "navigation Main", "search Site search", "main", "contentinfo"}},
	} {
		do(t, ctx, chromedp.Navigate(base+c.page), chromedp.WaitReady("footer"))
		if got := landmarksInBrowser(t, ctx); !slices.Equal(got, c.want) {
			t.Errorf("%s: landmarks\n%s\nwant\n%s", base+c.page, strings.Join(got, ", "), strings.Join(c.want, ", "))
		}
	}
}

// landmarksInBrowser lists the landmarks of the page, as a screen
// reader lists them to jump between: in the order of the accessibility
// tree's nodes, each role with its name but main's ("navigation Main").
func landmarksInBrowser(t *testing.T, ctx context.Context) []string {
	t.Helper()
	landmark := map[string]bool{"banner": true, "navigation": true, "search": true, "main": true, "region": true,
		"complementary": true, "contentinfo": true, "form": true}
	var got []string
	for _, n := range axNodes(t, ctx) {
		if role := n[0]; landmark[role] {
			if n[1] != "" && role != "main" {
				role += " " + n[1]
			}
			got = append(got, role)
		}
	}
	return got
}

// axNames lists the names of the page's accessibility nodes of a role
// ("DisclosureTriangle" for a <summary>), as a screen reader reads them.
func axNames(t *testing.T, ctx context.Context, role string) []string {
	t.Helper()
	var got []string
	for _, n := range axNodes(t, ctx) {
		if n[0] == role {
			got = append(got, n[1])
		}
	}
	return got
}

// axNodes lists the role and name of each node of the page's
// accessibility tree that is not ignored, in the tree's order.
func axNodes(t *testing.T, ctx context.Context) [][2]string {
	t.Helper()
	tree, err := chromedp.Call(ctx, accessibility.GetFullAXTree, accessibility.GetFullAXTreeParams{})
	if err != nil {
		t.Fatal(err)
	}
	text := func(v *accessibility.Value) string {
		var s string
		if v != nil {
			json.Unmarshal(v.Value, &s)
		}
		return s
	}
	byID := make(map[accessibility.NodeID]*accessibility.Node, len(tree.Nodes))
	for _, n := range tree.Nodes {
		byID[n.NodeID] = n
	}
	var got [][2]string
	var walk func(n *accessibility.Node)
	walk = func(n *accessibility.Node) {
		if !n.Ignored {
			got = append(got, [2]string{text(n.Role), text(n.Name)})
		}
		for _, id := range n.ChildIDs {
			if c := byID[id]; c != nil {
				walk(c)
			}
		}
	}
	if len(tree.Nodes) > 0 {
		walk(tree.Nodes[0])
	}
	return got
}

// TestOldCopyButtonInBrowser: a theme's paper.html from before copy.js
// made the button, which writes <button data-copy … hidden> itself, keeps
// working with the built-in copy.js: its button is shown, and no second
// one is made inside it.
func TestOldCopyButtonInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t, browsertest.WindowSize(1280, 900))
	old := editBuiltin(t, "templates/paper.html",
		`<p class="cite-actions" data-copy="bibtex-entry" data-copy-label="{{T "copyBibTeX"}}" data-status="copy-status" data-done="{{T "bibtexCopied"}}" data-failed="{{T "copyFailed"}}">`,
		`<p class="cite-actions"><button type="button" class="copy" data-copy="bibtex-entry" data-status="copy-status" data-done="{{T "bibtexCopied"}}" data-failed="{{T "copyFailed"}}" hidden>{{T "copyBibTeX"}}</button>`)
	out, err := buildSite(t, themed("-- themes/mine/templates/paper.html --\n"+old), Options{})
	if err != nil {
		t.Fatal(err)
	}
	do(t, ctx, chromedp.Navigate(serveBuilt(t, out, "/repo/")+"papers/2405.00001/"), chromedp.WaitVisible(".cite-actions > button.copy"))
	if got := run(t, ctx, chromedp.Evaluate[string](`[...document.querySelectorAll("button.copy")].map(b => b.textContent).join("|")`)); got != "Copy BibTeX" {
		t.Errorf("the page's copy buttons say %q, want the one Copy BibTeX", got)
	}
}

// serveBuilt serves the files of a built site under basePath, as GitHub
// Pages would, and returns the address of its home.
func serveBuilt(t *testing.T, out built, basePath string) string {
	t.Helper()
	root := t.TempDir()
	for p, data := range out {
		f := filepath.Join(root, filepath.FromSlash(basePath), filepath.FromSlash(p))
		if err := os.MkdirAll(filepath.Dir(f), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(f, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(root)))
	t.Cleanup(srv.Close)
	return srv.URL + basePath
}

// TestMain shares a browser of each window size between the package's
// browser tests (browsertest.Run), and removes the sample site they read.
// The tests collect garbage at GOGC 400 (a streamed build still sets its
// own while it renders, and puts this back): their sites are small, so
// at the default 100 the collector ran every few megabytes and took a
// quarter of the CPU of the tests that build hundreds of them
// (TestMistakesNamePathAndLine, TestCuratorMistakes and TestStaticClashes
// took 16.4-20.0 s of user time against 23.7-27.0 s, 40 MB more RSS).
func TestMain(m *testing.M) {
	debug.SetGCPercent(400)
	code := browsertest.Run(m)
	if sample.root != "" {
		os.RemoveAll(sample.root)
	}
	os.Exit(code)
}

// sample is the sample site built and written once for the browser tests,
// which only read it (34 of them; a build and its files took 0.7 s and
// more): the folder it is in and its base path, or the error that stopped
// it.
var sample struct {
	once           sync.Once
	root, basePath string
	err            error
}

// writtenSample returns the folder the sample site is written to, under
// its base path, and that base path.
func writtenSample(t *testing.T) (root, basePath string) {
	t.Helper()
	sample.once.Do(func() {
		res, err := sampleBuild()
		if err != nil {
			sample.err = err
			return
		}
		if sample.root, err = os.MkdirTemp("", "paperboy-sample-"); err != nil {
			sample.err = err
			return
		}
		sample.basePath = res.Site.Config.BasePath()
		sample.err = output.Write(context.Background(), filepath.Join(sample.root, filepath.FromSlash(strings.Trim(sample.basePath, "/"))), res.Files)
	})
	if sample.err != nil {
		t.Fatal(sample.err)
	}
	return sample.root, sample.basePath
}

// TestFiguresInDarkMode: a figure drawn on no background, as most plots
// from papers are, is shown on white in dark mode, where its black ink
// would be on the page's near-black; and a paper page's day link leads to
// the paper's place in the day's list, marked.
func TestFiguresInDarkMode(t *testing.T) {
	t.Parallel()
	ctx, base := sampleInBrowser(t)
	do(t, ctx, emulateMedia("prefers-color-scheme", "dark"), chromedp.Navigate(base+"papers/1706.03762/"), chromedp.WaitVisible(".prose img"))
	if bg := run(t, ctx, chromedp.Evaluate[string](`getComputedStyle(document.querySelector(".prose img")).backgroundColor`)); bg != "rgb(255, 255, 255)" {
		t.Errorf("a figure's background in dark mode is %s, want white", bg)
	}
	do(t, ctx, chromedp.Click(".kicker a"), chromedp.WaitVisible("#paper-1706\\.03762"))
	marked := run(t, ctx, chromedp.Evaluate[string](`location.hash + " " + (getComputedStyle(document.querySelector(":target")).backgroundColor !== getComputedStyle(document.body).backgroundColor)`))
	if marked != "#paper-1706.03762 true" {
		t.Errorf("the day link's target and whether it is marked: %q, want #paper-1706.03762 true", marked)
	}
}
