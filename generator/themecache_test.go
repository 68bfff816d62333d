package generator

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"
)

// TestLiveThemeTemplateEdit: the preview server's builds after a page
// template of the site's theme is edited in place (the same path, the
// same size) show the new template, tell a mistake saved into it at its
// line (the same error when saved again), and show the fix: the process
// keeps parsed themes (render's cache), and none of its builds may get
// another version's templates or errors.
func TestLiveThemeTemplateEdit(t *testing.T) {
	t.Parallel()
	const page = "themes/mine/templates/paper.html"
	archive := strings.Replace(smallSite, "title: Test Digest\n", "title: Test Digest\ntheme: mine\n", 1) +
		"-- " + page + " --\n{{define \"main\"}}\n<h1 class=\"AAAA\">{{.Paper.Title}}</h1>\n{{end}}\n"
	dir := writeArchive(t, archive)
	ctx := context.Background()
	live, first := startLive(t, dir)
	const out = "papers/2405.00001/index.html"
	if !strings.Contains(filesOf(first)[out], `<h1 class="AAAA">Alpha</h1>`) {
		t.Fatalf("the first build's %s lacks the theme's heading", out)
	}
	path := editFile(t, dir, page, "AAAA", "BBBB")
	res, _, err := live.Build(ctx, []string{path})
	if err != nil {
		t.Fatal(err)
	}
	if got := filesOf(res)[out]; !strings.Contains(got, `<h1 class="BBBB">Alpha</h1>`) {
		t.Errorf("after the edit, %s shows\n%s\nwant the edited heading", out, got)
	}
	const want = page + ":2: template error: .Paper.Titel: a paper (*model.Paper) has no field or method Titel; did you mean .Paper.Title (text)?"
	editFile(t, dir, page, "{{.Paper.Title}}", "{{.Paper.Titel}}")
	for i := range 2 {
		if _, _, err := live.Build(ctx, []string{path}); err == nil || err.Error() != want {
			t.Fatalf("the broken template, build %d: %v; want\n%s", i+1, err, want)
		}
	}
	editFile(t, dir, page, "{{.Paper.Titel}}", "{{.Paper.Title}}")
	editFile(t, dir, page, "BBBB", "CCCC")
	res, _, err = live.Build(ctx, []string{path})
	if err != nil {
		t.Fatalf("the fix: %v", err)
	}
	if got := filesOf(res)[out]; !strings.Contains(got, `<h1 class="CCCC">Alpha</h1>`) {
		t.Errorf("after the fix, %s shows\n%s\nwant the fixed heading", out, got)
	}
}

// TestConcurrentThemes: sites built at once in one process, each with its
// own version of the same theme files (or none), each get their own
// pages, as built alone.
func TestConcurrentThemes(t *testing.T) {
	t.Parallel()
	const sites = 4
	archive := func(i int) string {
		if i == 0 {
			return smallSite
		}
		return strings.Replace(smallSite, "title: Test Digest\n", "title: Test Digest\ntheme: mine\n", 1) +
			fmt.Sprintf("-- themes/mine/templates/paper.html --\n{{define \"main\"}}\n<h1 class=\"site%d\">{{.Paper.Title}}</h1>\n{{end}}\n", i) +
			fmt.Sprintf("-- themes/mine/templates/partials/site-footer.html --\n{{define \"site-footer\"}}<footer>Footer %d</footer>{{end}}\n", i)
	}
	alone := make([]built, sites)
	for i := range sites {
		alone[i] = mustBuild(t, archive(i))
	}
	const out = "papers/2405.00001/index.html"
	for i := 1; i < sites; i++ {
		if page := alone[i][out]; !strings.Contains(page, fmt.Sprintf(`<h1 class="site%d">`, i)) || !strings.Contains(page, fmt.Sprintf("<footer>Footer %d</footer>", i)) {
			t.Fatalf("site %d's %s lacks its theme's heading or footer:\n%s", i, out, page)
		}
	}
	var wg sync.WaitGroup
	got := make([][]built, sites)
	errs := make([][]error, sites)
	for i := range sites {
		got[i], errs[i] = make([]built, 3), make([]error, 3)
		for k := range 3 {
			wg.Go(func() { got[i][k], errs[i][k] = buildSite(t, archive(i), Options{}) })
		}
	}
	wg.Wait()
	for i := range sites {
		for k := range 3 {
			if errs[i][k] != nil {
				t.Fatalf("site %d, build %d: %v", i, k, errs[i][k])
			}
			for p, s := range alone[i] {
				if got[i][k][p] != s {
					t.Errorf("site %d, build %d: %s differs from the site's build alone", i, k, p)
				}
			}
		}
	}
}

// TestThemeErrorsNameTheirFolder: two sites whose theme folders differ in
// name alone, with the same mistake in the same file, are each told it
// in their own folder, however many builds of the other came first.
func TestThemeErrorsNameTheirFolder(t *testing.T) {
	t.Parallel()
	for _, folder := range []string{"mine", "yours", "mine"} {
		archive := strings.Replace(smallSite, "title: Test Digest\n", "title: Test Digest\ntheme: "+folder+"\n", 1) +
			"-- themes/" + folder + "/templates/paper.html --\n{{define \"main\"}}\n<h1>{{.Paper.Titel}}</h1>\n{{end}}\n"
		want := "themes/" + folder + "/templates/paper.html:2: template error: .Paper.Titel: a paper (*model.Paper) has no field or method Titel; did you mean .Paper.Title (text)?"
		if _, err := buildSite(t, archive, Options{}); err == nil || err.Error() != want {
			t.Errorf("theme %s: %v; want\n%s", folder, err, want)
		}
	}
}
