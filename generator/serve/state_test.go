package serve

import (
	"errors"
	"slices"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

func TestNormalizeBase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "/"},
		{"/", "/"},
		{"/repo/", "/repo/"},
		{"/repo", "/repo/"},
		{"repo", "/repo/"},
		{"/a/b/", "/a/b/"},
		{"/a/../b/", "/b/"},
	}
	for _, tt := range tests {
		if got := normalizeBase(tt.in); got != tt.want {
			t.Errorf("normalizeBase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMessages(t *testing.T) {
	list := diag.List{diag.Errorf("content/b.md", 3, "bad; fix"), diag.Errorf("content/a.md", 1, "worse; fix")}
	tests := []struct {
		err  error
		want []string
	}{
		{list.Err(), []string{"content/a.md:1: worse; fix", "content/b.md:3: bad; fix"}},
		{errors.New("render: one\n\n  two  \n"), []string{"render: one", "two"}},
		{errors.New(""), []string{"build failed without a message"}},
	}
	for _, tt := range tests {
		if got := messages(tt.err); !slices.Equal(got, tt.want) {
			t.Errorf("messages(%q) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

func TestSnapshotDropsBadPaths(t *testing.T) {
	snap, warnings := newSnapshot(Site{Files: []model.File{
		{Path: "ok.html"}, {Path: "../x.html"}, {Path: "/abs.html"}, {Path: `a\b.html`}, {Path: "a//b"}, {Path: "ok.html"},
	}})
	if len(snap.files) != 1 || len(warnings) != 5 {
		t.Errorf("newSnapshot kept %d files with %d warnings %q, want 1 and 5", len(snap.files), len(warnings), warnings)
	}
}
