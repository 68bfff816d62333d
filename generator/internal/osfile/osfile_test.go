package osfile

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 4095, 4096, 4097, 1 << 20} {
		want := bytes.Repeat([]byte("paperboy\n"), size/9+1)[:size]
		path := filepath.Join(dir, "f")
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := ReadFile(path)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("ReadFile(%d bytes) = %d bytes, %v; want the same bytes", size, len(got), err)
		}
	}
}

// TestReadFileSizeUnknown reads a file whose size the system gives as 0,
// like os.ReadFile does for files of /proc.
func TestReadFileSizeUnknown(t *testing.T) {
	const path = "/proc/self/status"
	if _, err := os.Stat(path); err != nil {
		t.Skip("no /proc here")
	}
	got, err := ReadFile(path)
	if err != nil || !bytes.Contains(got, []byte("Name:")) {
		t.Errorf("ReadFile(%s) = %q, %v; want the process status", path, got, err)
	}
}

func TestReadFileErrors(t *testing.T) {
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing")
	_, err := ReadFile(missing)
	var pe *fs.PathError
	if !errors.Is(err, fs.ErrNotExist) || !errors.As(err, &pe) || pe.Path != missing {
		t.Errorf("ReadFile(missing) = %v; want a *fs.PathError for %s that is fs.ErrNotExist", err, missing)
	}
	if _, err := ReadFile(dir); err == nil {
		t.Errorf("ReadFile(a folder) = nil error; want one")
	}
}

func TestWriteNew(t *testing.T) {
	path := filepath.Join(t.TempDir(), "page.html")
	want := []byte("<!DOCTYPE html>")
	if err := WriteNew(path, want); err != nil {
		t.Fatal(err)
	}
	if got, err := os.ReadFile(path); err != nil || !bytes.Equal(got, want) {
		t.Errorf("after WriteNew, the file holds %q, %v; want %q", got, err, want)
	}
	if err := WriteNew(path, []byte("again")); !errors.Is(err, fs.ErrExist) {
		t.Errorf("WriteNew over a file = %v; want fs.ErrExist", err)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, want) {
		t.Errorf("a refused WriteNew changed the file to %q", got)
	}
}
