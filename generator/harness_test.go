package generator

import (
	"bytes"
	"context"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"golang.org/x/tools/txtar"
)

// siteFS turns a txtar archive (a whole site as one string) into a file system.
func siteFS(archive string) fstest.MapFS {
	a := txtar.Parse([]byte(archive))
	fsys := fstest.MapFS{}
	for _, f := range a.Files {
		// A real file system has no empty or dot path elements; MapFS
		// would loop forever on them, so they are not part of a site.
		if fs.ValidPath(f.Name) {
			fsys[f.Name] = &fstest.MapFile{Data: f.Data}
		}
	}
	return fsys
}

// withLineEndings returns archive with its files' line endings made eol:
// a site saved on Windows (CRLF) or an old Mac (a lone CR; the archive
// ends each file with an LF all the same).
func withLineEndings(archive, eol string) string {
	a := txtar.Parse([]byte(archive))
	for i := range a.Files {
		a.Files[i].Data = bytes.ReplaceAll(a.Files[i].Data, []byte("\n"), []byte(eol))
	}
	return string(txtar.Format(a))
}

// built is a built test site: output files by path.
type built map[string]string

// buildSite builds the archive and returns its files, or the build error.
func buildSite(t *testing.T, archive string, opts Options) (built, error) {
	t.Helper()
	opts.Site = siteFS(archive)
	res, err := Build(context.Background(), opts)
	if err != nil {
		return nil, err
	}
	out := built{}
	for _, f := range res.Files {
		out[f.Path] = string(f.Data)
	}
	return out, nil
}

// mustBuild builds the archive and fails the test on any error.
func mustBuild(t *testing.T, archive string) built {
	t.Helper()
	out, err := buildSite(t, archive, Options{})
	if err != nil {
		t.Fatalf("build failed:\n%v", err)
	}
	return out
}

// file returns the content of path, failing the test when it is missing.
func (b built) file(t *testing.T, path string) string {
	t.Helper()
	s, ok := b[path]
	if !ok {
		t.Fatalf("no output file %s", path)
	}
	return s
}

// contains asserts that path contains every want, in order.
func (b built) contains(t *testing.T, path string, want ...string) {
	t.Helper()
	s := b.file(t, path)
	at := 0
	for _, w := range want {
		i := strings.Index(s[at:], w)
		if i < 0 {
			t.Errorf("%s: missing %q (after byte %d)", path, w, at)
			return
		}
		at += i + len(w)
	}
}

// lacks asserts that path contains none of bad.
func (b built) lacks(t *testing.T, path string, bad ...string) {
	t.Helper()
	s := b.file(t, path)
	for _, w := range bad {
		if strings.Contains(s, w) {
			t.Errorf("%s: unexpectedly contains %q", path, w)
		}
	}
}

// errorsStart asserts that err has one line for each of want, in order,
// each starting with it.
func errorsStart(t *testing.T, err error, want []string) {
	t.Helper()
	if err == nil {
		t.Fatalf("build succeeded, want %d errors", len(want))
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != len(want) {
		t.Fatalf("errors:\n%v\nwant %d", err, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("error %d = %q, want %q…", i, lines[i], w)
		}
	}
}

// warningsOf builds the archive and returns its warnings, each as the
// build prints it (path:line: message); it fails the test if the build does.
func warningsOf(t *testing.T, archive string) []string {
	t.Helper()
	res, err := Build(context.Background(), Options{Site: siteFS(archive)})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range ownWarnings(res) {
		out = append(out, p.String())
	}
	return out
}

// ownWarnings are the warnings of res but site.yaml's placeholder baseURL:
// the test sites keep the https://example.org/ of paperboy new site, and a
// test of any other warning would otherwise list that one too
// (TestBuildWarnsOfPlaceholderBaseURL tests it).
func ownWarnings(res *Result) []Problem {
	return slices.DeleteFunc(slices.Clone(res.Warnings), func(p Problem) bool { return p.Kind == "placeholder" })
}
