package mail

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Status is what became of one recipient's message.
type Status int

// The statuses of a Result.
const (
	Sent         Status = iota // the server accepted it
	Failed                     // the server refused it, or temporary failures outlasted the retries
	NotAttempted               // sending stopped before this recipient
	WouldSend                  // a dry run's message
	Unconfirmed                // the whole message went out but the server did not confirm it: it may have been delivered
)

func (s Status) String() string {
	switch s {
	case Sent:
		return "sent"
	case Failed:
		return "FAILED"
	case NotAttempted:
		return "NOT SENT"
	case WouldSend:
		return "would send"
	case Unconfirmed:
		return "MAYBE SENT"
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

// Result is what became of the message to one recipient.
type Result struct {
	To        string
	Source    string // where the recipient was given: "list.txt:8", "--to 2" or "#3"
	MessageID string
	Status    Status
	Attempts  int   // delivery attempts made
	Err       error // why it was not sent
	Size      int   // the message's size in bytes (dry runs)
	class     class // how Err was classed
}

// Report is the outcome of Send or DryRun, one Result per recipient in
// order.
type Report struct {
	Server  string // host:port
	Digest  string // "digest-2024-06-04"
	DryRun  bool
	Results []Result
}

// Count is the number of results with status st.
func (r *Report) Count(st Status) int {
	n := 0
	for _, x := range r.Results {
		if x.Status == st {
			n++
		}
	}
	return n
}

// Err is nil when every message was sent (or, in a dry run, would be), and
// otherwise says how many were not, and how many may have been delivered
// though the server never said so.
func (r *Report) Err() error {
	bad, maybe := r.Count(Failed)+r.Count(NotAttempted), r.Count(Unconfirmed)
	var msgs []string
	if bad > 0 {
		msgs = append(msgs, fmt.Sprintf("%d of %d messages were not sent; see the summary above, fix the cause and send again with --to for those recipients", bad, len(r.Results)))
	}
	if maybe > 0 {
		msgs = append(msgs, fmt.Sprintf("%d of %d messages may have been delivered (MAYBE SENT: the connection ended after the whole message went out, before the server confirmed it) and were not sent again, so that no reader gets the digest twice; look for them in your provider's sent mail or logs, and send again with --to only to a recipient they did not reach", maybe, len(r.Results)))
	}
	if len(msgs) == 0 {
		return nil
	}
	return errors.New(strings.Join(msgs, "\n"))
}

// WriteSummary writes one line for the whole run, then one per message
// not sent (a dry run: one per message). It never writes a whole address,
// since a CI job's log may be public: a recipient is where it was given
// (its Source: list.txt:8, so that it can be found to send again) and its
// masked address (Mask), a failure the server's reply. Recipients not attempted for one reason share a line.
func (r *Report) WriteSummary(w io.Writer) {
	if r.DryRun {
		fmt.Fprintf(w, "Dry run: would send %s of %s via %s; nothing was sent.\n", textutil.Plural(len(r.Results), "message", "messages"), r.Digest, r.Server)
	} else {
		fmt.Fprintf(w, "Sent %d of %s of %s via %s.\n", r.Count(Sent), textutil.Plural(len(r.Results), "message", "messages"), r.Digest, r.Server)
	}
	for i := 0; i < len(r.Results); i++ {
		x := r.Results[i]
		switch x.Status {
		case WouldSend:
			fmt.Fprintf(w, "  %-10s %s (%d bytes)\n", x.Status, r.name(i), x.Size)
		case Unconfirmed:
			fmt.Fprintf(w, "  %-10s %s: %v; the server may have delivered it, so it was not sent again\n", x.Status, r.name(i), x.Err)
		case Failed:
			fmt.Fprintf(w, "  %-10s %s: %v", x.Status, r.name(i), x.Err)
			switch {
			case x.class == permanent:
				fmt.Fprint(w, " (permanent; not retried)")
			case x.class == temporary:
				fmt.Fprintf(w, " (temporary; gave up after %s)", textutil.Plural(x.Attempts, "attempt", "attempts"))
			}
			fmt.Fprintln(w)
		case NotAttempted:
			j := i
			for j+1 < len(r.Results) && r.Results[j+1].Status == NotAttempted && r.Results[j+1].Err == x.Err {
				j++
			}
			if j == i {
				fmt.Fprintf(w, "  %-10s %s: %v\n", x.Status, r.name(i), x.Err)
			} else {
				fmt.Fprintf(w, "  %-10s %d recipients, %s to %s: %v\n", x.Status, j-i+1, r.name(i), r.name(j), x.Err)
			}
			i = j
		}
	}
}

// name names the i-th result's recipient, by its place (#3) when its
// Source is unknown.
func (r *Report) name(i int) string {
	x := r.Results[i]
	if x.Source == "" {
		return recipient(fmt.Sprintf("#%d", i+1), x.To)
	}
	return recipient(x.Source, x.To)
}

// recipient names a recipient for a log by where it was given and its
// masked address: "list.txt:8 j•••@example.org".
func recipient(source, addr string) string {
	return source + " " + Mask(addr)
}

// Mask writes the address addr for a log that others may read: the first
// character of its local part, then •••, then its domain, so
// "jane@example.org" is "j•••@example.org" (and "jane" "j•••").
func Mask(addr string) string {
	at := strings.LastIndexByte(addr, '@')
	if at < 0 {
		at = len(addr) // no address: its first character, in a message about it
	}
	if at == 0 {
		return "•••" + addr
	}
	first, _ := utf8.DecodeRuneInString(addr)
	return string(first) + "•••" + addr[at:]
}
