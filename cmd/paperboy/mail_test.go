package main

import (
	"io/fs"
	"maps"
	"mime"
	"net"
	"net/mail"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	pbmail "github.com/paperboy-digest/paperboy/generator/mail"
	"github.com/paperboy-digest/paperboy/themes"
)

// TestMailToFileSaysWhatIsWrong: a --to-file line that is not an address
// gets FILE:LINE and the words --to gets, not net/mail's grammar.
func TestMailToFileSaysWhatIsWrong(t *testing.T) {
	list := filepath.Join(writeSite(t, map[string]string{"list.txt": "ada@example.org\n# a comment\nbad@\n\nAda <@example.org>\nada.example.org\n  x y@example.org\r\nädä@example.org\n"}), "list.txt")
	code, _, stderr := runCLI("mail", "--send", "--to-file", list)
	for _, want := range []string{
		list + `:3: "b•••@" is not an email address: nothing follows the @; write one address like ada@example.org` + "\n",
		list + `:5: "A•••@example.org>" is not an email address: nothing comes before the @; write one address like ada@example.org` + "\n",
		list + `:6: "a•••" is not an email address: it has no @; write one address like ada@example.org` + "\n",
		list + `:7: "x•••@example.org" is not an email address: it has a space in it; write one address like ada@example.org` + "\n",
		list + `:8: "ä•••@example.org": addresses outside ASCII are not supported`, // a mistake of another kind keeps its words
		"paperboy: 5 errors\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("mail --to-file with bad lines: stderr lacks %q:\n%s", want, stderr)
		}
	}
	if code != 1 || strings.Contains(stderr, "angle-addr") {
		t.Errorf("mail --to-file with bad lines: exit %d, stderr:\n%s\nwant 1 and no net/mail grammar", code, stderr)
	}
}

// TestMailEmptyToFile: a --to-file with no address, as mail.yml's file is
// when no encrypted list is used and DIGEST_RECIPIENTS is empty, is told
// as that, naming the file.
func TestMailEmptyToFile(t *testing.T) {
	list := filepath.Join(writeSite(t, map[string]string{"list.txt": "# readers\n\n"}), "list.txt")
	code, _, stderr := runCLI("mail", "--send", "--to", "", "--to-file", list)
	if want := "mail: --send needs recipients, and " + list + " has no address (only blank lines and # comments) and --to gives none"; code != 2 || !strings.Contains(stderr, want) {
		t.Errorf("mail --to-file with no address: exit %d, stderr:\n%s\nwant 2 and %q", code, stderr, want)
	}
}

// TestMailSpeaksTheSiteLanguage: the email is written with the words the
// build loaded, the site theme's translation of the site's language.
func TestMailSpeaksTheSiteLanguage(t *testing.T) {
	en, err := fs.ReadFile(themes.Default(), "i18n/en.yaml")
	if err != nil {
		t.Fatal(err)
	}
	// A French that is the English with French dates and one word of its own.
	fr := strings.Replace(string(en), "\nemailRead: Read\n", "\nemailRead: Lire\n", 1)
	if fr == string(en) {
		t.Fatal("en.yaml has no `emailRead: Read` line")
	}
	files := map[string]string{}
	for k, v := range goodSite {
		files[k] = v
	}
	files["content/site.yaml"] = "title: T\nbaseURL: https://example.org/repo/\nlanguage: fr\ntheme: mine\nnewsletter:\n  from: d@example.org\n"
	files["themes/mine/i18n/fr.yaml"] = fr
	dir := writeSite(t, files)
	code, stdout, stderr := runCLI("mail", "-s", dir, "--out", "-")
	if code != 0 {
		t.Fatalf("mail: exit %d: %s", code, stderr)
	}
	// The date's no-break space ("janvier 1") makes the subject an encoded
	// word and is =C2=A0 in the quoted-printable parts.
	msg, err := mail.ReadMessage(strings.NewReader(stdout))
	if err != nil {
		t.Fatal(err)
	}
	if subject, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject")); subject != "T: Papers of janvier\u00a01, 2024" || err != nil {
		t.Errorf("Subject = %q, %v, want %q", subject, err, "T: Papers of janvier\u00a01, 2024")
	}
	for _, want := range []string{"Lundi, janvier=C2=A01, 2024", "Lire: https://example.org/repo/papers/2401.00001/", `lang=3D"fr"`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("the email lacks %q:\n%s", want, stdout)
		}
	}
}

// TestMailScheduledDay: a scheduled job mails --date yesterday, and with
// --if-exists a day nothing was imported on sends nothing and succeeds,
// where the newest day would have been mailed again.
func TestMailScheduledDay(t *testing.T) {
	defer func(f func() time.Time) { now = f }(now)
	now = func() time.Time { return time.Date(2024, 1, 2, 6, 30, 0, 0, time.UTC) }
	files := maps.Clone(goodSite)
	files["content/site.yaml"] += "newsletter:\n  from: d@example.org\n"
	dir := writeSite(t, files)
	// The date's no-break space is =C2=A0 in the quoted-printable parts.
	if code, stdout, stderr := runCLI("mail", "-s", dir, "--date", "yesterday", "--out", "-"); code != 0 || !strings.Contains(stdout, "Papers of January=C2=A01, 2024") {
		t.Errorf("--date yesterday: exit %d, stderr %s, message:\n%s", code, stderr, stdout)
	}
	code, stdout, stderr := runCLI("mail", "-s", dir, "--date", "today", "--if-exists", "--out", "-")
	if want := "mail: the site has no day 2024-01-02; the newest is 2024-01-01, the oldest 2024-01-01: nothing to mail\n"; code != 0 || stdout != "" || stderr != want {
		t.Errorf("--date today --if-exists: exit %d, stdout %q, stderr %q; want 0, nothing and %q", code, stdout, stderr, want)
	}
	if code, _, stderr := runCLI("mail", "-s", dir, "--date", "today", "--out", "-"); code != 1 || !strings.Contains(stderr, "has no day 2024-01-02") {
		t.Errorf("--date today without --if-exists: exit %d, stderr %q; want 1 and the missing day", code, stderr)
	}
}

// TestMailEveryDayEmptied: on a site whose day files take every paper
// off their days (removed:), mail is told the newest of those files at
// its removed: line, why it has no day to mail and what to do, where it
// said the site had no papers yet; --date names the day it asks for.
func TestMailEveryDayEmptied(t *testing.T) {
	files := maps.Clone(goodSite)
	files["content/papers/b.md"] = "---\ntitle: B\narxiv: \"2401.00002\"\nauthors: [X]\ndate: 2024-01-02\n---\nAbstract.\n"
	files["content/days/2024-01-01.md"] = "---\nremoved: [\"2401.00001\"]\n---\nIntro.\n"
	files["content/days/2024-01-02.md"] = "---\ntitle: Second\nremoved:\n  - \"2401.00002\"\n---\n"
	dir := writeSite(t, files)
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"--out", "-"}, "mail: the site has no day with papers, so there is no day to mail: content/days/2024-01-02.md:4 removes all its papers (removed:), the newest of 2 day files that empty their days; if you did not mean to empty the day, take its papers out of removed:\n"},
		{[]string{"--week", "2024-W01", "--out", "-"}, "mail: the site has no day with papers, so there is no week to mail: content/days/2024-01-02.md:4 removes all its papers (removed:), the newest of 2 day files that empty their days; if you did not mean to empty the day, take its papers out of removed:\n"},
		{[]string{"--date", "2024-01-01", "--out", "-"}, "mail: the site has no day with papers, so there is no day to mail: content/days/2024-01-01.md:2 removes all its papers (removed:); if you did not mean to empty the day, take its papers out of removed:\n"},
	} {
		code, stdout, stderr := runCLI(append([]string{"mail", "-s", dir}, tt.args...)...)
		if code != 1 || stdout != "" || !strings.HasSuffix(stderr, tt.want) {
			t.Errorf("mail %s on a site of emptied days: exit %d, stdout %q, stderr:\n%s\nwant 1, nothing and a last line %q", strings.Join(tt.args, " "), code, stdout, stderr, tt.want)
		}
	}
}

// TestLastWeekAndMonth: --week last and --month last are the last whole
// ISO week and calendar month in UTC, whatever the local zone, across a
// year's end; a key is kept as typed but for the w of 2024-w22.
func TestLastWeekAndMonth(t *testing.T) {
	defer func(f func() time.Time) { now = f }(now)
	tests := []struct {
		now         time.Time
		week, month string
	}{
		{time.Date(2024, 1, 2, 6, 30, 0, 0, time.UTC), "2023-W52", "2023-12"},                      // a Tuesday of W01
		{time.Date(2024, 12, 30, 0, 0, 0, 0, time.UTC), "2024-W52", "2024-11"},                     // the Monday of 2025-W01
		{time.Date(2024, 6, 10, 23, 59, 0, 0, time.UTC), "2024-W23", "2024-05"},                    // a Monday, late
		{time.Date(2024, 6, 3, 7, 0, 0, 0, time.FixedZone("+14", 14*3600)), "2024-W21", "2024-05"}, // June 2, the Sunday ending W22, in UTC
		{time.Date(2021, 1, 10, 12, 0, 0, 0, time.UTC), "2020-W53", "2020-12"},                     // a Sunday after a 53-week year
	}
	for _, tt := range tests {
		now = func() time.Time { return tt.now }
		if got := utcWeek("last"); got != tt.week {
			t.Errorf("at %v: utcWeek(last) = %s, want %s", tt.now, got, tt.week)
		}
		if got := utcMonth("last"); got != tt.month {
			t.Errorf("at %v: utcMonth(last) = %s, want %s", tt.now, got, tt.month)
		}
	}
	for in, want := range map[string]string{"2024-w22": "2024-W22", "2024-W22": "2024-W22", "LAST": "LAST", "": ""} {
		if got := utcWeek(in); got != want {
			t.Errorf("utcWeek(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestMailLastWeek: a weekly job mails --week last, the week before the
// current one, and not the newest week, which has a day of this week.
func TestMailLastWeek(t *testing.T) {
	defer func(f func() time.Time) { now = f }(now)
	now = func() time.Time { return time.Date(2024, 1, 9, 6, 30, 0, 0, time.UTC) } // a Tuesday of 2024-W02
	files := maps.Clone(goodSite)
	files["content/site.yaml"] += "newsletter:\n  from: d@example.org\n"
	files["content/papers/b.md"] = "---\ntitle: B\narxiv: \"2401.00002\"\nauthors: [X]\ndate: 2024-01-08\n---\nAbstract.\n"
	dir := writeSite(t, files)
	code, stdout, stderr := runCLI("mail", "-s", dir, "--week", "last", "--out", "-")
	if code != 0 || !strings.Contains(stdout, "Message-ID: <digest-2024-W01.") {
		t.Errorf("--week last: exit %d, stderr %s, want the digest of 2024-W01:\n%s", code, stderr, stdout)
	}
	code, stdout, stderr = runCLI("mail", "-s", dir, "--month", "last", "--if-exists", "--out", "-")
	if want := "the site has no month 2023-12"; code != 0 || stdout != "" || !strings.Contains(stderr, want) {
		t.Errorf("--month last --if-exists: exit %d, stdout %q, stderr %q; want 0, nothing and %q", code, stdout, stderr, want)
	}
}

// TestMailDefaultUnsubscribe: a list without newsletter.unsubscribe is left
// by writing to the sender, not by a /subscribe/ page that cannot remove
// anyone, and mail says so; a list with one hears nothing.
func TestMailDefaultUnsubscribe(t *testing.T) {
	files := maps.Clone(goodSite)
	files["content/site.yaml"] += "newsletter:\n  from: Digest <d@example.org>\n"
	dir := writeSite(t, files)
	code, stdout, stderr := runCLI("mail", "-s", dir, "--out", "-")
	if code != 0 || !strings.Contains(stdout, "List-Unsubscribe: <mailto:d@example.org?subject=unsubscribe>") || strings.Contains(stdout, "subscribe/>") {
		t.Errorf("mail without newsletter.unsubscribe: exit %d, want the sender's address in List-Unsubscribe:\n%s", code, stdout)
	}
	if want := "warning: " + filepath.Join(dir, "content", "site.yaml") + ": newsletter.unsubscribe is not set, so readers unsubscribe by writing to d@example.org"; !strings.Contains(stderr, want) {
		t.Errorf("stderr lacks %q:\n%s", want, stderr)
	}
	files["content/site.yaml"] += "  unsubscribe: [\"https://example.org/leave\"]\n"
	if code, _, stderr := runCLI("mail", "-s", writeSite(t, files), "--out", "-"); code != 0 || strings.Contains(stderr, "warning") {
		t.Errorf("mail with newsletter.unsubscribe: exit %d, stderr %q; want 0 and no warning", code, stderr)
	}
}

// TestMailDryRunConnects: --dry-run tries the server, so a wrong host or
// port fails it as it would fail the real run.
func TestMailDryRunConnects(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := l.Addr().(*net.TCPAddr).Port
	l.Close() // nothing listens there now
	t.Setenv("PAPERBOY_SMTP_HOST", "127.0.0.1")
	t.Setenv("PAPERBOY_SMTP_PORT", strconv.Itoa(port))
	t.Setenv("PAPERBOY_SMTP_USER", "u")
	t.Setenv("PAPERBOY_SMTP_PASSWORD", "p")
	files := maps.Clone(goodSite)
	files["content/site.yaml"] += "newsletter:\n  from: d@example.org\n  unsubscribe: [\"mailto:leave@example.org\"]\n"
	code, stdout, stderr := runCLI("mail", "-s", writeSite(t, files), "--send", "--dry-run", "--to", "ada@example.org")
	if want := "mail: dry run: connect to 127.0.0.1:" + strconv.Itoa(port); code != 1 || !strings.Contains(stderr, want) {
		t.Errorf("--dry-run to a closed port: exit %d, stdout %q, stderr %q; want 1 and %q", code, stdout, stderr, want)
	}
}

// TestMailPreviewWithoutSender: --out writes a preview without a sender
// address, from a placeholder it warns about; --send never takes it.
func TestMailPreviewWithoutSender(t *testing.T) {
	dir := writeSite(t, goodSite)
	code, stdout, stderr := runCLI("mail", "-s", dir, "--out", "-")
	if code != 0 || !strings.Contains(stdout, "@example.invalid>") || !strings.Contains(stderr, "warning: no sender address, so the preview is from") {
		t.Errorf("mail --out without a sender: exit %d, stderr:\n%s", code, stderr)
	}
	if code, _, stderr := runCLI("mail", "-s", dir, "--send", "--to", "ada@example.org", "--dry-run"); code == 0 || strings.Contains(stderr, "example.invalid") {
		t.Errorf("mail --send without a sender: exit %d, stderr:\n%s\nwant an error, and no placeholder sender", code, stderr)
	}
	// A title not in ASCII is told as written, not as the header
	// encodes it (=?utf-8?q?W=C3=B6chentliche…).
	files := maps.Clone(goodSite)
	files["content/site.yaml"] = strings.Replace(files["content/site.yaml"], "title:", "title: Wöchentliche", 1)
	code, stdout, stderr = runCLI("mail", "-s", writeSite(t, files), "--out", "-")
	if want := "the preview is from Wöchentliche "; code != 0 || !strings.Contains(stderr, want) || !strings.Contains(stdout, "From: =?utf-8?q?W=C3=B6chentliche") {
		t.Errorf("mail --out from a title not in ASCII: exit %d, stderr:\n%s\nwant it to contain %q, and the header encoded", code, stderr, want)
	}
}

// TestMailReadsNoPages: mail composes a digest from the site's papers and
// days, without rendering the archive's pages, feeds and search index (at
// 10,000 papers these took 5.5 of its 8.7 CPU-s, and 600 MB): a paper
// page's template that fails the build does not stop the email.
func TestMailReadsNoPages(t *testing.T) {
	files := maps.Clone(goodSite)
	files["content/site.yaml"] += "theme: mine\nnewsletter:\n  from: d@example.org\n  unsubscribe: [\"https://example.org/leave\"]\n"
	files["themes/mine/templates/paper.html"] = "{{index .Paper.Authors 9}}\n"
	dir := writeSite(t, files)
	if code, _, stderr := runCLI("build", "-s", dir); code == 0 || !strings.Contains(stderr, "paper.html") {
		t.Fatalf("build: exit %d, stderr %q; want the paper template's error", code, stderr)
	}
	code, stdout, stderr := runCLI("mail", "-s", dir, "--out", "-")
	if code != 0 || stderr != "" || !strings.Contains(stdout, "https://example.org/repo/papers/2401.00001/") {
		t.Errorf("mail: exit %d, stderr %q; want the day's email:\n%s", code, stderr, stdout)
	}
}

// TestToFlagSplits: --to takes addresses separated by commas, semicolons
// or line breaks (a secret pasted one address a line), but not those
// inside a quoted name or angle brackets.
func TestToFlagSplits(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"ada@example.org, alan@example.org", []string{"ada@example.org", "alan@example.org"}},
		{"ada@example.org\nalan@example.org\n", []string{"ada@example.org", "alan@example.org"}},
		{"ada@example.org\r\nalan@example.org;grace@example.org", []string{"ada@example.org", "alan@example.org", "grace@example.org"}},
		{`"Doe, Jane; PhD" <jane@example.org>`, []string{`"Doe, Jane; PhD" <jane@example.org>`}},
	}
	for _, tt := range tests {
		var l listFlag
		if err := l.Set(tt.in); err != nil || !slices.Equal(l, tt.want) {
			t.Errorf("Set(%q) = %q, %v, want %q", tt.in, l, err, tt.want)
		}
	}
}

// TestToFileStdin: --to-file - reads the list from stdin, and names it
// "stdin" in messages; each recipient is named by where it was given, a
// --to's place or the list's line, a duplicate by its first.
func TestToFileStdin(t *testing.T) {
	f := mailFlags{toFile: "-", to: listFlag{"bob@example.org", "ALAN@example.org"}}
	got, err := f.recipients(strings.NewReader("# list\nada@example.org\n\nalan@example.org\nzoe@example.org\n"))
	want := []pbmail.Listed{{Addr: "bob@example.org", Source: "--to address 1"}, {Addr: "ALAN@example.org", Source: "--to address 2"}, {Addr: "ada@example.org", Source: "stdin:2"}, {Addr: "zoe@example.org", Source: "stdin:5"}}
	if err != nil || !slices.Equal(got, want) {
		t.Errorf("recipients from stdin = %q, %v, want %q", got, err, want)
	}
	if _, err := f.recipients(strings.NewReader("ada@example.org\nnot an address\n")); err == nil || !strings.HasPrefix(err.Error(), "stdin:2: ") {
		t.Errorf("a bad line on stdin: %v, want an error at stdin:2", err)
	}
}

// TestMailHelpDate: the help's time of day of --out's Date header is the
// one --out writes (noon UTC, as the feeds date a day).
func TestMailHelpDate(t *testing.T) {
	code, stdout, stderr := runCLI("mail", "-s", writeSite(t, goodSite), "--out", "-")
	if code != 0 {
		t.Fatalf("mail --out -: exit %d, stderr:\n%s", code, stderr)
	}
	msg, err := mail.ReadMessage(strings.NewReader(stdout))
	if err != nil {
		t.Fatal(err)
	}
	date, err := msg.Header.Date()
	if err != nil {
		t.Fatal(err)
	}
	words := map[string]string{"12:00": "noon", "00:00": "00:00"}[date.UTC().Format("15:04")]
	if want := "the Date header is the digest's day at " + words + " UTC"; words == "" || !strings.Contains(strings.Join(strings.Fields(mailUsage), " "), want) {
		t.Errorf("mail --out writes Date: %s, but the help does not say %q", date, want)
	}
}

// TestMailPlaceholderBase: a site whose baseURL is still paperboy new
// site's placeholder is not mailed, for every link of the email would
// lead there (a --dry-run fails as the real run would); a preview
// written to a file is, with a warning at baseURL's line; --base-url
// silences both.
func TestMailPlaceholderBase(t *testing.T) {
	t.Setenv("PAPERBOY_SMTP_HOST", "127.0.0.1")
	t.Setenv("PAPERBOY_SMTP_PORT", "9") // never reached
	t.Setenv("PAPERBOY_SMTP_INSECURE", "1")
	files := maps.Clone(goodSite)
	files["content/site.yaml"] = "title: T\nbaseURL: https://example.org/\nnewsletter:\n  from: d@example.org\n  unsubscribe: [\"mailto:leave@example.org\"]\n"
	dir := writeSite(t, files)
	want := filepath.Join(dir, "content", "site.yaml") + ":2: baseURL is still https://example.org/, which paperboy new site wrote;"
	for _, args := range [][]string{{"--send"}, {"--send", "--dry-run"}} {
		code, _, stderr := runCLI(append([]string{"mail", "-s", dir, "--to", "ada@example.org"}, args...)...)
		if code != 1 || !strings.Contains(stderr, "mail: cannot send:\n"+want) || !strings.Contains(stderr, "or give the address with --base-url") || strings.Contains(stderr, "connect") {
			t.Errorf("mail %q at the placeholder baseURL: exit %d, stderr:\n%s\nwant 1 and %q, before connecting", args, code, stderr, want)
		}
	}
	code, stdout, stderr := runCLI("mail", "-s", dir, "--out", "-")
	if code != 0 || !strings.Contains(stderr, "warning: "+want) || !strings.Contains(stdout, "https://example.org/papers/") {
		t.Errorf("mail --out at the placeholder baseURL: exit %d, stderr:\n%s\nwant 0 and the warning %q", code, stderr, want)
	}
	code, _, stderr = runCLI("mail", "-s", dir, "-b", "https://digest.example.net/", "--out", "-")
	if code != 0 || strings.Contains(stderr, "baseURL") {
		t.Errorf("mail --base-url --out: exit %d, stderr:\n%s\nwant 0 and no word of baseURL", code, stderr)
	}
}

// TestMailCountsListedPapers: the line mail prints after writing a
// message counts the papers it lists, "3 of 5 papers" when
// newsletter.maxPapers leaves the rest to the digest's page.
func TestMailCountsListedPapers(t *testing.T) {
	tests := []struct {
		max  string
		want string
	}{
		{"", "(3 papers, "},
		{"  maxPapers: 2\n", "(2 of 3 papers, "},
	}
	for _, tt := range tests {
		files := maps.Clone(goodSite)
		for _, id := range []string{"b", "c"} {
			files["content/papers/"+id+".md"] = strings.Replace(goodSite["content/papers/a.md"], "2401.00001", "2401.0000"+map[string]string{"b": "2", "c": "3"}[id], 1)
		}
		files["content/site.yaml"] += "newsletter:\n  from: d@example.org\n  unsubscribe: [\"mailto:leave@example.org\"]\n" + tt.max
		dir := writeSite(t, files)
		code, _, stderr := runCLI("mail", "-s", dir, "--out", filepath.Join(dir, "d.eml"))
		if code != 0 || !strings.Contains(stderr, tt.want) {
			t.Errorf("mail --out with %q: exit %d, stderr %q; want %q", tt.max, code, stderr, tt.want)
		}
	}
}

// TestMailOutParts: --out FILE.html writes the HTML part alone and
// FILE.txt the text part alone, to paste into a newsletter provider:
// no headers, no MIME, no quoted-printable; its quotes "> " and no
// format=flowed trailing spaces. Any other name gets the whole message.
func TestMailOutParts(t *testing.T) {
	files := maps.Clone(goodSite)
	files["content/site.yaml"] += "newsletter:\n  from: d@example.org\n  unsubscribe: [\"mailto:leave@example.org\"]\n"
	files["content/days/2024-01-01.md"] = "> A quote of the day, long enough that it is filled to two lines or more in the text part of the email.\n\nIntro.\n"
	dir := writeSite(t, files)
	tests := []struct {
		name, start, part string
		not               []string
	}{
		{"d.html", "<!DOCTYPE html>", " (the HTML part alone)", []string{"Content-Type:", "=3D", "From:"}},
		{"d.HTM", "<!DOCTYPE html>", " (the HTML part alone)", []string{"Content-Type:", "=3D"}},
		{"d.txt", "T\n", " (the text part alone)", []string{"Content-Type:", "=20", " \n", "\uFDD1"}},
		{"d.eml", "From: ", "", []string{"the part alone"}},
	}
	for _, tt := range tests {
		out := filepath.Join(dir, tt.name)
		code, _, stderr := runCLI("mail", "-s", dir, "--out", out)
		data, err := os.ReadFile(out)
		got := string(data)
		if code != 0 || err != nil || !strings.HasPrefix(got, tt.start) || !strings.Contains(stderr, "wrote "+out+tt.part+": ") {
			t.Errorf("--out %s: exit %d, stderr %q, file starts %q; want it to start %q", tt.name, code, stderr, got[:min(len(got), 40)], tt.start)
		}
		for _, s := range tt.not {
			if strings.Contains(got+stderr, s) {
				t.Errorf("--out %s: has %q", tt.name, s)
			}
		}
		if tt.name == "d.txt" && !strings.Contains(got, "\n> A quote of the day") {
			t.Errorf("--out d.txt: the quote is not \"> \":\n%s", got)
		}
	}
}

// TestMailIntroLinks: the links and images of --intro's file are
// checked as a day file's intro's are, at the file's line: a preview
// (--out) is written with a warning of each that leads nowhere, as the
// build warns, and --send refuses them, as check does; a relative link,
// which an email has no page for, is told to be written from the
// site's root. Links that are there (under the base path /repo/) pass.
func TestMailIntroLinks(t *testing.T) {
	files := maps.Clone(goodSite)
	files["content/site.yaml"] += "newsletter:\n  from: d@example.org\n  unsubscribe: [\"mailto:leave@example.org\"]\n"
	dir := writeSite(t, files)
	t.Setenv("PAPERBOY_SMTP_HOST", "127.0.0.1")
	t.Setenv("PAPERBOY_SMTP_USER", "u")
	t.Setenv("PAPERBOY_SMTP_PASSWORD", "p")
	note := filepath.Join(dir, "note.md")
	out := filepath.Join(dir, "m.eml")
	tests := []struct {
		note string
		send bool
		want []string // in stderr; none: no warning
		fail bool
	}{
		{note: "See [the paper](/papers/2401.00001/), [the day](/days/2024-01-01/#paper-2401.00001) and [arXiv](https://arxiv.org/).\n"},
		{note: "See [the paper](/papers/2401.00010/).\n\n![fig](/figures/w1.png)\n",
			want: []string{"note.md:1: the link /papers/2401.00010/ is broken: the site has no paper 2401.00010; did you mean 2401.00001", "note.md:3: the link /figures/w1.png is broken: no such file figures/w1.png"}},
		{note: "See [the day](../days/2024-01-01/).\n",
			want: []string{"note.md:1: the link ../days/2024-01-01/ is relative, and an email has no page it is relative to; write it from the site's root, as /days/2024-01-01/"}},
		{note: "\nSee [about](/abuot/).\n", send: true, fail: true,
			want: []string{"cannot send: the --intro file has 1 link that leads nowhere", "note.md:2: the link /abuot/ is broken"}},
	}
	for _, tt := range tests {
		if err := os.WriteFile(note, []byte(tt.note), 0o644); err != nil {
			t.Fatal(err)
		}
		args := []string{"mail", "-s", dir, "--week", "--intro", note, "--out", out}
		if tt.send {
			args = []string{"mail", "-s", dir, "--week", "--intro", note, "--send", "--to", "r@example.org"}
		}
		code, _, stderr := runCLI(args...)
		if (code != 0) != tt.fail {
			t.Errorf("%q: exit %d, stderr %s", tt.note, code, stderr)
		}
		for _, w := range tt.want {
			if !strings.Contains(stderr, w) {
				t.Errorf("%q: no %q in\n%s", tt.note, w, stderr)
			}
		}
		if len(tt.want) == 0 && strings.Contains(stderr, "warning") {
			t.Errorf("%q: a warning of links that are there:\n%s", tt.note, stderr)
		}
	}
}

// TestMailIntroFile: --intro FILE opens a week's email, which has no day
// file, with FILE's Markdown, rendered as a day's intro is (in both
// parts, links absolute), and replaces a day's own; a file that is not
// Markdown alone, is empty or is not there is an error naming it.
func TestMailIntroFile(t *testing.T) {
	files := maps.Clone(goodSite)
	files["content/site.yaml"] += "newsletter:\n  from: d@example.org\n  unsubscribe: [\"mailto:leave@example.org\"]\n"
	dir := writeSite(t, files)
	write := func(name, s string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	note := write("note.md", "This week: *the* [archive](/archive/).\n")
	tests := []struct {
		args []string
		want []string // in the message, or in stderr when it fails
		not  []string // in neither
		fail bool
	}{
		{args: []string{"--week", "--intro", note}, want: []string{"This week: <em>the</em> <a href=\"https://example.org/repo/archive/\"", "This week: the archive <https://example.org/repo/archive/>"}},
		{args: []string{"--date", "2024-01-01", "--intro", note}, want: []string{"This week: <em>the</em>"}},
		{args: []string{"--week", "--intro", write("front.md", "---\ntitle: W\n---\nNote.\n")}, fail: true,
			want: []string{"front.md:1: the intro starts with front matter, which --intro does not read"}},
		{args: []string{"--week", "--intro", write("empty.md", "\n")}, fail: true, want: []string{"empty.md: the intro is empty"}},
		{args: []string{"--week", "--intro", filepath.Join(dir, "none.md")}, fail: true, want: []string{"mail: --intro: open ", "none.md"}},
		// Saved by a Windows editor: as a source in content/ is read.
		{args: []string{"--week", "--intro", write("bom.md", "\ufeff## This week\r\n\r\nA note.\r\n")}, want: []string{">This week</h2>", "<p>A note.</p>"}, not: []string{"\ufeff", "## This week"}},
		{args: []string{"--week", "--intro", write("latin.md", "Caf\xe9 notes.\n")}, fail: true,
			want: []string{"mail: --intro: " + filepath.Join(dir, "latin.md") + ":1: the file is not valid UTF-8; save it with UTF-8 encoding"}, not: []string{"template"}},
		{args: []string{"--week", "--intro", write("utf16.md", "\xff\xfeA\x00\n\x00")}, fail: true,
			want: []string{"utf16.md:1: the file is UTF-16"}, not: []string{"template"}},
	}
	for _, tt := range tests {
		// The parts alone (--out FILE.html, FILE.txt): no quoted-printable.
		var got string
		for _, out := range []string{"m.html", "m.txt"} {
			out = filepath.Join(dir, out)
			code, _, stderr := runCLI(append([]string{"mail", "-s", dir, "--out", out, "-q"}, tt.args...)...)
			if (code != 0) != tt.fail {
				t.Errorf("%v: exit %d, stderr %s", tt.args, code, stderr)
			}
			data, _ := os.ReadFile(out)
			got += string(data) + stderr
			os.Remove(out)
		}
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%v: no %q in\n%s", tt.args, w, got)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(got, n) {
				t.Errorf("%v: %q in\n%s", tt.args, n, got)
			}
		}
	}
}
