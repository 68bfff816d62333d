package mail

import (
	"bytes"
	"io"
	"mime"
	"mime/multipart"
	netmail "net/mail"
	"slices"
	"strings"
	"testing"
)

// TestFlowedSurvivesQuotedPrintable: the plain-text part says
// format=flowed and DelSp=yes, and a reader that undoes quoted-printable
// and then format=flowed (RFC 3676 §4.1, §4.2, §4.4) gets each wrapped
// paragraph that starts at the margin back as one line, to wrap at its
// own width, a Japanese one with no space where it was broken, and
// every other line as it was: an indented block's lines (flowed text
// knows no indent), and one starting with a space, ">" or "From ",
// space-stuffed, comes back without the stuffing.
func TestFlowedSurvivesQuotedPrintable(t *testing.T) {
	m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	para := "Large language models are increasingly used as agents that plan and act over long horizons."
	ja := "今日は強化学習とマルチモーダルの論文が多く見られました。特に推論モデルの効率化に関する研究が興味深いです。"
	indented, hung := wrap(30, "    ", para), hang(30, " 1. ", para)
	m.Text = flow(tidyText("Title\n\n" + wrap(30, "", para) + "\n\n" + wrap(30, "", ja) + "\n\n" + indented + "\n\n" + hung + "\nFrom the lab:\n> not a quote\n  indented\n"))
	data, err := m.Bytes("ada@example.org")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(data, []byte("models are =20\r\nincreasingly")) {
		t.Errorf("a soft break after a space is not two spaces (\" =20\") at the end of a line in the message:\n%s", data)
	}
	body, params := plainPart(t, data)
	if params["format"] != "flowed" || params["delsp"] != "yes" || params["charset"] != "utf-8" {
		t.Errorf("text/plain parameters = %v, want format=flowed, delsp=yes and charset=utf-8", params)
	}
	got := unflow(body)
	want := slices.Concat([]string{"Title", "", para, "", ja, ""}, strings.Split(strings.ReplaceAll(indented, softBreak, ""), "\n"), []string{""},
		strings.Split(strings.ReplaceAll(hung, softBreak, ""), "\n"), []string{"From the lab:", "> not a quote", "  indented", ""})
	if !slices.Equal(got, want) {
		t.Errorf("unflowed text =\n%q\nwant\n%q", got, want)
	}
}

// plainPart returns the decoded text/plain part of the message data and
// its Content-Type's parameters.
func plainPart(t *testing.T, data []byte) (string, map[string]string) {
	t.Helper()
	msg, err := netmail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	_, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		t.Fatal(err)
	}
	part, err := multipart.NewReader(msg.Body, params["boundary"]).NextPart() // undoes quoted-printable
	if err != nil {
		t.Fatal(err)
	}
	typ, params, err := mime.ParseMediaType(part.Header.Get("Content-Type"))
	if err != nil || typ != "text/plain" {
		t.Fatalf("first part is %s (%v), want text/plain", typ, err)
	}
	body, err := io.ReadAll(part)
	if err != nil {
		t.Fatal(err)
	}
	return string(body), params
}

// unflow reads format=flowed text with DelSp=yes as RFC 3676 §4.1 and
// §4.2 say: each line loses one leading space (its stuffing), and a line
// ending in a space loses that space and is joined with the next.
func unflow(s string) []string {
	var out []string
	var cur strings.Builder
	for _, l := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") {
		l = strings.TrimPrefix(l, " ")
		flowed := strings.HasSuffix(l, " ")
		cur.WriteString(strings.TrimSuffix(l, " "))
		if !flowed {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	return out
}

// TestFlowedQuote: an intro's block quote reaches the plain-text part as
// format=flowed quoted lines (RFC 3676 §4.5), ">" a level and unstuffed,
// its wrapped lines flowing within the quote, while a line of text that
// starts with ">" is still stuffed, and no quote.
func TestFlowedQuote(t *testing.T) {
	m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	intro, err := textOf(`<blockquote><p>Attention is all you need, said the paper that started it all.</p><blockquote><p>&gt; 5 layers</p></blockquote></blockquote><p>&gt; not a quote</p>`, 40)
	if err != nil {
		t.Fatal(err)
	}
	m.Text = flow(tidyText(intro))
	data, err := m.Bytes("ada@example.org")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := plainPart(t, data)
	want := "> Attention is all you need, said the  \r\n> paper that started it all.\r\n>\r\n>> > 5 layers\r\n\r\n > not a quote\r\n"
	if body != want {
		t.Errorf("text part =\n%q\nwant\n%q", body, want)
	}
}
