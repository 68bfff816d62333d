package mail

import (
	"bytes"
	"errors"
	"mime"
	netmail "net/mail"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
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

func TestPhrase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Paperboy Digest", `"Paperboy Digest"`},
		{`The "Best" \ Papers`, `"The \"Best\" \\ Papers"`},
		{"Zoë", "=?utf-8?q?Zo=C3=AB?="},
	}
	for _, tt := range tests {
		if got := phrase(tt.in); got != tt.want {
			t.Errorf("phrase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMessageID(t *testing.T) {
	m := &Message{ID: "digest-2024-06-04", Host: "example.org"}
	a, b := m.MessageID("Ada@Example.org"), m.MessageID("ada@example.org")
	if a != b {
		t.Errorf("MessageID ignores case: %q != %q", a, b)
	}
	if c := m.MessageID("bob@example.org"); c == a {
		t.Errorf("MessageID(bob) = MessageID(ada) = %q, want one per recipient", c)
	}
	if got, want := m.MessageID(""), "<digest-2024-06-04@example.org>"; got != want {
		t.Errorf("MessageID(\"\") = %q, want %q", got, want)
	}
	if _, err := (&netmail.AddressParser{}).Parse(strings.Trim(a, "<>")); err != nil {
		t.Errorf("MessageID %q is not addr-spec shaped: %v", a, err)
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
		if strings.Contains(subject, "=?") {
			return // text that looks like an encoded word is ambiguous by RFC 2047's design
		}
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
