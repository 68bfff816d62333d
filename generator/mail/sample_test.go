package mail_test

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator"
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

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
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
		t.Errorf("%s differs from the golden file; review the diff after go test -update:\n%s", name, firstDiff(string(got), string(want)))
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return "line " + strconv.Itoa(i+1) + ":\n got  " + gl + "\n want " + wl
		}
	}
	return ""
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
			golden(t, tt.file, []byte(m.Text))
			golden(t, strings.TrimSuffix(tt.file, ".txt")+".html", []byte(m.HTML))
		})
	}
}

// TestSampleHeaders checks the header block of the day's message.
func TestSampleHeaders(t *testing.T) {
	m := sampleMessage(t, sampleSite(t), mail.Selector{Kind: mail.DayDigest, Key: "2024-06-04"})
	raw := m.Bytes("reader@example.com")
	head, _, ok := bytes.Cut(raw, []byte("\r\n\r\n"))
	if !ok {
		t.Fatal("no blank line after the header")
	}
	golden(t, "day-2024-06-04.headers", append(bytes.ReplaceAll(head, []byte("\r\n"), []byte("\n")), '\n'))
}

// TestDeterministic composes the same digest from two builds: the
// messages are byte-identical.
func TestDeterministic(t *testing.T) {
	a := sampleMessage(t, sampleSite(t), mail.Selector{Kind: mail.MonthDigest}).Bytes("")
	b := sampleMessage(t, sampleSite(t), mail.Selector{Kind: mail.MonthDigest}).Bytes("")
	if !bytes.Equal(a, b) {
		t.Error("two compositions of the same digest differ")
	}
}
