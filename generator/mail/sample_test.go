package mail_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/internal/golden"
	"github.com/paperboy-digest/paperboy/generator/mail"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/themes"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// sampleSite builds testdata/site, a copy of the repository's sample site.
func sampleSite(t *testing.T) *model.Site {
	t.Helper()
	res, err := generator.Build(context.Background(), generator.Options{Site: os.DirFS("testdata/site")})
	if err != nil {
		t.Fatal(err)
	}
	return res.Site
}

// sampleMessage composes a digest of the sample site with the built-in theme.
func sampleMessage(t *testing.T, site *model.Site, sel mail.Selector) *mail.Message {
	t.Helper()
	d, err := mail.Select(site, sel)
	if err != nil {
		t.Fatal(err)
	}
	m, err := mail.Compose(site, d, mail.Settings{From: "Paperboy Sample Digest <digest@example.org>"}, mail.Theme{Builtin: themes.Default()})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

// compareGolden compares got with testdata/name, or rewrites it with -update.
func compareGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v; run go test -update to create it", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; review the diff after go test -update:\n%s", name, golden.Diff(string(got), string(want)))
	}
}

// TestSampleText checks the plain-text and HTML parts of the sample site's newest
// day and of its newest week against golden files: ranked titles,
// authors, links, readable on their own.
func TestSampleText(t *testing.T) {
	site := sampleSite(t)
	tests := []struct {
		sel  mail.Selector
		file string
	}{
		{mail.Selector{Kind: mail.DayDigest}, "day-2024-06-04.txt"},
		{mail.Selector{Kind: mail.WeekDigest, Key: "2024-W22"}, "week-2024-W22.txt"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			m := sampleMessage(t, site, tt.sel)
			compareGolden(t, tt.file, []byte(m.Text))
			compareGolden(t, strings.TrimSuffix(tt.file, ".txt")+".html", []byte(m.HTML))
		})
	}
}

// TestSampleHeaders checks the header block of the day's message.
func TestSampleHeaders(t *testing.T) {
	m := sampleMessage(t, sampleSite(t), mail.Selector{Kind: mail.DayDigest, Key: "2024-06-04"})
	raw, err := m.Bytes("reader@example.com")
	if err != nil {
		t.Fatal(err)
	}
	head, _, ok := bytes.Cut(raw, []byte("\r\n\r\n"))
	if !ok {
		t.Fatal("no blank line after the header")
	}
	compareGolden(t, "day-2024-06-04.headers", append(bytes.ReplaceAll(head, []byte("\r\n"), []byte("\n")), '\n'))
}

// TestDeterministic composes the same digest from two builds: the
// messages are byte-identical.
func TestDeterministic(t *testing.T) {
	a, errA := sampleMessage(t, sampleSite(t), mail.Selector{Kind: mail.MonthDigest}).Bytes("")
	b, errB := sampleMessage(t, sampleSite(t), mail.Selector{Kind: mail.MonthDigest}).Bytes("")
	if errA != nil || errB != nil {
		t.Fatal(errA, errB)
	}
	if !bytes.Equal(a, b) {
		t.Error("two compositions of the same digest differ")
	}
}

// TestSampleFrench composes the sample site's newest day and its week in
// French (mail.FrenchWords): the dates have French names and the words
// are the catalog's.
func TestSampleFrench(t *testing.T) {
	site := sampleSite(t)
	site.Config.Language = "fr"
	th := mail.Theme{Builtin: themes.Default(), Words: mail.FrenchWords(t)}
	settings := mail.Settings{From: "Paperboy Sample Digest <digest@example.org>"}
	tests := []struct {
		sel             mail.Selector
		subject         string
		text, html      []string
		preheaderPrefix string
	}{
		{mail.Selector{Kind: mail.DayDigest, Key: "2024-06-04"}, "FR Paperboy Sample Digest: FR Alignment & agents (4 juin 2024)",
			[]string{"Alignment & agents\nMardi 4 juin 2024 · FR 8\u00a0PAPERS\n", "    FR 115\u00a0UPVOTES · Language models", "Language modelsFR , Reinforcement learningFR ,\n", "AgarwalFR , AND 12\u00a0OTHERS\n",
				"    FR FR READ: https://", "    FR FR PROJECT: https://react-lm.github.io\n", "FR FR PREVIOUS DAY: https://", "FR YOU GET THIS EMAIL BECAUSE YOU SUBSCRIBED TO Paperboy Sample Digest."},
			[]string{`<html lang="fr">`, `>Mardi 4 juin 2024</a> · FR 8` + "\u00a0" + `PAPERS</p>`, ">FR READ</a>", ">FR PREVIOUS DAY</a>", ">FR UNSUBSCRIBE</a>"},
			"FR FR 8\u00a0PAPERS, LED BY “Direct Preference Optimization"},
		{mail.Selector{Kind: mail.MonthDigest, Key: "2024-06"}, "FR Paperboy Sample Digest: FR TOP PAPERS OF juin 2024",
			[]string{"FR TOP PAPERS OF juin 2024\nJuin 2024 · FR THE TOP "},
			[]string{">Juin 2024</a> · FR THE TOP "},
			"FR FR "},
	}
	for _, tt := range tests {
		d, err := mail.Select(site, tt.sel)
		if err != nil {
			t.Fatal(err)
		}
		m, err := mail.Compose(site, d, settings, th)
		if err != nil {
			t.Fatal(err)
		}
		if m.Subject != tt.subject {
			t.Errorf("Subject = %q, want %q", m.Subject, tt.subject)
		}
		if !strings.HasPrefix(m.Preheader, tt.preheaderPrefix) {
			t.Errorf("Preheader = %q, want %q…", m.Preheader, tt.preheaderPrefix)
		}
		for _, want := range tt.text {
			if !strings.Contains(m.Text, want) {
				t.Errorf("the text part of %v lacks %q:\n%s", tt.sel, want, m.Text)
			}
		}
		for _, want := range tt.html {
			if !strings.Contains(m.HTML, want) {
				t.Errorf("the HTML part of %v lacks %q", tt.sel, want)
			}
		}
	}
}
