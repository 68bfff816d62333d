package generator

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// TestReadFormer: a file of the site in the destination is read only
// when it is a regular file within the limit, as the build wrote it; a
// symbolic link (to /dev/zero, or to a feed elsewhere), a device or a
// file past the limit is not, so the former site's files cannot make a
// build read without end.
func TestReadFormer(t *testing.T) {
	const feed = `{"home_page_url":"https://lab.example.org/","items":[]}`
	fsys := fstest.MapFS{
		"feed.json":   {Data: []byte(feed)},
		"real.json":   {Data: []byte(feed)},
		"linked.json": {Data: []byte("real.json"), Mode: fs.ModeSymlink},
		"zero":        {Data: []byte(feed), Mode: fs.ModeDevice | fs.ModeCharDevice},
		"fifo":        {Data: []byte(feed), Mode: fs.ModeNamedPipe},
		"big.json":    {Data: []byte(strings.Repeat(" ", 100) + feed)},
		"papers":      {Mode: fs.ModeDir},
	}
	for _, tt := range []struct {
		name string
		ok   bool
	}{
		{"feed.json", true},
		{"linked.json", false},
		{"zero", false},
		{"fifo", false},
		{"big.json", false},
		{"papers", false},
		{"none.json", false},
	} {
		data, err := readRegular(fsys, tt.name, 100)
		if got := err == nil; got != tt.ok || (tt.ok && string(data) != feed) {
			t.Errorf("readRegular(%s, 100) = %q, %v; want it read: %v", tt.name, data, err, tt.ok)
		}
	}
	// The readers of the former site go through it: a feed.json that is
	// a link tells no address.
	if got := builtAt(fstest.MapFS{"feed.json": fsys["linked.json"], "real.json": fsys["real.json"]}); got != "" {
		t.Errorf("builtAt(feed.json a link to a feed) = %q, want \"\"", got)
	}
}
