// Package mailtest runs an SMTP server on a loopback port for tests of
// code that sends mail, as net/http/httptest does for HTTP: a go-smtp
// server for the test's own backend, closed when the test ends.
package mailtest

import (
	"crypto/tls"
	"io"
	"log"
	"net"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
)

// Serve starts a go-smtp server for b on a loopback port and returns the
// port; the server offers STARTTLS with tc when tc is not nil, or, when
// implicit, speaks TLS with tc from the first byte, as on port 465. It
// allows a login without TLS, and is closed when the test ends.
func Serve(t testing.TB, b smtp.Backend, tc *tls.Config, implicit bool) int {
	t.Helper()
	srv := smtp.NewServer(b)
	srv.Domain = "localhost"
	srv.AllowInsecureAuth = true
	srv.TLSConfig = tc
	srv.ErrorLog = log.New(io.Discard, "", 0)
	srv.ReadTimeout, srv.WriteTimeout = 10*time.Second, 10*time.Second
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	var ln net.Listener = l
	if implicit {
		ln = tls.NewListener(l, tc)
	}
	go func() {
		defer close(done)
		srv.Serve(ln)
	}()
	t.Cleanup(func() {
		// Closing the listener too ends a Serve that had not started when
		// srv.Close ran (a short test on a busy machine), which would
		// otherwise accept forever: one run hung until the 600 s timeout.
		srv.Close()
		l.Close()
		<-done
	})
	return l.Addr().(*net.TCPAddr).Port
}
