package search

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestMain shares a browser between the package's browser tests
// (browsertest.Run), where each started one of its own.
func TestMain(m *testing.M) { os.Exit(browsertest.Run(m)) }

// TestScriptInBrowser serves an index, search.js and testdata/page.html
// (the markup contract) under the base path /repo/ and drives the page in
// headless Chromium: a query from the URL, type-ahead, the URL kept in
// step, keyboard moves, history, the topic filter and escaping. It is
// skipped where Chromium is not installed.
func TestScriptInBrowser(t *testing.T) {
	root := t.TempDir()
	files, _ := mustBuild(t, fixtureDocs(), Options{})
	page, script := pageAndScript(t)
	files = append(files, model.File{Path: "search/index.html", Data: page}, model.File{Path: "search.js", Data: script},
		model.File{Path: "search/fr/index.html", Data: frenchPage(t, page)})
	writeFiles(t, filepath.Join(root, "repo"), files, "")
	srv := httptest.NewServer(http.FileServer(http.Dir(root)))
	defer srv.Close()

	ctx := browsertest.Start(t)

	eval := func(expr string) string {
		t.Helper()
		s, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return s
	}
	wait := func(what, cond string) {
		t.Helper()
		if err := chromedp.Do(ctx, chromedp.Poll[chromedp.Void](cond, chromedp.WithPollingTimeout(15*time.Second))); err != nil {
			t.Fatalf("waiting for %s (%s): %v; status %q, url %q", what, cond, err,
				eval(`document.getElementById('search-status').textContent`), eval(`location.href`))
		}
	}
	const status = `document.getElementById('search-status').textContent`
	do := func(actions ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		if err := chromedp.Do(ctx, actions...); err != nil {
			t.Fatal(err)
		}
	}

	do(chromedp.Navigate(srv.URL + "/repo/search/?q=schr"))
	wait("results of ?q=schr", status+` === '1\u00a0result for “schr”.'`)
	if got, want := eval(`document.querySelector('a.search-result-link').href`), srv.URL+"/repo/papers/2410.07166/"; got != want {
		t.Errorf("result link = %q, want %q", got, want)
	}
	if got := eval(`document.querySelector('a.search-result-link mark').textContent`); got != "Schrödinger" {
		t.Errorf("title mark = %q, want Schrödinger", got)
	}
	// Of a run of CJK characters, the word the query matched is marked,
	// not the whole run.
	do(chromedp.Navigate(srv.URL + "/repo/search/?q=" + url.QueryEscape("翻訳")))
	wait("results of ?q=翻訳", status+` === '1\u00a0result for “翻訳”.'`)
	if got := eval(`Array.from(document.querySelectorAll('a.search-result-link mark'), m => m.textContent).join('|')`); got != "翻訳" {
		t.Errorf("title marks = %q, want 翻訳 alone of 機械学習による翻訳", got)
	}
	if got := eval(`String(document.getElementById('search-topic').options.length)`); got != "6" {
		t.Errorf("topic options = %s, want 6 (All topics and 5 from meta.json)", got)
	}

	do(chromedp.Evaluate[chromedp.Void](`document.getElementById('search-q').value = ''`), chromedp.SendKeys("#search-q", "attention"))
	wait("type-ahead results", status+` === '1\u00a0result for “attention”.'`)
	// Typed after the link's search, a step of its own, which says its last
	// word is a prefix, as it was searched.
	wait("URL pushed while typing", `location.search === '?q=attention&prefix=1' && history.length === 4`)

	do(chromedp.KeyEvent("\u0301")) // ArrowDown from the input
	if got := eval(`document.activeElement.className + ' ' + document.activeElement.textContent`); !strings.HasPrefix(got, "search-result-link Attention") {
		t.Errorf("after ArrowDown the focus is on %q, want the first result", got)
	}

	do(chromedp.Evaluate[chromedp.Void](`document.getElementById('search-q').value = 'theory '`),
		chromedp.Focus("#search-q"), chromedp.KeyEvent("\r")) // Enter submits
	wait("submitted results", status+` === '2\u00a0results for “theory”.'`)
	wait("URL pushed on submit", `location.search === '?q=theory+' && history.length === 5`)
	if got := eval(`document.activeElement.id`); got != "search-q" {
		t.Errorf("after a submit with a keyboard the focus is on #%s, want the box, #search-q, to type on", got)
	}
	do(chromedp.NavigateBack())
	wait("results after Back", status+` === '1\u00a0result for “attention”.' && document.getElementById('search-q').value === 'attention'`)

	do(chromedp.Evaluate[chromedp.Void](`(() => { const s = document.getElementById('search-topic');
		s.value = 'theory'; s.dispatchEvent(new Event('change')); document.getElementById('search-q').value = 'dialogue ';
		s.form.requestSubmit(); })()`))
	wait("topic filter", status+` === '1\u00a0result for “dialogue” in Theory.'`)
	if got := eval(`location.search`); got != "?q=dialogue+&topic=theory" {
		t.Errorf("URL with topic = %q, want ?q=dialogue+&topic=theory", got)
	}
	if got := eval(`document.querySelector('a.search-result-link').textContent + ' ' + document.querySelectorAll('#search-results dialogue').length`); !strings.Contains(got, "<Dialogue> at Scale") || !strings.HasSuffix(got, " 0") {
		t.Errorf("result title = %q, want the literal text <Dialogue> and no element", got)
	}

	do(chromedp.Navigate(srv.URL + "/repo/search/?from=2024-01-01&to=2024-02-28"))
	wait("date filter", status+` === '2\u00a0results from Jan 1, 2024 to Feb 28, 2024.'`)
	if got := eval(`document.querySelector('time.search-result-day').textContent`); got != "Feb 20, 2024" {
		t.Errorf("result day = %q, want Feb 20, 2024", got)
	}

	// A withdrawn paper's result says so after its title, in words.
	do(chromedp.Navigate(srv.URL + "/repo/search/?q=erdos"))
	wait("results of ?q=erdos", status+` === '1\u00a0result for “erdos”.'`)
	if got := eval(`document.querySelector('.search-result-title').textContent + '|' + document.querySelector('.search-result-title strong.withdrawn-label').textContent`); got != "Erdős–Rényi Graphs Revisited Withdrawn|Withdrawn" {
		t.Errorf("withdrawn result title = %q, want its title, then the label Withdrawn", got)
	}
	if got := eval(`String(document.querySelectorAll('.withdrawn-label').length)`); got != "1" {
		t.Errorf("?q=erdos: %s withdrawn labels, want 1", got)
	}

	// A part of an elided word finds and marks it.
	do(chromedp.Navigate(srv.URL + "/repo/search/?q=brien"))
	wait("results of ?q=brien", status+` === '1\u00a0result for “brien”.'`)
	if got := eval(`Array.from(document.querySelectorAll('.search-result-authors mark')).map(m => m.textContent).join()`); got != "O'Brien" {
		t.Errorf("marked author = %q, want O'Brien", got)
	}

	// A singular finds and marks the plural; a typo, the word it misspells
	// (in any letter: an index this small is read whole), and says it
	// shows the results of the correction, on a line of its own in the
	// status line; a submitted word that starts a longer one finds that,
	// not a word one typo away ("atten": attention, not "attend").
	for _, tt := range []struct{ q, mark, note string }{
		{"policy", "Policies", ""},
		{"atention", "Attention", "Showing results for “attention”."},
		{"ttention", "Attention", "Showing results for “attention”."},
		{"Schrödinger briges", "Schrödinger,Bridges", "Showing results for “Schrödinger bridges”."},
		{"atten", "Attention", ""},
	} {
		do(chromedp.Navigate(srv.URL + "/repo/search/?q=" + url.QueryEscape(tt.q)))
		found := "1\u00a0result for “" + tt.q + "”."
		if tt.note != "" {
			found = tt.note + " " + found
		}
		wait("results of ?q="+tt.q, status+` === '`+found+`'`)
		if got := eval(`Array.from(document.querySelectorAll('.search-result-title mark')).map(m => m.textContent).join()`); got != tt.mark {
			t.Errorf("?q=%s: marked title words %q, want %q", tt.q, got, tt.mark)
		}
		note := eval(`(document.querySelector('#search-status .search-corrected') || {}).textContent || ''`)
		if note != tt.note {
			t.Errorf("?q=%s: correction line %q, want %q", tt.q, note, tt.note)
		}
	}

	// A query of more words than are searched names those it searched.
	long := "attention revisited ab cd ef gh ij kl mn op qr st uv wx yz ba dc fe hg"
	do(chromedp.Navigate(srv.URL + "/repo/search/?q=" + url.QueryEscape(long)))
	wait("results of a long query", status+` === 'No results for “attention revisited ab cd ef gh ij kl mn op qr st uv wx yz ba …”. Try fewer or shorter words.'`)
	do(chromedp.Navigate(srv.URL + "/repo/search/?q=zzzz&topic=theory"))
	wait("no results with a filter", status+` === 'No results for “zzzz” in Theory. Try fewer or shorter words, or clear the filters.'`)
	// Filters alone, and no words to make fewer.
	do(chromedp.Navigate(srv.URL + "/repo/search/?from=2023-01-01&to=2023-01-02"))
	wait("no results with filters alone", status+` === 'No results from Jan 1, 2023 to Jan 2, 2023. Widen or clear the filters.'`)

	// A page in French, with the theme's French words for the script: its
	// plural rules and number formats too.
	do(chromedp.Navigate(srv.URL + "/repo/search/fr/"))
	wait("French prompt", status+` === 'Tapez pour rechercher parmi 5\u00a0articles.'`)
	do(chromedp.Navigate(srv.URL + "/repo/search/fr/?q=schr"))
	wait("French results", status+` === '1\u00a0résultat pour «\u202fschr\u202f».'`)
	do(chromedp.Navigate(srv.URL + "/repo/search/fr/?q=atention"))
	wait("French correction", status+` === 'Résultats affichés pour «\u202fattention\u202f». 1\u00a0résultat pour «\u202fatention\u202f».'`)
	do(chromedp.Navigate(srv.URL + "/repo/search/fr/?q=zzzz"))
	wait("French no results", status+` === 'Aucun résultat pour «\u202fzzzz\u202f». Essayez des mots moins nombreux ou plus courts.'`)

	// On a touch screen a submitted search takes the focus from the box,
	// so the on-screen keyboard closes rather than cover the results, to
	// the status line that says what was found.
	do(touch(true), chromedp.Navigate(srv.URL+"/repo/search/"))
	wait("a touch screen", `matchMedia('(pointer: coarse)').matches && `+status+` !== ''`)
	do(chromedp.Focus("#search-q"), chromedp.Evaluate[chromedp.Void](`document.getElementById('search-q').value = 'theory ';
		document.getElementById('search-form').requestSubmit()`))
	wait("submitted on a touch screen", status+` === '2\u00a0results for “theory”.'`)
	if got := eval(`document.activeElement.id`); got != "search-status" {
		t.Errorf("after a submit on a touch screen the focus is on #%s, want the status line, #search-status", got)
	}
	do(touch(false))
}

// touch turns on or off the emulation of a touch screen, whose pointer
// is coarse, as a phone's.
func touch(on bool) chromedp.Action[chromedp.Void] {
	return chromedp.Func(func(ctx context.Context, _ *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetTouchEmulationEnabled, emulation.SetTouchEmulationEnabledParams{Enabled: on})
		return err
	})
}

// frenchPage is page in French: lang="fr", and the search script's
// messages from the built-in theme's French, as jsMessages writes them.
func frenchPage(t *testing.T, page []byte) []byte {
	t.Helper()
	fr, err := i18n.Builtin("fr")
	if err != nil {
		t.Fatal(err)
	}
	msgs := map[string]map[string]string{}
	for _, id := range []string{"searchPrompt", "searchFound", "searchNone", "searchNoneFiltered", "searchCorrected", "searchFor"} {
		if msgs[id], err = fr.Forms(id); err != nil {
			t.Fatal(err)
		}
	}
	js, err := json.Marshal(msgs)
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(page), `<html lang="en">`, `<html lang="fr">`, 1)
	s = strings.Replace(s, `<script src=`, `<script type="application/json" id="search-messages">`+string(js)+"</script>\n<script src=", 1)
	return []byte(s)
}

// pageAndScript returns testdata/page.html, the search page's markup, and
// the theme's search.js.
func pageAndScript(t *testing.T) (page, script []byte) {
	t.Helper()
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	script, err = os.ReadFile(scriptPath)
	if err != nil {
		t.Fatal(err)
	}
	return page, script
}
