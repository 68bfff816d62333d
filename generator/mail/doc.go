// Package mail renders a digest as an email and delivers it over SMTP.
//
// Input: an indexed, immutable model.Site, a Selector naming the digest (a
// day's ranked papers, or a week's or month's top papers), the newsletter
// Settings and a Theme (the site's theme folder over the built-in theme).
// Output: a Message holding the subject, the preheader and the rendered
// plain-text and HTML bodies; Message.Bytes writes it for one recipient as
// an RFC 5322 message.
//
// The message is multipart/alternative: a text/plain part from the theme's
// email/digest.txt (text/template) and a text/html part from
// email/digest.html (html/template), both UTF-8 and quoted-printable, so
// the whole message is 7-bit. Header text outside ASCII, or with a word
// too long for a line, is encoded as RFC 2047 words and long header lines
// are folded; no header line passes RFC 5322's 998 characters, and
// Message.Bytes refuses a header value that could end its header or add
// one (Message.Check, HeaderError). Every link in both parts is
// absolute to the site's baseURL: the templates only get absolute URL
// functions, and the day's intro has its links resolved against the day's
// page.
//
// Output is deterministic: the Date header is the digest's day (a week's or
// month's newest day) at noon UTC (Sender dates a message it sends with
// the time of sending instead), the Message-ID is
// <digest-SLUG.HASH@DOMAIN> with HASH taken from the recipient's address
// and the message's subject and parts (a corrected digest sent again is a
// new message) and DOMAIN the site's host after its base path's folders (papers.host),
// and the MIME boundary is a hash of the bodies, so the same sources give
// byte-identical messages.
//
// Delivery (Sender) uses net/smtp: STARTTLS is required unless the SMTP
// settings say ImplicitTLS (TLS from the first byte, port 465) or Insecure, authentication is PLAIN, one message goes to each
// recipient, at most one message per Interval, temporary (4xx and network)
// failures are retried with doubling back-off and permanent (5xx) ones are
// reported. A connection lost after the message's final dot, before the
// server's reply, is never retried: the message may have been delivered.
// Every recipient ends in the Report as sent, failed, unconfirmed (maybe
// sent) or not attempted; nothing is dropped silently.
//
// A record (ParseRecord, Entry, Mailed) says which digests were mailed,
// when and with what outcome, and names no recipient: paperboy mail
// --record keeps one so that a digest goes out once, adding a line before
// the first message and one after the last.
package mail
