package generator

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
	"github.com/paperboy-digest/paperboy/generator/output"
)

// TestSchemeImagesInBrowser: a pair of images GitHub shows one scheme
// each (#gh-dark-mode-only, #gh-light-mode-only, as a README pairs a
// logo for each) shows one image in the light scheme and the other in the
// dark one.
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
`)})
	if err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	if err := output.Write(context.Background(), filepath.Join(root, "site"), res.Files); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(filepath.Join(root, "site"))))
	t.Cleanup(srv.Close)
	shown := `[...document.querySelectorAll("main img")].filter(i => i.getBoundingClientRect().width > 0).map(i => i.getAttribute("src").split("/").pop()).join(" ")`
	for _, c := range []struct{ scheme, want string }{
		{"light", "light.svg#gh-light-mode-only"},
		{"dark", "dark.svg#gh-dark-mode-only"},
	} {
		do(t, ctx, emulateMedia("prefers-color-scheme", c.scheme), chromedp.Navigate(srv.URL+"/papers/2401.00001/"), chromedp.WaitReady("footer"))
		if got := run(t, ctx, chromedp.Evaluate[string](shown)); got != c.want {
			t.Errorf("%s scheme: the page shows %q, want %q", c.scheme, got, c.want)
		}
	}
}
