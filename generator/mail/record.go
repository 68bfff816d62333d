package mail

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// RecordHeader starts a record file that AppendRecord creates.
const RecordHeader = "# What paperboy mail --send --record mailed, so that each digest goes out\n" +
	"# once: a run that finds its digest here mails it again only with --resend.\n" +
	"# One line when a run starts mailing a digest, one when it ends.\n"

// Entry is one line of a record of what paperboy mail --send --record
// mailed: a run began mailing a digest (Done false; To is how many
// recipients it had), or ended (Done true, with how many messages were
// sent, may have been delivered, and were not sent). It names no
// recipient: the record may be public, in a repository's branch.
type Entry struct {
	Digest               string // the digest's slug: 2024-06-04, 2024-W22 or 2024-06
	Done                 bool
	At                   time.Time
	To                   int
	Sent, Maybe, NotSent int
	Line                 int // its line in the record, from 1
}

// String is the entry as a line of the record, without its line break.
func (e Entry) String() string {
	at := e.At.UTC().Format(time.RFC3339)
	if !e.Done {
		return fmt.Sprintf("%s mailing %s to=%d", e.Digest, at, e.To)
	}
	return fmt.Sprintf("%s mailed %s sent=%d maybe=%d notsent=%d", e.Digest, at, e.Sent, e.Maybe, e.NotSent)
}

// recordRE is a line of a record: the digest, what happened, when, and
// the counts.
var recordRE = regexp.MustCompile(`^([0-9]{4}-(?:W[0-9]{2}|[0-9]{2}(?:-[0-9]{2})?)) (mailing|mailed) ([0-9TZ:+-]+) (to=[0-9]+|sent=[0-9]+ maybe=[0-9]+ notsent=[0-9]+)$`)

// ParseRecord reads a record that AppendRecord wrote; path names it in
// messages. Blank lines and lines starting with # are comments. Every
// line that is not one paperboy mail writes is an error at its line.
func ParseRecord(path string, data []byte) ([]Entry, error) {
	data, err := diag.Text(path, data)
	if err != nil {
		return nil, err
	}
	var (
		out  []Entry
		errs diag.List
	)
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		e, ok := parseEntry(l)
		if !ok {
			errs.Add(path, i+1, "%q is not a line paperboy mail --record writes (like `2024-06-04 mailed 2024-06-05T06:41:07Z sent=120 maybe=0 notsent=0`); correct it or remove it, and keep the file as paperboy mail writes it", textutil.Truncate(80, l))
			continue
		}
		e.Line = i + 1
		out = append(out, e)
	}
	return out, errs.Err()
}

// parseEntry reads one line of a record.
func parseEntry(l string) (Entry, bool) {
	m := recordRE.FindStringSubmatch(l)
	if m == nil {
		return Entry{}, false
	}
	at, err := time.Parse(time.RFC3339, m[3])
	if err != nil {
		return Entry{}, false
	}
	e := Entry{Digest: m[1], Done: m[2] == "mailed", At: at.UTC()}
	counts := map[string]*int{"to": &e.To, "sent": &e.Sent, "maybe": &e.Maybe, "notsent": &e.NotSent}
	for _, kv := range strings.Fields(m[4]) {
		k, v, _ := strings.Cut(kv, "=")
		n, err := strconv.Atoi(v)
		if err != nil || (k == "to") == e.Done {
			return Entry{}, false
		}
		*counts[k] = n
	}
	return e, true
}

// Mailed returns why the digest slug may not be mailed again, from the
// record entries (path names the record), and whether every message of
// the run that mailed it was sent; or "" when nothing of it
// reached anyone: it is not in the record, or each run that mailed it
// ended with no message sent or maybe sent (a wrong password). A run that
// began and recorded no end stopped half-way, and may have reached some.
func Mailed(path string, entries []Entry, slug string) (why string, whole bool) {
	var reached, open *Entry // the last end of a run that reached someone; a run begun after it and not ended
	for i := range entries {
		switch e := &entries[i]; {
		case e.Digest != slug:
		case !e.Done:
			open = e
		case e.Sent+e.Maybe > 0:
			reached, open = e, nil
		default:
			open = nil
		}
	}
	const again = "mail them with --resend --to ADDR, or pass --resend alone to mail every recipient again"
	e := reached
	switch {
	case open != nil:
		return fmt.Sprintf("%s:%d: a run began mailing %s to %d recipients at %s and recorded no end: it stopped half-way, so some may have it. Its log lists each message it sent; %s",
			path, open.Line, slug, open.To, open.At.Format(recordTime), again), false
	case e == nil:
		return "", false
	case e.NotSent+e.Maybe > 0:
		return fmt.Sprintf("%s:%d: %s was mailed at %s: %d sent, %d maybe sent, %d not sent. That run's summary lists those it did not reach; %s",
			path, e.Line, slug, e.At.Format(recordTime), e.Sent, e.Maybe, e.NotSent, again), false
	}
	return fmt.Sprintf("%s:%d: %s was mailed at %s, %s; a digest goes out once: pass --resend to mail it again",
		path, e.Line, slug, e.At.Format(recordTime), textutil.Plural(e.Sent, "message", "messages")), true
}

// recordTime is how Mailed writes a time.
const recordTime = "2006-01-02 15:04 UTC"

// RecordEnd is the entry that ends a run of r, the report of mailing
// digest slug, at.
func RecordEnd(slug string, at time.Time, r *Report) Entry {
	return Entry{Digest: slug, Done: true, At: at, Sent: r.Count(Sent), Maybe: r.Count(Unconfirmed), NotSent: r.Count(Failed) + r.Count(NotAttempted)}
}
