package main

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestHistoryIsCurrent: themes/history.txt holds every earlier version of
// the built-in theme's files, so a change to one must come with make
// theme-history, or check could not name a copy of the old version. It
// needs the repository's history, and skips in a shallow clone.
func TestHistoryIsCurrent(t *testing.T) {
	t.Chdir("../..")
	if out, err := exec.Command("git", "rev-parse", "--is-shallow-repository").Output(); err != nil || strings.TrimSpace(string(out)) != "false" {
		t.Skip("no full git history here:", err)
	}
	var b bytes.Buffer
	if err := run(&b); err != nil {
		t.Fatal(err)
	}
	have, err := os.ReadFile("themes/history.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(have, b.Bytes()) {
		t.Errorf("themes/history.txt is not the history of themes/default/ (a file changed since it was written?); run make theme-history and commit it")
	}
}
