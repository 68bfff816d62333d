package browsertest

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"
)

// TestStartTriesAgain: a launch that fails before the browser listens is
// tried again. The chromium found first on PATH fails its first launch, as
// a launch on a loaded machine now and then does, and runs the real one
// after that.
func TestStartTriesAgain(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	chromium, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("no Chromium installed (apt-get install chromium)")
	}
	bin := t.TempDir()
	failed := filepath.Join(bin, "failed")
	script := "#!/bin/sh\nif [ ! -e '" + failed + "' ]; then : > '" + failed + "'; echo 'no launch this time' >&2; exit 1; fi\nexec '" + chromium + "' \"$@\"\n"
	if err := os.WriteFile(filepath.Join(bin, "chromium"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	ctx := Start(t)
	if err := chromedp.Do(ctx, chromedp.Navigate("data:text/html,<title>up</title>")); err != nil {
		t.Fatal(err)
	}
	title, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.title`))
	if err != nil {
		t.Fatal(err)
	}
	if title != "up" {
		t.Errorf("title %q, want up", title)
	}
	if _, err := os.Stat(failed); err != nil {
		t.Errorf("the first launch was not the failing one: %v", err)
	}
}
