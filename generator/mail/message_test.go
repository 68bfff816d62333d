package mail

import (
	"bytes"
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
		data := m.Bytes("a@example.org")
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
