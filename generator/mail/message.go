package mail

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	netmail "net/mail"
	"net/textproto"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/internal/mailheader"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// Message is a composed digest, ready to be written for any recipient.
type Message struct {
	From        netmail.Address
	Subject     string
	Preheader   string
	Date        time.Time      // the Date header: noon UTC of the digest's day, which Sender replaces with the time of sending
	ID          string         // the digest part of the Message-ID: "digest-2024-06-04"
	Host        string         // the Message-ID's domain: the site's host after its base path (siteDomain)
	ListName    string         // the List-Id phrase
	ListID      string         // the List-Id identifier
	Unsubscribe []string       // the List-Unsubscribe URLs
	Archive     string         // the List-Archive URL
	Text        string         // the plain-text part, lines ending in "\n"; format=flowed (DelSp=yes) before space-stuffing: a line that ends in a space continues on the next, less that space, and a block quote's lines start with a quoteMark a level, which spaceStuff writes ">"
	HTML        string         // the HTML part
	Papers      int            // how many papers the parts list, for Warnings
	LeftOut     []*model.Paper // the papers whose figure the HTML part leaves out, an SVG (shownInMail), for Warnings
}

// MessageID is the message's Message-ID for the recipient to (with angle
// brackets): "<digest-2024-06-04.1f2e3d4c5b6a7988@papers.example.org>"
// for the site https://example.org/papers/, its hash taken from the
// recipient and the message's subject and parts. It depends only on the
// digest, the site (its host and base path, so two lists on one host
// differ), the recipient and what the message says, so sending the same
// message twice lets mail systems spot the duplicate, and --out gives the
// same bytes for the same sources; a corrected digest sent again
// (--resend) gets a new one, where Gmail dropped it as a duplicate of the
// first. With to empty the hash is of the message alone.
func (m *Message) MessageID(to string) string {
	h := sha256.New()
	for _, s := range []string{strings.ToLower(to), m.Subject, m.Text, m.HTML} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return "<" + m.ID + "." + hex.EncodeToString(h.Sum(nil)[:8]) + "@" + m.Host + ">"
}

// PlainText is the text part as a file of its own, for a newsletter
// provider's plain-text field: its block quotes "> ", as any mail reader
// shows them, and no format=flowed soft breaks (trailing spaces, one or,
// after a space in the text, two), which a provider's own message does
// not mark flowed.
func (m *Message) PlainText() string {
	lines := strings.Split(m.Text, "\n")
	for i, l := range lines {
		if rest := strings.TrimLeft(l, quoteMark); rest != l {
			l = strings.Repeat(">", (len(l)-len(rest))/len(quoteMark)) + rest
		}
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// HTMLSize is the size in bytes of the HTML part as sent, quoted-printable.
func (m *Message) HTMLSize() int {
	var n byteCount
	qp := quotedprintable.NewWriter(&n)
	qp.Write([]byte(m.HTML))
	qp.Close()
	return int(n)
}

// byteCount is a writer that counts the bytes written to it.
type byteCount int

func (n *byteCount) Write(p []byte) (int, error) {
	*n += byteCount(len(p))
	return len(p), nil
}

// boundary is the MIME boundary: a hash of both parts. It starts with "=_",
// which quoted-printable text never contains, so it cannot occur in a part.
func (m *Message) boundary() string {
	h := sha256.New()
	h.Write([]byte(m.Text))
	h.Write([]byte{0})
	h.Write([]byte(m.HTML))
	return "=_pb_" + hex.EncodeToString(h.Sum(nil)[:16])
}

// HeaderError is a value Message.Bytes will not write into a header: one
// that could break it or add another header (a line break, a space, < or
// >), or that no line of it could hold.
type HeaderError struct {
	Header string // "List-Id"
	Err    error  // what is wrong and what to do
}

func (e *HeaderError) Error() string { return "email header " + e.Header + ": " + e.Err.Error() }
func (e *HeaderError) Unwrap() error { return e.Err }

// Check reports the values of m that Bytes would refuse for any
// recipient, each a *HeaderError: a List-Id identifier or a List-* URL
// that the rules of site.yaml's newsletter: refuse (mailheader, which
// the build's check of site.yaml asks too), a From address that is not a
// plain ASCII address, and a Message-ID whose parts are not dot-atoms.
func (m *Message) Check() error {
	var errs []error
	add := func(header string, err error) {
		if err != nil {
			errs = append(errs, &HeaderError{header, err})
		}
	}
	if _, err := mailheader.Address(m.From.Address, mailheader.FromHint); err != nil {
		add("From", fmt.Errorf("the sender: %w", err))
	}
	if !mailheader.DotAtom(m.ID) || !mailheader.DotAtom(m.Host) {
		add("Message-ID", fmt.Errorf("%q and %q must be dot-atoms (letters, digits and - between dots); give the site a baseURL with a plain host name", m.ID, m.Host))
	}
	add("List-Id", mailheader.ListID(m.ListID))
	for _, u := range m.Unsubscribe {
		add("List-Unsubscribe", mailheader.URL(u))
	}
	if m.Archive != "" {
		add("List-Archive", mailheader.URL(m.Archive))
	}
	return errors.Join(errs...)
}

// Bytes writes the message for the recipient address to (a bare address;
// "" writes "To: undisclosed-recipients:;") as RFC 5322 text with CRLF
// line ends, 7-bit clean. It refuses, with a *HeaderError, a message that
// Check refuses and a recipient that is not a bare address, rather than
// write a header value that could add a header of its own.
func (m *Message) Bytes(to string) ([]byte, error) {
	if err := m.Check(); err != nil {
		return nil, err
	}
	if to != "" {
		if a, err := Recipient(to); err != nil {
			return nil, &HeaderError{"To", err}
		} else if a != to {
			return nil, &HeaderError{"To", fmt.Errorf("%q is not a bare address; give the address alone, like ada@example.org", to)}
		}
	}
	var b bytes.Buffer
	var long error
	header := func(name, value string) {
		h := fold(name + ": " + value)
		for l := range strings.SplitSeq(h, "\r\n") {
			if len(l) > maxHardLine && long == nil {
				long = &HeaderError{name, fmt.Errorf("it would have a line of %d characters, and an email's lines hold at most %d (RFC 5322); shorten it", len(l), maxHardLine)}
			}
		}
		b.WriteString(h)
		b.WriteString("\r\n")
	}
	if m.From.Name == "" {
		header("From", "<"+m.From.Address+">")
	} else {
		header("From", phrase(m.From.Name)+" <"+m.From.Address+">")
	}
	if to == "" {
		header("To", "undisclosed-recipients:;")
	} else {
		header("To", (&netmail.Address{Address: to}).String())
	}
	header("Subject", encodeText(m.Subject))
	header("Date", m.Date.UTC().Format(time.RFC1123Z))
	header("Message-ID", m.MessageID(to))
	header("List-Id", phrase(m.ListName)+" <"+m.ListID+">")
	if len(m.Unsubscribe) > 0 {
		header("List-Unsubscribe", "<"+strings.Join(m.Unsubscribe, ">, <")+">")
	}
	if m.Archive != "" {
		header("List-Archive", "<"+m.Archive+">")
	}
	header("Precedence", "bulk")
	header("MIME-Version", "1.0")
	if long != nil {
		return nil, long
	}
	bd := m.boundary()
	header("Content-Type", mime.FormatMediaType("multipart/alternative", map[string]string{"boundary": bd}))
	b.WriteString("\r\n")

	mw := multipart.NewWriter(&b)
	if err := mw.SetBoundary(bd); err != nil {
		panic(err) // the boundary is made of allowed characters
	}
	// Quoted-printable keeps the flowed part's trailing spaces: a space
	// before a line break is written =20, which no server strips.
	for _, p := range []struct{ typ, body string }{{flowedType, spaceStuff(m.Text)}, {"text/html; charset=utf-8", m.HTML}} {
		w, _ := mw.CreatePart(textproto.MIMEHeader{
			"Content-Type":              {p.typ},
			"Content-Transfer-Encoding": {"quoted-printable"},
		})
		qp := quotedprintable.NewWriter(w)
		qp.Write([]byte(p.body)) // writes to a bytes.Buffer do not fail
		qp.Close()
	}
	mw.Close()
	return b.Bytes(), nil
}

// encodeText encodes the unstructured header text s: RFC 2047 encoded
// words when plain ASCII will not do (see ownWords), else s itself.
func encodeText(s string) string {
	if mime.QEncoding.Encode("utf-8", s) != s || !ownWords(s) {
		return qWords(s)
	}
	return s
}

// ownWords reports whether the printable ASCII text s can stand in a
// header as it is: none of its words is too long to fold on a line of
// maxLine after a header's name, and it has no "=?", which a reader would
// take for the start of an encoded word ("Is P =?utf-8?q?NP?=" read as
// "Is P NP").
func ownWords(s string) bool {
	if strings.Contains(s, "=?") {
		return false
	}
	for w := range strings.SplitSeq(s, " ") {
		if len(w) > maxLine-len("Subject: ") {
			return false
		}
	}
	return true
}

// qWords encodes s as RFC 2047 Q encoded words of at most 66 bytes,
// separated by spaces so that fold can break the line between them, and
// each line keeps to RFC 2047's 76 characters, the first with its header's
// name ("Reply-To: "). They
// keep to the characters an encoded word in a phrase may hold (RFC 2047
// §5(3): letters, digits, !*+-/, _ for a space, =XX for any other byte),
// so they serve in a display name as in unstructured text, and no
// character's bytes are split between two words.
func qWords(s string) string {
	const prefix, suffix, max = "=?utf-8?q?", "?=", maxEncodedLine - len("Reply-To: ")
	var out []string
	var w, enc strings.Builder
	for i := 0; i < len(s); {
		_, n := utf8.DecodeRuneInString(s[i:])
		enc.Reset()
		for _, c := range []byte(s[i : i+n]) {
			switch {
			case c == ' ':
				enc.WriteByte('_')
			case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', strings.IndexByte("!*+-/", c) >= 0:
				enc.WriteByte(c)
			default:
				fmt.Fprintf(&enc, "=%02X", c)
			}
		}
		i += n
		if len(prefix)+w.Len()+enc.Len()+len(suffix) > max {
			out = append(out, prefix+w.String()+suffix)
			w.Reset()
		}
		w.WriteString(enc.String())
	}
	return strings.Join(append(out, prefix+w.String()+suffix), " ")
}

// phrase writes s as an RFC 5322 display name: a quoted string, or RFC 2047
// encoded words when s is not printable ASCII or not ownWords (a quoted
// string cannot be folded inside a word, and mail programs decode
// encoded words inside one too). The encoded
// words are qWords', which a display name may hold: mime.QEncoding leaves
// a comma, a quote or an apostrophe as it is ("Zoë, Digest" came out as
// =?utf-8?q?Zo=C3=AB,_Digest?=), which a strict reader splits into two
// addresses or refuses.
func phrase(s string) string {
	if mime.QEncoding.Encode("utf-8", s) != s || !ownWords(s) {
		return qWords(s)
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// maxLine is the line length RFC 5322 asks header lines to keep to, and
// maxHardLine the length no line may pass (RFC 5322 §2.1.1).
const (
	maxLine     = 78
	maxHardLine = 998
)

// maxEncodedLine is the length of a header line that holds an encoded
// word (RFC 2047 §2).
const maxEncodedLine = 76

// fold breaks the header line h at spaces so each line keeps to maxLine,
// or maxEncodedLine when h holds an encoded word, where a space after the
// first word of the value allows; unfolding (removing the CRLFs) gives h
// back.
func fold(h string) string {
	limit := maxLine
	if strings.Contains(h, "=?") {
		limit = maxEncodedLine
	}
	if len(h) <= limit {
		return h
	}
	words := strings.Split(h, " ")
	var b strings.Builder
	col := 0
	for i, w := range words {
		if i > 0 {
			if i > 1 && col+1+len(w) > limit && col > 0 {
				b.WriteString("\r\n")
				col = 0
			}
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += len(w)
	}
	return b.String()
}
