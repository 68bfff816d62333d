package serve

import (
	"os"
	"testing"
	"time"
)

func TestManualOverlay(t *testing.T) {
	if os.Getenv("PAPERBOY_MANUAL") == "" {
		t.Skip()
	}
	site := newFakeSite(t, map[string]string{"site.yaml": "title: Digest", "content/a.md": "<h1>A paper</h1><p>Some text of the page, long enough to be seen under the overlay.</p>"})
	s, _ := New(site.options())
	ln, err := Listen("127.0.0.1:18313", false)
	if err != nil {
		t.Fatal(err)
	}
	os.WriteFile("/tmp/pb-root", []byte(site.root), 0o644)
	ctx := t.Context()
	go s.Run(ctx, ln)
	time.Sleep(120 * time.Second)
}
