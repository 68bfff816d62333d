package main

import (
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportedSitesBuild imports every real sample into a site and builds
// it: whatever the importers write, the build reads without an error, the
// pages show the papers, and check finds nothing wrong.
func TestImportedSitesBuild(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": "title: Imported\nbaseURL: https://example.org/digest/\ntopics:\n  diffusion-models:\n    keywords: [diffusion]\n"})
	for _, args := range [][]string{
		{"hf", "../../generator/importer/testdata/daily_papers_2024-05-27.json"},
		{"hf", "../../generator/importer/testdata/daily_papers_2025-06-16.json"},
		{"hf", "../../generator/importer/testdata/daily_papers_2026-07-09.json"},
		{"arxiv", "--date", "2026-04-12", "../../generator/importer/testdata/current-2026_id_list-1605.08386.xml"},
		{"arxiv", "--date", "2026-04-12", "../../generator/importer/testdata/current-2026_search-all-testing-max10.xml"},
		{"arxiv", "--date", "2016-01-01", "../../generator/importer/testdata/legacy-2016_id_list-1111.2011v2.xml"},
		{"arxiv", "--date", "2016-01-01", "../../generator/importer/testdata/legacy-2016_search-del_maestro-checkerboard.xml"},
	} {
		if code, _, stderr := runCLI(append(append([]string{"import"}, args...), "-s", dir)...); code != 0 {
			t.Fatalf("import %q: exit %d: %s", args, code, stderr)
		}
	}
	if code, _, stderr := runCLI("build", "-q", "-s", dir); code != 0 {
		t.Fatalf("the imported site does not build:\n%s", stderr)
	}
	if code, out, _ := runCLI("check", "-s", dir); code != 0 {
		t.Fatalf("check of the imported site:\n%s", out)
	}
	snap := snapshot(t, dir+"/public")
	for _, want := range []string{"papers/2405.15738/index.html", "papers/1605.08386/index.html", "papers/cond-mat-0603029/index.html", "days/2024-05-27/index.html"} {
		if _, ok := snap[dir+"/public/"+want]; !ok {
			t.Errorf("no %s", want)
		}
	}
	for p, s := range snap {
		if strings.HasSuffix(p, ".html") && strings.Contains(s, "<script>") {
			t.Errorf("%s has a live script from imported data", p)
		}
	}
	// Hugging Face delivers TeX in a title and an abstract: \textsc{…}
	// shows its text.
	page := snap[dir+"/public/papers/2405.14906/index.html"]
	for _, want := range []string{
		`<h1 id="paper-title">AutoCoder: Enhancing Code Large Language Model with AIEV-Instruct</h1>`,
		"<title>AutoCoder: Enhancing Code Large Language Model with AIEV-Instruct ·",
		"we term AIEV-Instruct (Instruction Tuning",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("papers/2405.14906/index.html lacks %q", want)
		}
	}
	// Hugging Face delivers TeX quotes: ``real-time'' becomes “real-time”,
	// not a backtick and an r with a grave accent.
	if page := snap[dir+"/public/papers/2607.04939/index.html"]; !strings.Contains(page, "“real-time” in-IDE support") {
		t.Errorf("papers/2607.04939/index.html does not show the abstract's ``real-time'' as “real-time”")
	}
}

// TestImportTemplateTextBuilds: an abstract quoting another generator's
// template tags (Jinja in a paper on chat templates, Hugo's and Zola's
// shortcodes, kramdown's attribute list) is imported so that the site
// builds and the page shows it as written, where the next build refused
// the paper the import had written.
func TestImportTemplateTextBuilds(t *testing.T) {
	dir := siteFolder(t)
	in := filepath.Join(dir, "daily.json")
	const abstract = `Chat templates are written in Jinja, e.g. {% for message in messages %}{{ message.content }}{% endfor %}; Hugo writes {{% notice %}}, Zola {{ youtube(id=\"x\") }}, kramdown {: .class}.`
	const list = `[{"paper": {"id": "2506.11924", "title": "Chat Templates Considered Harmful", "authors": [{"name": "Ada Lovelace"}],
  "summary": "` + abstract + `", "submittedOnDailyAt": "2025-06-16T00:00:00.000Z"}}]`
	if err := os.WriteFile(in, []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := runCLI("import", "hf", "-s", dir, in); code != 0 {
		t.Fatalf("import: exit %d:\n%s", code, stderr)
	}
	if code, _, stderr := runCLI("build", "-q", "-s", dir); code != 0 {
		t.Fatalf("the imported site does not build:\n%s", stderr)
	}
	page, err := os.ReadFile(filepath.Join(dir, "public", "papers", "2506.11924", "index.html"))
	want := html.EscapeString(strings.ReplaceAll(abstract, `\"`, `"`))
	if err != nil || !strings.Contains(html.UnescapeString(string(page)), html.UnescapeString(want)) {
		t.Errorf("the paper's page does not show the abstract as written, %s (%v)", abstract, err)
	}
}

// TestImportTellsWhatBuildRefuses: when the build refuses a file the
// import wrote (the curator's notes after the abstract quote Liquid), the
// import fails at its path:line, saying the papers are written, where it
// said nothing and a nightly job committed a site that did not deploy.
func TestImportTellsWhatBuildRefuses(t *testing.T) {
	dir := siteFolder(t)
	const path = "content/papers/2405.15738.md"
	if err := os.MkdirAll(filepath.Join(dir, "content", "papers"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, path), []byte("---\ntitle: \"ConvLLaVA\"\narxiv: \"2405.15738\"\ndate: 2024-05-27\n---\nMy abstract.\n\n{% include fig.html %}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI("import", "hf", "-s", dir, importSample)
	for _, want := range []string{"import hf: the papers are written, but the build refuses what it wrote; correct it before you commit it", path + ":"} {
		if code != 1 || !strings.Contains(stderr, want) {
			t.Errorf("import: exit %d, stderr:\n%s\nwant 1 and %q", code, stderr, want)
		}
	}
}
