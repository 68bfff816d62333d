package mail

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"io"
	"math/big"
	"net"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/emersion/go-sasl"
	"github.com/emersion/go-smtp"

	"github.com/paperboy-digest/paperboy/generator/mail/mailtest"
)

// received is one message the capturing server accepted.
type received struct {
	from string
	to   []string
	data []byte
}

// capture is a go-smtp backend that keeps every message it accepts. Rcpt
// may answer with an error of the test's choosing, given how many times
// that recipient has been tried so far; Data may too, or close the
// connection once it has the whole message, before it replies.
type capture struct {
	user, pass string                           // required login; "" for none
	mechs      []string                         // the login mechanisms offered (PLAIN, LOGIN); nil is PLAIN
	from       func(from string) error          // nil accepts every sender
	rcpt       func(to string, try int) error   // nil accepts everyone
	data       func(to []string, try int) error // nil accepts every message
	drop       func(to []string) bool           // true: close the connection after the message's final dot, unanswered
	perConn    int                              // > 0: end a connection that took this many messages with a 421 at the next MAIL FROM
	mu         sync.Mutex
	msgs       []received
	dropped    []received // the messages whose connection drop closed
	tries      map[string]int
	dataTries  int
	logins     int
}

func (b *capture) NewSession(c *smtp.Conn) (smtp.Session, error) {
	return &session1{b: b, c: c}, nil
}

// messages returns what the server has accepted so far.
func (b *capture) messages() []received {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]received(nil), b.msgs...)
}

// droppedMessages returns the messages whose connection drop closed.
func (b *capture) droppedMessages() []received {
	b.mu.Lock()
	defer b.mu.Unlock()
	return append([]received(nil), b.dropped...)
}

// session1 is one SMTP session of capture.
type session1 struct {
	b       *capture
	c       *smtp.Conn
	authd   bool
	from    string
	to      []string
	carried int // the messages accepted on this connection
}

func (s *session1) AuthMechanisms() []string {
	if s.b.mechs != nil {
		return s.b.mechs
	}
	return []string{sasl.Plain}
}

func (s *session1) Auth(mech string) (sasl.Server, error) {
	check := func(user, pass string) error {
		if user != s.b.user || pass != s.b.pass {
			return &smtp.SMTPError{Code: 535, EnhancedCode: smtp.EnhancedCode{5, 7, 8}, Message: "bad credentials"}
		}
		s.authd = true
		s.b.mu.Lock()
		s.b.logins++
		s.b.mu.Unlock()
		return nil
	}
	if mech == "LOGIN" {
		return &loginServer{check: check}, nil
	}
	return sasl.NewPlainServer(func(_, user, pass string) error { return check(user, pass) }), nil
}

// loginServer is the server's side of AUTH LOGIN, which go-sasl no longer
// has: it asks for the user name, then the password.
type loginServer struct {
	check      func(user, pass string) error
	step       int
	user, pass string
}

func (l *loginServer) Next(response []byte) ([]byte, bool, error) {
	l.step++
	switch l.step {
	case 1:
		return []byte("Username:"), false, nil
	case 2:
		l.user = string(response)
		return []byte("Password:"), false, nil
	}
	l.pass = string(response)
	return nil, true, l.check(l.user, l.pass)
}

func (s *session1) Mail(from string, _ *smtp.MailOptions) error {
	if s.b.user != "" && !s.authd {
		return smtp.ErrAuthRequired
	}
	if s.b.perConn > 0 && s.carried >= s.b.perConn {
		return closingErr("Too many messages on this connection, closing")
	}
	if s.b.from != nil {
		if err := s.b.from(from); err != nil {
			return err
		}
	}
	s.from = from
	return nil
}

func (s *session1) Rcpt(to string, _ *smtp.RcptOptions) error {
	s.b.mu.Lock()
	if s.b.tries == nil {
		s.b.tries = map[string]int{}
	}
	s.b.tries[to]++
	try := s.b.tries[to]
	s.b.mu.Unlock()
	if s.b.rcpt != nil {
		if err := s.b.rcpt(to, try); err == errDrop {
			return s.c.Conn().Close()
		} else if err != nil {
			return err
		}
	}
	s.to = append(s.to, to)
	return nil
}

func (s *session1) Data(r io.Reader) error {
	data, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	s.b.mu.Lock()
	s.b.dataTries++
	try := s.b.dataTries
	s.b.mu.Unlock()
	if s.b.drop != nil {
		// Noted before drop is asked, as drop may stop the client (a
		// cancel), whose test then counts the dropped messages at once.
		s.b.mu.Lock()
		s.b.dropped = append(s.b.dropped, received{from: s.from, to: s.to, data: data})
		at := len(s.b.dropped) - 1
		s.b.mu.Unlock()
		if s.b.drop(s.to) {
			return s.c.Conn().Close() // the client has sent the final dot and gets no reply
		}
		s.b.mu.Lock()
		s.b.dropped = slices.Delete(s.b.dropped, at, at+1)
		s.b.mu.Unlock()
	}
	if s.b.data != nil {
		if err := s.b.data(s.to, try); err != nil {
			return err
		}
	}
	s.b.mu.Lock()
	s.b.msgs = append(s.b.msgs, received{from: s.from, to: s.to, data: data})
	s.b.mu.Unlock()
	s.carried++
	return nil
}

func (s *session1) Reset()        { s.from, s.to = "", nil }
func (s *session1) Logout() error { return nil }

// serve starts a go-smtp server for b on a loopback port, with STARTTLS
// when tc is not nil, and returns its port.
func serve(t *testing.T, b *capture, tc *tls.Config) int {
	t.Helper()
	return start(t, b, tc, false)
}

// serveImplicitTLS starts a go-smtp server for b on a loopback port that
// speaks TLS with tc from the first byte, as on port 465, and returns its
// port.
func serveImplicitTLS(t *testing.T, b *capture, tc *tls.Config) int {
	t.Helper()
	return start(t, b, tc, true)
}

// start starts the server of serve and serveImplicitTLS.
func start(t *testing.T, b *capture, tc *tls.Config, implicit bool) int {
	t.Helper()
	return mailtest.Serve(t, b, tc, implicit)
}

// sleeps records the waits of a Sender instead of waiting.
type sleeps struct {
	mu sync.Mutex
	d  []time.Duration
}

func (s *sleeps) sleep(ctx context.Context, d time.Duration) error {
	s.mu.Lock()
	s.d = append(s.d, d)
	s.mu.Unlock()
	return ctx.Err()
}

// testSender returns a Sender for the server on port that records its
// waits in sl: login user/secret, no STARTTLS needed, its clock stopped
// at 2026-12-02 07:31:05 CET.
func testSender(port int, sl *sleeps) *Sender {
	return &Sender{
		SMTP:     SMTPConfig{Host: "127.0.0.1", Port: port, User: "user", Password: "secret", Insecure: true},
		Interval: 100 * time.Millisecond,
		Retries:  3,
		Backoff:  time.Second,
		Timeout:  10 * time.Second,
		Sleep:    sl.sleep,
		Now:      func() time.Time { return time.Date(2026, 12, 2, 7, 31, 5, 0, time.FixedZone("CET", 3600)) },
	}
}

// selfSigned returns a server TLS config for 127.0.0.1 and a client
// config that trusts it.
func selfSigned(t *testing.T) (server, client *tls.Config) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1),
		Subject:      pkix.Name{CommonName: "paperboy test"},
		IPAddresses:  []net.IP{net.ParseIP("127.0.0.1")},
		NotBefore:    time.Now().Add(-time.Hour),
		NotAfter:     time.Now().Add(time.Hour),
		KeyUsage:     x509.KeyUsageDigitalSignature,
		ExtKeyUsage:  []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool := x509.NewCertPool()
	pool.AddCert(cert)
	return &tls.Config{Certificates: []tls.Certificate{{Certificate: [][]byte{der}, PrivateKey: key}}},
		&tls.Config{RootCAs: pool, ServerName: "127.0.0.1", MinVersion: tls.VersionTLS12}
}

// errDrop, from capture's rcpt, closes the connection unanswered.
var errDrop = errors.New("drop the connection")

// tempErr and permErr are SMTP replies of the test server.
func tempErr(msg string) error {
	return &smtp.SMTPError{Code: 451, EnhancedCode: smtp.EnhancedCode{4, 3, 0}, Message: msg}
}

// closingErr is a 421 reply, with which a server ends the connection.
func closingErr(msg string) error {
	return &smtp.SMTPError{Code: 421, EnhancedCode: smtp.EnhancedCode{4, 7, 0}, Message: msg}
}

func permErr(msg string) error {
	return &smtp.SMTPError{Code: 550, EnhancedCode: smtp.EnhancedCode{5, 1, 1}, Message: msg}
}

// summary is the report's summary as text.
func summary(r *Report) string {
	var b bytes.Buffer
	r.WriteSummary(&b)
	return b.String()
}
