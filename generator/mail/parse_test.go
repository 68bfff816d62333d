package mail

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	netmail "net/mail"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// part is one MIME part of a received message.
type part struct {
	mediaType string
	charset   string
	encoding  string // Content-Transfer-Encoding as sent
	body      string // decoded
}

// parsed is a received message, read back with net/mail and mime/multipart.
type parsed struct {
	header netmail.Header
	parts  []part
}

// parseMessage reads data as an RFC 5322 multipart/alternative message and
// checks what every message must satisfy: 7-bit bytes, CRLF line ends,
// lines within 998 bytes, two parts (text then HTML) in quoted-printable
// that decode to UTF-8.
func parseMessage(t *testing.T, data []byte) parsed {
	t.Helper()
	for i, c := range data {
		if c >= 0x80 {
			t.Fatalf("byte %d of the message is %#x; a message must be 7-bit", i, c)
		}
		if c == '\n' && (i == 0 || data[i-1] != '\r') {
			t.Fatalf("byte %d of the message is a bare LF; lines must end in CRLF", i)
		}
	}
	for i, l := range bytes.Split(data, []byte("\r\n")) {
		if len(l) > 998 {
			t.Fatalf("line %d is %d bytes long, more than RFC 5322's 998", i+1, len(l))
		}
	}
	msg, err := netmail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		t.Fatalf("net/mail.ReadMessage: %v", err)
	}
	mt, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil || mt != "multipart/alternative" {
		t.Fatalf("Content-Type = %q (%v), want multipart/alternative", msg.Header.Get("Content-Type"), err)
	}
	out := parsed{header: msg.Header}
	mr := multipart.NewReader(msg.Body, params["boundary"])
	for {
		p, err := mr.NextRawPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("multipart: %v", err)
		}
		pt, pp, err := mime.ParseMediaType(p.Header.Get("Content-Type"))
		if err != nil {
			t.Fatalf("part Content-Type %q: %v", p.Header.Get("Content-Type"), err)
		}
		x := part{mediaType: pt, charset: pp["charset"], encoding: p.Header.Get("Content-Transfer-Encoding")}
		body, err := io.ReadAll(quotedprintable.NewReader(p))
		if err != nil {
			t.Fatalf("part %s: quoted-printable: %v", pt, err)
		}
		if !utf8.Valid(body) {
			t.Fatalf("part %s is not valid UTF-8", pt)
		}
		x.body = strings.ReplaceAll(string(body), "\r\n", "\n")
		out.parts = append(out.parts, x)
	}
	if len(out.parts) != 2 || out.parts[0].mediaType != "text/plain" || out.parts[1].mediaType != "text/html" {
		t.Fatalf("parts = %+v, want text/plain then text/html", out.parts)
	}
	for _, p := range out.parts {
		if p.charset != "utf-8" || p.encoding != "quoted-printable" {
			t.Errorf("part %s: charset %q, encoding %q; want utf-8 and quoted-printable", p.mediaType, p.charset, p.encoding)
		}
	}
	return out
}

// text and html are the decoded bodies.
func (p parsed) text() string { return p.parts[0].body }
func (p parsed) html() string { return p.parts[1].body }

// htmlLinks returns every URL-valued attribute of the HTML part.
func htmlLinks(t *testing.T, doc string) []string {
	t.Helper()
	root, err := html.Parse(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for _, a := range n.Attr {
			switch a.Key {
			case "href", "src", "action", "cite", "poster", "background":
				out = append(out, a.Val)
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	return out
}

// checkLinks fails unless every link of the HTML part is an absolute
// http(s) or mailto URL, every URL in the text part is absolute, and the
// site's base path never appears without its host.
func checkLinks(t *testing.T, p parsed, base string) {
	t.Helper()
	links := htmlLinks(t, p.html())
	if len(links) == 0 {
		t.Fatal("the HTML part has no links")
	}
	for _, l := range links {
		u, err := url.Parse(l)
		if err != nil || !u.IsAbs() || (u.Scheme != "https" && u.Scheme != "http" && u.Scheme != "mailto") || (u.Scheme != "mailto" && u.Host == "") {
			t.Errorf("HTML link %q is not absolute", l)
		}
	}
	b, _ := url.Parse(base)
	for name, body := range map[string]string{"text": p.text(), "html": p.html()} {
		if n, abs := strings.Count(body, b.Path), strings.Count(body, base); n != abs {
			t.Errorf("the %s part has %d mentions of the base path %s but only %d of the base URL %s: a relative link", name, n, b.Path, abs, base)
		}
	}
	for _, u := range regexp.MustCompile(`[a-z]+://\S+`).FindAllString(p.text(), -1) {
		if !strings.HasPrefix(u, "https://") && !strings.HasPrefix(u, "http://") {
			t.Errorf("text URL %q is not http(s)", u)
		}
	}
}
