package mail

import (
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

func TestParseRecipients(t *testing.T) {
	in := "# readers\nada@example.org\n\n  Bob <bob@example.org>  \nADA@example.org\n"
	// Each is named by its line (a duplicate by its first), so that a
	// summary can say which line to send again to.
	got, err := ParseRecipients("readers.txt", []byte(in))
	if want := []Listed{{"ada@example.org", "readers.txt:2"}, {"bob@example.org", "readers.txt:4"}}; err != nil || !slices.Equal(got, want) {
		t.Errorf("ParseRecipients = %q, %v, want %q", got, err, want)
	}
	// A # comment after an address, not one in the name before it.
	got, err = ParseRecipients("readers.txt", []byte("ada@example.org # Ada, since 2024\nBob <bob@example.org>\t# ML group\nTeam #1 <t1@example.org>\n\"Team #2\" <t2@example.org> # two\na#b@example.org\n"))
	if want := []Listed{{"ada@example.org", "readers.txt:1"}, {"bob@example.org", "readers.txt:2"}, {"t1@example.org", "readers.txt:3"}, {"t2@example.org", "readers.txt:4"}, {"a#b@example.org", "readers.txt:5"}}; err != nil || !slices.Equal(got, want) {
		t.Errorf("ParseRecipients with comments after addresses = %q, %v, want %q", got, err, want)
	}
	// Notepad's: a byte-order mark and CRLF.
	got, err = ParseRecipients("readers.txt", []byte("\ufeffada@example.org\r\n# more\r\nbob@example.org\r\n"))
	if want := []Listed{{"ada@example.org", "readers.txt:1"}, {"bob@example.org", "readers.txt:3"}}; err != nil || !slices.Equal(got, want) {
		t.Errorf("ParseRecipients with BOM and CRLF = %q, %v, want %q", got, err, want)
	}
	_, err = ParseRecipients("readers.txt", []byte("\xff\xfea\x00@\x00b\x00.\x00o\x00\r\x00\n\x00"))
	if want := `readers.txt:1: the file is UTF-16 (Notepad's "Unicode", or what Windows PowerShell writes with > or Out-File); save it as UTF-8`; err == nil || err.Error() != want {
		t.Errorf("ParseRecipients of UTF-16 error = %v, want %s", err, want)
	}
	_, err = ParseRecipients("readers.txt", []byte("ok@example.org\nnot an address\nzoë@exämple.org\n"+strings.Repeat("a", 250)+"@example.org\nmailto:ada@example.org\nAda <MailTo:ada@example.org>\n"))
	// Each address is shown masked: the list may be a secret.
	for _, want := range []string{
		`readers.txt:5: "a•••@example.org" has mailto: before it, a link's prefix and no part of the address; write the address without it`,
		`readers.txt:6: "A•••@example.org>" has mailto: before it`, `readers.txt:2: "n•••" is not an email address`, `readers.txt:3: "z•••@exämple.org": addresses outside ASCII are not supported`,
		`readers.txt:4: "a•••@example.org" is 262 characters long, and an address holds at most 254 (RFC 5321)`} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseRecipients error = %v, want it to contain %q", err, want)
		}
	}
}

// TestParseRecipientsCSV: a newsletter provider's export, a CSV with a
// header row, is read from its email column, each address at its line;
// one without such a column is one error saying what to do, not one a
// line.
func TestParseRecipientsCSV(t *testing.T) {
	tests := []struct {
		name, in string
		want     []Listed
		err      string
	}{
		{"buttondown", "email,first_name,subscribed_at\nada@example.org,Ada,2024-01-01\n\nbob@example.org,Bob,2024-01-02\n",
			[]Listed{{"ada@example.org", "s.csv:2"}, {"bob@example.org", "s.csv:4"}}, ""},
		{"mailchimp, quoted, with a BOM and CRLF", "\ufeff\"First Name\",\"Email Address\",Tags\r\n\"Doe, Jane\",jane@example.org,\"a,b\"\r\nAlan,,x\r\nZoe,ZOE@example.org\r\nAda,JANE@example.org,\r\n",
			[]Listed{{"jane@example.org", "s.csv:2"}, {"ZOE@example.org", "s.csv:4"}}, ""},
		{"a bad address", "Email,name\nnot-one,X\n", nil, `s.csv:2: "n•••" is not an email address`},
		{"no email column", "name,joined\nAda,2024\nBob,2024\n", nil, "s.csv:1: this is a CSV file (a header row \"name,joined\"), as a newsletter provider exports its subscribers, but no column is named email or Email Address; name the address column email, or give the addresses one a line (cut -d, -f1 takes the first column)"},
		{"a comma later is no CSV", "ada@example.org\nname,x\n", nil, `s.csv:2: "n•••" is not an email address`},
	}
	for _, tt := range tests {
		got, err := ParseRecipients("s.csv", []byte(tt.in))
		if tt.err != "" {
			if err == nil || !strings.HasPrefix(err.Error(), tt.err) || strings.Count(err.Error(), "s.csv:") != 1 {
				t.Errorf("%s: ParseRecipients error = %v, want one starting %q", tt.name, err, tt.err)
			}
			continue
		}
		if err != nil || !slices.Equal(got, tt.want) {
			t.Errorf("%s: ParseRecipients = %q, %v, want %q", tt.name, got, err, tt.want)
		}
	}
}

// FuzzParseRecipients feeds any list: the result is either errors naming
// r.txt and a line of it, or addresses that Recipient accepts again,
// unique ignoring case, each named by a line of r.txt after the last's.
func FuzzParseRecipients(f *testing.F) {
	for _, s := range []string{"a@example.org\nb@example.org", "# c\n\nA <a@x.org>\na@X.org", "\"q\\\"x\"@example.org", "<>", "a@b@c", "=?utf-8?q?x?= <a@b.org>"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, err := ParseRecipients("r.txt", []byte(s))
		if err != nil {
			lines := diag.Lines([]byte(s))
			list, ok := diag.Source(err)
			for _, e := range list {
				if e.Path != "r.txt" || e.Line < 0 || e.Line > lines {
					t.Errorf("ParseRecipients(%q): error %v names no line of r.txt", s, e)
				}
			}
			if !ok {
				t.Errorf("ParseRecipients(%q): error %v names no file", s, err)
			}
			return
		}
		seen := map[string]bool{}
		last := 0
		for _, l := range got {
			a := l.Addr
			line, err := strconv.Atoi(strings.TrimPrefix(l.Source, "r.txt:"))
			if err != nil || line <= last || line > diag.Lines([]byte(s)) {
				t.Errorf("%q: source %q is no later line of r.txt", a, l.Source)
			}
			last = line
			if again, err := Recipient(a); err != nil || again != a {
				t.Errorf("Recipient(%q) = %q, %v, want it back", a, again, err)
			}
			if seen[strings.ToLower(a)] {
				t.Errorf("%q listed twice", a)
			}
			seen[strings.ToLower(a)] = true
		}
	})
}
