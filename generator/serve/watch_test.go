package serve

import (
	"path/filepath"
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
