package generator

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
	"github.com/paperboy-digest/paperboy/generator/output"
)

// TestSchemeImagesInBrowser: a pair of images GitHub shows one scheme
// each (#gh-dark-mode-only, #gh-light-mode-only, as a README pairs a
// logo for each) shows one image in the light scheme and the other in the
// dark one; and the browser fetches only the one it shows, also where
// the pair begins a day's text (a banner), which loads with the page
// when it is one image.
func TestSchemeImagesInBrowser(t *testing.T) {
	t.Parallel()
	ctx := browsertest.Start(t)
	res, err := Build(context.Background(), Options{Site: siteFS(`
-- content/site.yaml --
title: T
baseURL: https://example.org/
-- content/papers/a.md --
---
title: A
arxiv: "2401.00001"
date: 2024-01-01
---
Abstract.

![The logo](dark.svg#gh-dark-mode-only) ![The logo](light.svg#gh-light-mode-only)
-- content/papers/dark.svg --
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3" width="40" height="30"/>
-- content/papers/light.svg --
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3" width="40" height="30"/>
-- content/days/2024-01-01.md --
![The banner](banner-dark.svg#gh-dark-mode-only)
![The banner](banner-light.svg#gh-light-mode-only)

Today's papers.
-- content/days/banner-dark.svg --
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3" width="40" height="30"/>
-- content/days/banner-light.svg --
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3" width="40" height="30"/>
`)})
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	if err := output.Write(context.Background(), filepath.Join(root, "site"), res.Files); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var fetched []string // the images asked for, by name
	files := http.FileServer(http.Dir(filepath.Join(root, "site")))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasSuffix(r.URL.Path, ".svg") {
			mu.Lock()
			fetched = append(fetched, path.Base(r.URL.Path))
			mu.Unlock()
		}
		w.Header().Set("Cache-Control", "no-store") // each scheme's page fetches its own
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	shown := `[...document.querySelectorAll("main img")].filter(i => i.getBoundingClientRect().width > 0).map(i => i.getAttribute("src").split("/").pop()).join(" ")`
	for _, c := range []struct{ scheme, page, want, hidden string }{
		{"light", "papers/2401.00001/", "light.svg#gh-light-mode-only", "dark.svg"},
		{"dark", "papers/2401.00001/", "dark.svg#gh-dark-mode-only", "light.svg"},
		{"light", "days/2024-01-01/", "banner-light.svg#gh-light-mode-only", "banner-dark.svg"},
		{"dark", "days/2024-01-01/", "banner-dark.svg#gh-dark-mode-only", "banner-light.svg"},
	} {
		do(t, ctx, chromedp.Navigate("about:blank"), emulateMedia("prefers-color-scheme", c.scheme))
		mu.Lock()
		fetched = nil
		mu.Unlock()
		do(t, ctx, chromedp.Navigate(srv.URL+"/"+c.page), chromedp.WaitReady("footer"),
			chromedp.Poll[chromedp.Void](`[...document.querySelectorAll("main img")].some(i => i.complete && i.naturalWidth > 0)`, chromedp.WithPollingTimeout(10*time.Second)))
		if got := run(t, ctx, chromedp.Evaluate[string](shown)); got != c.want {
			t.Errorf("%s scheme: %s shows %q, want %q", c.scheme, c.page, got, c.want)
		}
		mu.Lock()
		got, hidden := strings.Join(fetched, " "), slices.Contains(fetched, c.hidden)
		mu.Unlock()
		if hidden {
			t.Errorf("%s scheme: %s fetched %s, which it does not show (fetched: %s)", c.scheme, c.page, c.hidden, got)
		}
	}
}
