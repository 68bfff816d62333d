package generator

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unsafe"

	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/themes"
)

// writeArchive writes a txtar site into a new folder and returns it.
func writeArchive(t *testing.T, archive string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, siteFS(archive)); err != nil {
		t.Fatal(err)
	}
	return dir
}

// filesOf returns a build's files by path.
func filesOf(res *Result) map[string]string {
	out := map[string]string{}
	for _, f := range res.Files {
		out[f.Path] = string(f.Data)
	}
	return out
}

// editFile replaces the first old in the file rel of the site dir with new
// and returns the file's path.
func editFile(t *testing.T, dir, rel, old, new string) string {
	t.Helper()
	path := filepath.Join(dir, filepath.FromSlash(rel))
	src, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(src), old) {
		t.Fatalf("%s does not contain %q (%v)", rel, old, err)
	}
	if err := os.WriteFile(path, []byte(strings.Replace(string(src), old, new, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// startLive returns a Live for the site in dir and its first build.
func startLive(t *testing.T, dir string) (*Live, *Result) {
	t.Helper()
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	res, _, err := live.Build(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return live, res
}

// quickEdit edits the body of the paper file rel in the site dir and
// rebuilds it through live's quick path, failing the test if the rebuild
// took another path or any file but the search index differs from a clean
// build's. It returns the quick rebuild's files.
func quickEdit(t *testing.T, live *Live, dir, rel, old, new string) map[string]string {
	t.Helper()
	ctx := context.Background()
	paper := editFile(t, dir, rel, old, new)
	res, incomplete, err := live.Build(ctx, []string{paper})
	if err != nil || !incomplete {
		t.Fatalf("body edit of %s: incomplete %v, %v; want the quick path", rel, incomplete, err)
	}
	quick := filesOf(res)
	clean, err := Build(ctx, Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	for p, s := range filesOf(clean) {
		if quick[p] != s && !strings.HasPrefix(p, "search/") {
			t.Errorf("after the quick rebuild of %s, %s differs from a clean build", rel, p)
		}
	}
	return quick
}

func TestLiveQuickRebuild(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, smallSite)
	ctx := context.Background()
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	if _, incomplete, err := live.Build(ctx, nil); err != nil || incomplete {
		t.Fatalf("first build: incomplete %v, %v", incomplete, err)
	}
	paper := filepath.Join(dir, "content/papers/2405.00001.md")
	quick := quickEdit(t, live, dir, "content/papers/2405.00001.md", "An agent abstract", "An edited agent abstract")
	if !strings.Contains(quick["papers/2405.00001/index.html"], "An edited agent abstract") ||
		!strings.Contains(quick["feed.xml"], "An edited agent abstract") {
		t.Error("the quick rebuild did not show the edit on the paper page and in the feed")
	}
	full := completed(t, ctx, live)
	if full == nil {
		t.Fatal("Complete returned nothing")
	}
	clean, err := Build(ctx, Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	got := filesOf(full)
	for p, s := range filesOf(clean) {
		if got[p] != s {
			t.Errorf("after Complete %s differs from a clean build", p)
		}
	}

	// A front matter edit takes the full build.
	src, _ := os.ReadFile(paper)
	os.WriteFile(paper, []byte(strings.Replace(string(src), "upvotes: 5", "upvotes: 50", 1)), 0o644)
	res, incomplete, err := live.Build(ctx, []string{paper})
	if err != nil || incomplete {
		t.Fatalf("front matter edit: incomplete %v, %v; want a full build", incomplete, err)
	}
	if !strings.Contains(filesOf(res)["papers/2405.00001/index.html"], "50\u00a0upvotes") {
		t.Error("the full rebuild did not show the new upvotes")
	}
	// A body edit that brings in a keyword rule's topic changes topic pages: full build.
	src, _ = os.ReadFile(paper)
	os.WriteFile(paper, []byte(string(src)+"\nNow about diffusion.\n"), 0o644)
	if _, incomplete, _ := live.Build(ctx, []string{paper}); incomplete {
		t.Error("a body edit that adds a keyword topic took the quick path")
	}
}

// TestLiveQuickCachedPartials: the quick path renders again what a theme's
// cached partials show of an edited paper, keeps what they show of the
// others, and rebuilds only the feeds that list the paper, with every file
// as a clean build makes it. (The edits change only the abstracts' markup,
// so the related papers, which the quick path leaves to Complete, stay.)
func TestLiveQuickCachedPartials(t *testing.T) {
	t.Parallel()
	site := strings.Replace(smallSite, "pageSize: 2\n", "pageSize: 2\ntheme: mine\nfeedSize: 1\n", 1) + `
-- themes/mine/templates/partials/paper-row.html --
{{define "paper-row"}}<li>{{.Title}}: {{.Content}}</li>{{end}}
`
	dir := writeArchive(t, site)
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	first, _, err := live.Build(context.Background(), nil)
	if err != nil {
		t.Fatal(err)
	}
	before := filesOf(first)
	// Gamma is in no feed (they have one item each: Delta, the newest, in
	// the site's and the agents' feed) but in a row of Ada Lovelace's page.
	quick := quickEdit(t, live, dir, "content/papers/2405.00003.md", "Gamma abstract.", "Gamma *abstract*.")
	if !strings.Contains(quick["authors/ada-lovelace/index.html"], "Gamma: <p>Gamma <em>abstract</em>.</p>") {
		t.Error("Ada Lovelace's page does not show Gamma's new abstract in its row")
	}
	for _, p := range []string{"feed.xml", "atom.xml", "feed.json", "topics/agents/feed.xml", "days/feed.xml"} {
		if quick[p] != before[p] {
			t.Errorf("%s changed, but it does not list Gamma", p)
		}
	}
	// Delta heads the site's and the agents' feed.
	quick = quickEdit(t, live, dir, "content/papers/2406.00004.md", "Delta abstract.", "Delta *abstract*.")
	for _, p := range []string{"feed.xml", "topics/agents/atom.xml", "authors/ada-lovelace/index.html"} {
		if quick[p] == before[p] {
			t.Errorf("%s does not show Delta's new abstract", p)
		}
	}
	if !strings.Contains(quick["authors/ada-lovelace/index.html"], "Gamma: <p>Gamma <em>abstract</em>.</p>") {
		t.Error("Ada Lovelace's page lost Gamma's edited row")
	}
	// Alpha is on the second of Ada Lovelace's pages (pageSize 2: Delta,
	// Gamma, then Alpha), which alone of hers shows the edit.
	last := quick
	quick = quickEdit(t, live, dir, "content/papers/2405.00001.md", "An agent abstract", "An *edited* agent abstract")
	if !strings.Contains(quick["authors/ada-lovelace/page/2/index.html"], "Alpha: <p>An <em>edited</em> agent abstract") {
		t.Error("the second of Ada Lovelace's pages does not show Alpha's new abstract in its row")
	}
	if quick["authors/ada-lovelace/index.html"] != last["authors/ada-lovelace/index.html"] {
		t.Error("the first of Ada Lovelace's pages changed, but Alpha is on the second")
	}
}

// TestLiveStaticEdit: an edit of the site theme's static files alone is
// copied over their outputs without a build, as a clean build publishes
// them (a paper edited meanwhile but not named as changed stays as
// published); an added file or one the build reads itself (search.js,
// robots.txt) takes a full build.
func TestLiveStaticEdit(t *testing.T) {
	menu, err := fs.ReadFile(themes.Default(), "static/menu.js")
	if err != nil {
		t.Fatal(err)
	}
	// The site's menu.js becomes a copy of the built-in one, which is
	// published minified.
	dir := writeArchive(t, themed("-- themes/mine/static/custom.css --\nbody { color: red }\n-- themes/mine/static/js/lab.js --\nvar a = 1;\n-- themes/mine/static/menu.js --\n// mine\n"+string(menu)))
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	ctx := context.Background()
	if _, _, err := live.Build(ctx, nil); err != nil {
		t.Fatal(err)
	}
	css := editFile(t, dir, "themes/mine/static/custom.css", "red", "blue")
	js := editFile(t, dir, "themes/mine/static/js/lab.js", "1", "2")
	mine := editFile(t, dir, "themes/mine/static/menu.js", "// mine\n", "")
	editFile(t, dir, "content/papers/2405.00001.md", `title: "Alpha"`, `title: "Omega"`)
	res, incomplete, err := live.Build(ctx, []string{css, js, mine})
	if err != nil || incomplete {
		t.Fatalf("static edit: incomplete %v, %v", incomplete, err)
	}
	got := filesOf(res)
	if got["custom.css"] != "body { color: blue }\n" || got["js/lab.js"] != "var a = 2;\n" {
		t.Errorf("static files not copied again: %q, %q", got["custom.css"], got["js/lab.js"])
	}
	clean, err := Build(ctx, Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"custom.css", "js/lab.js", "menu.js"} {
		if want := filesOf(clean)[f]; got[f] != want {
			t.Errorf("%s is %q, a clean build's %q", f, got[f], want)
		}
	}
	if strings.Contains(got["papers/2405.00001/index.html"], "Omega") {
		t.Error("a static edit rebuilt the pages")
	}
	if err := os.WriteFile(filepath.Join(dir, "themes/mine/static/new.css"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	res, _, err = live.Build(ctx, []string{filepath.Join(dir, "themes/mine/static/new.css")})
	if err != nil {
		t.Fatal(err)
	}
	if got := filesOf(res); got["new.css"] != "x" || !strings.Contains(got["papers/2405.00001/index.html"], "Omega") {
		t.Error("an added static file did not take a full build")
	}
	// A merge conflict left in a stylesheet is not copied over: the full
	// build it takes says where, as build and check do.
	css = editFile(t, dir, "themes/mine/static/custom.css", "body { color: blue }\n", "<<<<<<< HEAD\nbody { color: blue }\n=======\nbody { color: green }\n>>>>>>> lead\n")
	if _, _, err := live.Build(ctx, []string{css}); err == nil || !strings.Contains(err.Error(), "themes/mine/static/custom.css:1: an unresolved merge conflict") {
		t.Errorf("a stylesheet with a merge conflict: %v, want the conflict at its line", err)
	}
}

// TestLiveStaticAdded: a static file added where the build generates a
// page or feed, or a file beside the sources that no link publishes,
// is not copied over the generated file: the full build it takes
// reports the clash at the theme file, as build and check do, and
// leaves the generated file as it was.
func TestLiveStaticAdded(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, themed("-- themes/mine/static/custom.css --\nbody { color: red }\n-- content/pages/feed.xml --\nnot linked\n"))
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	ctx := context.Background()
	first, _, err := live.Build(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	published := filesOf(first)
	for _, out := range []string{"404.html", "index.html", "feed.xml"} {
		added := filepath.Join(dir, "themes/mine/static", out)
		if err := os.WriteFile(added, []byte("STATIC"), 0o644); err != nil {
			t.Fatal(err)
		}
		res, _, err := live.Build(ctx, []string{added})
		if want := "themes/mine/static/" + out + ": clashes with the generated " + out; err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("static/%s added: %v, files %v; want the error %q", out, err, res != nil && filesOf(res)[out] == "STATIC", want)
		}
		if err := os.Remove(added); err != nil {
			t.Fatal(err)
		}
		if _, _, err := live.Build(ctx, []string{added}); err != nil {
			t.Fatalf("static/%s removed: %v", out, err)
		}
	}
	beside := editFile(t, dir, "content/pages/feed.xml", "not linked", "STATIC")
	res, _, err := live.Build(ctx, []string{beside})
	if err != nil {
		t.Fatal(err)
	}
	if got := filesOf(res)["feed.xml"]; got != published["feed.xml"] {
		t.Errorf("an unpublished file beside the sources replaced feed.xml: %.40q", got)
	}
}

// TestLiveQuickWarnings: after a quick rebuild of a paper's body, the
// warnings are those of a clean build of the same sources: a warning the
// edit fixed (raw HTML, a broken link) is gone, one it brings in is there,
// and those of the front matter and of other files stay, in order.
func TestLiveQuickWarnings(t *testing.T) {
	dir := writeArchive(t, smallSite)
	ctx := context.Background()
	rel := "content/papers/2405.00001.md"
	editFile(t, dir, rel, "title: \"Alpha\"", "title: \"Alpha $\\\\cite{x}$\"")
	editFile(t, dir, rel, "An agent abstract", "An agent <sup>2</sup> abstract [gone](/papers/nope/)")
	editFile(t, dir, "content/papers/2405.00002.md", "A denoising", "A <b>denoising</b>")
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	first, _, err := live.Build(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(first.Warnings) < 4 {
		t.Fatalf("the first build has %d warnings, want the title's, the raw HTML's and the broken link's: %v", len(first.Warnings), first.Warnings)
	}
	for _, e := range []struct{ old, new string }{
		{"<sup>2</sup> ", ""}, // fixes the raw HTML
		{"[gone](/papers/nope/)", "[day](/days/2024-05-31/)"},  // fixes the broken link
		{"An agent", "An agent <i>new</i>\n\n[x](/nope/) and"}, // brings in two
	} {
		got, incomplete, err := live.Build(ctx, []string{editFile(t, dir, rel, e.old, e.new)})
		if err != nil || !incomplete {
			t.Fatalf("replacing %q with %q: incomplete %v, %v; want the quick path", e.old, e.new, incomplete, err)
		}
		clean, err := Build(ctx, Options{Site: os.DirFS(dir)})
		if err != nil {
			t.Fatal(err)
		}
		if g, w := problemLines(got.Warnings), problemLines(clean.Warnings); g != w {
			t.Errorf("after replacing %q with %q, the quick rebuild warns\n%s\nwant, as a clean build does,\n%s", e.old, e.new, g, w)
		}
	}
}

// problemLines is problems one a line.
func problemLines(problems []Problem) string {
	var b strings.Builder
	for _, p := range problems {
		b.WriteString(p.String() + "\n")
	}
	return b.String()
}

// TestLiveFullRebuildSharesFiles: a full rebuild in Live holds each file
// whose bytes did not change in the published build's memory rather than
// in a copy, so that serve does not hold the whole site twice while it
// builds; a file that changed has bytes of its own.
func TestLiveFullRebuildSharesFiles(t *testing.T) {
	dir := writeArchive(t, smallSite)
	ctx := context.Background()
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	first, _, err := live.Build(ctx, nil)
	if err != nil {
		t.Fatal(err)
	}
	before := map[string][]byte{}
	for _, f := range first.Files {
		before[f.Path] = f.Data
	}
	// New upvotes alone would be quick; a new field beside them is not.
	paper := editFile(t, dir, "content/papers/2405.00002.md", "upvotes: 9", "upvotes: 19\nlanguage: en")
	res, incomplete, err := live.Build(ctx, []string{paper})
	if err != nil || incomplete || res.Stages == nil {
		t.Fatalf("front matter edit: incomplete %v, %v; want a full build", incomplete, err)
	}
	var shared int
	for _, f := range res.Files {
		old, ok := before[f.Path]
		same := ok && len(f.Data) > 0 && unsafe.SliceData(old) == unsafe.SliceData(f.Data)
		switch {
		case f.Path == "papers/2405.00002/index.html" && same:
			t.Errorf("%s changed, but holds the last build's bytes", f.Path)
		case same:
			shared++
		case ok && len(f.Data) > 0 && bytes.Equal(old, f.Data):
			t.Errorf("%s is unchanged, but holds a copy of the last build's bytes", f.Path)
		}
	}
	if shared == 0 {
		t.Error("no file shares the last build's bytes")
	}
}

// TestLiveQuickAfterMistake: a save that breaks a paper's front matter or
// a day file fails the build and keeps the published site; the save that
// fixes it rebuilds as quickly as if the mistake had never been saved,
// where it took a full build of the whole site.
func TestLiveQuickAfterMistake(t *testing.T) {
	dir := writeArchive(t, smallSite)
	ctx := context.Background()
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	if _, _, err := live.Build(ctx, nil); err != nil {
		t.Fatal(err)
	}
	const alpha = "content/papers/2405.00001.md"
	// Two saves with the front matter broken, the second also editing the
	// abstract; then the fix, which keeps the edited abstract.
	paper := editFile(t, dir, alpha, "upvotes: 5", "upvotes: [5")
	if _, _, err := live.Build(ctx, []string{paper}); err == nil || !strings.Contains(err.Error(), alpha) {
		t.Fatalf("the build of a paper with broken front matter: %v; want its error", err)
	}
	paper = editFile(t, dir, alpha, "An agent abstract", "A better agent abstract")
	if _, _, err := live.Build(ctx, []string{paper}); err == nil {
		t.Fatal("the build of a paper with broken front matter succeeded")
	}
	got := quickEdit(t, live, dir, alpha, "upvotes: [5", "upvotes: 5")
	if !strings.Contains(got["papers/2405.00001/index.html"], "A better agent abstract") {
		t.Error("the fixed paper's page lacks the abstract saved while its front matter was broken")
	}

	// A day file broken, then its title edited and its list fixed: the
	// day's quick rebuild, which shows the new title.
	dir = writeArchive(t, daySite)
	live = NewLive(Options{Site: os.DirFS(dir)}, dir)
	if _, _, err := live.Build(ctx, nil); err != nil {
		t.Fatal(err)
	}
	const dayFile = "content/days/2024-06-04.md"
	day := editFile(t, dir, dayFile, `["2406.00002", `, `["2406.00002", "2406.00002", `)
	if _, _, err := live.Build(ctx, []string{day}); err == nil {
		t.Fatal("the build of a day listing a paper twice succeeded")
	}
	editFile(t, dir, dayFile, `"Tuesday picks"`, `"Best of Tuesday"`)
	day = editFile(t, dir, dayFile, `"2406.00002", "2406.00002", `, `"2406.00002", `)
	res, incomplete, err := live.Build(ctx, []string{day})
	if err != nil || incomplete || res.Stages != nil {
		t.Fatalf("the build of the fixed day file: incomplete %v, full %v, %v; want the day's quick rebuild", incomplete, res != nil && res.Stages != nil, err)
	}
	clean, err := Build(ctx, Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	if d := firstDifference(filesOf(res), filesOf(clean)); d != "" {
		t.Errorf("after the day file's fix: %s", d)
	}
	if !strings.Contains(filesOf(res)["days/2024-06-04/index.html"], "Best of Tuesday") {
		t.Error("the day's page lacks the title saved while its list was broken")
	}
}

// startSampleLive copies the sample site into a folder and builds it with
// a Live, as startLive does.
func startSampleLive(t *testing.T) (string, *Live, *Result) {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(filepath.Join(dir, "content"), os.DirFS(filepath.Join("..", "content"))); err != nil {
		t.Fatal(err)
	}
	live, res := startLive(t, dir)
	return dir, live, res
}

// TestLiveRetitleSample: on the sample site, a paper's new title alone
// takes the quick path, and every file but the search index and the
// related lists that the new title changes (Complete's) is a clean
// build's: its own page, its neighbours', the lists, its authors' and
// organization's pages, whose descriptions name it, the feeds and the
// .bib files. A title edited with the line after it takes a full build.
func TestLiveRetitleSample(t *testing.T) {
	t.Parallel()
	dir, live, res := startSampleLive(t)
	ctx := context.Background()
	related := relatedOf(res)
	var papers []string // the paper files of papers on the site
	for _, p := range res.Site.Papers {
		if strings.HasPrefix(p.Source, "content/papers/") {
			papers = append(papers, p.Source)
		}
	}
	if len(papers) < 20 {
		t.Fatalf("%d paper files in the sample site", len(papers))
	}
	for i := 0; i < len(papers); i += 5 {
		rel := papers[i]
		path := filepath.Join(dir, filepath.FromSlash(rel))
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		title := regexp.MustCompile(`(?m)^title: (["']?)`).FindSubmatchIndex(src)
		if title == nil {
			t.Fatalf("%s has no title: line", rel)
		}
		at := title[1]
		edited := string(src[:at]) + "Revised " + string(src[at:])
		if err := os.WriteFile(path, []byte(edited), 0o644); err != nil {
			t.Fatal(err)
		}
		res, incomplete, err := live.Build(ctx, []string{path})
		if err != nil || !incomplete {
			t.Fatalf("%s retitled: incomplete %v, %v; want the quick path", rel, incomplete, err)
		}
		matchesCleanButComplete(t, dir, rel+" retitled", res, related)
		if res = completed(t, ctx, live); res == nil {
			t.Fatalf("%s: Complete returned nil", rel)
		}
		related = relatedOf(res)
	}
	// The title and the line after it: the front matter changed beyond
	// the title.
	path := editFile(t, dir, "content/papers/1706.03762.md", `All You Need"`+"\n"+`arxiv: "1706.03762v7"`, `All You Want"`+"\n"+`arxiv: "1706.03762v5"`)
	if _, incomplete, err := live.Build(ctx, []string{path}); err != nil || incomplete {
		t.Errorf("a title and a new field: incomplete %v, %v; want a full build", incomplete, err)
	}
}

// TestFrontLoose: two versions of a paper file have the same loose front
// (a new title, AI summary or counts, which Live rebuilds quickly) only
// when their front matter differs in nothing but the lines of those keys,
// each holding its value alone: a title or summary written on its line,
// counts written as digits; such a line may come or go. A title that
// another line continues, names with an anchor, or writes as a block, a
// count written otherwise, and a line inside another value that only reads
// like a count or a summary never are loose.
func TestFrontLoose(t *testing.T) {
	c := NewCache()
	const rest = "arxiv: \"2405.00001\"\nauthors: [\"Ada Lovelace\"]\ndate: 2024-05-31\n---\nAbstract.\n"
	front := func(head string) front {
		t.Helper()
		src := "---\n" + head + "\n" + rest
		p, err := parse.Paper("content/papers/2405.00001.md", []byte(src), parse.DefaultLimits())
		if err != nil {
			t.Fatalf("%q: %v", head, err)
		}
		return c.frontOf([]byte(src), p)
	}
	for _, tc := range []struct {
		old, new string
		same     bool
	}{
		{`title: "Alpha"`, `title: "Alpha Prime"`, true},
		{`title: Alpha`, `title: 'Alpha: the "prime"'`, true},
		{`title: "Alpha \" quoted"`, `title: Alpha # a comment`, true},
		{`title: 'It''s'`, `title: "It's"`, true},
		{"title: \"Alpha\nPrime\"", `title: "Alpha"`, false},             // a quote another line closes
		{"title: 'Alpha\nPrime'", `title: "Alpha"`, false},               // the same, single-quoted
		{"title: &t Alpha\ntldr: *t", "title: &t Beta\ntldr: *t", false}, // an anchor another field names
		{"title: >\n  Alpha", `title: "Alpha"`, false},                   // a block scalar
		{"title: Alpha\n  continued", "title: Beta\n  continued", false}, // a plain scalar's next line
		{"title: \"Alpha\"\nupvotes: 1", "title: \"Beta\"\nupvotes: 2", true},
		{"title: Alpha\nupvotes: 1\nstars: 30", "title: Alpha\nupvotes: 12 # refreshed\nstars: 31", true},
		{"title: Alpha\nupvotes: 1", "title: Alpha\nupvotes: 2\ncomments: 4", true},               // a count line more
		{"title: Alpha\nstars: 3\nupvotes: 1", "title: Alpha\nupvotes: 1", true},                  // and less
		{"title: Alpha\nupvotes: 1", "title: Alpha\nupvotes: 1\nai_summary: \"It works.\"", true}, // a summary line more
		{"title: Alpha\nai_summary: It works.", "title: Alpha\nai_summary: 'It works: well.'", true},
		{"title: Alpha\nupvotes: 1", "title: Alpha\nupvotes: 2\nlanguage: en", false}, // another line more
		{"title: Alpha\nupvotes: 1", "title: Alpha\nupvotes: 2\ntldr: new", true},     // a plain field's line more
		{"title: Alpha\nupvotes: 1", "title: Alpha\nupvotes: +2", false},              // not digits
		{"title: Alpha\nai_summary: It", "title: Alpha\nai_summary: >\n  It works.", false},
		// A line inside a quoted value that only reads like a count or
		// a summary.
		{"title: Alpha\ntldr: \"Fast\nupvotes: 5\nand good\"", "title: Alpha\ntldr: \"Fast\nupvotes: 6\nand good\"", false},
		{"title: Alpha\ntldr: \"Fast\nand good\"", "title: Alpha\ntldr: \"Fast\nstars: 0\nand good\"", false},
		{"title: Alpha\ntldr: \"Fast\nand good\"", "title: Alpha\ntldr: \"Fast\nai_summary: x\nand good\"", false},
		// A plain field's value over the indented lines after its key.
		{"title: A\ntldr: >-\n  Agents\n  that plan.", "title: A\ntldr: >-\n  Agents that\n  plan well.", true},
		{"title: A\ntldr: |\n  Agents.\n\n  Planning.", "title: A\n" + `tldr: "Agents."`, true},
		{"title: A\ntldr: |2-  # a comment\n    Agents.", "title: A\ntldr: >+\n  Agents.", true},
		{"title: A\ntldr: Agents\n  that plan", "title: A\ntldr: Agents that plan\n  well", true},
		{"title: A\ncomment: \"12 pages,\n  3 figures\"", "title: A\ncomment: '12 pages,\n\n  4 figures' # fixed", true},
		{"title: A\ntldr: >-\n  Agents.\nupvotes: 1", "title: A\nupvotes: 2\ntldr: >-\n  Agents\n  that plan.", true},
		{"title: A\ntldr: |\n  Agents.\n\nupvotes: 1", "title: A\ntldr: |\n  Agents.\nupvotes: 1", false}, // a blank line after it: the front's
		{"title: A\ntldr:\n  Agents.", "title: A\ntldr:\n  Planners.", false},                             // a value that starts below its key
		{"title: A\ntldr: &t >-\n  Agents.\ncomment: *t", "title: A\ntldr: &t >-\n  Planners.\ncomment: *t", false},
		{"title: A\ntldr: !!str |\n  Agents.", "title: A\ntldr: !!str |\n  Planners.", false},
		{"title: A\ntldr: \"Fast\n  more\nand good\"", "title: A\ntldr: \"Fast\n  less\nand good\"", false}, // a quote that closes below
		{"title: A\nai_summary: It\n  works.", "title: A\nai_summary: It\n  works well.", false},            // not a plain field
		{"title: Alpha\n  Prime", "title: Alpha\n  Beta", false},
		// The dates of the versions, on their lines.
		{"title: A\npublished: 2024-01-02", "title: A\npublished: \"2023-12-30T10:00:00Z\"\nupdated: 2024-05-01", true},
		// Keywords: a list in brackets, or an item on each line below.
		{"title: A\nkeywords: [agents, \"planning, search\"]", "title: A\nkeywords: [agents] # fewer", true},
		{"title: A\nkeywords: [agents]", "title: A\nkeywords:\n  - agents\n  - 'tool use'\n\n  - search # a comment", true},
		{"title: A\nkeywords:\n- agents", "title: A\nkeywords:\n- planning", false},                     // items at the key's indentation
		{"title: A\nkeywords: [agents,\n  planning]", "title: A\nkeywords: [agents,\n  search]", false}, // brackets over two lines
		{"title: A\nkeywords: &k [cs.AI]\ncategories: *k", "title: A\nkeywords: &k [cs.LG]\ncategories: *k", false},
		{"title: A\nkeywords:\n  - \"agents\n  planning\"", "title: A\nkeywords:\n  - \"agents\n  search\"", false},
		{"title: A\nkeywords: [agents]", "title: A\nkeywords: [agents]\n  # a comment", false},
	} {
		a, b := front(tc.old), front(tc.new)
		if a.all == b.all {
			t.Errorf("%q and %q: the same front matter hash", tc.old, tc.new)
		}
		if same := a.loose == b.loose; same != tc.same {
			t.Errorf("%q → %q: same loose front %v, want %v", tc.old, tc.new, same, tc.same)
		}
	}
}

// TestLiveConfigAfterFailedBuild: a build that failed after site.yaml
// changed parsed the sources under the new site.yaml; until a build of it
// is published, a save is not rebuilt quickly (which parses under the
// published site.yaml) and leaves no parse of the old one for the full
// build: a paper whose raw HTML a new unsafeHTML: shows shows it.
func TestLiveConfigAfterFailedBuild(t *testing.T) {
	dir := writeArchive(t, smallSite)
	ctx := context.Background()
	live, _ := startLive(t, dir)
	const beta = "content/papers/2405.00002.md"
	broken := editFile(t, dir, beta, "upvotes: 9", "upvotes: 9\ncolour: red")
	if _, _, err := live.Build(ctx, []string{broken}); err == nil {
		t.Fatal("a paper with an unknown field built")
	}
	config := editFile(t, dir, "content/site.yaml", "pageSize: 2", "pageSize: 2\nunsafeHTML: true")
	if _, _, err := live.Build(ctx, []string{config}); err == nil {
		t.Fatal("the site built with a paper with an unknown field")
	}
	editFile(t, dir, beta, "colour: red", "")
	fixed := editFile(t, dir, beta, "\n---\n", "\n---\nRaw <b>bold</b> HTML.\n\n")
	res, _, err := live.Build(ctx, []string{fixed})
	if err != nil {
		t.Fatal(err)
	}
	clean, err := Build(ctx, Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(filesOf(clean)["papers/2405.00002/index.html"], "<b>bold</b>") {
		t.Fatal("a clean build does not show the raw HTML")
	}
	if d := firstDifference(filesOf(res), filesOf(clean)); d != "" {
		t.Errorf("the build after the fix differs from a clean build: %s", d)
	}
}

// TestLiveEmailTemplate: in the preview, an email template broken and
// then fixed is checked again alone, as a full build checks it, with no
// full build: the mistake is told at its line and the published site
// stays, and the fix publishes it as it was, a clean build's files.
// Saved with a paper's new abstract, it is tried after the abstract's
// quick rebuild, which needs no full build either.
func TestLiveEmailTemplate(t *testing.T) {
	t.Parallel()
	const email = "themes/mine/email/digest.txt"
	archive := strings.Replace(smallSite, "title: Test Digest\n", "title: Test Digest\ntheme: mine\n", 1) +
		"-- " + email + " --\n{{.Digest.Name}}\n"
	dir := writeArchive(t, archive)
	ctx := context.Background()
	live, _ := startLive(t, dir)
	path := editFile(t, dir, email, "{{.Digest.Name}}\n", "{{.Digest.Name}}\n{{(index .Papers 30).Title}}\n")
	if _, _, err := live.Build(ctx, []string{path}); err == nil || !strings.Contains(err.Error(), email+":2: template error: {{index .Papers 30}}") {
		t.Fatalf("the broken email template: %v; want its mistake at line 2", err)
	}
	path = editFile(t, dir, email, "{{(index .Papers 30).Title}}\n", "{{len .Papers}} papers\n")
	res, incomplete, err := live.Build(ctx, []string{path})
	if err != nil || incomplete || res.Stages != nil {
		t.Fatalf("the fix: incomplete %v, full build %v, %v; want the email check alone", incomplete, err == nil && res.Stages != nil, err)
	}
	clean, err := Build(ctx, Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatal(err)
	}
	if d := firstDifference(filesOf(res), filesOf(clean)); d != "" {
		t.Errorf("after the fix: %s", d)
	}
	if g, w := problemLines(res.Warnings), problemLines(clean.Warnings); g != w {
		t.Errorf("after the fix, Live warns\n%s\nwhere a clean build warns\n%s", g, w)
	}

	// Saved with a paper's abstract, and then broken with another, the
	// email template is tried on the site the quick rebuild made: the
	// save is told its mistake, and the fix is quick again.
	const alpha = "content/papers/2405.00001.md"
	for _, tc := range []struct {
		name, old, new string
		paper          func() string
		incomplete     bool
		err            string
	}{
		{"an abstract", "{{len .Papers}} papers\n", "{{len .Papers}} papers today\n",
			func() string { return editFile(t, dir, alpha, "An agent abstract", "An edited agent abstract") }, true, ""},
		{"an abstract, the email broken", "{{len .Papers}} papers today\n", "{{(index .Papers 30).Title}}\n",
			func() string { return editFile(t, dir, alpha, "An edited agent abstract", "An agent abstract") }, false, email + ":2: template error: {{index .Papers 30}}"},
		{"the fix", "{{(index .Papers 30).Title}}\n", "{{len .Papers}} papers\n", nil, true, ""},
	} {
		paths := []string{editFile(t, dir, email, tc.old, tc.new)}
		if tc.paper != nil {
			paths = append(paths, tc.paper())
		}
		res, incomplete, err := live.Build(ctx, paths)
		if tc.err != "" {
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Fatalf("%s: %v; want %s", tc.name, err, tc.err)
			}
			continue
		}
		if err != nil || incomplete != tc.incomplete || res.Stages != nil {
			t.Fatalf("%s: incomplete %v, full build %v, %v; want the quick path, incomplete %v", tc.name, incomplete, err == nil && res.Stages != nil, err, tc.incomplete)
		}
		if incomplete {
			res = completed(t, ctx, live)
		}
		clean, err := Build(ctx, Options{Site: os.DirFS(dir)})
		if err != nil {
			t.Fatal(err)
		}
		if d := firstDifference(filesOf(res), filesOf(clean)); d != "" {
			t.Errorf("%s: %s", tc.name, d)
		}
	}
}

// TestLiveIncompleteUntilComplete: after a quick rebuild that leaves the
// search index to Complete, a quick rebuild that itself needs none (new
// upvotes, a stylesheet) is incomplete too until Complete has run:
// serve drops the Complete it had not started when the next save comes,
// and the search index would keep the abstract's old words until some
// later full build.
func TestLiveIncompleteUntilComplete(t *testing.T) {
	t.Parallel()
	site := smallSite + "-- themes/mine/static/custom.css --\nbody{}\n"
	site = strings.Replace(site, "pageSize: 2\n", "pageSize: 2\ntheme: mine\n", 1)
	dir := writeArchive(t, site)
	ctx := context.Background()
	live, _ := startLive(t, dir)
	quickEdit(t, live, dir, "content/papers/2405.00001.md", "An agent abstract", "An edited agent abstract")
	for _, save := range []struct{ rel, old, new string }{
		{"content/papers/2405.00003.md", "upvotes: 9", "upvotes: 12"},
		{"themes/mine/static/custom.css", "body{}", "body{color:red}"},
	} {
		res, incomplete, err := live.Build(ctx, []string{editFile(t, dir, save.rel, save.old, save.new)})
		if err != nil || res.Stages != nil {
			t.Fatalf("%s: full build %v, %v; want a quick rebuild", save.rel, err == nil && res.Stages != nil, err)
		}
		if !incomplete {
			t.Errorf("%s saved before Complete ran: complete, with the search index of the abstract before its edit", save.rel)
		}
	}
	if res := completed(t, ctx, live); res == nil {
		t.Fatal("Complete returned nil")
	}
	res, incomplete, err := live.Build(ctx, []string{editFile(t, dir, "content/papers/2405.00003.md", "upvotes: 12", "upvotes: 9")})
	if err != nil || incomplete || res.Stages != nil {
		t.Errorf("new upvotes after Complete: incomplete %v, full build %v, %v; want the quick path, complete", incomplete, err == nil && res.Stages != nil, err)
	}
}

// completed runs live's Complete and returns what it published: nil when
// it published nothing, and then, when the full build failed, the test
// is told its error.
func completed(tb testing.TB, ctx context.Context, live *Live) *Result {
	tb.Helper()
	res, err := live.Complete(ctx)
	if err != nil {
		tb.Errorf("Complete: %v", err)
	}
	return res
}
