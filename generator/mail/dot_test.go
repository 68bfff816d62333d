package mail

import (
	"bytes"
	"context"
	"net"
	"slices"
	"sync"
	"testing"
	"time"
)

// deadlineConn is a connection that records each deadline set on it, and
// whether the message's final dot had gone out when it was set.
type deadlineConn struct {
	net.Conn
	mu      sync.Mutex
	written []byte
	set     []deadlineSet
}

// deadlineSet is one deadline set on a deadlineConn.
type deadlineSet struct {
	read, write bool      // which ways it applies to
	at          time.Time // the deadline
	afterDot    bool      // the last bytes written were a message's end, CRLF . CRLF
}

func (c *deadlineConn) Write(b []byte) (int, error) {
	c.mu.Lock()
	c.written = append(c.written, b...)
	c.mu.Unlock()
	return c.Conn.Write(b)
}

func (c *deadlineConn) record(read, write bool, t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.set = append(c.set, deadlineSet{read, write, t, bytes.HasSuffix(c.written, []byte("\r\n.\r\n"))})
}

func (c *deadlineConn) SetDeadline(t time.Time) error {
	c.record(true, true, t)
	return c.Conn.SetDeadline(t)
}

func (c *deadlineConn) SetReadDeadline(t time.Time) error {
	c.record(true, false, t)
	return c.Conn.SetReadDeadline(t)
}

func (c *deadlineConn) SetWriteDeadline(t time.Time) error {
	c.record(false, true, t)
	return c.Conn.SetWriteDeadline(t)
}

// TestDotReplyDeadline: once a message's final dot has gone out, the
// Sender waits for the server's reply as long as RFC 5321 §4.5.3.2.6 says
// (10 minutes), or its DotTimeout, not its general Timeout, which a server
// delivering the message may take longer than: a reply missed then
// leaves the message MAYBE SENT. The deadlines are counted from a clock
// the test sets, and read off the connection, not waited for.
func TestDotReplyDeadline(t *testing.T) {
	m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now().Add(time.Hour) // later than the test runs, so no deadline passes
	for _, c := range []struct {
		dot  time.Duration
		want time.Duration
	}{{0, 10 * time.Minute}, {3 * time.Minute, 3 * time.Minute}} {
		be := &capture{user: "user", pass: "secret"}
		s := testSender(serve(t, be, nil), &sleeps{})
		s.DotTimeout = c.dot
		s.clock = func() time.Time { return start }
		var conn *deadlineConn
		s.dial = func(ctx context.Context, addr string) (net.Conn, error) {
			raw, err := (&net.Dialer{}).DialContext(ctx, "tcp", addr)
			if err != nil {
				return nil, err
			}
			conn = &deadlineConn{Conn: raw}
			return conn, nil
		}
		r := s.Send(context.Background(), m, []string{"ada@example.org"})
		if r.Results[0].Status != Sent {
			t.Fatalf("DotTimeout %v: %s (%v)", c.dot, r.Results[0].Status, r.Results[0].Err)
		}
		conn.mu.Lock()
		set := slices.Clone(conn.set)
		conn.mu.Unlock()
		i := slices.IndexFunc(set, func(d deadlineSet) bool { return d.afterDot })
		if i < 1 {
			t.Fatalf("DotTimeout %v: no deadline set after the final dot, or none before it: %+v", c.dot, set)
		}
		if got := set[i]; !got.read || !got.at.Equal(start.Add(c.want)) {
			t.Errorf("DotTimeout %v: after the dot, deadline %+v, want a read deadline %v after the clock", c.dot, got, c.want)
		}
		if before := set[i-1]; before.afterDot || !before.at.Equal(start.Add(s.Timeout)) {
			t.Errorf("DotTimeout %v: the message's deadline %+v, want Timeout (%v) after the clock", c.dot, before, s.Timeout)
		}
	}
}
