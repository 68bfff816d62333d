package hf

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

func sample(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestParseSamples(t *testing.T) {
	tests := []struct {
		file  string
		n     int
		day   string
		first string
	}{
		{"daily_papers_2024-05-27.json", 13, "2024-05-27", "2405.15738"},
		{"daily_papers_2025-06-16.json", 9, "2025-06-16", "2506.11924"},
		{"daily_papers_2026-07-09.json", 7, "2026-07-09", "2607.07708"},
	}
	for _, tt := range tests {
		b, err := Parse(tt.file, sample(t, tt.file))
		if err != nil {
			t.Fatalf("Parse(%s): %v", tt.file, err)
		}
		if len(b.Papers) != tt.n || b.Day.Format(time.DateOnly) != tt.day || b.Papers[0].ID != tt.first || b.Source != "hf" {
			t.Errorf("Parse(%s) = %d papers, day %s, first %s; want %d, %s, %s", tt.file, len(b.Papers), b.Day.Format(time.DateOnly), b.Papers[0].ID, tt.n, tt.day, tt.first)
		}
		for _, p := range b.Papers {
			if p.Title == "" || p.Abstract == "" || len(p.Authors) == 0 || p.Upvotes == nil || p.Comments == nil || p.Published.IsZero() {
				t.Errorf("Parse(%s): %s lacks a field: %+v", tt.file, p.ID, p)
			}
		}
	}
}

func TestParseFields(t *testing.T) {
	in := `[{"paper": {"id": " 2405.1 ", "title": "A\n  B", "summary": "S", "authors": [{"name": ""}, {"name": "", "user": {"fullname": "Full Name"}}, {"name": " X  Y "}],
	  "upvotes": 4, "githubRepo": "https://g/x", "githubStars": 9, "projectPage": "https://p", "ai_summary": "AI", "ai_keywords": ["k1", " "],
	  "organization": {"name": "nvidia", "fullname": " NVIDIA  Research "},
	  "publishedAt": "2024-05-24T17:34:15.000Z", "submittedOnDailyAt": "2024-05-28T01:00:00Z"}, "numComments": 2, "publishedAt": "2024-05-27T00:00:00Z"}]`
	b, err := Parse("in.json", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	p := b.Papers[0]
	got := []any{p.ID, p.Title, p.Abstract, strings.Join(p.Authors, "|"), *p.Upvotes, *p.Comments, *p.Stars, p.Code, p.Project, p.AISummary, strings.Join(p.Keywords, "|"), p.Published.Format(time.RFC3339), b.Day.Format(time.DateOnly), p.Item, p.Organization, p.OrganizationURL}
	want := []any{"2405.1", "A\n  B", "S", "Full Name|X Y", 4, 2, 9, "https://g/x", "https://p", "AI", "k1", "2024-05-24T17:34:15Z", "2024-05-28", "in.json:1: item 1 (2405.1)", "NVIDIA Research", "https://huggingface.co/nvidia"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("Parse field %d = %v, want %v", i, got[i], want[i])
		}
	}
}

// TestParseAuthorNames converts TeX in author names, which Hugging Face
// copies from arXiv.
func TestParseAuthorNames(t *testing.T) {
	in := `[{"paper": {"id": "2405.00001", "authors": [{"name": "Juan Mart\\'{\\i}n Maldacena"}, {"name": "J\\\"urgen M\\\"{u}ller"},
	  {"name": "Bj{\\o}rn Fran\\c{c}ois"}, {"name": "", "user": {"fullname": "Du\\v{s}an Gro\\ss e"}}, {"name": "{Tanaka} Hiroshi"}]}}]`
	b, err := Parse("in.json", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Juan Martín Maldacena", "Jürgen Müller", "Bjørn François", "Dušan Große", "Tanaka Hiroshi"}
	if got := b.Papers[0].Authors; strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Parse authors = %q, want %q", got, want)
	}
}

// TestParseNamelessAuthors: an author whose name is null, missing or
// blank (and who has no user's full name) is left out with a note naming
// its place, and a paper left with none says so; before, the paper lost
// its first author without a word.
func TestParseNamelessAuthors(t *testing.T) {
	for _, tt := range []struct {
		authors, want, dropped string
	}{
		{`{"_id": "a1", "name": null, "hidden": false}, {"name": "Junho Kim"}`, "Junho Kim", "author 1 has no name; left out"},
		{`{"name": "Ada"}, {}, {"name": "  "}, {"name": "", "user": {"fullname": " "}}`, "Ada", "authors 2, 3 and 4 have no name; left out"},
		{`{"name": null}`, "", "author 1 has no name; left out, so the source gives the paper no authors"},
		{`{"name": "{}"}, {"name": "~"}`, "", "authors 1 and 2 have no name; left out, so the source gives the paper no authors"},
		{`{"name": "", "user": {"fullname": "Ada"}}`, "Ada", ""},
		{``, "", ""},
	} {
		in := `[{"paper": {"id": "2506.11924", "title": "T", "authors": [` + tt.authors + `]}}]`
		b, err := Parse("in.json", []byte(in))
		if err != nil {
			t.Errorf("Parse(%s): %v", in, err)
			continue
		}
		p := b.Papers[0]
		if got, dropped := strings.Join(p.Authors, "|"), strings.Join(p.Dropped, "|"); got != tt.want || dropped != tt.dropped {
			t.Errorf("Parse(%s) = authors %q, notes %q; want %q, notes %q", in, got, dropped, tt.want, tt.dropped)
		}
	}
}

// TestParseTitleDashes: Hugging Face copies arXiv's titles, TeX dashes
// and all; they are written as the arXiv importer writes them, -- an en
// dash and --- an em dash, but not in math or an option.
func TestParseTitleDashes(t *testing.T) {
	tests := []struct{ in, want string }{
		{`Navier--Stokes equations---revisited`, "Navier–Stokes equations—revisited"},
		{`Bounds for $p--q$ with --fp16`, "Bounds for $p--q$ with --fp16"},
		{`Plain-hyphen title`, "Plain-hyphen title"},
	}
	for _, tt := range tests {
		in := `[{"paper": {"id": "2405.00001", "title": "` + tt.in + `"}}]`
		b, err := Parse("in.json", []byte(in))
		if err != nil {
			t.Fatal(err)
		}
		if got := b.Papers[0].Title; got != tt.want {
			t.Errorf("Parse title %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestParseVersionedID splits a version suffix off an arXiv id, as the
// arXiv importer does; other ids are kept whole.
func TestParseVersionedID(t *testing.T) {
	tests := []struct {
		id, want string
		version  int
	}{
		{"2506.90005v2", "2506.90005", 2},
		{"2506.90005", "2506.90005", 0},
		{"cond-mat/0603029v1", "cond-mat/0603029", 1},
		{"2506.90005v0", "2506.90005v0", 0},
		{"model-v2", "model-v2", 0},
	}
	for _, tt := range tests {
		b, err := Parse("in.json", []byte(`[{"paper": {"id": "`+tt.id+`"}}]`))
		if err != nil {
			t.Fatal(err)
		}
		if p := b.Papers[0]; p.ID != tt.want || p.Version != tt.version {
			t.Errorf("Parse(id %q) = %q v%d, want %q v%d", tt.id, p.ID, p.Version, tt.want, tt.version)
		}
	}
}

func TestFigure(t *testing.T) {
	tests := []struct {
		name  string
		lists [][]string
		want  string
	}{
		{"first image", [][]string{{"https://cdn-uploads.huggingface.co/a.png", "https://cdn-uploads.huggingface.co/b.jpg"}}, "https://cdn-uploads.huggingface.co/a.png"},
		{"video skipped", [][]string{{"https://cdn-uploads.huggingface.co/clip.qt", "https://cdn-uploads.huggingface.co/clip.MP4", "https://cdn-uploads.huggingface.co/fig.JPEG"}}, "https://cdn-uploads.huggingface.co/fig.JPEG"},
		{"social card skipped", [][]string{{"https://cdn-thumbnails.huggingface.co/social-thumbnails/papers/2405.15738.png"}}, ""},
		{"later list", [][]string{nil, {"https://cdn-uploads.huggingface.co/x.webp?v=2"}}, "https://cdn-uploads.huggingface.co/x.webp?v=2"},
		{"trimmed", [][]string{{" https://cdn-uploads.huggingface.co/a.gif\n"}}, "https://cdn-uploads.huggingface.co/a.gif"},
		{"not http", [][]string{{"javascript:alert(1)//.png", "ftp://cdn/a.png", "/a.png", "https:///a.png"}}, ""},
		{"unsafe characters", [][]string{{`https://cdn-uploads.huggingface.co/a b.png`, `https://cdn-uploads.huggingface.co/"a.png`}}, ""},
		{"no extension", [][]string{{"https://cdn-uploads.huggingface.co/figure"}}, ""},
		{"other hosts and plain http skipped", [][]string{{"https://tracker.example/c.png", "http://cdn-uploads.huggingface.co/a.png", "https://huggingface.co.evil.example/a.png", "https://cdn-uploads.huggingface.co/ok.png"}}, "https://cdn-uploads.huggingface.co/ok.png"},
		{"none", nil, ""},
	}
	for _, tt := range tests {
		if got := figure(tt.lists...); got != tt.want {
			t.Errorf("%s: figure(%q) = %q, want %q", tt.name, tt.lists, got, tt.want)
		}
	}
	// The three shapes of the real list: 2024 has only the social card; 2025
	// has uploads, a figure and a video.
	want := map[string]string{
		"daily_papers_2024-05-27.json/2405.15738": "",
		"daily_papers_2025-06-16.json/2506.10892": "https://cdn-uploads.huggingface.co/production/uploads/661839d73b412cdc851299c1/GmIlLMVIuyWjydykQPOt2.png",
	}
	for key, img := range want {
		file, id, _ := strings.Cut(key, "/")
		b, err := Parse(file, sample(t, file))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, p := range b.Papers {
			if p.ID == id {
				found = true
				if p.Image != img {
					t.Errorf("%s: image = %q, want %q", key, p.Image, img)
				}
			}
		}
		if !found {
			t.Errorf("%s: no such paper", key)
		}
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "in.json: the input is empty"},
		{" \n", "in.json: the input is empty"},
		{"[", "in.json:1: the JSON ends too early, on this line"},
		{"[\n  {\"paper\": {\"id\": \"2506.1\"\n\n", "in.json:2: the JSON ends too early, on this line"},
		{"nope", "in.json:1: invalid JSON"},
		{`{"a": 1}`, "in.json:1: the top level is a JSON object; expected the array"},
		{`{"error": "Not found"}`, `in.json:1: the input is an error response from Hugging Face ("Not found")`},
		{`"text"`, `in.json:1: the top level is a string, "text"; expected the array`},
		{"null", "in.json:1: the top level is null; expected the array"},
		{"true", "in.json:1: the top level is true; expected the array"},
		{"5", "in.json:1: the top level is a number, 5; expected the array"},
		{"[1]", "in.json:1: item 1: an item must be a JSON object, not a number"},
		{"[\n{}]", "in.json:2: item 1: the item has no paper object"},
		{`[{"paper": {"title": "x"}}]`, "in.json:1: item 1: paper.id is missing"},
		{`[{"paper": {"id": 5}}]`, "in.json:1: item 1: paper.id must be a string, not a number"},
		{"[\n  {\n    \"paper\": {\n      \"id\": 1,\n      \"upvotes\": 3\n    }\n  }\n]", "in.json:4: item 1: paper.id must be a string, not a number"},
		{`[{"paper": {"id": "1", "title": ["T"]}}]`, "item 1: paper.title must be a string, not an array"},
		{`[{"paper": {"id": "1", "authors": {}}}]`, "item 1: paper.authors must be an array, not an object"},
		{`[{"paper": {"id": "1", "organization": "NVIDIA"}}]`, "item 1: paper.organization must be an object, not a string"},
		{`[{"paper": {"id": "1"}, "organization": []}]`, "item 1: organization must be an object, not an array"},
		{`[{"paper": {"id": "1", "publishedAt": "yesterday"}}]`, `item 1 (1): paper.publishedAt "yesterday" is not an RFC 3339 time`},
		{`[] []`, "in.json:1: unexpected data after the list"},
		{"\xff\xfe[\x00]\x00", "in.json:1: the file is UTF-16 (Notepad's \"Unicode\", or what Windows PowerShell writes with > or Out-File); save it as UTF-8"}, // saved by Windows PowerShell: curl.exe … > in.json
		{"\xfe\xff\x00[\x00]", "in.json:1: the file is UTF-16 (Notepad's \"Unicode\", or what Windows PowerShell writes with > or Out-File); save it as UTF-8"},
		// Saved as Latin-1 (Python's json.dump with ensure_ascii=False on Windows): each é would be U+FFFD.
		{"[\n{\"paper\": {\"id\": \"2506.1\", \"title\": \"Caf\xe9\"}}]", "in.json:2: the file is not valid UTF-8; save it with UTF-8 encoding"},
		{"\x1f\x8b\x08\x00garbage", "in.json: the file is gzip-compressed but cannot be"},
		// Items one after another (jq '.[] | select(…)'), of which one is no paper.
		{"{\"paper\": {\"id\": \"2506.1\"}}\n{\"a\": 1}", `in.json:2: item 2 is not a paper of the daily list`},
		{"{\"paper\": {\"id\": \"2506.1\"}}\n{\"paper\": {\"id\": 5}}", `in.json:2: item 2: paper.id must be a string, not a number`},
		{"{\"paper\": {\"id\": \"2506.1\"}}\n[", `in.json:2: the JSON ends too early`},
	}
	for _, tt := range tests {
		_, err := Parse("in.json", []byte(tt.in))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("Parse(%q) = %v, want an error containing %q", tt.in, err, tt.want)
		}
	}
}

func TestDayOfMostItems(t *testing.T) {
	in := `[{"paper": {"id": "1", "submittedOnDailyAt": "2024-01-02T00:00:00Z"}},
	{"paper": {"id": "2", "submittedOnDailyAt": "2024-01-01T23:00:00Z"}},
	{"paper": {"id": "3", "submittedOnDailyAt": "2024-01-01T22:00:00Z"}},
	{"paper": {"id": "4"}}]`
	b, err := Parse("in.json", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if got := b.Day.Format(time.DateOnly); got != "2024-01-01" {
		t.Errorf("day = %s, want 2024-01-01", got)
	}
	if b, _ := Parse("in.json", []byte(`[{"paper": {"id": "4"}}]`)); !b.Day.IsZero() {
		t.Errorf("day of undated items = %v, want none", b.Day)
	}
	for _, p := range b.Papers {
		if want := map[string]string{"1": "2024-01-02", "2": "2024-01-01", "3": "2024-01-01", "4": "0001-01-01"}[p.ID]; p.Listed.Format(time.DateOnly) != want {
			t.Errorf("item %s listed on %s, want %s", p.ID, p.Listed.Format(time.DateOnly), want)
		}
	}
}

// TestDayTie: on a tie the later day wins, whatever the items' order.
func TestDayTie(t *testing.T) {
	items := []string{
		`{"paper": {"id": "1", "submittedOnDailyAt": "2024-01-02T05:00:00Z"}}`,
		`{"paper": {"id": "2", "submittedOnDailyAt": "2024-01-01T05:00:00Z"}}`,
		`{"paper": {"id": "3", "submittedOnDailyAt": "2024-01-02T06:00:00Z"}}`,
		`{"paper": {"id": "4", "submittedOnDailyAt": "2024-01-01T06:00:00Z"}}`,
	}
	var permute func(k int)
	permute = func(k int) {
		if k == len(items) {
			b, err := Parse("in.json", []byte("["+strings.Join(items, ",")+"]"))
			if err != nil {
				t.Fatal(err)
			}
			if got := b.Day.Format(time.DateOnly); got != "2024-01-02" {
				t.Errorf("day of a tie in the order %q = %s, want 2024-01-02", items, got)
			}
			return
		}
		for i := k; i < len(items); i++ {
			items[k], items[i] = items[i], items[k]
			permute(k + 1)
			items[k], items[i] = items[i], items[k]
		}
	}
	permute(0)
}

// TestParseOnePaper: one paper's object, as /api/papers/<id> answers or as
// an item of the list saved alone, is read as a list of that paper, on
// the day it was listed; another object is refused as before.
func TestParseOnePaper(t *testing.T) {
	page := `{
  "id": "2506.01234",
  "title": "A paper",
  "authors": [{"name": "Ada Lovelace"}],
  "submittedOnDailyAt": "2025-06-16T09:00:00.000Z",
  "upvotes": 12
}`
	for _, in := range []string{page, `{"paper": ` + page + `, "numComments": 3}`} {
		b, err := Parse("in.json", []byte(in))
		if err != nil {
			t.Fatalf("Parse(%s): %v", in, err)
		}
		if len(b.Papers) != 1 || b.Papers[0].ID != "2506.01234" || *b.Papers[0].Upvotes != 12 || b.Day.Format(time.DateOnly) != "2025-06-16" {
			t.Errorf("Parse(%s) = %+v", in, b)
		}
	}
	_, err := Parse("in.json", []byte("{\n  \"id\": \"2506.01234\",\n  \"title\": \"T\",\n  \"authors\": \"many\"\n}"))
	if want := "in.json:4: item 1: paper.authors must be an array, not a string"; err == nil || err.Error() != want {
		t.Errorf("a page's bad field: %v, want %q", err, want)
	}
}

// TestParseStream reads items one after another, as jq '.[] | select(…)'
// writes the list it filters and JSON Lines are, in their order, and
// the list gzip-compressed as a saved answer may be kept.
func TestParseStream(t *testing.T) {
	item := func(id string, votes int) string {
		return fmt.Sprintf(`{"paper": {"id": %q, "upvotes": %d, "submittedOnDailyAt": "2025-06-16T09:00:00.000Z"}}`, id, votes)
	}
	var zipped bytes.Buffer
	zw := gzip.NewWriter(&zipped)
	zw.Write([]byte("[" + item("2506.00003", 1) + "," + item("2506.00004", 2) + "]"))
	zw.Close()
	for _, tc := range []struct {
		in   string
		want []string
	}{
		{"{\n  \"paper\": {\"id\": \"2506.00001\", \"upvotes\": 9, \"submittedOnDailyAt\": \"2025-06-16T09:00:00.000Z\"}\n}\n" + item("2506.00002", 4) + "\n", []string{"2506.00001", "2506.00002"}},
		{item("2506.00002", 4) + item("2506.00001", 9), []string{"2506.00002", "2506.00001"}},
		{zipped.String(), []string{"2506.00003", "2506.00004"}},
	} {
		b, err := Parse("in.json", []byte(tc.in))
		if err != nil {
			t.Fatalf("Parse(%q): %v", tc.in, err)
		}
		var got []string
		for _, p := range b.Papers {
			got = append(got, p.ID)
		}
		if !slices.Equal(got, tc.want) || b.Day.Format(time.DateOnly) != "2025-06-16" {
			t.Errorf("Parse(%q) = %v on %v, want %v on 2025-06-16", tc.in, got, b.Day, tc.want)
		}
	}
}

func TestURL(t *testing.T) {
	if got, want := URL("https://huggingface.co/", "2024-05-27", 1), "https://huggingface.co/api/daily_papers?date=2024-05-27&limit=100&p=1"; got != want {
		t.Errorf("URL = %q, want %q", got, want)
	}
	if got, want := URL("https://huggingface.co/", "2024-05-27", 0), "https://huggingface.co/api/daily_papers?date=2024-05-27&limit=100"; got != want {
		t.Errorf("URL = %q, want %q", got, want)
	}
}

// FuzzParse checks that any input is parsed or refused with a message that
// names the input, without panicking, and that every paper has an id.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"daily_papers_2024-05-27.json", "daily_papers_2025-06-16.json", "daily_papers_2026-07-09.json"} {
		f.Add(sample(f, name))
	}
	for _, s := range []string{"", "[]", "{}", `[{"paper":{"id":"1"}}]`, `[{"paper":{"id":"1","authors":[{"user":{}}]}}]`, `{"error":"x"}`, "[null]", `{"id":"1","title":"t"}`, `{"paper":{"id":"1"}}`,
		`[{"paper":{"id":"1","authors":[{"name":null},{},{"name":" "},{"name":"Ada"}]}}]`,
		`[{"paper":{"id":"1","upvotes":1000.0,"githubStars":1e3},"numComments":99999999999999999999999}]`,
		`[{"paper":{"id":"1","upvotes":-1e30,"githubStars":"1.5e1"},"numComments":1e-99999999999999999999}]`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		b, err := Parse("in.json", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "in.json") {
				t.Errorf("error %q does not name the input", err)
			}
			return
		}
		if again, _ := Parse("in.json", data); !reflect.DeepEqual(again, b) {
			t.Errorf("parsed twice, the list differs:\n%+v\n%+v", b, again)
		}
		for _, p := range b.Papers {
			if strings.TrimSpace(p.ID) == "" || p.ID != strings.TrimSpace(p.ID) {
				t.Errorf("paper with id %q accepted", p.ID)
			}
			if !strings.HasPrefix(p.Item, "in.json:") {
				t.Errorf("paper %q is named %q in messages, not by the input and a line", p.ID, p.Item)
			}
			if p.Organization != textutil.CollapseSpace(p.Organization) || p.OrganizationURL != "" && p.Organization == "" {
				t.Errorf("paper %q: organization %q at %q", p.ID, p.Organization, p.OrganizationURL)
			}
			if name, ok := strings.CutPrefix(p.OrganizationURL, "https://huggingface.co/"); p.OrganizationURL != "" && (!ok || name == "" || strings.ContainsAny(name, "/?#%: ")) {
				t.Errorf("paper %q: organization page %q is not an account's page on Hugging Face", p.ID, p.OrganizationURL)
			}
			if !p.Listed.IsZero() && !p.Listed.Equal(p.Listed.Truncate(24*time.Hour)) {
				t.Errorf("paper %q listed at %v, not on a day", p.ID, p.Listed)
			}
		}
	})
}

// TestOrganization takes the organization that lists a paper from the
// paper, else from the item (the 2026 list has it in both), its name as it
// shows, else its account name, and links its page only for an account
// name that can stand in the page's address.
func TestOrganization(t *testing.T) {
	tests := []struct{ item, name, url string }{
		{`"paper": {"id": "1", "organization": {"name": "nvidia", "fullname": "NVIDIA"}}, "organization": {"name": "other", "fullname": "Other"}`, "NVIDIA", "https://huggingface.co/nvidia"},
		{`"paper": {"id": "1"}, "organization": {"name": "ShanghaiAiLab", "fullname": "shanghai ailab "}`, "shanghai ailab", "https://huggingface.co/ShanghaiAiLab"},
		{`"paper": {"id": "1", "organization": {"name": "RoboDojo-Benchmark"}}`, "RoboDojo-Benchmark", "https://huggingface.co/RoboDojo-Benchmark"},
		{`"paper": {"id": "1", "organization": {"name": "a/../b", "fullname": "Odd"}}`, "Odd", ""},
		{`"paper": {"id": "1", "organization": {}}`, "", ""},
		{`"paper": {"id": "1"}`, "", ""},
	}
	for _, tt := range tests {
		b, err := Parse("in.json", []byte("[{"+tt.item+"}]"))
		if err != nil {
			t.Fatalf("Parse(%s): %v", tt.item, err)
		}
		if p := b.Papers[0]; p.Organization != tt.name || p.OrganizationURL != tt.url {
			t.Errorf("Parse(%s): organization %q at %q, want %q at %q", tt.item, p.Organization, p.OrganizationURL, tt.name, tt.url)
		}
	}
}

// TestWholeList: a daily list, as the API answers it, is the source's
// whole list for its day (Batch.Whole), whose papers an earlier import
// listed and this one lacks are named; items one after another (a paper's
// page, jq '.[] | select(…)') are a selection, which names none.
func TestWholeList(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{`[{"paper": {"id": "2506.11924", "title": "A"}}]`, true},
		{`[]`, true},
		{`{"paper": {"id": "2506.11924", "title": "A"}}`, false},
		{`{"id": "2506.11924", "title": "A"}`, false},
	} {
		b, err := Parse("in.json", []byte(tt.in))
		if err != nil || b.Whole != tt.want {
			t.Errorf("Parse(%q): Whole %v, %v; want %v", tt.in, b.Whole, err, tt.want)
		}
	}
}

// TestParseCounts reads a count written as a string, or with a fraction
// or exponent (1000.0, 1e3), as its number, and leaves out, with a note,
// one that is no whole number ("1.2k", as githubStars has come) or too
// large to hold, rather than refuse the whole list over it.
func TestParseCounts(t *testing.T) {
	for _, tt := range []struct {
		field, value string
		want         string // the count read, or "" for none
		dropped      string // the paper's note, or ""
	}{
		{"githubStars", `123`, "123", ""},
		{"githubStars", `"123"`, "123", ""},
		{"githubStars", `" 42 "`, "42", ""},
		{"githubStars", `"1.2k"`, "", `paper.githubStars "1.2k" is not a whole number; left out`},
		{"githubStars", `null`, "", ""},
		{"githubStars", `{"count": 3}`, "", `paper.githubStars {"count": 3} is not a whole number; left out`},
		{"upvotes", `"7"`, "7", ""},
		{"upvotes", `1.5`, "", "paper.upvotes 1.5 is not a whole number; left out"},
		{"upvotes", `true`, "", "paper.upvotes true is not a whole number; left out"},
		{"numComments", `"2"`, "2", ""},
		{"numComments", `"` + strings.Repeat("9", 60) + `"`, "", `numComments "` + strings.Repeat("9", 38) + `… is too large; left out`},
		{"numComments", `"` + strings.Repeat("9", 50) + `.5"`, "", `numComments "` + strings.Repeat("9", 38) + `… is not a whole number; left out`},
		// A whole number written with a fraction or an exponent, as a
		// script that re-serialises the list may write it, is that number.
		{"upvotes", `1000.0`, "1000", ""},
		{"upvotes", `1e3`, "1000", ""},
		{"upvotes", `1.5E2`, "150", ""},
		{"upvotes", `"1000.00"`, "1000", ""},
		{"upvotes", `0.0e5`, "0", ""},
		{"upvotes", `120e-1`, "12", ""},
		{"upvotes", `125e-1`, "", "paper.upvotes 125e-1 is not a whole number; left out"},
		{"upvotes", `1e-999999999999999999999`, "", "paper.upvotes 1e-999999999999999999999 is not a whole number; left out"},
		{"upvotes", `9223372036854775807`, "9223372036854775807", ""},
		{"upvotes", `9223372036854775808`, "", "paper.upvotes 9223372036854775808 is too large; left out"},
		{"upvotes", `99999999999999999999999`, "", "paper.upvotes 99999999999999999999999 is too large; left out"},
		{"upvotes", `1e999999999999999999999`, "", "paper.upvotes 1e999999999999999999999 is too large; left out"},
		{"upvotes", `-1e30`, "", "paper.upvotes -1e30 is negative; left out"},
		{"upvotes", `-2.0`, "-2", ""}, // a negative count the import leaves out, as any (importer.Prepare)
	} {
		paperField, itemField := "", ""
		if tt.field == "numComments" {
			itemField = `, "numComments": ` + tt.value
		} else {
			paperField = `, "` + tt.field + `": ` + tt.value
		}
		in := `[{"paper": {"id": "2506.01234", "title": "T"` + paperField + `}` + itemField + `}]`
		b, err := Parse("in.json", []byte(in))
		if err != nil {
			t.Errorf("Parse(%s): %v", in, err)
			continue
		}
		p := b.Papers[0]
		n := map[string]*int{"githubStars": p.Stars, "upvotes": p.Upvotes, "numComments": p.Comments}[tt.field]
		got := ""
		if n != nil {
			got = fmt.Sprint(*n)
		}
		if got != tt.want || strings.Join(p.Dropped, "|") != tt.dropped {
			t.Errorf("Parse(%s) = %s %q, notes %q; want %q, notes %q", in, tt.field, got, p.Dropped, tt.want, tt.dropped)
		}
	}
}
