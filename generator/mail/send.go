package mail

import (
	"cmp"
	"context"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"net/smtp"
	"net/textproto"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/internal/retry"
)

// Sender delivers a message to each recipient over SMTP, one message per
// recipient, reusing one connection while it stays healthy.
type Sender struct {
	SMTP      SMTPConfig
	Interval  time.Duration // the least time between two messages (a rate limit); 0 for none
	Retries   int           // further attempts after a temporary failure
	Backoff   time.Duration // the wait before the first retry; it doubles with each retry, up to an hour
	Timeout   time.Duration // the limit on one connection setup, or on one message up to its final dot; 0 means one minute
	LocalName string        // the name sent with EHLO; "" means "localhost"
	Log       io.Writer     // one line per event as sending goes on (addresses masked, as in WriteSummary), or nil
	// Sources names where each recipient of Send's and DryRun's to was
	// given ("list.txt:8", "--to 2"), for the log and the summary, which
	// show addresses only masked; nil, or "", names one by its place, #3.
	Sources []string

	// DotTimeout is how long to wait for the server's reply to a
	// message's final dot, which a server may take minutes to give while
	// it delivers or queues the message; 0 means RFC 5321 §4.5.3.2.6's 10
	// minutes (DefaultDotTimeout). A reply that comes too late leaves the
	// message MAYBE SENT and not retried, so a shorter wait would report a
	// slow server's delivered messages as maybe sent.
	DotTimeout time.Duration

	// TLS configures STARTTLS; nil verifies the server's certificate for SMTP.Host.
	TLS *tls.Config
	// Sleep waits d or until ctx is done; nil uses a timer. Tests replace it.
	Sleep func(ctx context.Context, d time.Duration) error
	// Now is the clock of each message's Date header, the time it is sent
	// (Message.Date, the digest's day, is for files); nil is time.Now.
	Now func() time.Time
	// dial connects to addr and clock is the time deadlines count from:
	// tests replace them; nil dials TCP and reads time.Now.
	dial  func(ctx context.Context, addr string) (net.Conn, error)
	clock func() time.Time
}

// failure classes of a delivery error.
type class int

const (
	temporary   class = iota // 4xx or a network error: retry
	permanent                // 5xx for this message: report, go on with the next recipient
	fatal                    // the server or the settings cannot work: stop
	unconfirmed              // the message went out whole but no reply came: it may have been delivered, so it is not sent again
)

// setupError is a failure to open a usable session (connect, greet,
// STARTTLS, authenticate).
type setupError struct {
	class class
	err   error
}

func (e *setupError) Error() string { return e.err.Error() }
func (e *setupError) Unwrap() error { return e.err }

// unconfirmedError is a failure after the message's final dot went out
// and before the server's reply to it came in (the connection dropped, or
// the reply was garbled or late). The server takes a message when it has
// the dot, and says so in that reply (RFC 5321 §4.1.1.4), so the message
// may have been delivered: sending it again could deliver it twice (RFC
// 1047), so it is reported and not retried.
type unconfirmedError struct{ err error }

func (e *unconfirmedError) Error() string {
	return "end of DATA: no reply after the whole message went out (" + e.err.Error() + ")"
}
func (e *unconfirmedError) Unwrap() error { return e.err }

// Send delivers m to every recipient in to, in order, and reports what
// became of each. It never stops silently: when the server cannot be used
// or ctx ends, the remaining recipients are reported as not attempted.
func (s *Sender) Send(ctx context.Context, m *Message, to []string) *Report {
	r := &Report{Server: s.SMTP.Addr(), Digest: m.ID}
	if err := m.Check(); err != nil {
		s.skip(r, m, to, 0, err)
		return r
	}
	sess := &session{s: s}
	defer sess.close()
	var last time.Time // when the previous message's first attempt began
	for i, rcpt := range to {
		if i > 0 {
			// Interval is between the starts of two messages, so the
			// time a server takes over one counts towards it.
			if err := s.sleep(ctx, s.Interval-s.since(last)); err != nil {
				s.skip(r, m, to, i, err)
				return r
			}
		}
		last = s.instant()
		res := Result{To: rcpt, Source: s.source(i), MessageID: m.MessageID(rcpt)}
		for {
			res.Attempts++
			err := sess.deliver(ctx, m, rcpt)
			if err == nil {
				res.Status = Sent
				s.logf("sent #%d of %d", i+1, len(to))
				break
			}
			c := classify(err)
			if ctx.Err() != nil && c != unconfirmed { // stopped after the dot: it may still have been delivered
				err, c = ctx.Err(), fatal
			}
			if c == temporary && res.Attempts <= s.Retries {
				wait := retry.Backoff(s.Backoff, res.Attempts)
				s.logf("temporary failure for %s: %v; retrying in %v", recipient(res.Source, rcpt), err, wait)
				if serr := s.sleep(ctx, wait); serr != nil {
					err, c = serr, fatal
				} else {
					continue
				}
			}
			res.Status, res.Err, res.class = Failed, err, c
			if c == unconfirmed {
				res.Status = Unconfirmed
				s.logf("may have been delivered to %s, so not sent again: %v", recipient(res.Source, rcpt), err)
				break
			}
			s.logf("failed for %s: %v", recipient(res.Source, rcpt), err)
			break
		}
		r.Results = append(r.Results, res)
		var se *setupError
		if res.Status == Failed && (res.class == fatal || errors.As(res.Err, &se)) {
			s.skip(r, m, to, i+1, res.Err)
			return r
		}
	}
	return r
}

// Login opens a session as Send would (connect, greet, TLS, authenticate),
// starts a transaction from the sender from and resets it, and quits
// without sending anything, so a dry run finds a wrong host, port,
// password or sender. It makes one attempt.
func (s *Sender) Login(ctx context.Context, from string) error {
	sess := &session{s: s}
	defer sess.close()
	if err := sess.open(ctx); err != nil {
		return err
	}
	if err := sess.mailFrom(from); err != nil {
		return err
	}
	return sess.c.Reset()
}

// DryRun reports what Send would do without connecting to anything; Login
// tries the connection.
func (s *Sender) DryRun(m *Message, to []string) *Report {
	r := &Report{Server: s.SMTP.Addr(), Digest: m.ID, DryRun: true}
	for i, rcpt := range to {
		res := Result{To: rcpt, Source: s.source(i), MessageID: m.MessageID(rcpt), Status: WouldSend}
		data, err := m.Bytes(rcpt)
		if err != nil {
			res.Status, res.Err, res.class = Failed, err, permanent
		}
		res.Size = len(data)
		r.Results = append(r.Results, res)
	}
	return r
}

// classify sorts a delivery error into temporary, permanent or fatal.
func classify(err error) class {
	var se *setupError
	if errors.As(err, &se) {
		return se.class
	}
	var ue *unconfirmedError
	if errors.As(err, &ue) {
		return unconfirmed
	}
	var he *HeaderError
	if errors.As(err, &he) {
		return permanent // a message Paperboy will not write: no retry changes it
	}
	var te *textproto.Error
	if errors.As(err, &te) {
		if te.Code >= 400 && te.Code < 500 {
			return temporary
		}
		return permanent
	}
	return temporary // the connection broke: try again on a new one
}

func (s *Sender) sleep(ctx context.Context, d time.Duration) error {
	if s.Sleep != nil {
		return s.Sleep(ctx, d)
	}
	if d <= 0 {
		return ctx.Err()
	}
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-t.C:
		return nil
	}
}

// source names the recipient to[i] as Sources says, else by its place.
func (s *Sender) source(i int) string {
	if i < len(s.Sources) && s.Sources[i] != "" {
		return s.Sources[i]
	}
	return fmt.Sprintf("#%d", i+1)
}

// skip records every recipient in to from the i-th on as not attempted
// because of err.
func (s *Sender) skip(r *Report, m *Message, to []string, i int, err error) {
	for ; i < len(to); i++ {
		r.Results = append(r.Results, Result{To: to[i], Source: s.source(i), MessageID: m.MessageID(to[i]), Status: NotAttempted, Err: err})
	}
}

func (s *Sender) logf(format string, args ...any) {
	if s.Log != nil {
		fmt.Fprintf(s.Log, format+"\n", args...)
	}
}

func (s *Sender) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Sender) timeout() time.Duration {
	if s.Timeout > 0 {
		return s.Timeout
	}
	return time.Minute
}

// DefaultDotTimeout is how long a Sender waits for the reply to a
// message's final dot unless its DotTimeout says otherwise: RFC 5321
// §4.5.3.2.6's 10 minutes.
const DefaultDotTimeout = 10 * time.Minute

func (s *Sender) dotTimeout() time.Duration {
	if s.DotTimeout > 0 {
		return s.DotTimeout
	}
	return DefaultDotTimeout
}

// instant returns the time now by clock, which deadlines and the rate
// limit count from (Now is the Date header's).
func (s *Sender) instant() time.Time {
	if s.clock != nil {
		return s.clock()
	}
	return time.Now()
}

// since returns the time from t to now, by clock.
func (s *Sender) since(t time.Time) time.Duration { return s.instant().Sub(t) }

// deadline returns the time d from now, by clock.
func (s *Sender) deadline(d time.Duration) time.Time { return s.instant().Add(d) }

// session is one SMTP connection, opened when first needed.
type session struct {
	s       *Sender
	conn    net.Conn
	c       *smtp.Client
	stop    func() bool // unregisters the close-on-cancel hook
	carried int         // the messages sent on this connection
}

// deliver sends m to rcpt in one mail transaction. A connection that has
// carried messages and that the server ends with a 421 ("421 4.7.0 Too
// many messages on this connection, closing", as many providers do after
// some number) is replaced at once, and the transaction tried on the new
// one, without a word: it was reported as a sender the server refuses
// "for now, and so every recipient", and waited for, each time. Only what
// the new connection says is reported; a 421 on it is a refusal.
func (ss *session) deliver(ctx context.Context, m *Message, rcpt string) error {
	reused := ss.c != nil && ss.carried > 0
	err := ss.try(ctx, m, rcpt)
	if reused && closing(err) {
		err = ss.try(ctx, m, rcpt)
	}
	return err
}

// closing reports whether err is a server's 421 reply, which ends the
// connection (RFC 5321 §3.8).
func closing(err error) bool {
	var te *textproto.Error
	return errors.As(err, &te) && te.Code == 421
}

// try is one attempt of deliver, on the session's connection or, when it
// has none, a new one.
func (ss *session) try(ctx context.Context, m *Message, rcpt string) error {
	if ss.c == nil {
		if err := ss.open(ctx); err != nil {
			ss.close()
			return err
		}
	}
	ss.conn.SetDeadline(ss.s.deadline(ss.s.timeout()))
	err := ss.transaction(m, rcpt)
	if err == nil {
		ss.carried++
		return nil
	}
	if classify(err) == permanent && ss.c.Reset() == nil {
		return err // the connection is still good for the next recipient
	}
	ss.close()
	return err
}

func (ss *session) transaction(m *Message, rcpt string) error {
	sent := *m
	sent.Date = ss.s.now()
	msg, err := sent.Bytes(rcpt)
	if err != nil {
		return err
	}
	if err := ss.mailFrom(m.From.Address); err != nil {
		return err
	}
	if err := ss.c.Rcpt(rcpt); err != nil {
		return fmt.Errorf("RCPT TO: %w", reply(err))
	}
	return ss.data(msg)
}

// mailFrom starts a transaction from the sender from. A refusal of the
// sender is one of every recipient, so it stops the sending as a refused
// connection does, a setupError: for good (5xx), fatal; for now (4xx, a
// provider's rate limit, "421 Try again later"), temporary, retried for
// this recipient only and, if it lasts, the rest left NOT SENT, where
// trying each in turn hammered a server that asked to be left alone.
func (ss *session) mailFrom(from string) error {
	err := ss.c.Mail(from)
	if err == nil {
		return nil
	}
	var te *textproto.Error
	switch {
	case errors.As(err, &te) && te.Code >= 500:
		return &setupError{fatal, fmt.Errorf("MAIL FROM: %w: the server refuses the sender %s, newsletter.from in content/site.yaml; use an address that %s lets %s send from", reply(err), from, ss.s.SMTP.Host, cmp.Or(ss.s.SMTP.User, "you"))}
	case errors.As(err, &te) && te.Code >= 400:
		return &setupError{temporary, fmt.Errorf("MAIL FROM: %w: the server refuses the sender %s for now, and so every recipient; send again later to those not sent", reply(err), from)}
	}
	return fmt.Errorf("MAIL FROM: %w", reply(err))
}

// data sends msg with DATA. A failure before the final dot has gone out
// leaves nothing delivered (the server drops a message without its dot),
// and one that the server replies to (4xx, 5xx) says what became of it;
// only a failure after the dot and before any reply is an
// unconfirmedError. net/smtp's Data cannot tell these apart, since its
// Close ignores the error of writing the dot, so data speaks DATA through
// the client's textproto.Conn, which net/smtp exports for extensions.
func (ss *session) data(msg []byte) error {
	t := ss.c.Text
	id, err := t.Cmd("DATA")
	if err != nil {
		return fmt.Errorf("DATA: %w", err)
	}
	t.StartResponse(id)
	_, _, err = t.ReadResponse(354)
	t.EndResponse(id)
	if err != nil {
		return fmt.Errorf("DATA: %w", reply(err))
	}
	w := t.DotWriter()
	if _, err := w.Write(msg); err != nil {
		return fmt.Errorf("DATA: %w", err)
	}
	// An error here is the connection's, and a write that fails has not
	// written its last byte, the dot's line end: the dot did not go out.
	if err := w.Close(); err != nil {
		return fmt.Errorf("DATA: %w", err)
	}
	// The server may take minutes to deliver or queue the message before
	// it replies: wait as RFC 5321 §4.5.3.2.6 says, not Timeout.
	ss.conn.SetReadDeadline(ss.s.deadline(ss.s.dotTimeout()))
	if _, _, err := t.ReadResponse(250); err != nil {
		var te *textproto.Error
		if errors.As(err, &te) {
			return fmt.Errorf("end of DATA: %w", reply(err))
		}
		return &unconfirmedError{err}
	}
	return nil
}

// replyError is a server's reply, written as the server sent it: "550
// 5.1.1 no such mailbox".
type replyError struct{ reply *textproto.Error }

func (e replyError) Error() string {
	return fmt.Sprintf("%03d %s", e.reply.Code, addressRE.ReplaceAllStringFunc(e.reply.Msg, Mask))
}

func (e replyError) Unwrap() error { return e.reply }

// addressRE matches what may be an address in a server's reply, which
// many servers quote ("550 5.1.1 <jane@example.org>: Recipient address
// rejected"): a log shows it masked, as it shows recipients.
var addressRE = regexp.MustCompile(`[^\s<>()\[\]"',;:@]+@[^\s<>()\[\]"',;:@]+`)

// reply wraps a *textproto.Error as a replyError; other errors pass.
func reply(err error) error {
	var te *textproto.Error
	if errors.As(err, &te) {
		return replyError{te}
	}
	return err
}

// open connects, greets, starts TLS (or, with SMTP.ImplicitTLS, speaks it
// from the first byte) and authenticates.
func (ss *session) open(ctx context.Context) error {
	cfg := ss.s.SMTP
	dial := ss.s.dial
	if dial == nil {
		d := net.Dialer{Timeout: ss.s.timeout()}
		dial = func(ctx context.Context, addr string) (net.Conn, error) { return d.DialContext(ctx, "tcp", addr) }
	}
	conn, err := dial(ctx, cfg.Addr())
	if err != nil {
		return &setupError{temporary, fmt.Errorf("connect to %s: %w", cfg.Addr(), err)}
	}
	ss.conn = conn
	ss.stop = context.AfterFunc(ctx, func() { conn.Close() })
	conn.SetDeadline(ss.s.deadline(ss.s.timeout()))
	tc := ss.s.TLS
	if tc == nil {
		tc = &tls.Config{ServerName: cfg.Host, MinVersion: tls.VersionTLS12}
	}
	if cfg.ImplicitTLS {
		tlsConn := tls.Client(conn, tc)
		if err := tlsConn.HandshakeContext(ctx); err != nil {
			return &setupError{fatal, fmt.Errorf("TLS with %s: %w; check %s and %s (%s=starttls for a server that starts in plain text)", cfg.Addr(), err, EnvHost, EnvPort, EnvTLS)}
		}
		ss.conn = tlsConn
	}
	c, err := smtp.NewClient(ss.conn, cfg.Host)
	var ne net.Error
	if !cfg.ImplicitTLS && errors.As(err, &ne) && ne.Timeout() {
		return &setupError{fatal, fmt.Errorf("greeting from %s: %w: the server said nothing; a server on port 465 expects TLS from the first byte: set %s=465 (or %s=implicit), or use the submission port 587 with STARTTLS", cfg.Addr(), err, EnvPort, EnvTLS)}
	}
	if err != nil {
		return setupFailure("greeting from "+cfg.Addr(), err)
	}
	ss.c = c
	if err := c.Hello(cmp.Or(ss.s.LocalName, "localhost")); err != nil {
		return setupFailure("EHLO", err)
	}
	if cfg.ImplicitTLS {
		// TLS from the first byte: nothing to start.
	} else if ok, _ := c.Extension("STARTTLS"); ok {
		if err := c.StartTLS(tc); err != nil {
			return &setupError{fatal, fmt.Errorf("STARTTLS with %s: %w; check %s", cfg.Addr(), err, EnvHost)}
		}
	} else if !cfg.Insecure {
		return &setupError{fatal, fmt.Errorf("%s does not offer STARTTLS, and Paperboy will not send passwords or mail in clear text; use your provider's submission port (587), or set %s=1 for a local test server", cfg.Addr(), EnvInsecure)}
	}
	if cfg.User != "" {
		ok, mechs := c.Extension("AUTH")
		if !ok {
			return &setupError{fatal, fmt.Errorf("%s does not offer authentication (AUTH); check %s and %s", cfg.Addr(), EnvHost, EnvPort)}
		}
		auth, err := chooseAuth(cfg, mechs)
		if err != nil {
			return &setupError{fatal, err}
		}
		if err := c.Auth(auth); err != nil {
			return setupFailure("authentication as "+cfg.User+" (check "+EnvUser+" and "+EnvPassword+")", err)
		}
	}
	return nil
}

// chooseAuth picks the login mechanism from those the server offers
// (EHLO's AUTH line, "LOGIN XOAUTH2"): PLAIN, else LOGIN, which Office
// 365 and Outlook.com offer alone. Both send the password as it is, so
// the session has TLS by then (or PAPERBOY_SMTP_INSECURE).
func chooseAuth(cfg SMTPConfig, offered string) (smtp.Auth, error) {
	mechs := strings.Fields(strings.ToUpper(offered))
	switch {
	case slices.Contains(mechs, "PLAIN"):
		return smtp.PlainAuth("", cfg.User, cfg.Password, cfg.Host), nil
	case slices.Contains(mechs, "LOGIN"):
		return &loginAuth{user: cfg.User, pass: cfg.Password}, nil
	}
	return nil, fmt.Errorf("%s offers to log in only by %s, and Paperboy logs in by PLAIN or LOGIN; use your provider's SMTP server for apps that log in with a password (check %s)", cfg.Addr(), cmp.Or(strings.Join(mechs, ", "), "no mechanism"), EnvHost)
}

// loginAuth is the LOGIN mechanism (draft-murchison-sasl-login): the
// server asks for the user name, then the password, each its own
// challenge ("Username:", "Password:", which a few servers word
// otherwise, so the order decides).
type loginAuth struct {
	user, pass string
	step       int
}

func (a *loginAuth) Start(*smtp.ServerInfo) (string, []byte, error) { return "LOGIN", nil, nil }

func (a *loginAuth) Next(challenge []byte, more bool) ([]byte, error) {
	if !more {
		return nil, nil
	}
	a.step++
	switch a.step {
	case 1:
		return []byte(a.user), nil
	case 2:
		return []byte(a.pass), nil
	}
	return nil, fmt.Errorf("AUTH LOGIN: the server asks for more than a user name and a password (%q)", challenge)
}

// setupFailure wraps an error of session setup: a 4xx reply is
// temporary, anything else stops sending.
func setupFailure(step string, err error) error {
	c := fatal
	var te *textproto.Error
	if errors.As(err, &te) && te.Code >= 400 && te.Code < 500 || !errors.As(err, &te) && isNetError(err) {
		c = temporary
	}
	return &setupError{c, fmt.Errorf("%s: %w", step, reply(err))}
}

// isNetError reports whether err is a broken or timed-out connection.
func isNetError(err error) bool {
	var ne net.Error
	return errors.As(err, &ne) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed)
}

// close ends the session, politely if it can.
func (ss *session) close() {
	if ss.c != nil {
		ss.conn.SetDeadline(ss.s.deadline(5 * time.Second))
		if ss.c.Quit() != nil {
			ss.c.Close()
		}
	} else if ss.conn != nil {
		ss.conn.Close()
	}
	if ss.stop != nil {
		ss.stop()
	}
	ss.c, ss.conn, ss.stop, ss.carried = nil, nil, nil, 0
}
