// Package readmetest reads the project's README.md for the tests that
// hold the code and its documentation to each other.
package readmetest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Read returns the README.md at the root of the module the test runs in
// (the first folder up from the package's with a go.mod), failing t when
// there is none.
func Read(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("no go.mod above the test's folder, so no README.md")
		}
		dir = up
	}
	data, err := os.ReadFile(filepath.Join(dir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// Between returns the text of s from the first start to the next end
// after it, failing t when either is missing.
func Between(t testing.TB, s, start, end string) string {
	t.Helper()
	i := strings.Index(s, start)
	if i < 0 {
		t.Fatalf("the README has no %q", start)
	}
	s = s[i:]
	j := strings.Index(s[len(start):], end)
	if j < 0 {
		t.Fatalf("the README has no %q after %q", end, start)
	}
	return s[:len(start)+j]
}
