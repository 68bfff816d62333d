package importer_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/paperboy-digest/paperboy/generator/importer"
	"github.com/paperboy-digest/paperboy/generator/parse"
)

// TestBadInputWritesNothing feeds each class of bad input to a site that
// already has a day imported: the run fails naming the item, and no file
// changes (good items in the same input are not written either).
func TestBadInputWritesNothing(t *testing.T) {
	good := string(readSample(t, "daily_papers_2025-06-16.json"))
	feed := string(readSample(t, "current-2026_search-all-testing-max10.xml"))
	tests := []struct {
		name, file, input, want string
		setup                   func(t *testing.T, dir string)
	}{
		{name: "invalid JSON", file: "in.json", input: good[:len(good)/2], want: "in.json:497: the JSON ends too early, on this line"},
		{name: "JSON syntax", file: "in.json", input: "[\n{\"paper\": {\"id\": \"2506.1\"}},\n{oops}\n]", want: "in.json:3: invalid JSON"},
		{name: "object at top", file: "in.json", input: `{"papers": []}`, want: "in.json:1: the top level is a JSON object"},
		{name: "HF error response", file: "in.json", input: `{"error": "Invalid date"}`, want: `error response from Hugging Face ("Invalid date")`},
		{name: "missing id", file: "in.json", input: strings.Replace(good, `"id": "2506.09366"`, `"idx": "2506.09366"`, 1), want: "in.json:491: item 5: paper.id is missing"},
		{name: "wrong type", file: "in.json", input: strings.Replace(good, `"upvotes": 3,`, `"upvotes": 3, "id": 3,`, 1), want: "in.json:292: item 3: paper.id must be a string, not a number"},
		{name: "path traversal id", file: "in.json", input: strings.Replace(good, `"id": "2506.09366"`, `"id": "../../etc/passwd"`, 1), want: `item 5 (../../etc/passwd): id "../../etc/passwd" is not a safe file name`},
		{name: "slash id", file: "in.json", input: strings.Replace(good, `"id": "2506.09366"`, `"id": "a/b"`, 1), want: `id "a/b" is not a safe file name`},
		{name: "id with a digit dropped", file: "in.json", input: strings.Replace(good, `"id": "2506.09366"`, `"id": "2506.0936"`, 1), want: `item 5 (2506.0936): id "2506.0936": arXiv ids from 2015 on have 5 digits after the dot; a digit is missing; write it as the paper's page on arXiv shows it`},
		{name: "id with version 0", file: "in.json", input: strings.Replace(good, `"id": "2506.09366"`, `"id": "2506.09366v0"`, 1), want: `item 5 (2506.09366v0): id "2506.09366v0": v0 is not a version: arXiv numbers versions from v1; write it as the paper's page on arXiv shows it`},
		{name: "reserved id", file: "in.json", input: strings.Replace(good, `"id": "2506.09366"`, `"id": "con"`, 1), want: `id "con" is a reserved device name on Windows`},
		{name: "trailing dot id", file: "in.json", input: strings.Replace(good, `"id": "2506.09366"`, `"id": "notes."`, 1), want: `id "notes." ends in a dot or a space, which Windows drops from file names`},
		{name: "arXiv error feed", file: "in.xml", input: string(readSample(t, "current-2026_error-bad-id-http400.xml")), want: "in.xml:9: entry 1: the arXiv API answered with an error: incorrect id format for abc"},
		{name: "invalid XML", file: "in.xml", input: feed[:len(feed)/2], want: "in.xml:128: the XML ends too early, on this line; the input is cut short: fetch it again"},
		{name: "not a feed", file: "in.xml", input: `<?xml version="1.0"?><html><body/></html>`, want: "the root element is <html>, not an Atom <feed>"},
		{name: "entry without id", file: "in.xml", input: strings.Replace(feed, "<id>http://arxiv.org/abs/2005.14124v2</id>", "", 1), want: "entry 3: the entry has no <id>"},
		{name: "foreign entry id", file: "in.xml", input: strings.Replace(feed, "http://arxiv.org/abs/2005.14124v2", "http://example.com/x", 1), want: `entry 3: <id> "http://example.com/x" is not an arXiv abstract URL`},
		{name: "broken existing file", file: "in.json", input: good, want: "content/papers/2506.09600.md:3: invalid YAML: the [ opened on this line is never closed",
			setup: func(t *testing.T, dir string) {
				writeFile(t, dir, "content/papers/2506.09600.md", "---\ntitle: x\nauthors: [a\n---\n")
			}},
		// An existing file the build refuses is refused with the build's
		// message, not read otherwise and written back as read.
		{name: "list item a stray space runs on", file: "in.json", input: good, want: `content/papers/2506.09600.md:5: invalid YAML: this list item is indented by 3 spaces and the item before it by 2, so YAML reads it as the rest of that item ("Ann Lee - Bo Chen")`,
			setup: func(t *testing.T, dir string) {
				writeFile(t, dir, "content/papers/2506.09600.md", "---\ntitle: x\nauthors:\n  - Ann Lee\n   - Bo Chen\n---\n")
			}},
		{name: "key given twice", file: "in.json", input: good, want: `content/papers/2506.09600.md:3: "title" is given twice (first on line 2); keep one of them`,
			setup: func(t *testing.T, dir string) {
				writeFile(t, dir, "content/papers/2506.09600.md", "---\ntitle: Mine\ntitle: x\n---\n")
			}},
		{name: "unquoted colon in a value", file: "in.json", input: good, want: `content/papers/2506.09600.md:2: invalid YAML: the value of "title:" has a colon followed by a space, which YAML reads as the start of another field; put the whole value in quotes: title: "Duality: a closer look"`,
			setup: func(t *testing.T, dir string) {
				writeFile(t, dir, "content/papers/2506.09600.md", "---\ntitle: Duality: a closer look\n---\n")
			}},
		{name: "date that is no day", file: "in.json", input: good, want: "content/papers/2506.09600.md:3: date",
			setup: func(t *testing.T, dir string) {
				writeFile(t, dir, "content/papers/2506.09600.md", "---\ntitle: x\ndate: 2025-06-31\n---\n")
			}},
		{name: "closing line among the fields", file: "in.json", input: good, want: "content/papers/2506.09600.md:3: the front matter closes on this line",
			setup: func(t *testing.T, dir string) {
				writeFile(t, dir, "content/papers/2506.09600.md", "---\ntitle: x\n---\ndate: 2025-06-16\n---\n")
			}},
		{name: "day file key given twice", file: "in.json", input: good, want: `content/days/2025-06-16.md:3: "papers" is given twice (first on line 2); keep one of them`,
			setup: func(t *testing.T, dir string) {
				writeFile(t, dir, "content/days/2025-06-16.md", "---\npapers: []\npapers: [2506.09600]\n---\n")
			}},
		{name: "paper in two files", file: "in.json", input: good, want: `content/papers/moved/index.md:3: paper id "2506.09600" is already used by content/papers/2506.09600.md:3, and a build refuses a paper given twice; delete one of the two files`,
			setup: func(t *testing.T, dir string) {
				const paper = "---\ntitle: x\narxiv: \"2506.09600\"\n---\n"
				writeFile(t, dir, "content/papers/2506.09600.md", paper)
				writeFile(t, dir, "content/papers/moved/index.md", paper)
			}},
		{name: "UTF-16 input", file: "in.json", input: "\xff\xfe[\x00]\x00", want: "in.json:1: the file is UTF-16"},
		{name: "UTF-16 existing file", file: "in.json", input: good, want: "content/days/2025-06-16.md:1: the file is UTF-16",
			setup: func(t *testing.T, dir string) {
				writeFile(t, dir, "content/days/2025-06-16.md", "\xff\xfe-\x00-\x00-\x00")
			}},
		{name: "TOML existing day file", file: "in.json", input: good, want: "content/days/2025-06-16.md:1: TOML front matter (+++) is not read",
			setup: func(t *testing.T, dir string) {
				writeFile(t, dir, "content/days/2025-06-16.md", "+++\ntitle = \"x\"\n+++\nIntro.\n")
			}},
		{name: "site.yaml that does not parse", file: "in.json", input: good, want: "content/site.yaml:3: invalid YAML",
			setup: func(t *testing.T, dir string) {
				writeFile(t, dir, "content/site.yaml", "title: T\ntopics:\n  agents: [\n")
			}},
		{name: "existing file without front matter", file: "in.json", input: good, want: "content/papers/2506.09600.md:1: the file has no front matter",
			setup: func(t *testing.T, dir string) { writeFile(t, dir, "content/papers/2506.09600.md", "just text\n") }},
		{name: "day papers not a list", file: "in.json", input: good, want: "content/days/2025-06-16.md:2: papers: must be a list",
			setup: func(t *testing.T, dir string) {
				writeFile(t, dir, "content/days/2025-06-16.md", "---\npapers: 2506.1\n---\n")
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			importSample(t, dir, "daily_papers_2024-05-27.json")
			if tt.setup != nil {
				tt.setup(t, dir)
			}
			before := snapshot(t, dir)
			err := tryImport(dir, tt.file, []byte(tt.input))
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("import(%s) = %v, want an error containing %q", tt.name, err, tt.want)
			}
			sameFiles(t, tt.name, snapshot(t, dir), before)
		})
	}
}

// tryImport parses, prepares and writes like paperboy import.
func tryImport(dir, name string, data []byte) error {
	b, err := parser(name)(name, data)
	if err != nil {
		return err
	}
	pl, err := importer.Prepare(os.DirFS(dir), b)
	if err != nil {
		return err
	}
	return pl.Write(dir)
}

// TestEmptyResult imports the arXiv feed without entries: nothing to do.
func TestEmptyResult(t *testing.T) {
	dir := t.TempDir()
	pl := importSample(t, dir, "current-2026_empty-result.xml")
	if got := len(snapshot(t, dir)); got != 0 {
		t.Errorf("an empty feed wrote %d files", got)
	}
	if got, want := pl.Summary(), "nothing to import: arXiv's answer holds no papers"; got != want {
		t.Errorf("Summary() = %q, want %q", got, want)
	}
	// A Hugging Face list of a day without papers (a weekend) names no day;
	// it needs none.
	pl = run(t, dir, parseSample(t, "empty.json", []byte("[]\n")))
	if got, want := pl.Summary(), "nothing to import: the hf input holds no papers"; got != want {
		t.Errorf("Summary() of an empty hf list = %q, want %q", got, want)
	}
	if got := len(snapshot(t, dir)); got != 0 {
		t.Errorf("an empty hf list wrote %d files", got)
	}
	// One fetched for a day (hf --fetch --date) names it.
	b := parseSample(t, "empty.json", []byte("[]\n"))
	b.Day = time.Date(2024, 5, 26, 0, 0, 0, 0, time.UTC)
	pl = run(t, dir, b)
	if got, want := pl.Summary(), "nothing to import: Hugging Face's list for 2024-05-26 holds no papers"; got != want {
		t.Errorf("Summary() of an empty hf list of a day = %q, want %q", got, want)
	}
}

// TestWriteFailureWritesNothing makes the day file unwritable: the paper
// files, written first as temporary files, are not renamed into place.
// (The day file changes because the list brings a paper dated on the day
// before, which it appends to the day's papers:.)
func TestWriteFailureWritesNothing(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "content/days", "a file where the folder should be")
	before := snapshot(t, dir)
	b := parseSample(t, "daily_papers_2025-06-16.json", readSample(t, "daily_papers_2025-06-16.json"))
	earlier := "---\ntitle: Earlier\narxiv: \"2506.11924\"\nauthors: [A]\ndate: 2025-06-15\n---\nAbstract.\n"
	pl, err := importer.Prepare(fstest.MapFS{"content/papers/2506.11924.md": {Data: []byte(earlier)}}, b)
	if err != nil {
		t.Fatal(err)
	}
	err = pl.Write(dir)
	if err == nil || !strings.Contains(err.Error(), "content/days/2025-06-16.md") || !strings.Contains(err.Error(), "nothing was written") {
		t.Errorf("Write = %v, want an error naming the day file", err)
	}
	sameFiles(t, "failed write", snapshot(t, dir), before)
	if leftovers, _ := filepath.Glob(filepath.Join(dir, "content", "papers", ".paperboy-import-*")); len(leftovers) > 0 {
		t.Errorf("temporary files left behind: %v", leftovers)
	}
}

// TestNoDay refuses a batch without a digest day.
func TestNoDay(t *testing.T) {
	_, err := importer.Prepare(os.DirFS(t.TempDir()), importer.Batch{Source: "hf", Papers: []importer.Paper{{ID: "2405.1", Item: "x"}}})
	if err == nil || !strings.Contains(err.Error(), "pass --date YYYY-MM-DD") {
		t.Errorf("Prepare without a day = %v", err)
	}
}

// TestWhatABuildRefusesIsLeftOut: an import writes only what a build
// accepts. A broken link and a negative count of one paper are left out,
// and said so, rather than stopping the day's import; control characters
// become spaces (a build refuses them in front matter, and one made an
// RSS feed unreadable) and a byte-order mark is dropped (a build refuses
// one in a body); the files written then build.
func TestWhatABuildRefusesIsLeftOut(t *testing.T) {
	minus := -5
	b := importer.Batch{Source: "hf", Day: time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC), Papers: []importer.Paper{
		{ID: "2506.00001", Item: "item 1 (2506.00001)", Title: "Ctrl \x1b[2J title", Authors: []string{"Bob \a", "\x00"},
			Abstract: "Improves by 3\x01x.\n\ufeffSecond line.", Code: "https://github.com/a/b\x00", Project: "ftp://x.example/", Upvotes: &minus},
		{ID: "2506.00002", Item: "item 2 (2506.00002)", Title: "Fine", Code: "https://github.com/c/d"},
	}}
	pl, err := importer.Prepare(fstest.MapFS{}, b)
	if err != nil {
		t.Fatal(err)
	}
	sum := pl.Summary()
	for _, want := range []string{
		`item 1 (2506.00001): code "https://github.com/a/b\x00" is not an http(s) URL; left out`,
		`item 1 (2506.00001): project "ftp://x.example/" is not an http(s) URL; left out`,
		"item 1 (2506.00001): upvotes -5 is negative; left out",
	} {
		if !strings.Contains(sum, want) {
			t.Errorf("summary lacks %q:\n%s", want, sum)
		}
	}
	if len(pl.Papers) != 2 {
		t.Fatalf("%d papers planned, want 2", len(pl.Papers))
	}
	first := string(pl.Papers[0].Data)
	if strings.ContainsFunc(first, func(r rune) bool { return r < ' ' && r != '\n' || r == '\ufeff' }) || strings.Contains(first, `\x`) || strings.Contains(first, "upvotes") || strings.Contains(first, "ftp:") {
		t.Errorf("the paper file keeps what a build refuses:\n%s", first)
	}
	if !strings.Contains(first, `title: "Ctrl  [2J title"`) && !strings.Contains(first, "Ctrl [2J title") {
		t.Errorf("title not cleaned:\n%s", first)
	}
}

// TestAuthorsPastTheLimit: a paper with more authors than the site's
// limits.maxAuthors keeps the first of them, and the import says so (the
// build refuses more; a list of millions took 4 GB to write).
func TestAuthorsPastTheLimit(t *testing.T) {
	site := fstest.MapFS{"content/site.yaml": {Data: []byte("title: T\nlimits:\n  maxAuthors: 3\n")}}
	b := importer.Batch{Source: "hf", Day: time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC), Papers: []importer.Paper{
		{ID: "2506.00001", Item: "item 1 (2506.00001)", Title: "Many", Authors: []string{"A", "B", "C", "D", "E"}},
	}}
	pl, err := importer.Prepare(site, b)
	if err != nil {
		t.Fatal(err)
	}
	if want := "item 1 (2506.00001): 5 authors, more than limits.maxAuthors (3) in site.yaml; the first 3 kept"; !strings.Contains(pl.Summary(), want) {
		t.Errorf("summary lacks %q:\n%s", want, pl.Summary())
	}
	if data := string(pl.Papers[0].Data); !strings.Contains(data, `- "C"`) || strings.Contains(data, `- "D"`) {
		t.Errorf("paper file:\n%s", data)
	}
}

// TestAbstractPastTheLimit: an abstract a paper's file could not hold
// within limits.maxFileBytes is left out, and the import says so: a 5 MB
// abstract used to import and then fail every build.
func TestAbstractPastTheLimit(t *testing.T) {
	site := fstest.MapFS{"content/site.yaml": {Data: []byte("title: T\nlimits:\n  maxFileBytes: 1000\n")}}
	b := importer.Batch{Source: "hf", Day: time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC), Papers: []importer.Paper{
		{ID: "2506.00001", Item: "item 1 (2506.00001)", Title: "Long", Abstract: strings.Repeat("word ", 101)},
		{ID: "2506.00002", Item: "item 2 (2506.00002)", Title: "Short", Abstract: strings.Repeat("word ", 100)},
	}}
	pl, err := importer.Prepare(site, b)
	if err != nil {
		t.Fatal(err)
	}
	if want := "item 1 (2506.00001): an abstract of 505 bytes, more than half of limits.maxFileBytes (1000) in site.yaml, which a paper's file may have; left out"; !strings.Contains(pl.Summary(), want) {
		t.Errorf("summary lacks %q:\n%s", want, pl.Summary())
	}
	if strings.Contains(string(pl.Papers[0].Data), "word") || !strings.Contains(string(pl.Papers[1].Data), "word") {
		t.Errorf("paper files:\n%s\n%s", pl.Papers[0].Data, pl.Papers[1].Data)
	}
}

// TestFilePastTheLimit: a summary the source adds to a paper whose file
// the curator's notes have filled would make it larger than
// limits.maxFileBytes, which a build refuses: the import fails before it
// writes anything, where it wrote the file and then said the build
// refuses it (and a nightly job committed it).
func TestFilePastTheLimit(t *testing.T) {
	const path = "content/papers/2506.00001.md"
	site := fstest.MapFS{
		"content/site.yaml": {Data: []byte("title: T\nlimits:\n  maxFileBytes: 1000\n")},
		path:                {Data: []byte("---\ntitle: \"Mine\"\narxiv: \"2506.00001\"\ndate: 2025-06-16\n---\nAbstract.\n\n" + strings.Repeat("My notes. ", 75) + "\n")},
	}
	day := time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		summary string
		want    string // in the error; "" for none
	}{
		{summary: "Short.", want: ""},
		{summary: strings.Repeat("A summary. ", 10), want: path + ": the import would make the file 1"},
	} {
		b := importer.Batch{Source: "hf", Day: day, Papers: []importer.Paper{
			{ID: "2506.00001", Item: "item 1 (2506.00001)", Title: "Mine", AISummary: tc.summary},
			{ID: "2506.00002", Item: "item 2 (2506.00002)", Title: "Short"},
		}}
		_, err := importer.Prepare(site, b)
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("summary %q: %v", tc.summary, err)
		case tc.want != "" && (err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), "more than limits.maxFileBytes (1000)")):
			t.Errorf("summary %q: error %v, want one with %q", tc.summary, err, tc.want)
		}
	}
}

// TestPaperWithoutTitle: a new paper the source gives no title (or one of
// spaces) is left out, and the import says so, where it wrote a file
// every build then refused; a paper whose file has its title is imported.
func TestPaperWithoutTitle(t *testing.T) {
	site := fstest.MapFS{"content/papers/2506.00003.md": {Data: []byte("---\ntitle: \"Mine\"\narxiv: \"2506.00003\"\ndate: 2025-06-15\n---\nAbstract.\n")}}
	b := importer.Batch{Source: "hf", Day: time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC), Papers: []importer.Paper{
		{ID: "2506.00001", Item: "item 1 (2506.00001)"},
		{ID: "2506.00002", Item: "item 2 (2506.00002)", Title: " \t "},
		{ID: "2506.00003", Item: "item 3 (2506.00003)"},
		{ID: "2506.00004", Item: "item 4 (2506.00004)", Title: "Titled"},
	}}
	pl, err := importer.Prepare(site, b)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"item 1 (2506.00001): no title, which a paper needs; the paper left out", "item 2 (2506.00002): no title, which a paper needs; the paper left out"} {
		if !strings.Contains(pl.Summary(), want) {
			t.Errorf("summary lacks %q:\n%s", want, pl.Summary())
		}
	}
	var paths []string
	for _, c := range pl.Papers {
		paths = append(paths, c.Path)
	}
	if want := []string{"content/papers/2506.00003.md", "content/papers/2506.00004.md"}; !slices.Equal(paths, want) {
		t.Errorf("papers planned %v, want %v", paths, want)
	}
}

// TestIDOverwritesAnotherPaper: an id whose file already holds another
// paper (hep-th-9901001 and the arXiv paper hep-th/9901001 share
// hep-th-9901001.md) is an error, not an overwrite.
func TestIDOverwritesAnotherPaper(t *testing.T) {
	site := fstest.MapFS{"content/papers/hep-th-9901001.md": {Data: []byte("---\ntitle: \"Real paper\"\narxiv: \"hep-th/9901001\"\ndate: 2025-06-15\n---\nAbstract.\n")}}
	b := importer.Batch{Source: "hf", Day: time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC), Papers: []importer.Paper{
		{ID: "hep-th-9901001", Item: "item 1 (hep-th-9901001)", Title: "Impostor"},
	}}
	_, err := importer.Prepare(site, b)
	if err == nil || !strings.Contains(err.Error(), `content/papers/hep-th-9901001.md: item 1 (hep-th-9901001): id "hep-th-9901001" would overwrite the paper "hep-th/9901001"`) {
		t.Errorf("Prepare = %v", err)
	}
}

// TestFileIDAsTheBuildReadsIt: a paper file whose id the build reads as
// the imported paper's (arxiv: with spaces around it, an arXiv: prefix, a
// version; an ARXIV: prefix in any case, with spaces after it) is that
// paper's file, and is merged; so is one whose arxiv: is a link to it,
// which the build tells the curator to replace by that id; arxiv: ~ names
// no paper. The import used to compare the raw text, and refused such a
// file as another paper's; then it read "arXiv: 2506.10892" as no id.
func TestFileIDAsTheBuildReadsIt(t *testing.T) {
	for _, arxiv := range []string{`" 2506.10892"`, `"2506.10892 "`, `"arXiv:2506.10892"`, `2506.10892v2`, `~`,
		`"ARXIV:2506.10892"`, `"arXiv: 2506.10892v3"`, `https://arxiv.org/abs/2506.10892v2`} {
		site := fstest.MapFS{"content/papers/2506.10892.md": {Data: []byte("---\ntitle: \"Mine\"\narxiv: " + arxiv + "\ndate: 2025-06-15\n---\nAbstract.\n")}}
		b := importer.Batch{Source: "hf", Day: time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC), Papers: []importer.Paper{
			{ID: "2506.10892", Item: "item 1 (2506.10892)", Title: "Theirs"},
		}}
		if _, err := importer.Prepare(site, b); err != nil {
			t.Errorf("arxiv: %s: Prepare = %v", arxiv, err)
		}
	}
}

// TestFileIDKeepsItsVersion: id: is read whole, as the build reads it, so
// a file with id: 2506.10892v2 holds the paper 2506.10892v2, not
// 2506.10892, and importing 2506.10892 is refused rather than merged into
// a paper the day file could then not name.
func TestFileIDKeepsItsVersion(t *testing.T) {
	site := fstest.MapFS{"content/papers/2506.10892.md": {Data: []byte("---\ntitle: \"Mine\"\nid: 2506.10892v2\ndate: 2025-06-15\n---\nAbstract.\n")}}
	b := importer.Batch{Source: "hf", Day: time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC), Papers: []importer.Paper{
		{ID: "2506.10892", Item: "item 1 (2506.10892)", Title: "Theirs"},
	}}
	_, err := importer.Prepare(site, b)
	if err == nil || !strings.Contains(err.Error(), `content/papers/2506.10892.md: item 1 (2506.10892): id "2506.10892" would overwrite the paper "2506.10892v2"`) {
		t.Errorf("Prepare = %v, want the file named as the paper 2506.10892v2's", err)
	}
}

// TestItemName: an item's id that is not plain text on one line is
// quoted, so that a message naming the item is one line.
func TestItemName(t *testing.T) {
	for id, want := range map[string]string{
		"2405.15738": "in.json:3: item 1 (2405.15738)",
		"0\n0":       `in.json:3: item 1 ("0\n0")`,
		"a\tb":       `in.json:3: item 1 ("a\tb")`,
	} {
		if got := importer.ItemName("in.json:3: item 1", id); got != want {
			t.Errorf("ItemName(%q) = %q, want %q", id, got, want)
		}
	}
}

// TestIDOverwritesFileOfFormerID: a hand-added paper whose arxiv: was
// corrected, the mistyped id kept under aliases:, still sits in the file
// of the mistyped id; the import of the real paper of that id is told to
// rename the file after the id it holds, which frees the name.
func TestIDOverwritesFileOfFormerID(t *testing.T) {
	site := fstest.MapFS{"content/papers/2405.15216.md": {Data: []byte("---\ntitle: \"Mine\"\narxiv: \"2405.15217\"\naliases: [\"2405.15216\"]\ndate: 2024-05-20\n---\nAbstract.\n")}}
	b := importer.Batch{Source: "hf", Day: time.Date(2024, 5, 27, 0, 0, 0, 0, time.UTC), Papers: []importer.Paper{
		{ID: "2405.15216", Item: "item 1 (2405.15216)", Title: "Denoising LM"},
	}}
	_, err := importer.Prepare(site, b)
	want := `content/papers/2405.15216.md: item 1 (2405.15216): id "2405.15216" would overwrite the paper "2405.15217", whose file this is; rename the file to 2405.15217.md, after the id it holds (git mv content/papers/2405.15216.md content/papers/2405.15217.md), then import again`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("Prepare = %v, want %q", err, want)
	}
}

// TestImportWritesWhatTheBuildReads: whatever a source gives in any field
// (a DOI with words after it, a category of its own, an organization of
// dashes, TeX quotes, curly quotes, C1 controls), the paper file the import
// writes is one parse.Paper, the build's reader, takes without an error:
// a value the build would refuse is left out and said so, or cleaned, and
// the rest of the day imported. One stranger's arXiv metadata stopped a
// site's nightly import and deploy.
func TestImportWritesWhatTheBuildReads(t *testing.T) {
	n := func(v int) *int { return &v }
	day := time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct {
		name    string
		p       importer.Paper
		dropped string // what the summary says was left out, "" if nothing
		writes  string // a line the paper's file has, "" for none in particular
	}{
		{"doi of two with words", importer.Paper{DOI: "10.1234/abc and 10.1234/def"}, `doi "10.1234/abc and 10.1234/def" is not a DOI; left out`, ""},
		{"doi of words", importer.Paper{DOI: "see the journal"}, `doi "see the journal" is not a DOI; left out`, ""},
		{"doi of two", importer.Paper{DOI: "10.1234/abc 10.1234/def"}, "", ""},
		{"doi with a bioRxiv version", importer.Paper{DOI: "10.1101/2024.03.01.582937v2"}, `doi "10.1101/2024.03.01.582937v2" has the version of a bioRxiv or medRxiv page, which no DOI has; imported as 10.1101/2024.03.01.582937,`, "\ndoi: \"10.1101/2024.03.01.582937\"\n"},
		{"primary category", importer.Paper{PrimaryCategory: "not a category!"}, `primary_category "not a category!" is not an arXiv category; left out`, ""},
		{"categories", importer.Paper{Categories: []string{"cs.CL", "not a category!", "G.2.1; G.3"}}, `category "not a category!" is not an arXiv category; left out`, ""},
		{"organization of dashes", importer.Paper{Organization: "---", OrganizationURL: "https://huggingface.co/x"}, `organization "---" has no letters or digits; left out, with its organization_url`, ""},
		{"organization url alone", importer.Paper{OrganizationURL: "https://huggingface.co/x"}, `organization_url "https://huggingface.co/x" is the page of an organization the source does not name; left out`, ""},
		{"image", importer.Paper{Image: "javascript:alert(1)"}, `image "javascript:alert(1)" is not an http(s) URL; left out`, ""},
		{"C1 control", importer.Paper{Title: "A\u0085B", Authors: []string{"Ada\u009b"}, Comment: "x\u0080y", JournalRef: "J\u007f"}, "", ""},
		{"TeX umlaut", importer.Paper{Title: `G\"odel's theorem`, Authors: []string{`Kurt G\"odel`}, Comment: `G\"odel`, JournalRef: `Math. Ann. G\"ottingen`, AISummary: `G"odel`, Keywords: []string{`G"odel`}}, "", ""},
		{"TeX quotes", importer.Paper{Title: "``Quoted'' title", Authors: []string{"``Ada''"}, Comment: "``open only", JournalRef: "``it's''"}, "", ""},
		{"no quotes keep it", importer.Paper{Comment: "G\"odel ``best' x", Authors: []string{"Ada", "G\"odel ``best' x"}}, "comment \"G\\\"odel ``best' x\" has a quote between letters and TeX's quotes ``…', which no YAML quotes keep as written; left out", ""},
		{"curly quotes", importer.Paper{Title: "“Curly”", Authors: []string{"“Ada”"}, Organization: "“Org”", Comment: "‘c’", JournalRef: "“j”", AISummary: "“s”", Keywords: []string{"“k”"}}, "", ""},
		{"front matter in text", importer.Paper{Title: "---", Authors: []string{": -", "- x"}, Abstract: "---\nx: y\n---", Comment: "a: b", Keywords: []string{"---"}}, "", ""},
		{"blank list items", importer.Paper{Authors: []string{" ", "Ada"}, Keywords: []string{"", " "}, Categories: []string{" "}}, "", ""},
		{"counts", importer.Paper{Upvotes: n(-1), Comments: n(0), Stars: n(1 << 40)}, "upvotes -1 is negative; left out", ""},
		{"left out by the parser", importer.Paper{Dropped: []string{`paper.githubStars "1.2k" is not a whole number; left out`}}, `paper.githubStars "1.2k" is not a whole number; left out`, ""},
		{"version", importer.Paper{Version: -2}, "", ""},
		{"updated before published", importer.Paper{Published: day, Updated: day.AddDate(0, 0, -3)}, "", ""},
		{"links", importer.Paper{Code: "github.com/a/b", Project: " https://x.example/ ", PDF: "file:///etc/passwd"}, `pdf "file:///etc/passwd" is not an http(s) URL; left out`, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			p := tc.p
			p.ID, p.Item = "2506.00001", "item 1 (2506.00001)"
			if p.Title == "" {
				p.Title = "A title"
			}
			pl, err := importer.Prepare(fstest.MapFS{}, importer.Batch{Source: "arxiv", Day: day, Papers: []importer.Paper{p}})
			if err != nil {
				t.Fatal(err)
			}
			if len(pl.Papers) != 1 {
				t.Fatalf("%d papers planned, want 1; summary:\n%s", len(pl.Papers), pl.Summary())
			}
			c := pl.Papers[0]
			if _, err := parse.Paper(c.Path, c.Data, parse.DefaultLimits()); err != nil {
				t.Errorf("the file the import writes is refused:\n%v\n%s", err, c.Data)
			}
			switch sum := pl.Summary(); {
			case tc.dropped == "" && len(pl.Dropped) > 0:
				t.Errorf("the import left out %q", pl.Dropped)
			case tc.dropped != "" && !strings.Contains(sum, "item 1 (2506.00001): "+tc.dropped):
				t.Errorf("summary lacks %q:\n%s", tc.dropped, sum)
			}
			if !strings.Contains(string(c.Data), tc.writes) {
				t.Errorf("the file lacks %q:\n%s", tc.writes, c.Data)
			}
		})
	}
}

// TestImportQuotesWhatTheBuildWouldMisread: a value the import replaces
// keeps the curator's quotes, unless a build would misread the new value
// in them: G"odel in "double quotes" is written in single ones.
func TestImportQuotesWhatTheBuildWouldMisread(t *testing.T) {
	site := fstest.MapFS{"content/papers/2506.00001.md": {Data: []byte("---\ntitle: \"T\"\narxiv: \"2506.00001\"\ndate: 2025-06-16\nai_summary: \"Old.\"\nkeywords: [\"old\"]\n---\nAbstract.\n")}}
	b := importer.Batch{Source: "hf", Day: time.Date(2025, 6, 16, 0, 0, 0, 0, time.UTC), Papers: []importer.Paper{
		{ID: "2506.00001", Item: "item 1 (2506.00001)", Title: "T", AISummary: `On G"odel.`, Keywords: []string{`G"odel`, "new"}},
	}}
	pl, err := importer.Prepare(site, b)
	if err != nil {
		t.Fatal(err)
	}
	c := pl.Papers[0]
	if _, err := parse.Paper(c.Path, c.Data, parse.DefaultLimits()); err != nil {
		t.Errorf("the file the import writes is refused:\n%v\n%s", err, c.Data)
	}
	if data := string(c.Data); !strings.Contains(data, `ai_summary: 'On G"odel.'`) || !strings.Contains(data, `"new"`) {
		t.Errorf("paper file:\n%s", data)
	}
}
