package main

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the test binary act as paperboy itself, so tests can run
// builds as real processes and signal them.
func TestMain(m *testing.M) {
	if args := os.Getenv("PAPERBOY_TEST_MAIN"); args != "" {
		os.Args = append([]string{"paperboy"}, strings.Split(args, "\x1f")...)
		main()
		return
	}
	os.Exit(m.Run())
}

// bigSite writes a site large enough that its build takes a while.
func bigSite(t *testing.T, n int) string {
	t.Helper()
	files := map[string]string{"content/site.yaml": "title: Big\nbaseURL: https://example.org/big/\n"}
	words := strings.Repeat("diffusion models learn to denoise data with attention and $x_i^2$ math ", 20)
	for i := range n {
		files[fmt.Sprintf("content/papers/p%05d.md", i)] = fmt.Sprintf(
			"---\ntitle: \"Paper %d\"\nid: p%05d\nauthors: [\"Author %d\", \"Author %d\"]\ndate: 2024-%02d-%02d\ntopics: [t%d]\nupvotes: %d\n---\n%s\n\n```python\nprint(%d)\n```\n",
			i, i, i%300, (i+7)%300, 1+i%12, 1+i%28, i%40, i%97, words, i)
	}
	return writeSite(t, files)
}

// startBuild runs paperboy build on dir in a child process.
func startBuild(t *testing.T, dir string) *exec.Cmd {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "PAPERBOY_TEST_MAIN=build\x1f-q\x1f-s\x1f"+dir)
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd
}

// writing waits until the build of the site dir has written a file into
// its new folder, next to public/, and returns how many entries the folder
// then holds; it fails the test if the build exits first.
func writing(t *testing.T, dir string, exited <-chan error) int {
	t.Helper()
	for {
		select {
		case err := <-exited:
			t.Fatalf("the build ended (%v) before it wrote a file", err)
		default:
		}
		if news, _ := filepath.Glob(filepath.Join(dir, ".paperboy-new-public-*")); len(news) == 1 {
			if entries, _ := os.ReadDir(news[0]); len(entries) > 0 {
				return len(entries)
			}
		}
		time.Sleep(time.Millisecond)
	}
}

// TestInterruptedBuildLeavesPublic interrupts a build once it writes the
// new folder (SIGINT, then SIGKILL): public/ stays as it was, and the next
// build replaces it and leaves no temporary folder behind.
func TestInterruptedBuildLeavesPublic(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a large site")
	}
	dir := bigSite(t, 600)
	if code, _, stderr := runCLI("build", "-q", "-s", dir); code != 0 {
		t.Fatal(stderr)
	}
	before := snapshot(t, filepath.Join(dir, "public"))
	// Change every page, so a build that got through would show.
	os.WriteFile(filepath.Join(dir, "content/site.yaml"), []byte("title: Big 2\nbaseURL: https://example.org/big/\n"), 0o644)

	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGKILL} {
		cmd := startBuild(t, dir)
		exited := make(chan error, 1)
		go func() { exited <- cmd.Wait() }()
		n := writing(t, dir, exited)
		cmd.Process.Signal(sig)
		err := <-exited
		if err == nil {
			t.Fatalf("%v: the build finished before the signal; make the site bigger", sig)
		}
		t.Logf("%v: sent with %d files in the new folder", sig, n)
		after := snapshot(t, filepath.Join(dir, "public"))
		if len(after) != len(before) {
			t.Fatalf("%v: public/ has %d files, had %d", sig, len(after), len(before))
		}
		for p, s := range before {
			if after[p] != s {
				t.Fatalf("%v: %s changed", sig, p)
			}
		}
	}
	if code, _, stderr := runCLI("build", "-q", "-s", dir); code != 0 {
		t.Fatalf("build after the interruptions: %s", stderr)
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "public/index.html")); !strings.Contains(string(b), "Big 2") {
		t.Error("the build after the interruptions did not write the new site")
	}
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if strings.HasPrefix(e.Name(), ".paperboy-") {
			t.Errorf("temporary folder %s left behind", e.Name())
		}
	}
}

func TestConcurrentBuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a large site")
	}
	dir := bigSite(t, 800)
	a, b := startBuild(t, dir), startBuild(t, dir)
	if err := a.Wait(); err != nil {
		t.Fatalf("first build: %v", err)
	}
	if err := b.Wait(); err != nil {
		t.Fatalf("second build: %v", err)
	}
	if code, out, _ := runCLI("check", "-s", dir); code != 0 {
		t.Fatalf("the site after two concurrent builds has problems:\n%s", out)
	}
	n := 0
	filepath.WalkDir(filepath.Join(dir, "public", "papers"), func(p string, d os.DirEntry, err error) error {
		if err == nil && d.Name() == "index.html" && filepath.Dir(p) != filepath.Join(dir, "public", "papers") {
			n++
		}
		return nil
	})
	if n != 800 {
		t.Errorf("public/ has %d paper pages, want 800", n)
	}
}

// TestWaitingBuildHearsSignals: a build waiting for another one's lock
// says so, and Ctrl-C or SIGTERM stops it (a blocking flock did not).
func TestWaitingBuildHearsSignals(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": "title: T\nbaseURL: https://example.org/\n"})
	f, err := os.OpenFile(filepath.Join(dir, ".public.lock"), os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX); err != nil { // another build
		t.Fatal(err)
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		cmd := exec.Command(os.Args[0], "-test.run=^$")
		cmd.Env = append(os.Environ(), "PAPERBOY_TEST_MAIN=build\x1f-s\x1f"+dir)
		stderr := &syncBuffer{}
		cmd.Stderr = stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		deadline := time.Now().Add(20 * time.Second)
		for !strings.Contains(stderr.String(), "waiting for another build") && time.Now().Before(deadline) {
			time.Sleep(20 * time.Millisecond)
		}
		cmd.Process.Signal(sig)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err == nil {
				t.Fatalf("%v: the build succeeded while another held the lock", sig)
			}
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("%v: the waiting build did not stop", sig)
		}
		want := "paperboy: waiting for another build of " + filepath.Join(dir, "public") + " to finish (it holds " + filepath.Join(dir, ".public.lock") + ")…\npaperboy: interrupted; " + filepath.Join(dir, "public") + "/ was left as it was\n"
		if stderr.String() != want {
			t.Errorf("%v: stderr\n%s\nwant\n%s", sig, stderr.String(), want)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); !os.IsNotExist(err) {
		t.Errorf("public/ was written: %v", err)
	}
}

// TestSecondInterruptEnds: a second Ctrl-C ends a build that the first
// could not stop, here a theme's template looping without writing (a
// loop that writes stops at the first, and at 64 MB).
func TestSecondInterruptEnds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs a build that does not end")
	}
	dir := writeSite(t, map[string]string{
		"content/site.yaml":                "title: T\nbaseURL: https://example.org/\ntheme: mine\n",
		"content/papers/a.md":              "---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAn abstract.\n",
		"themes/mine/templates/paper.html": "{{define \"main\"}}{{range 2000000000}}{{end}}{{end}}\n",
	})
	cmd := startBuild(t, dir)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	time.Sleep(2 * time.Second) // the sources are parsed, the loop runs
	cmd.Process.Signal(syscall.SIGINT)
	time.Sleep(200 * time.Millisecond)
	cmd.Process.Signal(syscall.SIGINT)
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		cmd.Process.Kill()
		t.Fatal("the build ran on after a second Ctrl-C")
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); !os.IsNotExist(err) {
		t.Errorf("public/ was written: %v", err)
	}
}
