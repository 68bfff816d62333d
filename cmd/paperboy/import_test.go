package main

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/output"
)

// importSample is a real Hugging Face list from the importer's testdata.
const importSample = "../../generator/importer/testdata/daily_papers_2024-05-27.json"

// siteFolder returns a new site folder: a temporary folder with a
// content/site.yaml, as import needs.
func siteFolder(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "content"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "content", "site.yaml"), []byte("title: T\nbaseURL: https://example.org/\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestRunImportNeedsSite: an import outside a site folder writes nothing
// (the papers would go where no build reads them) and says where to run
// it, after its arguments' mistakes.
func TestRunImportNeedsSite(t *testing.T) {
	for _, args := range [][]string{{"hf", importSample}, {"hf", "--fetch", "--endpoint", "http://127.0.0.1:9", "2405.15738"}, {"unpin"}} {
		dir := t.TempDir()
		err := runImport(context.Background(), append(args, "-s", dir), &bytes.Buffer{}, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), "content/site.yaml: not found, so "+dir+" is not a site folder; run this in the site folder or pass -s DIR, or make a site there first: paperboy new site "+dir) {
			t.Errorf("import %q outside a site = %v", args, err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("import %q outside a site wrote %d entries", args, len(entries))
		}
	}
}

// TestRunImportSiteFlag: -s and --source name the site folder as in every
// other command; -C and --site, which once did, are refused with a word on
// which flag does.
func TestRunImportSiteFlag(t *testing.T) {
	for _, flag := range []string{"-s", "--source"} {
		dir := siteFolder(t)
		var out bytes.Buffer
		if err := runImport(context.Background(), []string{"hf", flag, dir, importSample}, &out, &bytes.Buffer{}); err != nil {
			t.Fatalf("%s: %v", flag, err)
		}
		if _, err := os.Stat(filepath.Join(dir, "content", "papers", "2405.15738.md")); err != nil {
			t.Errorf("%s %s did not import into that folder: %v", flag, dir, err)
		}
	}
	for _, flag := range []string{"-C", "--site"} {
		dir := t.TempDir()
		err := runImport(context.Background(), []string{"hf", flag, dir, importSample}, &bytes.Buffer{}, &bytes.Buffer{})
		if !isUsage(err) || !strings.HasSuffix(err.Error(), "; the site folder is -s DIR (or --source DIR), as in every command") {
			t.Errorf("%s: %v, want a usage error naming -s", flag, err)
		}
		if entries, _ := os.ReadDir(dir); len(entries) != 0 {
			t.Errorf("%s: wrote %d entries", flag, len(entries))
		}
	}
}

// TestRunImportErrorSummary: a failed import says how many errors, and not
// that public/ was left alone (import never writes there).
func TestRunImportErrorSummary(t *testing.T) {
	dir := siteFolder(t)
	in := filepath.Join(dir, "daily.json")
	if err := os.WriteFile(in, []byte(`[{"paper": {"id": "2405.15738", "title": "T"}}]`), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI("import", "hf", "-s", dir, in)
	if code != 1 || !strings.Contains(stderr, "nothing was written") || !strings.Contains(stderr, "paperboy: 1 error\n") || strings.Contains(stderr, "public/") {
		t.Errorf("exit %d, stderr:\n%s\nwant 1, nothing was written, a count of 1 error and no word of public/", code, stderr)
	}
	// The list names no day; the error names the file, one of many a loop over saved lists imports.
	if want := in + ": no digest day: the input does not say which day it is; pass --date YYYY-MM-DD"; !strings.Contains(stderr, want) {
		t.Errorf("stderr:\n%s\nwant %q", stderr, want)
	}
}

// TestRunImportAllLeftOut: a list whose every paper is left out (none
// has a title, as after a change in the API's shape) fails, naming what
// was left out, where it said the list "holds no papers" and exited 0.
func TestRunImportAllLeftOut(t *testing.T) {
	dir := siteFolder(t)
	in := filepath.Join(dir, "daily.json")
	const list = `[{"paper": {"id": "2607.07708", "summary": "A.", "submittedOnDailyAt": "2026-07-09T00:00:00.000Z"}},
{"paper": {"id": "2607.07608", "summary": "B.", "submittedOnDailyAt": "2026-07-09T00:00:00.000Z"}}]`
	if err := os.WriteFile(in, []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI("import", "hf", "-s", dir, in)
	want := "import hf: nothing was written: imported none of the 2 papers of Hugging Face's list for 2026-07-09: every one was left out, as a build would refuse it: " + in + ":1: item 1 (2607.07708): no title, which a paper needs; the paper left out; "
	if code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("exit %d, stderr:\n%s\nwant 1 and %q", code, stderr, want)
	}
}

// TestRunImportTellsWhatCheckFinds: what the build finds in the papers
// an import wrote (an author Hugging Face names twice) is said at
// path:line, and check notes it without failing while it is as imported:
// the nightly import committed it unread, and every later pull request's
// check failed on it.
func TestRunImportTellsWhatCheckFinds(t *testing.T) {
	dir := siteFolder(t)
	in := filepath.Join(dir, "daily.json")
	const list = `[{"paper": {"id": "2607.90001", "title": "Scaling Laws", "authors": [{"name": "Wei Li"}, {"name": "Ada Lovelace"}, {"name": "Wei Li"}],
  "summary": "A.", "submittedOnDailyAt": "2026-07-09T00:00:00.000Z"}}]`
	if err := os.WriteFile(in, []byte(list), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runCLI("import", "hf", "-s", dir, in)
	want := "content/papers/2607.90001.md:7: note: authors: \"Wei Li\" is named twice on this paper (first at line 5)"
	if code != 0 || !strings.Contains(stderr, want) {
		t.Errorf("import: exit %d, stderr:\n%s\nwant 0 and %q", code, stderr, want)
	}
	if code, out, stderr := runCLI("check", "-s", dir, "-b", "https://digest.example.net/"); code != 0 || !strings.Contains(out, want) {
		t.Errorf("check after the import: exit %d, stdout:\n%s\nstderr:\n%s\nwant 0 and the note %q", code, out, stderr, want)
	}
}

// TestRunImportOtherSource: a file of the other source's format is
// refused with the import that reads it; an HTML page (saved from a
// browser) is neither, and is told to be.
func TestRunImportOtherSource(t *testing.T) {
	dir := siteFolder(t)
	feed := "../../generator/importer/testdata/current-2026_id_list-1605.08386.xml"
	page := filepath.Join(dir, "daily.html")
	if err := os.WriteFile(page, []byte("<!DOCTYPE html>\n<html><body>Daily Papers</body></html>\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ source, file, want string }{
		{"arxiv", importSample, "; it is JSON, as Hugging Face's daily lists are: paperboy import hf " + importSample},
		{"hf", feed, "; it is XML, as arXiv's Atom feeds are: paperboy import arxiv " + feed},
		{"hf", page, "the input must be the JSON array /api/daily_papers returns; it is a web page (HTML), not the API's answer: save what https://huggingface.co/api/daily_papers?date=YYYY-MM-DD answers, or download it with --fetch"},
		{"arxiv", page, "; it is a web page (HTML), not the API's answer: save what https://export.arxiv.org/api/query?id_list=… answers, or download it with --fetch"},
	} {
		err := runImport(context.Background(), []string{tc.source, "-s", dir, tc.file}, &bytes.Buffer{}, &bytes.Buffer{})
		if err == nil || !strings.HasSuffix(err.Error(), tc.want) {
			t.Errorf("import %s %s = %v, want it to end %q", tc.source, tc.file, err, tc.want)
		}
	}
}

func TestRunImportFile(t *testing.T) {
	dir := siteFolder(t)
	var out, errOut bytes.Buffer
	// Flags after the file work.
	if err := runImport(context.Background(), []string{"hf", importSample, "-s", dir, "--dry-run"}, &out, &errOut); err != nil {
		t.Fatalf("dry run: %v", err)
	}
	if !strings.Contains(out.String(), "+ content/papers/2405.15738.md (new): ConvLLaVA: Hierarchical Backbones as Visual Encoder for Large Multimodal Models\n") ||
		!strings.HasSuffix(out.String(), "dry run, nothing written: would import 13 papers for 2024-05-27: 13 new, 0 to update, 0 unchanged\n") {
		t.Errorf("dry run printed:\n%s", out.String())
	}
	if entries, _ := os.ReadDir(filepath.Join(dir, "content")); len(entries) != 1 {
		t.Errorf("dry run wrote %d entries beside site.yaml", len(entries)-1)
	}
	out.Reset()
	if err := runImport(context.Background(), []string{"hf", "--source", dir, "--date", "2024-05-28", importSample}, &out, &errOut); err != nil {
		t.Fatal(err)
	}
	if got, want := out.String(), "imported 13 papers for 2024-05-28: 13 new, 0 updated, 0 unchanged\n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
	if got, want := errOut.String(), "import: the input's papers are of 2024-05-27; --date imports them into 2024-05-28\n"; !strings.Contains(got, want) {
		t.Errorf("stderr = %q, want it to say %q", got, want)
	}
	if data, err := os.ReadFile(filepath.Join(dir, "content", "papers", "2405.15738.md")); err != nil || !strings.Contains(string(data), "\ndate: 2024-05-28\n") {
		t.Errorf("the paper is not dated on --date: %v\n%s", err, data)
	}
}

// TestRunImportScheduledDay: --date today and yesterday are days in UTC,
// as mail takes them, so a scheduled job needs no GNU date -d.
func TestRunImportScheduledDay(t *testing.T) {
	defer func(f func() time.Time) { now = f }(now)
	now = func() time.Time { return time.Date(2024, 5, 29, 0, 30, 0, 0, time.FixedZone("Kiritimati", 14*3600)) }
	for date, want := range map[string]string{"today": "2024-05-28", "yesterday": "2024-05-27"} {
		dir := siteFolder(t)
		var out bytes.Buffer
		if err := runImport(context.Background(), []string{"hf", "-s", dir, "--date", date, importSample}, &out, &bytes.Buffer{}); err != nil {
			t.Fatalf("--date %s: %v", date, err)
		}
		if got := out.String(); !strings.HasPrefix(got, "imported 13 papers for "+want+":") {
			t.Errorf("--date %s: %q, want the papers imported for %s", date, got, want)
		}
	}
}

// TestRunImportTakesTurns: an import waits while another (or a build of
// public/) holds the site's lock, saying so, and writes nothing until it
// has it: two imports at once each read the paper files and renamed their
// own versions into place, so the last lost the other's changes.
func TestRunImportTakesTurns(t *testing.T) {
	dir := siteFolder(t)
	unlock, err := output.LockSources(context.Background(), dir, nil)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	var errOut bytes.Buffer
	err = runImport(ctx, []string{"hf", "-s", dir, importSample}, &bytes.Buffer{}, &errOut)
	if !errors.Is(err, context.DeadlineExceeded) || !strings.Contains(errOut.String(), "paperboy: waiting for another import or build in "+dir+" to finish (it holds "+filepath.Join(dir, ".public.lock")+")") {
		t.Errorf("import while the lock is held = %v, stderr %q; want it to wait, saying so", err, errOut.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "papers")); err == nil {
		t.Errorf("the import wrote papers while another held the lock")
	}
	unlock()
	if err := runImport(context.Background(), []string{"hf", "-s", dir, importSample}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Errorf("import once the lock is free: %v", err)
	}
}

// TestQuietWaitsSilently: build, import and import unpin wait for
// another's lock saying so, but not with -q, which prints nothing but
// errors: cron mails whatever a job prints, and overlapping runs wait.
func TestQuietWaitsSilently(t *testing.T) {
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"build"}, "paperboy: waiting for another build of "},
		{[]string{"import", "hf", importSample}, "paperboy: waiting for another import or build in "},
		{[]string{"import", "unpin"}, "paperboy: waiting for another import or build in "},
	} {
		for _, quiet := range []bool{false, true} {
			dir := siteFolder(t)
			unlock, err := output.LockSources(context.Background(), dir, nil)
			if err != nil {
				t.Fatal(err)
			}
			args := append(slices.Clone(tt.args), "-s", dir)
			if quiet {
				args = append(args, "-q")
			}
			ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
			var out, errOut bytes.Buffer
			err = run(ctx, args, &out, &errOut)
			cancel()
			unlock()
			if !errors.Is(err, context.DeadlineExceeded) {
				t.Errorf("paperboy %q while the lock is held = %v; want it to wait", args, err)
			}
			if said := strings.Contains(errOut.String(), tt.want); said == quiet || out.Len() > 0 {
				t.Errorf("paperboy %q waiting: stdout %q, stderr %q; want %q said only without -q", args, out.String(), errOut.String(), tt.want)
			}
		}
	}
}

// TestRunImportPartialSearch: an arXiv search whose answer says the
// query has more results than it holds (opensearch:totalResults) says
// so, and how to import more, where it imported the first page silently.
func TestRunImportPartialSearch(t *testing.T) {
	feed, err := os.ReadFile("../../generator/importer/testdata/current-2026_search-all-testing-max10.xml")
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(feed) }))
	defer srv.Close()
	dir := siteFolder(t)
	var errOut bytes.Buffer
	if err := runImport(context.Background(), []string{"arxiv", "--fetch", "--max", "10", "--retries", "0", "--endpoint", srv.URL + "/api/query", "-s", dir, "all:testing"}, &bytes.Buffer{}, &errOut); err != nil {
		t.Fatal(err)
	}
	if want := "import arxiv: the answer holds 10 of the query's 214881 results, the first as arXiv sorts them; raise --max (it asked for 10) to import more\n"; !strings.Contains(errOut.String(), want) {
		t.Errorf("stderr:\n%s\nwant %q", errOut.String(), want)
	}
}

func TestRunImportUsage(t *testing.T) {
	for _, args := range [][]string{nil, {"rss"}, {"hf"}, {"hf", "a.json", "b.json"}, {"hf", "--date", "27/05/2024", "a.json"}, {"hf", "--bogus"}, {"hf", "--fetch", "x.json"}} {
		err := runImport(context.Background(), args, &bytes.Buffer{}, &bytes.Buffer{})
		if !isUsage(err) {
			t.Errorf("runImport(%q) = %v, want a usage error", args, err)
		}
	}
	var out bytes.Buffer
	if err := runImport(context.Background(), []string{"-h"}, &out, &bytes.Buffer{}); err != nil || !strings.Contains(out.String(), "--dry-run") {
		t.Errorf("runImport(-h) = %v, printed %q", err, out.String())
	}
	if err := runImport(context.Background(), []string{"arxiv", "--fetch", "--max", "0", "all:x"}, &bytes.Buffer{}, &bytes.Buffer{}); !isUsage(err) {
		t.Errorf("--max 0: %v, want a usage error", err)
	}
}

func TestRunImportFetch(t *testing.T) {
	sample, err := os.ReadFile(importSample)
	if err != nil {
		t.Fatal(err)
	}
	errFeed, err := os.ReadFile("../../generator/importer/testdata/current-2026_error-bad-id-http400.xml")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.URL.RequestURI()+" "+r.UserAgent())
		if r.URL.Path == "/api/query" {
			w.WriteHeader(http.StatusBadRequest)
			w.Write(errFeed)
			return
		}
		w.Write(sample)
	}))
	defer srv.Close()
	dir := siteFolder(t)
	var out bytes.Buffer
	if err := runImport(context.Background(), []string{"hf", "--fetch", "--date", "2024-05-27", "--endpoint", srv.URL, "-s", dir}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	ua := "Paperboy/" + version + " (+https://github.com/paperboy-digest/paperboy)"
	if len(got) != 1 || got[0] != "/api/daily_papers?date=2024-05-27&limit=100 "+ua {
		t.Errorf("requests = %q", got)
	}
	err = runImport(context.Background(), []string{"arxiv", "--fetch", "--endpoint", srv.URL + "/api/query", "-s", dir, "abc"}, &out, &bytes.Buffer{})
	if err == nil || !strings.Contains(err.Error(), "the arXiv API answered with an error: incorrect id format for abc") {
		t.Errorf("arxiv fetch of a bad id = %v", err)
	}
	// An id arXiv has no paper of is answered with no entry: named.
	empty, err := os.ReadFile("../../generator/importer/testdata/current-2026_empty-result.xml")
	if err != nil {
		t.Fatal(err)
	}
	one, err := os.ReadFile("../../generator/importer/testdata/current-2026_id_list-1605.08386.xml")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		answer []byte
		ids    []string
		want   string
	}{
		{empty, []string{"2406.99999"}, "import arxiv: nothing was written: arXiv has no paper 2406.99999; check the id, as the paper's page on arxiv.org shows it"},
		{one, []string{"1605.08386", "arXiv:2406.99999v2", "2406.99998"}, "arXiv has no papers arXiv:2406.99999v2 and 2406.99998; check the ids"},
	} {
		answer := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.Write(tc.answer) }))
		before := snapshot(t, dir)
		err := runImport(context.Background(), append([]string{"arxiv", "--fetch", "--endpoint", answer.URL, "-s", dir}, tc.ids...), &out, &bytes.Buffer{})
		answer.Close()
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("arxiv fetch of %q, which arXiv has not all of = %v, want %q", tc.ids, err, tc.want)
		}
		if after := snapshot(t, dir); len(after) != len(before) {
			t.Errorf("arxiv fetch of %q wrote %d files", tc.ids, len(after)-len(before))
		}
	}
	// --max sets a search's results.
	got = nil
	runImport(context.Background(), []string{"arxiv", "--fetch", "--max", "7", "--endpoint", srv.URL + "/api/query", "-s", dir, "cat:cs.CL"}, &out, &bytes.Buffer{})
	if len(got) != 1 || !strings.Contains(got[0], "max_results=7&") {
		t.Errorf("requests of a search with --max 7 = %q, want max_results=7", got)
	}

	// No answer: say what to do.
	gone := httptest.NewServer(http.NotFoundHandler())
	gone.Close()
	err = runImport(context.Background(), []string{"hf", "--fetch", "--retries", "0", "--endpoint", gone.URL, "-s", dir}, &out, &bytes.Buffer{})
	if err == nil || !strings.HasSuffix(err.Error(), "; check the network connection and try again, or import a saved response instead of using --fetch") {
		t.Errorf("fetch from a server that is gone = %v", err)
	}
	slow := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
	defer slow.Close()
	err = runImport(context.Background(), []string{"hf", "--fetch", "--timeout", "50ms", "--retries", "0", "--endpoint", slow.URL, "-s", dir}, &out, &bytes.Buffer{})
	if err == nil || !strings.HasSuffix(err.Error(), "no answer within 50ms; try again later, or allow longer with --timeout") {
		t.Errorf("fetch from a server that does not answer = %v", err)
	}
}

// TestRunImportSavedIDList: a saved answer to an id_list query that
// lacks a paper it asked for (a typo arXiv has no paper of) is refused as
// --fetch refuses it, at the line of the answer's query, where it was
// imported without a word of the id ("nothing to import" when it was the
// only one).
// TestRunImportFetchSaysWhy: a download is told as the same bytes saved
// to a file are: an error answer with its reason quoted (Hugging Face's
// {"error": "Invalid date"}, for hf and arxiv alike), a web page in the
// API's place as one, with the address to check.
func TestRunImportFetchSaysWhy(t *testing.T) {
	page := "<!DOCTYPE html>\n<html><body>Sign in to the network</body></html>\n"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch {
		case strings.HasPrefix(r.URL.Path, "/bad"):
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusBadRequest)
			w.Write([]byte(`{"error":"Invalid date"}`))
		case strings.HasPrefix(r.URL.Path, "/portal"):
			w.Write([]byte(page))
		}
	}))
	defer srv.Close()
	dir := siteFolder(t)
	saved := filepath.Join(t.TempDir(), "error.json")
	if err := os.WriteFile(saved, []byte(`{"error":"Invalid date"}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"hf", "--fetch", "--date", "2025-06-16", "--endpoint", srv.URL + "/bad"}, `: 400 Bad Request ("Invalid date")`},
		{[]string{"arxiv", "--fetch", "--endpoint", srv.URL + "/bad", "2405.15738"}, `: 400 Bad Request ("Invalid date")`},
		{[]string{"hf", saved}, `("Invalid date")`},
		{[]string{"hf", "--fetch", "--date", "2025-06-16", "--endpoint", srv.URL + "/portal"},
			"; it is a web page (HTML), not the API's answer: check that --endpoint is the API's address (https://huggingface.co by default), and that no proxy or network login page answered in its place"},
		{[]string{"arxiv", "--fetch", "--endpoint", srv.URL + "/portal", "2405.15738"},
			"; it is a web page (HTML), not the API's answer: check that --endpoint is the API's address (https://export.arxiv.org/api/query by default)"},
	} {
		args := append(tt.args, "-s", dir)
		err := runImport(context.Background(), args, &bytes.Buffer{}, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("import %q = %v, want it to say %q", args, err, tt.want)
		}
	}
}

// TestRunImportEndpoint: an --endpoint no request can go to is a usage
// error naming the flag and what to write, not a network's failure later.
func TestRunImportEndpoint(t *testing.T) {
	for _, tt := range []struct{ endpoint, want string }{
		{"http://127.0.0.1:", `--endpoint "http://127.0.0.1:" has a colon but no port after it; write the port (http://127.0.0.1:8080), or leave the colon out`},
		{"127.0.0.1:8080", `--endpoint "127.0.0.1:8080" does not start with http:// or https://`},
		{"http:///api", `--endpoint "http:///api" names no host`},
		{"http://127.0.0.1:0", `--endpoint "http://127.0.0.1:0" has port 0, which no server listens on`},
		{"http://a b", `--endpoint "http://a b" is no address`},
	} {
		err := runImport(context.Background(), []string{"hf", "--fetch", "--endpoint", tt.endpoint, "-s", siteFolder(t)}, &bytes.Buffer{}, &bytes.Buffer{})
		if !isUsage(err) || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("--endpoint %q: %v, want a usage error saying %q", tt.endpoint, err, tt.want)
		}
	}
}

func TestRunImportSavedIDList(t *testing.T) {
	dir := siteFolder(t)
	one, err := os.ReadFile("../../generator/importer/testdata/current-2026_id_list-1605.08386.xml")
	if err != nil {
		t.Fatal(err)
	}
	typo := filepath.Join(dir, "ids.xml")
	if err := os.WriteFile(typo, bytes.Replace(one, []byte("id_list=1605.08386"), []byte("id_list=1605.08386,1605.99999"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	for file, want := range map[string]string{
		typo: "import arxiv: nothing was written: " + typo + ":4: arXiv has no paper 1605.99999, which this answer's query asked for (id_list); check the id, as the paper's page on arxiv.org shows it, then fetch the papers again: paperboy import arxiv --fetch <id>…",
		"../../generator/importer/testdata/current-2026_empty-result.xml": "current-2026_empty-result.xml:4: arXiv has no paper 0000.0000, which",
	} {
		before := snapshot(t, dir)
		err := runImport(context.Background(), []string{"arxiv", "-s", dir, file}, &bytes.Buffer{}, &bytes.Buffer{})
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("import arxiv %s = %v, want %q", file, err, want)
		}
		if after := snapshot(t, dir); len(after) != len(before) {
			t.Errorf("import arxiv %s wrote %d files", file, len(after)-len(before))
		}
	}
}

// TestRunImportSeveralFiles: several saved days are imported in one run,
// in the order given, each as if on its own (its own day, its own
// summary), where all but one input was refused. A file that does not
// read stops the run before anything is written; one whose import fails
// stops it there, the files before it imported and named, as are those
// after it, which are not.
func TestRunImportSeveralFiles(t *testing.T) {
	dir := siteFolder(t)
	day := func(name, id, date, title string) string {
		path := filepath.Join(dir, name)
		list := `[{"paper": {"id": "` + id + `", "title": "` + title + `", "summary": "A.", "authors": [{"name": "Ada Lovelace"}], "upvotes": 3},
  "publishedAt": "` + date + `T10:00:00.000Z", "title": "` + title + `"}]`
		if title == "" { // no title, no day: Prepare refuses it
			list = `[{"paper": {"id": "` + id + `", "summary": "A."}}]`
		}
		if err := os.WriteFile(path, []byte(list), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	one, two, three := day("16.json", "2506.11924", "2025-06-16", "One"), day("17.json", "2506.12000", "2025-06-17", "Two"), day("18.json", "2506.13000", "2025-06-18", "Three")
	var out bytes.Buffer
	if err := runImport(context.Background(), []string{"hf", "-s", dir, one, two}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if want := one + ": imported 1 paper for 2025-06-16: 1 new, 0 updated, 0 unchanged\n" + two + ": imported 1 paper for 2025-06-17: 1 new, 0 updated, 0 unchanged\n"; out.String() != want {
		t.Errorf("stdout = %q, want %q", out.String(), want)
	}
	for id, date := range map[string]string{"2506.11924": "2025-06-16", "2506.12000": "2025-06-17"} {
		if data, err := os.ReadFile(filepath.Join(dir, "content", "papers", id+".md")); err != nil || !strings.Contains(string(data), "\ndate: "+date+"\n") {
			t.Errorf("%s is not dated on %s: %v\n%s", id, date, err, data)
		}
	}

	broken := filepath.Join(dir, "broken.json")
	if err := os.WriteFile(broken, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dir)
	err := runImport(context.Background(), []string{"hf", "-s", dir, three, broken}, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.HasPrefix(err.Error(), "import hf: nothing was written: "+broken+":1:") {
		t.Errorf("import of a day and a broken file = %v, want nothing written and the broken file named", err)
	}
	if after := snapshot(t, dir); len(after) != len(before) {
		t.Errorf("a broken file among several: %d files written", len(after)-len(before))
	}

	undated := day("19.json", "2506.14000", "", "")
	err = runImport(context.Background(), []string{"hf", "-s", dir, one, undated, three}, &bytes.Buffer{}, &bytes.Buffer{})
	for _, want := range []string{"import hf: nothing of " + undated + " was written:\n", "\nimport hf: stopped at " + undated + "; imported before it: " + one + "; not imported after it: " + three} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("import stopped at its second file = %v, want %q", err, want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "content", "papers", "2506.13000.md")); err == nil {
		t.Errorf("the file after the one that failed was imported")
	}

	if err := runImport(context.Background(), []string{"hf", "-s", dir, one, "-"}, &bytes.Buffer{}, &bytes.Buffer{}); !isUsage(err) {
		t.Errorf("import of a file and standard input = %v, want a usage error", err)
	}
}

// TestRunImportFetchPages: a day's list that fills a page (hf.PageSize
// papers) is asked for its next page until one is not full; an API that
// answers every page with the first is asked no further once a page
// brings no new paper.
func TestRunImportFetchPages(t *testing.T) {
	page := func(from, n int) []byte {
		items := make([]string, n)
		for i := range items {
			items[i] = fmt.Sprintf(`{"paper": {"id": "2506.%05d", "title": "Paper %[1]d", "authors": [{"name": "Ada Lovelace"}], "submittedOnDailyAt": "2025-06-16T08:00:00.000Z", "upvotes": 1}}`, from+i)
		}
		return []byte("[" + strings.Join(items, ",") + "]")
	}
	for _, tc := range []struct {
		name      string
		pages     map[string][]byte
		wantAsked []string
		wantNew   int
	}{
		{"two pages", map[string][]byte{"": page(0, 100), "1": page(100, 30)}, []string{"", "1"}, 130},
		{"three pages, the last empty", map[string][]byte{"": page(0, 100), "1": page(100, 100), "2": []byte("[]")}, []string{"", "1", "2"}, 200},
		{"pages not kept apart", map[string][]byte{"": page(0, 100), "1": page(0, 100)}, []string{"", "1"}, 100},
		{"a page past the end refused", map[string][]byte{"": page(0, 100)}, []string{"", "1"}, 100},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var asked []string
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				q := r.URL.Query()
				if q.Get("date") != "2025-06-16" || q.Get("limit") != "100" {
					t.Errorf("asked %s", r.URL.RequestURI())
				}
				asked = append(asked, q.Get("p"))
				data, ok := tc.pages[q.Get("p")]
				if !ok {
					http.Error(w, `{"error":"Invalid page"}`, http.StatusBadRequest)
					return
				}
				w.Write(data)
			}))
			defer srv.Close()
			dir := siteFolder(t)
			if err := runImport(context.Background(), []string{"hf", "--fetch", "--date", "2025-06-16", "--endpoint", srv.URL, "-s", dir, "-q"}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(asked, tc.wantAsked) {
				t.Errorf("pages asked = %q, want %q", asked, tc.wantAsked)
			}
			if files, _ := os.ReadDir(filepath.Join(dir, "content", "papers")); len(files) != tc.wantNew {
				t.Errorf("imported %d papers, want %d", len(files), tc.wantNew)
			}
		})
	}
}

// TestRunImportFetchPapers: import hf --fetch with ids (or links) asks
// for each paper's own page of the API and imports them on the day
// Hugging Face listed them, or --date; an id Hugging Face has no page of
// is named with the arXiv import to use, and nothing is written.
func TestRunImportFetchPapers(t *testing.T) {
	list, err := os.ReadFile("../../generator/importer/testdata/daily_papers_2025-06-16.json")
	if err != nil {
		t.Fatal(err)
	}
	var items []struct{ Paper json.RawMessage }
	if err := json.Unmarshal(list, &items); err != nil {
		t.Fatal(err)
	}
	pages := map[string]json.RawMessage{}
	var ids []string
	for _, it := range items {
		var p struct{ ID string }
		if err := json.Unmarshal(it.Paper, &p); err != nil {
			t.Fatal(err)
		}
		pages["/api/papers/"+p.ID], ids = it.Paper, append(ids, p.ID)
	}
	var got []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got = append(got, r.URL.RequestURI())
		page, ok := pages[r.URL.Path]
		if !ok {
			w.WriteHeader(http.StatusNotFound)
			w.Write([]byte(`{"error":"Not Found"}`))
			return
		}
		w.Write(page)
	}))
	defer srv.Close()
	dir := siteFolder(t)
	var out bytes.Buffer
	args := []string{"hf", "--fetch", "--endpoint", srv.URL, "-s", dir, ids[0], "https://huggingface.co/papers/" + ids[1]}
	if err := runImport(context.Background(), args, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if want := []string{"/api/papers/" + ids[0], "/api/papers/" + ids[1]}; !slices.Equal(got, want) {
		t.Errorf("requests = %q, want %q", got, want)
	}
	for _, id := range ids[:2] {
		data, err := os.ReadFile(filepath.Join(dir, "content", "papers", id+".md"))
		if err != nil || !strings.Contains(string(data), "\ndate: 2025-06-16\n") {
			t.Errorf("paper %s not imported on the day Hugging Face listed it: %v\n%s", id, err, data)
		}
	}
	if err := runImport(context.Background(), append(args[:len(args):len(args)], "--date", "2025-06-20", ids[2]), &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(filepath.Join(dir, "content", "papers", ids[2]+".md")); !strings.Contains(string(data), "\ndate: 2025-06-20\n") {
		t.Errorf("paper %s not dated on --date:\n%s", ids[2], data)
	}
	before := snapshot(t, dir)
	err = runImport(context.Background(), []string{"hf", "--fetch", "--endpoint", srv.URL, "-s", dir, ids[3], "2406.99999"}, &out, &bytes.Buffer{})
	if want := "import hf: nothing was written: Hugging Face has no page for the paper 2406.99999 (GET " + srv.URL + "/api/papers/2406.99999: 404 Not Found); check the id, or import the paper from arXiv: paperboy import arxiv --fetch 2406.99999"; err == nil || err.Error() != want {
		t.Errorf("fetch of a paper Hugging Face has not = %v, want %q", err, want)
	}
	if after := snapshot(t, dir); len(after) != len(before) {
		t.Errorf("a failed fetch wrote %d files", len(after)-len(before))
	}
	// A paper Hugging Face never listed on a day: --date says when.
	var page map[string]any
	if err := json.Unmarshal(pages["/api/papers/"+ids[4]], &page); err != nil {
		t.Fatal(err)
	}
	delete(page, "submittedOnDailyAt")
	pages["/api/papers/"+ids[4]], _ = json.Marshal(page)
	err = runImport(context.Background(), []string{"hf", "--fetch", "--endpoint", srv.URL, "-s", dir, ids[4]}, &out, &bytes.Buffer{})
	if want := "import hf: nothing was written: Hugging Face listed " + ids[4] + " on no day's list; choose the day to list it on with --date YYYY-MM-DD"; err == nil || err.Error() != want {
		t.Errorf("fetch of a paper never listed = %v, want %q", err, want)
	}
	if err := runImport(context.Background(), []string{"hf", "--fetch", "--date", "2025-06-21", "--endpoint", srv.URL, "-s", dir, ids[4]}, &out, &bytes.Buffer{}); err != nil {
		t.Errorf("fetch of a paper never listed, with --date: %v", err)
	}
	if err := runImport(context.Background(), []string{"hf", "--fetch", "-s", dir, "my-paper"}, &out, &bytes.Buffer{}); !isUsage(err) {
		t.Errorf("fetch of a name that is no id = %v, want a usage error", err)
	}
}

// TestRunImportFetchRetries: a busy server's 503 is asked again, after
// the second its Retry-After asks, and the import goes through; the
// retry is told on stderr, but for -q. A server busy at every request
// fails the import, saying how many times it was asked.
func TestRunImportFetchRetries(t *testing.T) {
	sample, err := os.ReadFile(importSample)
	if err != nil {
		t.Fatal(err)
	}
	var asked atomic.Int32
	busy := 1 // requests answered 503 before the list
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if int(asked.Add(1)) <= busy {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "busy", http.StatusServiceUnavailable)
			return
		}
		w.Write(sample)
	}))
	defer srv.Close()
	for _, quiet := range []bool{false, true} {
		asked.Store(0)
		dir := siteFolder(t)
		args := []string{"hf", "--fetch", "--date", "2024-05-27", "--endpoint", srv.URL, "-s", dir}
		if quiet {
			args = append(args, "-q")
		}
		var out, log bytes.Buffer
		if err := runImport(context.Background(), args, &out, &log); err != nil {
			t.Fatalf("-q %v: %v", quiet, err)
		}
		want := "import hf: GET " + srv.URL + "/api/daily_papers?date=2024-05-27&limit=100: 503 Service Unavailable (\"busy\"); asking again in 1s (retry 1 of 3)\n"
		if quiet {
			want = ""
		}
		if log.String() != want || asked.Load() != 2 {
			t.Errorf("-q %v: asked %d times, stderr %q; want 2 and %q", quiet, asked.Load(), log.String(), want)
		}
		if _, err := os.Stat(filepath.Join(dir, "content/papers/2405.15738.md")); err != nil {
			t.Errorf("-q %v: the import wrote nothing: %v", quiet, err)
		}
	}
	asked.Store(0)
	busy = 3
	err = runImport(context.Background(), []string{"hf", "--fetch", "--retries", "1", "--endpoint", srv.URL, "-s", siteFolder(t)}, &bytes.Buffer{}, &bytes.Buffer{})
	if err == nil || !strings.HasSuffix(err.Error(), `: 503 Service Unavailable ("busy") (asked 2 times)`) || asked.Load() != 2 {
		t.Errorf("import from a server busy at every request: asked %d times, %v", asked.Load(), err)
	}
}

// TestQuietImportAndMail: -q leaves a scheduled job's log empty when all
// went well.
func TestQuietImportAndMail(t *testing.T) {
	dir := siteFolder(t)
	os.MkdirAll(filepath.Join(dir, "content"), 0o755)
	os.WriteFile(filepath.Join(dir, "content/site.yaml"), []byte("title: T\nbaseURL: https://example.org/\nnewsletter:\n  from: d@example.org\n"), 0o644)
	if code, stdout, stderr := runCLI("import", "hf", "-q", "-s", dir, importSample); code != 0 || stdout+stderr != "" {
		t.Errorf("import -q: exit %d, printed %q %q", code, stdout, stderr)
	}
	if _, err := os.Stat(filepath.Join(dir, "content/papers/2405.15738.md")); err != nil {
		t.Errorf("import -q wrote nothing: %v", err)
	}
	out := filepath.Join(dir, "day.eml")
	if code, stdout, stderr := runCLI("mail", "-q", "-s", dir, "--out", out); code != 0 || stdout+stderr != "" {
		t.Errorf("mail -q: exit %d, printed %q %q", code, stdout, stderr)
	}
	if code, stdout, stderr := runCLI("mail", "-q", "-s", dir, "--date", "2030-01-01", "--if-exists", "--out", out); code != 0 || stdout+stderr != "" {
		t.Errorf("mail -q --if-exists of a missing day: exit %d, printed %q %q", code, stdout, stderr)
	}
}

// TestSameSiteRedirect: an import fetch follows a redirect on the host it
// asked, and refuses one to another host or from https to http.
func TestSameSiteRedirect(t *testing.T) {
	req := func(u string) *http.Request {
		r, err := http.NewRequest("GET", u, nil)
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	first := []*http.Request{req("https://huggingface.co/api/daily_papers?date=2025-06-16")}
	for u, ok := range map[string]bool{
		"https://huggingface.co/api/daily_papers/": true,
		"https://evil.example/api/daily_papers":    false,
		"http://huggingface.co/api/daily_papers":   false,
	} {
		if err := sameSiteRedirect(req(u), first); (err == nil) != ok {
			t.Errorf("redirect to %s: err = %v", u, err)
		}
	}
}

// TestRunImportUnpin: import unpin takes an old import's ids (every paper
// of its day, in its order) out of the days' papers:, says what it did
// (and, with --dry-run, what it would do), and refuses the flags of a
// download.
func TestRunImportUnpin(t *testing.T) {
	var oldImportList string // as an import of the sample before 2026-12 wrote it
	for _, id := range strings.Fields("2405.15738 2405.15574 2405.15071 2405.15032 2405.15682 2405.15319 2405.14979 2405.15223 2405.14908 2405.14906 2405.15613 2405.15216 2405.15125") {
		oldImportList += "  - \"" + id + "\"\n"
	}
	dir := siteFolder(t)
	if err := runImport(context.Background(), []string{"hf", "-s", dir, importSample}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	day := filepath.Join(dir, "content", "days", "2024-05-27.md")
	os.MkdirAll(filepath.Dir(day), 0o755)
	if err := os.WriteFile(day, []byte("---\npapers:\n"+oldImportList+"---\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	// Imported again, the day still pins them: the import says so, and
	// what lets the votes rank them.
	var log bytes.Buffer
	if err := runImport(context.Background(), []string{"hf", "-s", dir, importSample}, &bytes.Buffer{}, &log); err != nil {
		t.Fatal(err)
	}
	if want := "import: content/days/2024-05-27.md pins 13 papers in the order an import before 2026-12 listed them, so their new upvotes do not reorder the day; `paperboy import unpin 2024-05-27` lets the day rank them by their upvotes\n"; log.String() != want {
		t.Errorf("import of a pinned day logged %q, want %q", log.String(), want)
	}
	var out bytes.Buffer
	if err := runImport(context.Background(), []string{"unpin", "-s", dir, "--dry-run"}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if want := "~ content/days/2024-05-27.md: papers -2405.15738 -2405.15574 -2405.15071 -2405.15032 -2405.15682 -2405.15319 -2405.14979 -2405.15223 -2405.14908 -2405.14906 -2405.15613 -2405.15216 -2405.15125 (now ranked by their upvotes)\ndry run, nothing written: would unpin 13 papers in 1 day file, which their days would rank by upvotes; to keep one pinned, write a comment beside its id in papers: (# my pick)\n"; out.String() != want {
		t.Errorf("dry run printed %q, want %q", out.String(), want)
	}
	out.Reset()
	if err := runImport(context.Background(), []string{"unpin", "-s", dir, "2024-05-27"}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(day); string(data) != "---\npapers: []\n---\n" || out.String() != "unpinned 13 papers in 1 day file; their days rank them by upvotes\n" {
		t.Errorf("the day file is %q, the output %q", data, out.String())
	}
	log.Reset()
	if err := runImport(context.Background(), []string{"hf", "-s", dir, importSample}, &bytes.Buffer{}, &log); err != nil || log.Len() != 0 {
		t.Errorf("import of the day unpinned: %v, logged %q", err, log.String())
	}
	if err := runImport(context.Background(), []string{"unpin", "-s", dir, "--fetch"}, &out, &bytes.Buffer{}); !isUsage(err) {
		t.Errorf("unpin --fetch: %v, want a usage error", err)
	}
}

// TestRunImportCuratorPin: a curator's pin of one of the day's imported
// papers, as "Ranking a day" shows, is no old import's: the next import of
// the day says nothing of unpinning it, and unpin of every day leaves it.
func TestRunImportCuratorPin(t *testing.T) {
	dir := siteFolder(t)
	if err := runImport(context.Background(), []string{"hf", "-s", dir, importSample}, &bytes.Buffer{}, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	day := filepath.Join(dir, "content", "days", "2024-05-27.md")
	const pin = "---\npapers:\n  - \"2405.15125\"\n---\nWhy it leads.\n"
	os.MkdirAll(filepath.Dir(day), 0o755)
	if err := os.WriteFile(day, []byte(pin), 0o644); err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	if err := runImport(context.Background(), []string{"hf", "-s", dir, importSample}, &bytes.Buffer{}, &log); err != nil || log.Len() != 0 {
		t.Errorf("import of a day the curator pinned: %v, logged %q; want nothing", err, log.String())
	}
	var out bytes.Buffer
	if err := runImport(context.Background(), []string{"unpin", "-s", dir}, &out, &bytes.Buffer{}); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(day); string(data) != pin {
		t.Errorf("unpin of every day left the day file %q, want %q", data, pin)
	}
}

// TestREADMEImportOutput: the output the README shows for importing the
// sample list into a new site, and again, is what import prints.
func TestREADMEImportOutput(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(readme), "The output says what happened.")
	if !ok {
		t.Fatal(`README.md has no "The output says what happened."`)
	}
	var shown []string
	for range 2 {
		_, block, ok := strings.Cut(rest, "\n```\n")
		block, after, closed := strings.Cut(block, "\n```\n")
		if !ok || !closed {
			t.Fatal(`README.md shows no import output in two blocks after "The output says what happened."`)
		}
		shown, rest = append(shown, block+"\n"), after
	}
	dir := siteFolder(t)
	for i, want := range shown {
		var out bytes.Buffer
		if err := runImport(context.Background(), []string{"hf", "-s", dir, importSample}, &out, &bytes.Buffer{}); err != nil {
			t.Fatal(err)
		}
		if out.String() != want {
			t.Errorf("import %d printed %q; the README shows %q", i+1, out.String(), want)
		}
	}
}

// TestQuietSaysWhatWasLeftOut: import -q, which a scheduled job runs,
// leaves out the summary line but still says, on stderr, what the import
// left out or may have done amiss: a paper the source gave without a
// title, an arXiv answer that holds part of the query's results, a list
// of one day imported into another. It printed nothing and exited 0, so
// the job lost the paper with no word. In GitHub Actions, what was left
// out is also a ::warning.
func TestQuietSaysWhatWasLeftOut(t *testing.T) {
	const noTitle = `[
  {"paper": {"id": "2506.11924", "authors": [{"name": "Min-Seop Kwak"}], "publishedAt": "2025-06-13T16:19:00.000Z",
    "submittedOnDailyAt": "2025-06-16T04:13:42.201Z", "title": "Aligned Novel View", "summary": "We introduce a framework.", "upvotes": 20},
   "publishedAt": "2025-06-13T12:19:00.000Z", "title": "Aligned Novel View", "summary": "We introduce a framework.", "numComments": 1},
  {"paper": {"id": "2506.10892", "authors": [{"name": "Subham Sekhar Sahoo"}], "publishedAt": "2025-06-12T12:55:35.000Z",
    "submittedOnDailyAt": "2025-06-16T04:40:29.065Z", "title": "", "summary": "Uniform-state models.", "upvotes": 5},
   "publishedAt": "2025-06-12T12:55:35.000Z", "title": "", "summary": "Uniform-state models.", "numComments": 1}
]`
	const partOf80 = `<?xml version='1.0' encoding='UTF-8'?>
<feed xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom" xmlns="http://www.w3.org/2005/Atom">
  <id>https://arxiv.org/api/x</id>
  <title>arXiv Query: search_query=cat:cs.CL&amp;id_list=&amp;start=0&amp;max_results=1</title>
  <updated>2025-06-20T23:30:00Z</updated>
  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>
  <opensearch:totalResults>80</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
  <entry>
    <id>http://arxiv.org/abs/2506.11924v1</id>
    <title>Aligned Novel View</title>
    <updated>2025-06-13T16:19:00Z</updated>
    <summary>We introduce a framework.</summary>
    <published>2025-06-13T16:19:00Z</published>
    <arxiv:primary_category term="cs.CV"/>
    <author><name>Min-Seop Kwak</name></author>
  </entry>
</feed>`
	tests := []struct {
		name, data string
		args       []string
		want       []string // on stderr
	}{
		{"no title", noTitle, []string{"hf"}, []string{
			"warning: import hf: 2025-06-16: what a build would refuse was left out: ", "(2506.10892): no title, which a paper needs; the paper left out\n",
			"::warning title=paperboy import::import hf: 2025-06-16: what a build would refuse was left out: "}},
		{"a count that is no number", strings.Replace(noTitle, `"upvotes": 20}`, `"upvotes": 20, "githubStars": "1.2k"}`, 1), []string{"hf"}, []string{
			`(2506.11924): paper.githubStars "1.2k" is not a whole number; left out`}},
		{"part of a search", partOf80, []string{"arxiv"}, []string{"import arxiv: the answer holds 1 of the query's 80 results"}},
		{"another day", noTitle, []string{"hf", "--date", "2025-06-17"}, []string{"import: the input's papers are of 2025-06-16; --date imports them into 2025-06-17\n"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := siteFolder(t)
			in := filepath.Join(t.TempDir(), "in")
			if err := os.WriteFile(in, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			t.Setenv("GITHUB_ACTIONS", "true")
			args := append(append([]string{"import"}, tt.args...), "-q", "-s", dir, in)
			code, stdout, stderr := runCLI(args...)
			if code != 0 || stdout != "" {
				t.Errorf("%q: exit %d, stdout %q; want 0 and none", args, code, stdout)
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr, w) {
					t.Errorf("%q: stderr\n%s\nwant %q", args, stderr, w)
				}
			}
		})
	}
}

// TestImportDateAhead: import --date of a day after tomorrow in UTC (a
// typo, 2999 for 2024) is warned of at once, naming the day and today,
// with -q too; tomorrow, a day prepared ahead, and earlier days are not.
func TestImportDateAhead(t *testing.T) {
	defer func(f func() time.Time) { now = f }(now)
	now = func() time.Time { return time.Date(2024, 5, 29, 0, 30, 0, 0, time.FixedZone("Kiritimati", 14*3600)) } // May 28, 10:30 UTC
	for _, tt := range []struct {
		date, want string
	}{
		{"2999-05-27", "import: warning: --date 2999-05-27 is after today (2024-05-28 in UTC), so that day leads the home page and every feed until then"},
		{"2024-05-30", "import: warning: --date 2024-05-30 is after today (2024-05-28 in UTC)"},
		{"2024-05-29", ""},
		{"tomorrow", ""},
		{"2024-05-27", ""},
	} {
		var errOut bytes.Buffer
		if err := runImport(context.Background(), []string{"hf", "-s", siteFolder(t), "-q", "--dry-run", "--date", tt.date, importSample}, io.Discard, &errOut); err != nil {
			t.Fatalf("--date %s: %v", tt.date, err)
		}
		got := errOut.String()
		if tt.want == "" && strings.Contains(got, "is after today") || !strings.Contains(got, tt.want) {
			t.Errorf("import --date %s: stderr %q, want %q", tt.date, got, cmp.Or(tt.want, "no warning"))
		}
	}
}
