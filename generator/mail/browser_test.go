package mail_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/paperboy-digest/paperboy/generator/internal/browsertest"
	"github.com/paperboy-digest/paperboy/generator/mail"
)

// TestMain shares a browser between the package's browser tests
// (browsertest.Run), where each started one of its own.
func TestMain(m *testing.M) { os.Exit(browsertest.Run(m)) }

// TestHTMLInBrowser renders the HTML part of the sample site's newest day
// in headless Chromium at a phone's width (375px), in light and dark mode:
// nothing may overflow horizontally (the first paper's figure, 1000
// pixels wide, is loaded from testdata/site), and dark mode must darken the
// page.
// Screenshots go to $PAPERBOY_SHOT_DIR (or a temporary folder) and their
// paths are logged. It is skipped where Chromium is not installed.
func TestHTMLInBrowser(t *testing.T) {
	t.Parallel()
	m := sampleMessage(t, sampleSite(t), mail.Selector{Kind: mail.DayDigest})
	dir := t.TempDir()
	page := filepath.Join(dir, "digest.html")
	figures, err := filepath.Abs("testdata/site/content/papers/figures")
	if err != nil {
		t.Fatal(err)
	}
	html := strings.ReplaceAll(m.HTML, "https://paperboy-digest.github.io/paperboy/papers/figures/", "file://"+filepath.ToSlash(figures)+"/")
	if err := os.WriteFile(page, []byte(html), 0o644); err != nil {
		t.Fatal(err)
	}
	shots := os.Getenv("PAPERBOY_SHOT_DIR")
	if shots == "" {
		shots = t.TempDir()
	} else if err := os.MkdirAll(shots, 0o755); err != nil {
		t.Fatal(err)
	}

	ctx := browsertest.Start(t)

	for _, scheme := range []string{"light", "dark"} {
		t.Run(scheme, func(t *testing.T) {
			err := chromedp.Do(ctx,
				chromedp.EmulateViewport(375, 812, chromedp.EmulateScale(2), chromedp.EmulateMobile),
				chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
					_, err := cdp.Call(ctx, tg, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
						Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}}})
					return err
				}),
				chromedp.Navigate("file://"+page))
			if err != nil {
				t.Fatal(err)
			}
			width, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.documentElement.scrollWidth`))
			if err != nil {
				t.Fatal(err)
			}
			if fig, err := chromedp.Run(ctx, chromedp.Evaluate[int](`document.querySelector("td img").naturalWidth`)); err != nil || fig != 1000 {
				t.Errorf("the figure's natural width = %d, %v; want the 1000 pixels of testdata's", fig, err)
			}
			if width > 375 {
				t.Errorf("document.documentElement.scrollWidth = %d, want <= 375 (no horizontal overflow on a phone)", width)
			}
			bg, err := chromedp.Run(ctx, chromedp.Evaluate[string](`getComputedStyle(document.body).backgroundColor`))
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]string{"light": "rgb(246, 248, 250)", "dark": "rgb(15, 20, 25)"}[scheme]
			if bg != want {
				t.Errorf("body background in %s mode = %s, want %s", scheme, bg, want)
			}
			png, err := chromedp.Run(ctx, chromedp.FullScreenshot(100))
			if err != nil {
				t.Fatal(err)
			}
			shot := filepath.Join(shots, "email-digest-375-"+scheme+".png")
			if err := os.WriteFile(shot, png, 0o644); err != nil {
				t.Fatal(err)
			}
			t.Logf("screenshot: %s", shot)
		})
	}
}

// TestAuthorNamesStayWholeInBrowser: in the HTML part, as on the pages,
// an author's last given name stays on the line of the family name at any
// width of the author line that has room for the two ("Rafael" above,
// "Rafailov" below no more), and where it has not they wrap between them,
// not inside a word: on a 320 px phone, on one at 200% text (a mail client
// scales the email's pixel sizes as a 160 px window would) and on a
// desktop.
func TestAuthorNamesStayWholeInBrowser(t *testing.T) {
	t.Parallel()
	namesStayWhole(t, "", func(html string) string { return html }, 320, 160, 1280)
}

// TestAuthorNamesStayWholeInOutlookInBrowser: in the HTML part as Outlook
// for Windows shows it, an author's last given name stays on the line of
// the family name at any width of the author line that has room for the
// two, where Outlook, which ignores the inline block that keeps them
// together elsewhere, broke the line between them as between any words.
// Chromium reads the message as Outlook's Word engine would (asOutlook),
// which holds the column to 600 px (outlookColumn, as it ignores
// max-width): in the narrowest window that shows it whole and a desktop's.
func TestAuthorNamesStayWholeInOutlookInBrowser(t *testing.T) {
	t.Parallel()
	namesStayWhole(t, " in Outlook", asOutlook, 616, 1280)
}

// namesStayWhole fails t where the authors' names of the sample site's
// newest day's and a week's HTML part, as view shows it (where, in the
// failure), break across lines (browsertest.SplitNames) at any of widths.
func namesStayWhole(t *testing.T, where string, view func(html string) string, widths ...int64) {
	site := sampleSite(t)
	ctx := browsertest.Start(t)
	for _, sel := range []mail.Selector{{Kind: mail.DayDigest}, {Kind: mail.WeekDigest, Key: "2024-W22"}} {
		m := sampleMessage(t, site, sel)
		page := filepath.Join(t.TempDir(), "digest.html")
		if err := os.WriteFile(page, []byte(view(m.HTML)), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, width := range widths {
			if err := chromedp.Do(ctx, chromedp.EmulateViewport(width, 800), chromedp.Navigate("file://"+page)); err != nil {
				t.Fatal(err)
			}
			got, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](browsertest.SplitNames("td p bdi")))
			if err != nil {
				t.Fatal(err)
			}
			if len(got) > 0 {
				t.Errorf("%s%s at %d px: %s", m.Subject, where, width, strings.Join(got, "; "))
			}
		}
	}
}

// asOutlook rewrites an email's HTML as Outlook for Windows (and Windows
// Mail) shows it, by the Word engine's rules that caniemail.com lists: it
// shows what an <!--[if mso]> comment holds, hides what an <!--[if
// !mso]><!--> … <!--<![endif]--> holds, and ignores every display but
// display:none, and white-space.
func asOutlook(html string) string {
	html = regexp.MustCompile(`(?s)<!--\[if !mso\]><!-->.*?<!--<!\[endif\]-->`).ReplaceAllString(html, "")
	html = regexp.MustCompile(`(?s)<!--\[if mso\]>(.*?)<!\[endif\]-->`).ReplaceAllString(html, "$1")
	return regexp.MustCompile(`(display:\s*[a-z-]+|white-space:\s*[a-z-]+);?`).ReplaceAllStringFunc(html, func(d string) string {
		if strings.HasPrefix(d, "display") && strings.Contains(d, "none") {
			return d
		}
		return ""
	})
}
