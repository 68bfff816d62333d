package mail

import (
	"bytes"
	"context"
	"mime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

// TestSendThroughServer sends the day's digest of the test site to two
// recipients through a real SMTP server on loopback and checks the bytes
// it received: envelope, headers, RFC 2047 subject, both parts in
// quoted-printable UTF-8, absolute links, and one login.
func TestSendThroughServer(t *testing.T) {
	be := &capture{user: "user", pass: "secret"}
	sl := &sleeps{}
	s := testSender(serve(t, be, nil), sl)
	site := testSite()
	m, err := compose(Selector{Kind: DayDigest, Key: "2024-03-14"}, testSettings(), site)
	if err != nil {
		t.Fatal(err)
	}
	to := []string{"ada@example.org", "Bob@Example.org"}
	r := s.Send(context.Background(), m, to)
	if err := r.Err(); err != nil {
		t.Fatalf("Send: %v\n%s", err, summary(r))
	}
	if got, want := sl.d, []time.Duration{s.Interval}; !waitsNear(got, want) {
		t.Errorf("waits = %v, want %v (the rate limit between two messages)", got, want)
	}
	if be.logins != 1 {
		t.Errorf("logins = %d, want 1 (one connection for both messages)", be.logins)
	}
	msgs := be.messages()
	if len(msgs) != 2 {
		t.Fatalf("the server got %d messages, want 2", len(msgs))
	}
	ids := map[string]bool{}
	for i, got := range msgs {
		if got.from != "digest@example.org" || !slices.Equal(got.to, []string{to[i]}) {
			t.Errorf("message %d: envelope %s → %v, want digest@example.org → [%s]", i, got.from, got.to, to[i])
		}
		p := parseMessage(t, got.data)
		h := p.header
		for _, name := range []string{"From", "To", "Subject", "Date", "Message-ID", "List-Id", "List-Unsubscribe", "List-Archive", "MIME-Version"} {
			if h.Get(name) == "" {
				t.Errorf("message %d: no %s header", i, name)
			}
		}
		raw := h.Get("Subject")
		if !strings.HasPrefix(raw, "=?utf-8?q?") {
			t.Errorf("raw Subject = %q, want RFC 2047 encoded words", raw)
		}
		subject, err := new(mime.WordDecoder).DecodeHeader(raw)
		if want := "Zoë's Papers — daily: Crème brûlée day (March\u00a014, 2024)"; err != nil || subject != want {
			t.Errorf("decoded Subject = %q (%v), want %q", subject, err, want)
		}
		from, err := h.AddressList("From")
		if err != nil || len(from) != 1 || from[0].Name != "Zoë Digest" || from[0].Address != "digest@example.org" {
			t.Errorf("From = %q → %v (%v), want Zoë Digest <digest@example.org>", h.Get("From"), from, err)
		}
		if rcpt, err := h.AddressList("To"); err != nil || len(rcpt) != 1 || rcpt[0].Address != to[i] {
			t.Errorf("To = %q, want %s", h.Get("To"), to[i])
		}
		if got, want := h.Get("List-Id"), `=?utf-8?q?Zo=C3=AB=27s_Papers_=E2=80=94_daily?= <repo.example.org>`; got != want {
			t.Errorf("List-Id = %q, want %q", got, want)
		}
		if got, want := h.Get("List-Unsubscribe"), "<mailto:leave@example.org>, <https://example.org/repo/subscribe/>"; got != want {
			t.Errorf("List-Unsubscribe = %q, want %q", got, want)
		}
		if got, want := h.Get("Date"), "Wed, 02 Dec 2026 06:31:05 +0000"; got != want {
			t.Errorf("Date = %q, want %q (the time of sending, not the digest's day)", got, want)
		}
		id := h.Get("Message-ID")
		if !strings.HasPrefix(id, "<digest-2024-03-14.") || !strings.HasSuffix(id, "@repo.example.org>") || ids[id] {
			t.Errorf("Message-ID = %q, want <digest-2024-03-14.HASH@repo.example.org>, one per recipient", id)
		}
		ids[id] = true
		if id != m.MessageID(to[i]) {
			t.Errorf("Message-ID = %q, want %q", id, m.MessageID(to[i]))
		}
		checkLinks(t, p, testBase)
		for _, want := range []string{"Crème brûlée day", "José\u00a0Núñez", "https://example.org/repo/papers/2403.00001/",
			"https://example.org/repo/days/feed.xml", "https://example.org/repo/days/2024-03-14/",
			"Unsubscribe: https://example.org/repo/subscribe/"} {
			if !strings.Contains(p.text(), want) {
				t.Errorf("text part lacks %q", want)
			}
		}
		for _, want := range []string{"Crème brûlée day", "José" + nameTailSpace + "Núñez", "&lt;script&gt;alert(1)&lt;/script&gt;",
			`href="https://example.org/repo/papers/2403.00001/"`, `href="https://example.org/repo/days/2024-03-15/"`,
			`href="https://example.org/repo/days/2024-03-14/#fn1"`, `href="https://example.org/repo/days/atom.xml"`} {
			if !strings.Contains(p.html(), want) {
				t.Errorf("HTML part lacks %q", want)
			}
		}
		for _, bad := range []string{"<script", "onclick", "@import", "@font-face", "<link", "fonts.googleapis"} {
			if strings.Contains(strings.ToLower(p.html()), bad) {
				t.Errorf("HTML part contains %q", bad)
			}
		}
	}
}

// TestSendRetriesTemporaryFailure has the server answer 451 twice before
// accepting: Send retries after 1s and 2s and delivers on the third try.
func TestSendRetriesTemporaryFailure(t *testing.T) {
	be := &capture{user: "user", pass: "secret", rcpt: func(to string, try int) error {
		if try <= 2 {
			return tempErr("greylisted, try again later")
		}
		return nil
	}}
	sl := &sleeps{}
	s := testSender(serve(t, be, nil), sl)
	m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	r := s.Send(context.Background(), m, []string{"ada@example.org"})
	if err := r.Err(); err != nil {
		t.Fatalf("Send: %v\n%s", err, summary(r))
	}
	if got := r.Results[0]; got.Status != Sent || got.Attempts != 3 {
		t.Errorf("result = %s after %d attempts, want sent after 3", got.Status, got.Attempts)
	}
	if got, want := sl.d, []time.Duration{time.Second, 2 * time.Second}; !slices.Equal(got, want) {
		t.Errorf("back-off waits = %v, want %v", got, want)
	}
	if n := len(be.messages()); n != 1 {
		t.Errorf("the server got %d messages, want 1", n)
	}
}

// TestSendNoRetryAfterFinalDot: a connection that drops after the
// message's final dot, before the server's reply, may have delivered it
// (RFC 5321 §4.1.1.4), so that message gets exactly one attempt and is
// reported as MAYBE SENT with what to do, and sending goes on; one that
// drops before the dot (at RCPT) delivered nothing and is retried.
func TestSendNoRetryAfterFinalDot(t *testing.T) {
	be := &capture{user: "user", pass: "secret",
		rcpt: func(to string, try int) error {
			if to == "cat@example.org" && try == 1 {
				return errDrop
			}
			return nil
		},
		drop: func(to []string) bool { return slices.Contains(to, "bob@example.org") }}
	sl := &sleeps{}
	s := testSender(serve(t, be, nil), sl)
	s.Log = &strings.Builder{}
	m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	to := []string{"ada@example.org", "bob@example.org", "cat@example.org"}
	r := s.Send(context.Background(), m, to)
	want := []struct {
		status   Status
		attempts int
	}{{Sent, 1}, {Unconfirmed, 1}, {Sent, 2}}
	for i, w := range want {
		if got := r.Results[i]; got.Status != w.status || got.Attempts != w.attempts {
			t.Errorf("result %d = %s after %d attempts (%v), want %s after %d", i, got.Status, got.Attempts, got.Err, w.status, w.attempts)
		}
	}
	if n := len(be.droppedMessages()); n != 1 {
		t.Errorf("the server got bob's message %d times, want once", n)
	}
	if got, want := sl.d, []time.Duration{s.Interval, s.Interval, s.Backoff}; !waitsNear(got, want) {
		t.Errorf("waits = %v, want %v (no back-off for bob, one for cat)", got, want)
	}
	if n := len(be.messages()); n != 2 {
		t.Errorf("the server accepted %d messages, want 2 (ada's, cat's)", n)
	}
	sum := summary(r)
	for _, want := range []string{
		"Sent 2 of 3 messages of digest-2024-03-15",
		"MAYBE SENT #2 b•••@example.org: end of DATA: no reply after the whole message went out (",
		"; the server may have delivered it, so it was not sent again\n",
	} {
		if !strings.Contains(sum, want) {
			t.Errorf("summary lacks %q:\n%s", want, sum)
		}
	}
	if err := r.Err(); err == nil || !strings.Contains(err.Error(), "1 of 3 messages may have been delivered") || strings.Contains(err.Error(), "were not sent;") {
		t.Errorf("Err() = %v, want 1 of 3 messages may have been delivered, and none not sent", err)
	}
	if log := s.Log.(*strings.Builder).String(); !strings.Contains(log, "may have been delivered to #2 b•••@example.org, so not sent again") {
		t.Errorf("log lacks bob's message:\n%s", log)
	}
}

// TestSendCancelledAfterFinalDot: a run stopped (Ctrl-C, the job's
// timeout) while the server holds a message's final dot reports that
// message as MAYBE SENT, not FAILED, whose advice to send again would
// give the reader a second copy; the rest are not sent.
func TestSendCancelledAfterFinalDot(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	be := &capture{user: "user", pass: "secret", drop: func([]string) bool { cancel(); return true }}
	s := testSender(serve(t, be, nil), &sleeps{})
	m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	r := s.Send(ctx, m, []string{"a@example.org", "b@example.org"})
	if got := []Status{r.Results[0].Status, r.Results[1].Status}; !slices.Equal(got, []Status{Unconfirmed, NotAttempted}) {
		t.Errorf("statuses = %v, want [MAYBE SENT NOT SENT]\n%s", got, summary(r))
	}
	if n := len(be.droppedMessages()); n != 1 {
		t.Errorf("the server got the message %d times, want once", n)
	}
}

// TestSendReportsPermanentFailure has the server refuse one recipient with
// 550 and fail a data transfer with 451 for good: the others still get
// their message, the refused one is not retried, and the summary says so.
func TestSendReportsPermanentFailure(t *testing.T) {
	be := &capture{user: "user", pass: "secret",
		rcpt: func(to string, _ int) error {
			if to == "gone@example.org" {
				return permErr("<" + to + ">: no such mailbox") // as Postfix quotes it
			}
			return nil
		},
		data: func(to []string, _ int) error {
			if slices.Contains(to, "busy@example.org") {
				return tempErr("mailbox busy")
			}
			return nil
		}}
	sl := &sleeps{}
	s := testSender(serve(t, be, nil), sl)
	s.Retries = 1
	s.Log = &strings.Builder{}
	m, err := compose(Selector{Kind: WeekDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	to := []string{"ada@example.org", "gone@example.org", "busy@example.org", "zoe@example.org"}
	r := s.Send(context.Background(), m, to)
	want := []struct {
		status   Status
		attempts int
	}{{Sent, 1}, {Failed, 1}, {Failed, 2}, {Sent, 1}}
	for i, w := range want {
		if got := r.Results[i]; got.To != to[i] || got.Status != w.status || got.Attempts != w.attempts {
			t.Errorf("result %d = %s %s after %d attempts, want %s %s after %d", i, got.To, got.Status, got.Attempts, to[i], w.status, w.attempts)
		}
	}
	if r.Err() == nil || !strings.Contains(r.Err().Error(), "2 of 4 messages were not sent") {
		t.Errorf("Err() = %v, want 2 of 4 messages were not sent", r.Err())
	}
	sum := summary(r)
	for _, line := range []string{
		"Sent 2 of 4 messages of digest-2024-W11 via 127.0.0.1:",
		"FAILED     #2 g•••@example.org: RCPT TO: 550 5.1.1 <g•••@example.org>: no such mailbox (permanent; not retried)",
		"FAILED     #3 b•••@example.org: end of DATA: 451 4.3.0 mailbox busy (temporary; gave up after 2 attempts)",
	} {
		if !strings.Contains(sum, line) {
			t.Errorf("summary lacks %q:\n%s", line, sum)
		}
	}
	if got := strings.Count(sum, "\n"); got != 3 {
		t.Errorf("summary has %d lines, want 3 (the count and the two failures):\n%s", got, sum)
	}
	log := s.Log.(*strings.Builder).String() + sum
	for _, a := range to {
		if strings.Contains(log, a) {
			t.Errorf("the log or the summary has the address %s:\n%s", a, log)
		}
	}
	if got := len(be.messages()); got != 2 {
		t.Errorf("the server got %d messages, want 2", got)
	}
}

// TestSendStopsOnFatalSetup covers what no retry can fix: wrong
// credentials, a server without STARTTLS. Nothing is sent, and every
// recipient is in the report.
func TestSendStopsOnFatalSetup(t *testing.T) {
	tests := []struct {
		name   string
		modify func(*Sender)
		want   string
	}{
		{"bad password", func(s *Sender) { s.SMTP.Password = "wrong" }, "authentication as user (check PAPERBOY_SMTP_USER and PAPERBOY_SMTP_PASSWORD): 535 5.7.8 bad credentials"},
		{"no STARTTLS", func(s *Sender) { s.SMTP.Insecure = false }, "does not offer STARTTLS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			be := &capture{user: "user", pass: "secret"}
			s := testSender(serve(t, be, nil), &sleeps{})
			tt.modify(s)
			m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
			if err != nil {
				t.Fatal(err)
			}
			r := s.Send(context.Background(), m, []string{"a@example.org", "b@example.org", "c@example.org"})
			if got := []Status{r.Results[0].Status, r.Results[1].Status, r.Results[2].Status}; !slices.Equal(got, []Status{Failed, NotAttempted, NotAttempted}) {
				t.Errorf("statuses = %v, want [FAILED NOT SENT NOT SENT]", got)
			}
			if r.Results[0].Attempts != 1 {
				t.Errorf("attempts = %d, want 1 (no retry)", r.Results[0].Attempts)
			}
			if sum := summary(r); !strings.Contains(sum, tt.want) || !strings.Contains(sum, "NOT SENT   2 recipients, #2 b•••@example.org to #3 c•••@example.org: ") {
				t.Errorf("summary lacks %q or the two not sent:\n%s", tt.want, sum)
			}
			if n := len(be.messages()); n != 0 {
				t.Errorf("the server got %d messages, want none", n)
			}
		})
	}
}

// TestSendNamesSources: with Sources, the log and the summary name each
// recipient by where it was given, the list's line, so that the curator
// finds those not sent among addresses that mask alike (r•••@example.org).
func TestSendNamesSources(t *testing.T) {
	be := &capture{user: "user", pass: "secret",
		rcpt: func(to string, try int) error {
			if to == "rosa@example.org" {
				return permErr("mailbox full")
			}
			return nil
		}}
	s := testSender(serve(t, be, nil), &sleeps{})
	s.Log = &strings.Builder{}
	s.Sources = []string{"--to address 1", "list.txt:8", "list.txt:9"}
	m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	to := []string{"ruth@example.org", "rosa@example.org", "ryan@example.org"}
	r := s.Send(context.Background(), m, to)
	if want := "  FAILED     list.txt:8 r•••@example.org: RCPT TO: 550 5.1.1 mailbox full (permanent; not retried)\n"; !strings.Contains(summary(r), want) {
		t.Errorf("summary lacks %q:\n%s", want, summary(r))
	}
	if log := s.Log.(*strings.Builder).String(); !strings.Contains(log, "failed for list.txt:8 r•••@example.org: ") {
		t.Errorf("log lacks rosa's line:\n%s", log)
	}
	s.SMTP.Password = "wrong" // stops at the first: the others are not sent
	if want := "NOT SENT   2 recipients, list.txt:8 r•••@example.org to list.txt:9 r•••@example.org: "; !strings.Contains(summary(s.Send(context.Background(), m, to)), want) {
		t.Errorf("summary after a failed login lacks %q", want)
	}
	if want := "would send list.txt:9 r•••@example.org ("; !strings.Contains(summary(s.DryRun(m, to)), want) {
		t.Errorf("dry run's summary lacks %q", want)
	}
}

// TestSendSTARTTLS sends over STARTTLS to a server with a self-signed
// certificate the client trusts: the default, secure path.
func TestSendSTARTTLS(t *testing.T) {
	srvTLS, cliTLS := selfSigned(t)
	be := &capture{user: "user", pass: "secret"}
	s := testSender(serve(t, be, srvTLS), &sleeps{})
	s.SMTP.Insecure = false
	s.TLS = cliTLS
	m, err := compose(Selector{Kind: MonthDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	r := s.Send(context.Background(), m, []string{"ada@example.org"})
	if err := r.Err(); err != nil {
		t.Fatalf("Send: %v\n%s", err, summary(r))
	}
	if n := len(be.messages()); n != 1 {
		t.Fatalf("the server got %d messages, want 1", n)
	}
	parseMessage(t, be.messages()[0].data)

	s.TLS = nil // the system roots do not trust the test certificate
	r = s.Send(context.Background(), m, []string{"ada@example.org"})
	if r.Results[0].Status != Failed || !strings.Contains(r.Results[0].Err.Error(), "STARTTLS") {
		t.Errorf("with an untrusted certificate: %s %v, want a STARTTLS failure", r.Results[0].Status, r.Results[0].Err)
	}
}

// TestSendUnreachable gives up on a server that refuses connections after
// the retries and reports the rest as not sent.
func TestSendUnreachable(t *testing.T) {
	be := &capture{}
	port := serve(t, be, nil)
	sl := &sleeps{}
	s := testSender(port, sl)
	s.SMTP.Port = 1 // nothing listens on port 1 of the loopback
	s.Retries = 2
	m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	r := s.Send(context.Background(), m, []string{"a@example.org", "b@example.org"})
	if got := []Status{r.Results[0].Status, r.Results[1].Status}; !slices.Equal(got, []Status{Failed, NotAttempted}) {
		t.Errorf("statuses = %v, want [FAILED NOT SENT]", got)
	}
	if r.Results[0].Attempts != 3 || !slices.Equal(sl.d, []time.Duration{time.Second, 2 * time.Second}) {
		t.Errorf("attempts = %d, waits %v; want 3 attempts after waits of 1s and 2s", r.Results[0].Attempts, sl.d)
	}
}

// TestSendCancelled stops when the context ends between messages.
func TestSendCancelled(t *testing.T) {
	be := &capture{user: "user", pass: "secret"}
	ctx, cancel := context.WithCancel(context.Background())
	s := testSender(serve(t, be, nil), &sleeps{})
	s.Sleep = func(context.Context, time.Duration) error { cancel(); return context.Canceled }
	m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	r := s.Send(ctx, m, []string{"a@example.org", "b@example.org", "c@example.org"})
	if got := []Status{r.Results[0].Status, r.Results[1].Status, r.Results[2].Status}; !slices.Equal(got, []Status{Sent, NotAttempted, NotAttempted}) {
		t.Errorf("statuses = %v, want [sent NOT SENT NOT SENT]", got)
	}
	if n := len(be.messages()); n != 1 {
		t.Errorf("the server got %d messages, want 1", n)
	}
}

// TestDryRun lists what would be sent without connecting.
func TestDryRun(t *testing.T) {
	s := &Sender{SMTP: SMTPConfig{Host: "smtp.example.org", Port: 587}}
	m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	r := s.DryRun(m, []string{"a@example.org"})
	if r.Err() != nil {
		t.Errorf("dry run Err() = %v, want nil", r.Err())
	}
	sum := summary(r)
	for _, want := range []string{"Dry run: would send 1 message of digest-2024-03-15 via smtp.example.org:587; nothing was sent.", "would send #1 a•••@example.org ("} {
		if !strings.Contains(sum, want) {
			t.Errorf("summary lacks %q:\n%s", want, sum)
		}
	}
}

func TestMask(t *testing.T) {
	for in, want := range map[string]string{
		"jane@example.org":       "j•••@example.org",
		"j@example.org":          "j•••@example.org",
		"Zoë.x@Mail.Example.org": "Z•••@Mail.Example.org",
		"@example.org":           "•••@example.org",
		"no-at":                  "n•••",
		"":                       "•••",
	} {
		if got := Mask(in); got != want {
			t.Errorf("Mask(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLogin: a dry run's login attempt finds a wrong password, and sends
// nothing either way.
func TestLogin(t *testing.T) {
	be := &capture{user: "user", pass: "secret"}
	s := testSender(serve(t, be, nil), &sleeps{})
	if err := s.Login(context.Background(), "digest@example.org"); err != nil {
		t.Errorf("Login = %v, want nil", err)
	}
	be.from = func(from string) error {
		if from != "digest@example.org" {
			return permErr("<" + from + ">: Sender address rejected: not owned by user")
		}
		return nil
	}
	want := "MAIL FROM: 550 5.1.1 <o•••@example.org>: Sender address rejected: not owned by user: the server refuses the sender other@example.org, newsletter.from in content/site.yaml; use an address that 127.0.0.1 lets user send from"
	if err := s.Login(context.Background(), "other@example.org"); err == nil || err.Error() != want {
		t.Errorf("Login with a refused sender = %v, want %s", err, want)
	}
	s.SMTP.Password = "wrong"
	if err := s.Login(context.Background(), "digest@example.org"); err == nil || !strings.Contains(err.Error(), "535 5.7.8 bad credentials") {
		t.Errorf("Login with a wrong password = %v, want the server's 535", err)
	}
	if be.logins != 2 || len(be.messages()) != 0 {
		t.Errorf("logins %d, messages %d; want 2 and none", be.logins, len(be.messages()))
	}
}

// TestSendStopsOnRefusedSender: a sender the server refuses is refused
// for every recipient, so Send tries it for the first recipient only (once
// for good, a 5xx; with its retries for now, a 4xx such as a rate limit)
// and leaves the rest NOT SENT, not tried one after another.
func TestSendStopsOnRefusedSender(t *testing.T) {
	tests := []struct {
		name  string
		err   error
		froms int
		say   string
	}{
		{"for good", permErr("Sender address rejected"), 1, "the server refuses the sender digest@example.org, newsletter.from"},
		{"for now", tempErr("Try again later"), 4, "the server refuses the sender digest@example.org for now, and so every recipient"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			froms := 0
			be := &capture{user: "user", pass: "secret", from: func(string) error {
				froms++
				return tt.err
			}}
			s := testSender(serve(t, be, nil), &sleeps{})
			m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
			if err != nil {
				t.Fatal(err)
			}
			r := s.Send(context.Background(), m, []string{"a@example.org", "b@example.org", "c@example.org"})
			if froms != tt.froms || r.Count(Failed) != 1 || r.Count(NotAttempted) != 2 {
				t.Errorf("MAIL FROM tried %d times, %d failed, %d not attempted; want %d, 1 and 2:\n%s", froms, r.Count(Failed), r.Count(NotAttempted), tt.froms, summary(r))
			}
			if sum := summary(r); !strings.Contains(sum, tt.say) {
				t.Errorf("summary does not say %q:\n%s", tt.say, sum)
			}
		})
	}
}

// TestSendReconnectsAfterConnectionLimit: a server that ends each
// connection after two messages with "421 … closing" at the next MAIL
// FROM, as many providers do, gets every message, each on its first
// attempt, on a new connection at once, and the log says nothing of a
// refused sender or a retry; a 421 on a new connection is still told.
func TestSendReconnectsAfterConnectionLimit(t *testing.T) {
	be := &capture{user: "user", pass: "secret", perConn: 2}
	sl := &sleeps{}
	s := testSender(serve(t, be, nil), sl)
	log := &strings.Builder{}
	s.Log = log
	m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	to := []string{"a@example.org", "b@example.org", "c@example.org", "d@example.org", "e@example.org"}
	r := s.Send(context.Background(), m, to)
	if err := r.Err(); err != nil || r.Count(Sent) != 5 {
		t.Fatalf("Send: %v, %d sent, want 5:\n%s", err, r.Count(Sent), summary(r))
	}
	for i, res := range r.Results {
		if res.Attempts != 1 {
			t.Errorf("result %d: %d attempts, want 1", i, res.Attempts)
		}
	}
	be.mu.Lock()
	logins := be.logins
	be.mu.Unlock()
	if logins != 3 {
		t.Errorf("%d logins, want 3 (a connection for every two messages)", logins)
	}
	if got := log.String(); strings.Contains(got, "refuses") || strings.Contains(got, "retrying") || strings.Contains(got, "421") {
		t.Errorf("the log tells of the connection limit:\n%s", got)
	}
	if want := []time.Duration{s.Interval, s.Interval, s.Interval, s.Interval}; !waitsNear(sl.d, want) {
		t.Errorf("waits = %v, want %v (no back-off)", sl.d, want)
	}

	// The same 421 on a connection that carried nothing is the server
	// refusing the sender for now, retried and told.
	be = &capture{user: "user", pass: "secret", from: func(string) error { return closingErr("Try again later") }}
	s = testSender(serve(t, be, nil), &sleeps{})
	r = s.Send(context.Background(), m, to[:2])
	if sum := summary(r); r.Count(Failed) != 1 || r.Results[0].Attempts != 4 || !strings.Contains(sum, "421 4.7.0 Try again later: the server refuses the sender") {
		t.Errorf("a 421 on a new connection: want 4 attempts and the sender refused for now:\n%s", sum)
	}
}

// TestSendImplicitTLS sends to a server that speaks TLS from the first
// byte (port 465's way), and a Sender that waits for a greeting in plain
// text there gives up at once with a hint, where it retried for minutes.
func TestSendImplicitTLS(t *testing.T) {
	srvTLS, cliTLS := selfSigned(t)
	be := &capture{user: "user", pass: "secret"}
	s := testSender(serveImplicitTLS(t, be, srvTLS), &sleeps{})
	s.SMTP.Insecure, s.SMTP.ImplicitTLS = false, true
	s.TLS = cliTLS
	m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	if r := s.Send(context.Background(), m, []string{"ada@example.org"}); r.Err() != nil {
		t.Fatalf("Send: %v\n%s", r.Err(), summary(r))
	}
	if n := len(be.messages()); n != 1 {
		t.Fatalf("the server got %d messages, want 1", n)
	}

	s.SMTP.ImplicitTLS = false
	s.Timeout = 300 * time.Millisecond
	r := s.Send(context.Background(), m, []string{"ada@example.org", "bob@example.org"})
	if got := r.Results[0]; got.Status != Failed || got.Attempts != 1 || !strings.Contains(got.Err.Error(), "expects TLS from the first byte: set PAPERBOY_SMTP_PORT=465") {
		t.Errorf("plain text to an implicit-TLS server: %s after %d attempts, %v; want FAILED after 1 with the port 465 hint", got.Status, got.Attempts, got.Err)
	}
}

// TestSendRefusesBadHeaders: a message whose List-Id could add a header
// is not sent to anyone, and every recipient is reported with the reason;
// a recipient that is not a bare address fails alone, without a retry.
func TestSendRefusesBadHeaders(t *testing.T) {
	be := &capture{user: "user", pass: "secret"}
	s := testSender(serve(t, be, nil), &sleeps{})
	m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	bad := *m
	bad.ListID = "x.org>\r\nBcc: all@example.org"
	r := s.Send(context.Background(), &bad, []string{"a@example.org", "b@example.org"})
	if got := []Status{r.Results[0].Status, r.Results[1].Status}; !slices.Equal(got, []Status{NotAttempted, NotAttempted}) || !strings.Contains(summary(r), "email header List-Id: ") {
		t.Errorf("statuses = %v, want [NOT SENT NOT SENT] with the List-Id's error:\n%s", got, summary(r))
	}
	r = s.Send(context.Background(), m, []string{"a@example.org\r\nBcc: all@example.org", "b@example.org"})
	if got := r.Results[0]; got.Status != Failed || got.Attempts != 1 || !strings.Contains(summary(r), "email header To: ") {
		t.Errorf("bad recipient: %s after %d attempts, want FAILED after 1 with the To header's error:\n%s", got.Status, got.Attempts, summary(r))
	}
	if r.Results[1].Status != Sent {
		t.Errorf("the next recipient: %s, want sent", r.Results[1].Status)
	}
	for _, msg := range be.messages() {
		if bytes.Contains(msg.data, []byte("Bcc")) || len(msg.to) != 1 || msg.to[0] != "b@example.org" {
			t.Errorf("the server got a message to %v:\n%s", msg.to, msg.data)
		}
	}
}

// waitsNear reports whether the waits got are those of want, where a
// rate limit's wait (under a second) may be less, as it counts from the
// start of the previous message (TestRateCountsSendingTime); a back-off
// is exact.
func waitsNear(got, want []time.Duration) bool {
	return slices.EqualFunc(got, want, func(g, w time.Duration) bool {
		if w >= time.Second {
			return g == w
		}
		return g <= w
	})
}

// TestRateCountsSendingTime: --rate 2 is two messages a second, not a
// half-second pause after each: the time a server takes over one message
// counts towards the wait before the next.
func TestRateCountsSendingTime(t *testing.T) {
	var mu sync.Mutex
	now := time.Now()
	be := &capture{user: "user", pass: "secret", rcpt: func(string, int) error {
		mu.Lock()
		now = now.Add(300 * time.Millisecond) // the server takes 0.3 s over each message
		mu.Unlock()
		return nil
	}}
	sl := &sleeps{}
	s := testSender(serve(t, be, nil), sl)
	s.Interval = 500 * time.Millisecond
	s.clock = func() time.Time {
		mu.Lock()
		defer mu.Unlock()
		return now
	}
	m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
	if err != nil {
		t.Fatal(err)
	}
	if r := s.Send(context.Background(), m, []string{"a@example.org", "b@example.org", "c@example.org"}); r.Err() != nil {
		t.Fatal(r.Err())
	}
	if want := []time.Duration{200 * time.Millisecond, 200 * time.Millisecond}; !slices.Equal(sl.d, want) {
		t.Errorf("waits = %v, want %v (half a second from the start of each message)", sl.d, want)
	}
}

// TestSendLogsInByOfferedMechanism: Send logs in by PLAIN where the
// server offers it, by LOGIN where it offers LOGIN alone (Office 365),
// and where it offers neither it names what it offers, not the password.
func TestSendLogsInByOfferedMechanism(t *testing.T) {
	tests := []struct {
		mechs []string
		err   string // "" when it sends
	}{
		{[]string{"PLAIN", "LOGIN"}, ""},
		{[]string{"LOGIN", "XOAUTH2"}, ""},
		{[]string{"XOAUTH2"}, "offers to log in only by XOAUTH2, and Paperboy logs in by PLAIN or LOGIN"},
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.mechs, " "), func(t *testing.T) {
			be := &capture{user: "user", pass: "secret", mechs: tt.mechs}
			s := testSender(serve(t, be, nil), &sleeps{})
			m, err := compose(Selector{Kind: DayDigest}, testSettings(), testSite())
			if err != nil {
				t.Fatal(err)
			}
			r := s.Send(context.Background(), m, []string{"a@example.org", "b@example.org"})
			sum := summary(r)
			switch {
			case tt.err == "" && (r.Count(Sent) != 2 || be.logins != 1):
				t.Errorf("sent %d with %d logins, want 2 with 1:\n%s", r.Count(Sent), be.logins, sum)
			case tt.err != "" && (r.Count(Sent) != 0 || !strings.Contains(sum, tt.err) || strings.Contains(sum, "check PAPERBOY_SMTP_USER")):
				t.Errorf("summary = %s, want nothing sent and %q, not blaming the login", sum, tt.err)
			}
		})
	}
}
