package mail

import (
	"bytes"
	"errors"
	"maps"
	"mime"
	netmail "net/mail"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/internal/mailheader"
)

func TestFold(t *testing.T) {
	long := "Subject: " + strings.Repeat("word ", 30)
	tests := []struct {
		in   string
		want string
	}{
		{"Subject: short", "Subject: short"},
		{"Subject: " + strings.Repeat("x", 100), "Subject: " + strings.Repeat("x", 100)},
		{long, "Subject: word word word word word word word word word word word word word word\r\n word word word word word word word word word word word word word word word\r\n word "},
		// A line with an encoded word keeps to 76 characters (RFC 2047 §2).
		{"Subject: " + encodeText("Paperboy Sample Digest: Alignment & agents (June\u00a04, 2024)"),
			"Subject: =?utf-8?q?Paperboy_Sample_Digest=3A_Alignment_=26_agents_=28June?=\r\n =?utf-8?q?=C2=A04=2C_2024=29?="},
		{"Subject: " + strings.Repeat("w ", 28) + "=?utf-8?q?x?=", "Subject: " + strings.Repeat("w ", 27) + "w\r\n =?utf-8?q?x?="}, // 78 characters
	}
	for _, tt := range tests {
		got := fold(tt.in)
		if got != tt.want {
			t.Errorf("fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if unfolded := strings.ReplaceAll(got, "\r\n", ""); unfolded != tt.in {
			t.Errorf("unfold(fold(%q)) = %q, want the input back", tt.in, unfolded)
		}
	}
}

// TestPhrase: a display name is a quoted string, or encoded words that
// keep to what a phrase may hold (no comma, quote or parenthesis) when it
// is not ASCII or has a word too long to fold.
func TestPhrase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Paperboy Digest", `"Paperboy Digest"`},
		{`The "Best" \ Papers`, `"The \"Best\" \\ Papers"`},
		{"Zoë", "=?utf-8?q?Zo=C3=AB?="},
		{"Zoë, Digest", "=?utf-8?q?Zo=C3=AB=2C_Digest?="},
		{`Zoë "Z" (D)`, "=?utf-8?q?Zo=C3=AB_=22Z=22_=28D=29?="},
		// Words of 66 bytes: a line with "Reply-To: " keeps to RFC 2047's 76.
		{"A " + strings.Repeat("x", 80), "=?utf-8?q?A_" + strings.Repeat("x", 52) + "?= =?utf-8?q?" + strings.Repeat("x", 28) + "?="},
	}
	for _, tt := range tests {
		if got := phrase(tt.in); got != tt.want {
			t.Errorf("phrase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestMessageID: a message's Message-ID is one per recipient (whatever the
// case of the address) and per content: the same message gives the same
// id, and a corrected one (its subject or a part changed), sent again
// with --resend, a new one, which mail systems do not drop as a duplicate.
func TestMessageID(t *testing.T) {
	m := &Message{ID: "digest-2024-06-04", Host: "example.org", Subject: "S", Text: "t\n", HTML: "<p>h</p>"}
	a, b := m.MessageID("Ada@Example.org"), m.MessageID("ada@example.org")
	if a != b {
		t.Errorf("MessageID ignores case: %q != %q", a, b)
	}
	if c := m.MessageID("bob@example.org"); c == a {
		t.Errorf("MessageID(bob) = MessageID(ada) = %q, want one per recipient", c)
	}
	if got := m.MessageID(""); !strings.HasPrefix(got, "<digest-2024-06-04.") || !strings.HasSuffix(got, "@example.org>") || got == a {
		t.Errorf("MessageID(\"\") = %q, want <digest-2024-06-04.HASH@example.org>, not the recipient's", got)
	}
	if _, err := (&netmail.AddressParser{}).Parse(strings.Trim(a, "<>")); err != nil {
		t.Errorf("MessageID %q is not addr-spec shaped: %v", a, err)
	}
	same := *m
	if got := same.MessageID("ada@example.org"); got != a {
		t.Errorf("MessageID of the same message = %q, want %q", got, a)
	}
	for name, fix := range map[string]func(*Message){
		"subject": func(m *Message) { m.Subject = "S (corrected)" },
		"text":    func(m *Message) { m.Text = "t, corrected\n" },
		"HTML":    func(m *Message) { m.HTML = "<p>h, corrected</p>" },
	} {
		c := *m
		fix(&c)
		if got := c.MessageID("ada@example.org"); got == a {
			t.Errorf("MessageID with the %s corrected = %q, the first one's; want a new one", name, got)
		}
	}
}

// FuzzSubject writes a message with any subject and reads it back: the
// message stays 7-bit with CRLF lines of at most 998 bytes, and the subject
// decodes to what went in (white space collapsed, as Compose does).
func FuzzSubject(f *testing.F) {
	for _, s := range []string{"Daily papers", "Zoë's Papers — daily: Crème brûlée", strings.Repeat("long ", 40),
		"=?utf-8?q?not_really?=", "tab\there", "日本語のタイトル" + strings.Repeat("あ", 60), "a\"b\\c", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, subject string) {
		if !utf8.ValidString(subject) {
			return
		}
		subject = strings.Join(strings.Fields(subject), " ")
		m := &Message{From: netmail.Address{Name: "D", Address: "d@example.org"}, Subject: subject, Date: time.Unix(0, 0),
			ID: "digest-x", Host: "example.org", ListName: "L", ListID: "l.example.org", Text: "t\n", HTML: "<p>h</p>"}
		data, err := m.Bytes("a@example.org")
		if err != nil {
			t.Fatal(err)
		}
		for i, c := range data {
			if c >= 0x80 || c == '\n' && (i == 0 || data[i-1] != '\r') {
				t.Fatalf("byte %d is %#x: not 7-bit CRLF text", i, c)
			}
		}
		head, _, _ := bytes.Cut(data, []byte("\r\n\r\n"))
		for _, l := range bytes.Split(head, []byte("\r\n")) {
			if len(l) > 998 {
				t.Fatalf("header line of %d bytes", len(l))
			}
		}
		msg, err := netmail.ReadMessage(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		got, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
		if err != nil || got != subject {
			t.Errorf("subject %q came back as %q (%v)", subject, got, err)
		}
	})
}

// TestBytesRefusesHeaderInjection: Bytes writes no header value that
// could end its header and start another, whatever a library caller put
// into the message, and says which header and why; the build's check of
// site.yaml refuses the same listId and unsubscribe values.
func TestBytesRefusesHeaderInjection(t *testing.T) {
	tests := []struct {
		name   string
		modify func(m *Message)
		to     string
		want   string
	}{
		{"List-Id line break", func(m *Message) { m.ListID = "digest.example.org>\r\nBcc: all@example.org" }, "", `email header List-Id: "digest.example.org>\r\nBcc: all@example.org" is not a dot-atom`},
		{"List-Id angle", func(m *Message) { m.ListID = "a>b" }, "", "email header List-Id: "},
		{"List-Unsubscribe angle", func(m *Message) { m.Unsubscribe = []string{"https://x.org/a>, <https://evil.example/"} }, "", `email header List-Unsubscribe: "https://x.org/a>, <https://evil.example/" has ">"`},
		{"List-Unsubscribe line break", func(m *Message) { m.Unsubscribe = []string{"mailto:a@x.org\r\nBcc: all@example.org"} }, "", "email header List-Unsubscribe: "},
		{"List-Archive space", func(m *Message) { m.Archive = "https://x.org/a b" }, "", `email header List-Archive: "https://x.org/a b" has " "`},
		{"From", func(m *Message) { m.From.Address = "d@example.org\r\nBcc: all@example.org" }, "", "email header From: the sender: "},
		{"Message-ID", func(m *Message) { m.Host = "example.org>\r\nBcc: all@example.org" }, "", "email header Message-ID: "},
		{"To line break", func(*Message) {}, "a@example.org\r\nBcc: all@example.org", "email header To: "},
		{"To with a name", func(*Message) {}, "Ada <ada@example.org>", `email header To: "Ada <ada@example.org>" is not a bare address`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := &Message{From: netmail.Address{Name: "D", Address: "d@example.org"}, Subject: "S", Date: time.Unix(0, 0),
				ID: "digest-x", Host: "example.org", ListName: "L", ListID: "l.example.org",
				Unsubscribe: []string{"mailto:leave@example.org"}, Archive: "https://example.org/archive/", Text: "t\n", HTML: "<p>h</p>"}
			if _, err := m.Bytes("ada@example.org"); err != nil {
				t.Fatalf("Bytes of the valid message: %v", err)
			}
			tt.modify(m)
			data, err := m.Bytes(tt.to)
			var he *HeaderError
			if err == nil || !errors.As(err, &he) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Bytes = %v, want a HeaderError with %q", err, tt.want)
			}
			if bytes.Contains(data, []byte("Bcc")) {
				t.Errorf("Bytes wrote the injected header:\n%s", data)
			}
		})
	}
}

// FuzzHeaders writes a message with any sender name, subject, list name,
// List-Id identifier, unsubscribe URL and recipient. Bytes either refuses
// it with a *HeaderError, only for an identifier, URL or address the
// rules refuse or one too long for a line, or writes a message that is
// 7-bit with CRLF lines, whose header lines keep to 998 characters, that
// has exactly its own headers (nothing a value added), and whose names and
// subject read back as they went in.
func FuzzHeaders(f *testing.F) {
	long := strings.Repeat("x", 200)
	for _, s := range [][6]string{
		{"Paper Digest", "Daily papers", "Paper Digest", "digest.example.org", "mailto:leave@example.org", "ada@example.org"},
		{"Zoë, Digest", "Zoë's Papers — daily", "Zoë's \"Papers\" (daily)", "a.b", "https://example.org/u?id=1&l=2", ""},
		{strings.Repeat("N", 1200), "Re: " + long, long + " " + long, "x." + long, "https://example.org/" + long, "ada@example.org"},
		{"D", "S", "L", "digest.example.org", "https://example.org/" + strings.Repeat("u", 980), "ada@example.org"},
		{"D\r\nBcc: all@example.org", "S\r\nBcc: all@example.org", "L\nX: y", "l.example.org>\r\nBcc: x", "mailto:a@x.org\r\nBcc: b@x.org", "a@x.org\r\nBcc: b@x.org"},
		{"", "", "", "", "", strings.Repeat("a", 250) + "@example.org"},
		{"Ada (ML) Digest: Papers, Weekly", "S", "L", "l.example.org", "mailto:a@example.org", ""}, // a name as mailheader.Address takes it, unquoted
		{"=?utf-8?q?Bob?=", "Is P =?utf-8?q?NP?= or not", "=?x?q?y?=", "l.example.org", "mailto:a@example.org", ""},
		{"日本語の名前" + strings.Repeat("あ", 400), strings.Repeat("長い", 300), "\t", "-", "http://h/", "b@c"},
	} {
		f.Add(s[0], s[1], s[2], s[3], s[4], s[5])
	}
	f.Fuzz(func(t *testing.T, name, subject, listName, listID, unsub, to string) {
		if !utf8.ValidString(name + subject + listName) {
			return
		}
		subject = strings.Join(strings.Fields(subject), " ") // as Compose collapses it
		m := &Message{From: netmail.Address{Name: name, Address: "d@example.org"}, Subject: subject, Date: time.Unix(0, 0),
			ID: "digest-x", Host: "example.org", ListName: listName, ListID: listID, Unsubscribe: []string{unsub},
			Archive: "https://example.org/archive/", Text: "t\n", HTML: "<p>h</p>"}
		data, err := m.Bytes(to)
		if err != nil {
			var he *HeaderError
			if !errors.As(err, &he) {
				t.Fatalf("Bytes = %v, want a *HeaderError", err)
			}
			ok := mailheader.ListID(listID) == nil && mailheader.URL(unsub) == nil
			if a, rerr := Recipient(to); ok && (to == "" || rerr == nil && a == to) {
				t.Fatalf("Bytes refused values the rules accept: %v", err)
			}
			return
		}
		for i, c := range data {
			if c >= 0x80 || c == '\n' && (i == 0 || data[i-1] != '\r') || c == '\r' && (i+1 == len(data) || data[i+1] != '\n') {
				t.Fatalf("byte %d is %#x: not 7-bit CRLF text", i, c)
			}
		}
		head, _, _ := bytes.Cut(data, []byte("\r\n\r\n"))
		for l := range bytes.SplitSeq(head, []byte("\r\n")) {
			if len(l) > 998 {
				t.Fatalf("header line of %d bytes: %.100q…", len(l), l)
			}
		}
		msg, err := netmail.ReadMessage(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		want := []string{"Content-Type", "Date", "From", "List-Archive", "List-Id", "List-Unsubscribe", "Message-Id", "Mime-Version", "Precedence", "Subject", "To"}
		if got := slices.Sorted(maps.Keys(msg.Header)); !slices.Equal(got, want) {
			t.Fatalf("headers %v, want %v", got, want)
		}
		dec := new(mime.WordDecoder)
		if got, err := dec.DecodeHeader(msg.Header.Get("Subject")); err != nil || got != subject {
			t.Errorf("subject %q came back as %q (%v)", subject, got, err)
		}
		if from, err := msg.Header.AddressList("From"); err != nil || len(from) != 1 || from[0].Name != name || from[0].Address != "d@example.org" {
			t.Errorf("From %q read back as %v (%v), want %q <d@example.org>", msg.Header.Get("From"), from, err, name)
		}
		id := msg.Header.Get("List-Id")
		if !strings.HasSuffix(id, " <"+listID+">") {
			t.Errorf("List-Id %q, want it to end in <%s>", id, listID)
		}
	})
}

// TestPlainText: the text part alone (--out FILE.txt) has no
// format=flowed soft breaks, neither the two spaces that end a line
// broken at a space nor the one that ends a line broken between two
// Japanese characters, and its quotes "> ".
func TestPlainText(t *testing.T) {
	tests := []struct{ text, want string }{
		{flow(wrap(20, "", "the quick brown fox jumps over the lazy dog")) + "\n", "the quick brown fox\njumps over the lazy\ndog\n"},
		{flow(wrap(12, "", "顿悟现象出现在数值稳定性的边缘。")) + "\n", "顿悟现象出现\n在数值稳定性\n的边缘。\n"},
		{quoteMark + " quoted\n", "> quoted\n"},
	}
	for _, tt := range tests {
		m := &Message{Text: tt.text}
		if got := m.PlainText(); got != tt.want {
			t.Errorf("PlainText of %q = %q, want %q", tt.text, got, tt.want)
		}
	}
}
