package main

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator"
)

var start = time.Date(2022, 1, 3, 0, 0, 0, 0, time.UTC)

// collect generates a corpus into memory, keeping the order of the files.
func collect(t *testing.T, o options) (paths []string, files map[string][]byte) {
	t.Helper()
	files = map[string][]byte{}
	_, err := generate(o, func(path string, data []byte) error {
		paths = append(paths, path)
		files[path] = data
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return paths, files
}

func TestGenerateDeterministic(t *testing.T) {
	o := options{papers: 500, seed: 7, start: start, perDay: 25}
	paths1, files1 := collect(t, o)
	paths2, files2 := collect(t, o)
	if strings.Join(paths1, "\n") != strings.Join(paths2, "\n") {
		t.Fatalf("generate(seed 7) wrote files in different orders")
	}
	for _, p := range paths1 {
		if !bytes.Equal(files1[p], files2[p]) {
			t.Errorf("generate(seed 7) twice: %s differs", p)
		}
	}
	o.seed = 8
	_, files3 := collect(t, o)
	same := 0
	for p, data := range files1 {
		if strings.HasPrefix(p, "content/papers/") && bytes.Equal(files3[p], data) {
			same++
		}
	}
	if same > 0 {
		t.Errorf("generate(seed 8) wrote %d paper files identical to seed 7's, want 0", same)
	}
}

func TestGenerateRejects(t *testing.T) {
	for _, o := range []options{{papers: 0, perDay: 25}, {papers: 10, perDay: 0}} {
		if _, err := generate(o, func(string, []byte) error { return nil }); err == nil {
			t.Errorf("generate(-n %d -per-day %d) = nil error, want an error", o.papers, o.perDay)
		}
	}
	dir := t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := run([]string{"-n", "5", "-o", dir}, io.Discard); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("run into a folder with content/ = %v, want an 'already exists' error", err)
	}
	// -start words a day the calendar lacks as paperboy's --date does.
	const want = `-start "2023-02-29" is not a date: February 2023 has days 1 to 28; correct the day`
	if err := run([]string{"-n", "5", "-o", t.TempDir(), "-start", "2023-02-29"}, io.Discard); err == nil || err.Error() != want {
		t.Errorf("run -start 2023-02-29 = %v, want %s", err, want)
	}
}

// TestCorpusBuilds writes a corpus with the command and builds it: it must
// build without errors and have the variety the benchmark relies on.
func TestCorpusBuilds(t *testing.T) {
	const n = 300
	dir := t.TempDir()
	if err := run([]string{"-n", "300", "-o", dir, "-seed", "3"}, io.Discard); err != nil {
		t.Fatal(err)
	}
	res, err := generator.Build(context.Background(), generator.Options{Site: os.DirFS(dir)})
	if err != nil {
		t.Fatalf("Build(generated corpus) = %v, want no errors", err)
	}
	site := res.Site
	if len(site.Papers) != n {
		t.Errorf("built %d papers, want %d", len(site.Papers), n)
	}
	var mathN, codeN, oldN, projectN, publishedN, mentions, titleN int
	nonASCII := false
	for _, p := range site.Papers {
		if len(p.Authors) < 1 || len(p.Authors) > 12 {
			t.Errorf("%s has %d authors, want 1 to 12", p.ID, len(p.Authors))
		}
		src, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(p.Source)))
		if err != nil {
			t.Fatal(err)
		}
		if k := frontTopics(string(src)); k < 1 || k > 4 {
			t.Errorf("%s names %d topics, want 1 to 4", p.Source, k)
		}
		if len(p.Days) != 1 {
			t.Errorf("%s is listed on %d days, want 1", p.ID, len(p.Days))
		}
		if w := len(strings.Fields(p.Summary())); w < 5 {
			t.Errorf("%s has a %d-word summary, want an abstract", p.ID, w)
		}
		mentions += len(p.Authors)
		for _, a := range p.Authors {
			nonASCII = nonASCII || utf8.RuneCountInString(a) != len(a)
		}
		count := func(b bool, n *int) {
			if b {
				*n++
			}
		}
		count(strings.Contains(p.Body, "$"), &mathN)
		count(p.HasCode, &codeN)
		count(strings.Contains(p.ID, "/"), &oldN)
		count(p.Project != "", &projectN)
		count(!p.Published.IsZero(), &publishedN)
		count(strings.ContainsAny(p.Title, `&<"`), &titleN)
	}
	for _, c := range []struct {
		what     string
		got      int
		min, max int
	}{
		{"with math", mathN, n * 15 / 100, n * 45 / 100},
		{"with fenced code", codeN, n * 3 / 100, n * 20 / 100},
		{"with an old-style id", oldN, 1, n * 8 / 100},
		{"with a project link", projectN, n * 5 / 100, n * 30 / 100},
		{"with a published date", publishedN, n * 40 / 100, n * 80 / 100},
		{"with &, < or \" in the title", titleN, n * 10 / 100, n * 50 / 100},
	} {
		if c.got < c.min || c.got > c.max {
			t.Errorf("papers %s = %d, want %d to %d", c.what, c.got, c.min, c.max)
		}
	}
	if !nonASCII {
		t.Errorf("no author name has non-ASCII letters, want unicode names")
	}
	if len(site.Authors)*2 > mentions {
		t.Errorf("%d authors for %d author mentions, want authors to recur", len(site.Authors), mentions)
	}
	if len(site.Topics) < 40 {
		t.Errorf("built %d topics, want most of the 60 defined", len(site.Topics))
	}
}

// frontTopics counts the entries of the topics: list in a paper's source.
func frontTopics(src string) int {
	_, list, _ := strings.Cut(src, "\ntopics:\n")
	n := 0
	for line := range strings.Lines(list) {
		if !strings.HasPrefix(line, "  - ") {
			break
		}
		n++
	}
	return n
}
