package main

import (
	"io"
	"maps"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"
	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/mail/mailtest"
)

// inbox is a go-smtp backend that counts the messages it accepts from the
// login u/p.
type inbox struct {
	mu sync.Mutex
	n  int
}

func (b *inbox) NewSession(*smtp.Conn) (smtp.Session, error) { return &inboxSession{b: b}, nil }

func (b *inbox) count() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.n
}

// inboxSession is one session of inbox.
type inboxSession struct{ b *inbox }

func (s *inboxSession) AuthMechanisms() []string { return []string{sasl.Plain} }
func (s *inboxSession) Auth(string) (sasl.Server, error) {
	return sasl.NewPlainServer(func(_, user, pass string) error {
		if user != "u" || pass != "p" {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "bad credentials"}
		}
		return nil
	}), nil
}
func (s *inboxSession) Mail(string, *smtp.MailOptions) error { return nil }
func (s *inboxSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (s *inboxSession) Data(r io.Reader) error {
	if _, err := io.ReadAll(r); err != nil {
		return err
	}
	s.b.mu.Lock()
	s.b.n++
	s.b.mu.Unlock()
	return nil
}
func (s *inboxSession) Reset()        {}
func (s *inboxSession) Logout() error { return nil }

// serveInbox starts a plain SMTP server for b on a loopback port and
// points the PAPERBOY_SMTP_ variables at it, with the login u/p.
func serveInbox(t *testing.T, b *inbox) {
	port := mailtest.Serve(t, b, nil, false)
	for k, v := range map[string]string{"HOST": "127.0.0.1", "PORT": strconv.Itoa(port), "USER": "u", "PASSWORD": "p", "INSECURE": "1"} {
		t.Setenv("PAPERBOY_SMTP_"+k, v)
	}
}

// TestMailRecordSendsOnce: with --record, a digest goes out once: a run
// for a day the record says was mailed (the scheduled run, then one by
// hand) sends nothing and says when it was, unless --resend; a run that
// recorded its start and no end (it stopped half-way) sends nothing and
// fails, so the curator decides; a run that reached no one (a wrong
// password) does not count as mailed.
func TestMailRecordSendsOnce(t *testing.T) {
	defer func(f func() time.Time) { now = f }(now)
	now = func() time.Time { return time.Date(2024, 1, 2, 6, 31, 0, 0, time.UTC) }
	var b inbox
	serveInbox(t, &b)
	files := maps.Clone(goodSite)
	files["content/site.yaml"] += "newsletter:\n  from: d@example.org\n  unsubscribe: [\"mailto:leave@example.org\"]\n"
	dir := writeSite(t, files)
	record := filepath.Join(dir, "mailed.txt")
	send := func(extra ...string) (int, string, string) {
		return runCLI(append([]string{"mail", "-s", dir, "--send", "--date", "yesterday", "--rate", "1000", "--record", record, "--to", "ada@example.org,bob@example.org"}, extra...)...)
	}

	if code, stdout, stderr := send(); code != 0 || b.count() != 2 {
		t.Fatalf("first run: exit %d, %d messages; want 0 and 2\n%s%s", code, b.count(), stdout, stderr)
	}
	data, _ := os.ReadFile(record)
	if want := "2024-01-01 mailing 2024-01-02T06:31:00Z to=2\n2024-01-01 mailed 2024-01-02T06:31:00Z sent=2 maybe=0 notsent=0\n"; !strings.HasSuffix(string(data), want) {
		t.Errorf("record after the first run:\n%s\nwant it to end\n%s", data, want)
	}
	code, _, stderr := send()
	if want := record + ":5: 2024-01-01 was mailed at 2024-01-02 06:31 UTC, 2 messages; a digest goes out once: pass --resend to mail it again; nothing was sent\n"; code != 0 || b.count() != 2 || stderr != "mail: "+want {
		t.Errorf("second run: exit %d, %d messages, stderr %q; want 0, still 2, and %q", code, b.count(), stderr, want)
	}
	if code, stdout, stderr := send("--resend"); code != 0 || b.count() != 4 {
		t.Errorf("--resend: exit %d, %d messages; want 0 and 4\n%s%s", code, b.count(), stdout, stderr)
	}

	// A run that stopped after its start was recorded.
	writeFile(t, dir, "mailed.txt", "2024-01-01 mailing 2024-01-02T06:31:00Z to=2\n")
	code, _, stderr = send()
	if want := record + ":1: a run began mailing 2024-01-01 to 2 recipients at 2024-01-02 06:31 UTC and recorded no end"; code != 1 || b.count() != 4 || !strings.Contains(stderr, want) {
		t.Errorf("after a run that stopped half-way: exit %d, %d messages, stderr %q; want 1, still 4, and %q", code, b.count(), stderr, want)
	}

	// A wrong password reaches no one; once it is right, the day goes out.
	os.Remove(record)
	t.Setenv("PAPERBOY_SMTP_PASSWORD", "wrong")
	if code, _, _ := send(); code != 1 || b.count() != 4 {
		t.Errorf("wrong password: exit %d, %d messages; want 1 and still 4", code, b.count())
	}
	t.Setenv("PAPERBOY_SMTP_PASSWORD", "p")
	if code, stdout, stderr := send(); code != 0 || b.count() != 6 {
		t.Errorf("after a run that reached no one: exit %d, %d messages; want 0 and 6\n%s%s", code, b.count(), stdout, stderr)
	}

	if code, _, stderr := runCLI("mail", "-s", dir, "--out", "-", "--record", record); code != 2 || !strings.Contains(stderr, "--record goes with --send") {
		t.Errorf("--record with --out: exit %d, stderr %q; want a usage error", code, stderr)
	}
}

// TestMailWorkflowSendsOnce: the README's mail.yml mails with --record,
// reads the record from its branch before and keeps it after, even when
// the sending failed (always()), and mails a day again only when a run
// by hand asks to (--resend from the resend input).
func TestMailWorkflowSendsOnce(t *testing.T) {
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, wf, _ := strings.Cut(string(readme), "\n```yaml\n# .github/workflows/mail.yml\n")
	wf, _, _ = strings.Cut(wf, "\n```\n")
	var w struct {
		On struct {
			WorkflowDispatch struct {
				Inputs map[string]struct{ Type string }
			} `yaml:"workflow_dispatch"`
		}
		Permissions map[string]string
		Jobs        map[string]struct {
			Steps []struct {
				ID, If, Run string
				Env         map[string]string
			}
		}
	}
	if err := yaml.Unmarshal([]byte(wf), &w); err != nil {
		t.Fatal(err)
	}
	if in, ok := w.On.WorkflowDispatch.Inputs["resend"]; !ok || in.Type != "boolean" {
		t.Error("mail.yml's workflow_dispatch has no boolean input resend")
	}
	if w.Permissions["contents"] != "write" {
		t.Error("mail.yml cannot push its record: contents is not write")
	}
	read, send, keep := -1, -1, -1
	job := w.Jobs["mail"]
	for i, s := range job.Steps {
		switch {
		case strings.Contains(s.Run, "git fetch --depth 1 origin mail-record"):
			read = i
		case strings.Contains(s.Run, "paperboy mail --send") && strings.Contains(s.Run, `--record "$RUNNER_TEMP/mailed.txt"`) &&
			strings.Contains(s.Run, "resend=(--resend)") && s.Env["RESEND"] == "${{ inputs.resend }}":
			send = i
		case strings.Contains(s.Run, `"$commit:refs/heads/mail-record"`) && strings.HasPrefix(s.If, "always()") && strings.Contains(s.If, "steps."+job.Steps[max(read, 0)].ID+".outcome == 'success'"):
			keep = i
		}
	}
	if read < 0 || send < read || keep < send {
		t.Errorf("mail.yml reads the record at step %d, sends with it at %d, keeps it always() after at %d; want all three, in that order", read, send, keep)
	}
}
