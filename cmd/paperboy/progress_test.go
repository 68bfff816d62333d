package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestStageLineOnlyOnATerminal: build and check show their stage only on
// a terminal; into a buffer, a file or a pipe (a CI log) they write
// nothing more than without it.
func TestStageLineOnlyOnATerminal(t *testing.T) {
	file, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	for name, out := range map[string]interface{ Write([]byte) (int, error) }{"buffer": &bytes.Buffer{}, "file": file, "pipe": w} {
		if progress, _ := stageLine(out, "check"); progress != nil {
			t.Errorf("stageLine(%s) shows the stage; want it only on a terminal", name)
		}
	}
	dir := writeSite(t, goodSite)
	for _, cmd := range [][]string{{"check", "-s", dir}, {"build", "-s", dir}} {
		code, _, stderr := runCLI(cmd...)
		if code != 0 || bytes.ContainsAny([]byte(stderr), "\r\x1b…") {
			t.Errorf("%s: exit %d, stderr %q; want no stage line", cmd[0], code, stderr)
		}
	}
}
