package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// events follows the server's Server-Sent Events and delivers each event
// as "name: data".
func events(t *testing.T, base string) <-chan string {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, "GET", base+"__paperboy/events", nil)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	out := make(chan string, 16)
	go func() {
		defer resp.Body.Close()
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		name, data := "", ""
		for sc.Scan() {
			line := sc.Text()
			switch {
			case strings.HasPrefix(line, "event: "):
				name = strings.TrimPrefix(line, "event: ")
			case strings.HasPrefix(line, "data: "):
				data += strings.TrimPrefix(line, "data: ")
			case line == "" && name != "":
				out <- name + ": " + data
				name, data = "", ""
			}
		}
	}()
	return out
}

// next waits for the next event named want, skipping others.
func next(t *testing.T, ch <-chan string, want string) string {
	t.Helper()
	deadline := time.After(20 * time.Second)
	for {
		select {
		case ev := <-ch:
			if strings.HasPrefix(ev, want+":") {
				return ev
			}
		case <-deadline:
			t.Fatalf("no %q event", want)
		}
	}
}

// get fetches u and returns its status and body.
func get(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestServeLiveEdits(t *testing.T) {
	dir := writeSite(t, goodSite)
	base := startServe(t, dir)
	ch := events(t, base)
	write := func(rel, s string) {
		t.Helper()
		writeFile(t, dir, rel, s)
	}
	paper := "content/papers/a.md"

	write(paper, "---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [X]\ndate: 2024-01-01\n---\nAn edited abstract.\n")
	next(t, ch, "reload")
	if code, body := get(t, base+"papers/2401.00001/"); code != 200 || !strings.Contains(body, "An edited abstract.") {
		t.Fatalf("after the edit: %d, change shown %v", code, strings.Contains(body, "An edited abstract."))
	}

	write(paper, "---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [X]\ndate: someday\n---\nBroken.\n")
	// os.WriteFile truncates the file before it writes: under load a
	// rebuild may read it empty first and report that, then the real error.
	for ev := next(t, ch, "error"); !strings.Contains(ev, `content/papers/a.md:5: date: \"someday\" is not a date`); ev = next(t, ch, "error") {
		if !strings.Contains(ev, "must start with front matter") {
			t.Fatalf("error event %s lacks the path:line message", ev)
		}
	}
	if _, body := get(t, base+"papers/2401.00001/"); !strings.Contains(body, "An edited abstract.") {
		t.Error("the last good page is no longer served during the error")
	}
	write(paper, "---\ntitle: A\narxiv: \"2401.00001\"\nauthors: [X]\ndate: 2024-01-01\n---\nFixed.\n")
	next(t, ch, "reload")

	write("content/papers/more/new/b.md", "---\ntitle: B\narxiv: \"2401.00002\"\nauthors: [Y]\ndate: 2024-01-02\n---\nNew paper.\n")
	next(t, ch, "reload")
	if code, body := get(t, base+"papers/2401.00002/"); code != 200 || !strings.Contains(body, "New paper.") {
		t.Fatalf("the new paper in a new folder: %d", code)
	}

	os.Remove(filepath.Join(dir, paper))
	next(t, ch, "reload")
	if code, _ := get(t, base+"papers/2401.00001/"); code != 404 {
		t.Errorf("the deleted paper's page: %d, want 404", code)
	}

	secret := filepath.Join(t.TempDir(), "secret.md")
	os.WriteFile(secret, []byte("---\ntitle: SECRET\nid: secret\ndate: 2024-01-01\n---\nSECRET\n"), 0o644)
	if err := os.Symlink(secret, filepath.Join(dir, "content/papers/link.md")); err == nil {
		ev := next(t, ch, "error")
		if !strings.Contains(ev, "points outside content/") {
			t.Errorf("symlink outside content: event %s", ev)
		}
		if code, body := get(t, base+"papers/secret/"); code != 404 || strings.Contains(body, "SECRET") {
			t.Errorf("a symlink outside content/ reached the site: %d", code)
		}
	}
	for _, p := range []string{"../../etc/passwd", "%2e%2e/%2e%2e/etc/passwd", "..%2f..%2fetc/passwd"} {
		if code, body := get(t, base+p); (code != 400 && code != 404) || strings.Contains(body, "root:") {
			t.Errorf("GET %s: %d", p, code)
		}
	}
}
