package main

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/search"
	"github.com/paperboy-digest/paperboy/themes"
)

// The search budgets of issue 7, for a 10,000-paper archive.
const (
	firstQueryBudget = 150_000 // bytes, gzip, of a first search's downloads
	indexShareBudget = 0.40    // the index's size as a share of the site's HTML
)

// budgetQueries are two-word searches as readers type them, the last word
// possibly a prefix; the first query's budget holds for the worst of them.
var budgetQueries = []string{"diffusion models", "language agents", "robust attention", "schrödinger bridges", "reward mod"}

// searchBudget is what the in-process build measured about search.
type searchBudget struct {
	firstQuery int    // the most gzip bytes any budget query downloads
	worstQuery string // the query that downloads them
	indexBytes int64  // every file under search/
	htmlBytes  int64  // every .html file
	files      int    // every output file of the in-process build
	indexBuild time.Duration
	stages     []stage // the in-process build's stage timings
}

// measureSearch builds site in-process, the way `paperboy build` does, and
// measures the search index against its budgets.
func measureSearch(ctx context.Context, site string) (searchBudget, error) {
	res, err := generator.Build(ctx, generator.Options{Site: os.DirFS(site)})
	if err != nil {
		return searchBudget{}, fmt.Errorf("in-process build: %w", err)
	}
	var b searchBudget
	for _, s := range res.Stages {
		b.stages = append(b.stages, stage{s.Name, s.Duration})
		if s.Name == "search" {
			b.indexBuild = s.Duration
		}
	}
	var script []byte
	for _, f := range res.Files {
		switch {
		case strings.HasPrefix(f.Path, search.Dir):
			b.indexBytes += int64(len(f.Data))
		case strings.HasSuffix(f.Path, ".html"):
			b.htmlBytes += int64(len(f.Data))
		case f.Path == "search.js":
			script = f.Data
		}
	}
	b.files = len(res.Files)
	if script == nil { // a theme that ships no script at the root: use the built-in one
		if script, err = fs.ReadFile(themes.Default(), "static/search.js"); err != nil {
			return b, err
		}
	}
	for _, q := range budgetQueries {
		n, err := search.FirstQueryBytes(res.Files, script, q)
		if err != nil {
			return b, fmt.Errorf("first query %q: %w", q, err)
		}
		if n > b.firstQuery {
			b.firstQuery, b.worstQuery = n, q
		}
	}
	return b, nil
}

// indexShare is the index's size as a share of the HTML's.
func (b searchBudget) indexShare() float64 {
	if b.htmlBytes == 0 {
		return 0
	}
	return float64(b.indexBytes) / float64(b.htmlBytes)
}
