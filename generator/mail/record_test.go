package mail

import (
	"strings"
	"testing"
	"time"
)

// TestRecord: each line of a record reads back as the entry that wrote
// it; any other line is an error at its line; Mailed says a digest may go
// out when no run of it reached anyone, and why not otherwise.
func TestRecord(t *testing.T) {
	at := time.Date(2024, 6, 5, 6, 41, 7, 0, time.UTC)
	for _, e := range []Entry{
		{Digest: "2024-06-04", At: at, To: 3},
		{Digest: "2024-W22", Done: true, At: at, Sent: 2, Maybe: 1},
		{Digest: "2024-06", Done: true, At: at, NotSent: 4},
	} {
		got, err := ParseRecord("r", []byte(RecordHeader+e.String()+"\n"))
		if e.Line = 4; err != nil || len(got) != 1 || got[0] != e {
			t.Errorf("ParseRecord(%q) = %v, %v; want %v", e.String(), got, err, e)
		}
	}
	_, err := ParseRecord("r", []byte("# c\n\n2024-06-04 sent\n2024-06-04 mailed 2024-06-05T06:41:07Z to=3\n"))
	if err == nil || !strings.Contains(err.Error(), `r:3: "2024-06-04 sent" is not a line paperboy mail --record writes`) || !strings.Contains(err.Error(), "r:4: ") {
		t.Errorf("bad lines: %v; want errors at lines 3 and 4", err)
	}

	start := Entry{Digest: "2024-06-04", At: at, To: 2}
	whole := Entry{Digest: "2024-06-04", Done: true, At: at, Sent: 2}
	none := Entry{Digest: "2024-06-04", Done: true, At: at, NotSent: 2}
	part := Entry{Digest: "2024-06-04", Done: true, At: at, Sent: 1, Maybe: 1}
	other := Entry{Digest: "2024-06-03", Done: true, At: at, Sent: 2}
	for _, c := range []struct {
		entries []Entry
		why     string // a prefix; "" for none
		whole   bool
	}{
		{nil, "", false},
		{[]Entry{other}, "", false},
		{[]Entry{start, none}, "", false},
		{[]Entry{start, whole}, "r:0: 2024-06-04 was mailed at 2024-06-05 06:41 UTC, 2 messages", true},
		{[]Entry{start, whole, start, none}, "r:0: 2024-06-04 was mailed at", true},
		{[]Entry{start, part}, "r:0: 2024-06-04 was mailed at 2024-06-05 06:41 UTC: 1 sent, 1 maybe sent, 0 not sent", false},
		{[]Entry{start}, "r:0: a run began mailing 2024-06-04 to 2 recipients", false},
		{[]Entry{start, whole, start}, "r:0: a run began mailing", false},
	} {
		why, w := Mailed("r", c.entries, "2024-06-04")
		if !strings.HasPrefix(why, c.why) || (c.why == "") != (why == "") || w != c.whole {
			t.Errorf("Mailed(%v) = %q, %v; want %q…, %v", c.entries, why, w, c.why, c.whole)
		}
	}
}

// FuzzRecord: ParseRecord never panics, names the file in each error, and
// every entry it reads writes back as a line that reads as the same entry.
func FuzzRecord(f *testing.F) {
	for _, s := range []string{"", RecordHeader, "2024-06-04 mailing 2024-06-05T06:41:07Z to=3\n", "2024-W22 mailed 2024-06-05T06:41:07+02:00 sent=1 maybe=0 notsent=2\r\n",
		"2024-06 mailed 2024-06-05T06:41:07Z to=1\n", "2024-06-04 mailing 2024-13-05T06:41:07Z to=99999999999999999999\n", "\ufeff# x\n2024-06-04 sent\n", "\xff"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		entries, err := ParseRecord("mailed.txt", data)
		if err != nil && !strings.HasPrefix(err.Error(), "mailed.txt") {
			t.Fatalf("error without the file's name: %v", err)
		}
		for _, e := range entries {
			back, err := ParseRecord("mailed.txt", []byte(e.String()))
			if e.Line = 1; err != nil || len(back) != 1 || back[0] != e {
				t.Fatalf("%v writes %q, which reads as %v, %v", e, e.String(), back, err)
			}
			Mailed("mailed.txt", entries, e.Digest)
		}
	})
}
