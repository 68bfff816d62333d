package serve

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestIgnored(t *testing.T) {
	tests := []struct {
		name string
		want bool
	}{
		{"a.md", false},
		{"site.yaml", false},
		{"4913.md", false},
		{"a.md.tmp", false},
		{".a.md.swp", true},
		{".a.md.swx", true},
		{"a.md~", true},
		{".#a.md", true},
		{"#a.md#", true},
		{"4913", true},
		{".DS_Store", true},
		{".goutputstream-ABC123", true},
		{"a.md___jb_tmp___", true},
	}
	for _, tt := range tests {
		if got := ignored(tt.name); got != tt.want {
			t.Errorf("ignored(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestWithin(t *testing.T) {
	sep := string(filepath.Separator)
	tests := []struct {
		dir, name string
		want      bool
	}{
		{"content", "content", true},
		{"content", "content" + sep + "a.md", true},
		{"content", "content2" + sep + "a.md", false},
		{"content", "con", false},
		{".", "a.md", true},
		{".", "..", false},
		{".", ".." + sep + "a", false},
		{".", "..a", true},
	}
	for _, tt := range tests {
		if got := within(tt.dir, tt.name); got != tt.want {
			t.Errorf("within(%q, %q) = %v, want %v", tt.dir, tt.name, got, tt.want)
		}
	}
}

func TestSettled(t *testing.T) {
	dir := t.TempDir()
	here := filepath.Join(dir, "here.md")
	if err := os.WriteFile(here, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	came, went, removed := filepath.Join(dir, "sedKZSsLU"), filepath.Join(dir, "new.md"), filepath.Join(dir, "old.md")
	pending := map[string]bool{here: true, came: true, went: true, removed: true}
	created := map[string]bool{here: true, came: true, went: true}
	// here.md was created and is there; sedKZSsLU and new.md came and went;
	// old.md was there before the burst and was removed.
	want := []string{here, removed}
	if got := settled(pending, created); !slices.Equal(got, want) {
		t.Errorf("settled = %q, want %q", got, want)
	}
	if got := settled(map[string]bool{came: true}, map[string]bool{came: true}); got == nil || len(got) != 0 {
		t.Errorf("settled of a file that came and went = %#v, want empty and not nil (nil asks for a full build)", got)
	}
}
