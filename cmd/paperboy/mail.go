package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"io"
	"io/fs"
	netmail "net/mail"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/mail"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

const mailUsage = `usage: paperboy mail [flags] (--out FILE | --send --to ADDR… | --send --to-file FILE)

Renders a digest as an email (plain text and HTML, links absolute to the
site): by default the newest day's ranked papers, or a given day, or a
week's or month's top papers. --out writes the message to a file; --send
delivers one message per recipient over SMTP with STARTTLS (TLS from the
first byte on port 465).

The SMTP server and login come from the environment, never from site.yaml:
  PAPERBOY_SMTP_HOST      the server (required for --send)
  PAPERBOY_SMTP_PORT      its submission port (default 587)
  PAPERBOY_SMTP_USER      the login (required for --send, but see INSECURE)
  PAPERBOY_SMTP_PASSWORD  the password (required with the login)
  PAPERBOY_SMTP_FROM      the sender, "Digest <digest@example.org>"
                          (overrides newsletter.from in site.yaml)
  PAPERBOY_SMTP_TLS       implicit (TLS from the first byte) or starttls;
                          default implicit on port 465, else starttls
  PAPERBOY_SMTP_INSECURE  1 to allow a server without STARTTLS (local tests),
                          and without a login when user and password are unset

Flags:
  -s, --source DIR      site folder (default ".")
  -b, --base-url URL    replace site.yaml's baseURL
      --date YYYY-MM-DD mail that day (default: the newest day); "today" and
                        "yesterday" (and "tomorrow") are days in UTC, for
                        a scheduled job
      --week [YYYY-Www] mail a week's top papers (default: the newest week,
                        which may be the current, partial one); "last"
                        is the last whole ISO week in UTC, for a
                        scheduled job
      --month [YYYY-MM] mail a month's top papers (default: the newest
                        month); "last" is the last whole month in UTC
      --intro FILE      open the email with FILE's Markdown, an editorial
                        note (a week's or month's, which have no day file),
                        in place of the day file's intro
      --out FILE        write the message (RFC 5322) to FILE; "-" for stdout;
                        FILE.html gets the HTML part alone and FILE.txt
                        the text part alone, for a newsletter provider
      --send            deliver over SMTP
      --to ADDR         a recipient; repeat it or separate addresses by
                        commas, semicolons or line breaks
      --to-file FILE    recipients, one address per line (# for comments,
                        after an address too), or a provider's CSV export
                        with an email column; "-" reads them from stdin
      --dry-run         with --send: check the settings, connect to the
                        server and log in, compose every message, but
                        send nothing
      --if-exists       when the site has no such day, week or month, say
                        so and exit 0 (a scheduled job on a day nothing
                        was imported); without it that is an error
      --record FILE     with --send: mail the digest only if FILE does
                        not say it was mailed, and add to FILE when the
                        sending starts and when it ends, so that each
                        digest goes out once (FILE need not exist yet;
                        a scheduled job keeps it between runs)
      --resend          with --record: mail the digest even if FILE says
                        it was mailed
  -q, --quiet           print nothing but errors and the messages not sent
      --rate N          send at most N messages per second (default 2)
      --retries N       retries after a temporary failure (default 3; waits
                        double from 2s)

With --out the Date header is the digest's day at noon UTC and the
Message-ID is made from the digest, the site, the recipient and what the
message says, so --out gives the same bytes every run (and a corrected
digest a new Message-ID); --send dates each message when it is sent.
Exit status 1 when any message was not sent (or not confirmed: MAYBE
SENT, never retried, as it may have been delivered); the summary lists each one
by where it was given, the --to-file's line or --to's place, and a masked
address (list.txt:3 j•••@example.org), never a whole address, since a CI
job's log may be public.`

// now is the clock of --date today and yesterday and of --week and
// --month last; tests set it.
var now = time.Now

// dayWords are the words a day given on the command line may be
// instead of YYYY-MM-DD (utcDay), named when it is neither.
var dayWords = []string{"today", "yesterday", "tomorrow"}

// utcDay is a day given on the command line (mail's and import's --date,
// new day's and new paper's --date) as YYYY-MM-DD: today, yesterday and
// tomorrow are days in UTC, for a scheduled job, which then needs no
// date -d (GNU date's; a macOS runner's has none), or a curator writing
// the next day's intro ahead; any other value is returned as it is.
func utcDay(date string) string {
	switch date {
	case "today":
		return now().UTC().Format(time.DateOnly)
	case "yesterday":
		return now().UTC().AddDate(0, 0, -1).Format(time.DateOnly)
	case "tomorrow":
		return now().UTC().AddDate(0, 0, 1).Format(time.DateOnly)
	}
	return date
}

// commandDay is the day that date, given on the command line, names
// (utcDay), as YYYY-MM-DD; the error of one that names none says which
// words are taken too, and the one meant when it is a misspelt word
// ("tommorow").
func commandDay(date string) (string, error) {
	day := utcDay(date)
	if _, err := parse.CalendarDay(day); err != nil {
		if strings.ContainsFunc(date, unicode.IsDigit) {
			return "", err
		}
		words := strings.Join(dayWords[:len(dayWords)-1], ", ") + " or " + dayWords[len(dayWords)-1]
		if w := diag.Nearest(strings.ToLower(date), dayWords); w != "" {
			return "", fmt.Errorf("%q is not a date; did you mean %s? Write YYYY-MM-DD (like 2024-03-14), %s (days in UTC)", date, w, words)
		}
		return "", fmt.Errorf("%q is not a date; write YYYY-MM-DD (like 2024-03-14), %s (days in UTC)", date, words)
	}
	return day, nil
}

// utcWeek is --week's key: last is the last whole ISO week (Monday to
// Sunday) in UTC, the one a weekly job mails, where the newest week is
// the current, partial one as soon as a day of it is imported; 2024-w22
// is 2024-W22; any other value is returned as it is, for the check to
// name as it was typed.
func utcWeek(key string) string {
	if key == "last" {
		year, week := now().UTC().AddDate(0, 0, -7).ISOWeek()
		return fmt.Sprintf("%04d-W%02d", year, week)
	}
	if len(key) == 8 && key[4] == '-' && key[5] == 'w' {
		return key[:5] + "W" + key[6:]
	}
	return key
}

// utcMonth is --month's key: last is the last whole calendar month in
// UTC, the one a monthly job mails; any other value is returned as it is.
func utcMonth(key string) string {
	if key == "last" {
		t := now().UTC()
		return time.Date(t.Year(), t.Month()-1, 1, 0, 0, 0, 0, time.UTC).Format("2006-01")
	}
	return key
}

// optionalKey is a flag that may stand alone (--week) or take a value
// (--week 2024-W22, --week=2024-W22).
type optionalKey struct {
	set bool
	key string
}

func (o *optionalKey) String() string   { return o.key }
func (o *optionalKey) IsBoolFlag() bool { return true }
func (o *optionalKey) Set(v string) error {
	o.set = true
	if v != "true" {
		o.key = v
	}
	return nil
}

// listFlag collects repeated addresses, separated by commas, semicolons
// (Outlook's lists) or line breaks (a secret pasted one address a line,
// as --to-file reads them). A separator inside a quoted display name
// ("Doe, Jane" <jane@example.org>) or between < and > separates nothing,
// as in an address list of RFC 5322.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	quoted, angle, start := false, false, 0
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '\\' && quoted:
			i++
		case c == '"':
			quoted = !quoted
		case quoted:
		case c == '<':
			angle = true
		case c == '>':
			angle = false
		case (c == ',' || c == ';' || c == '\n' || c == '\r') && !angle:
			add(v[start:i])
			start = i + 1
		}
	}
	add(v[start:])
	return nil
}

// mailFlags are the flags of paperboy mail.
type mailFlags struct {
	source, baseURL, date, out, toFile, record string
	intro                                      string
	week, month                                optionalKey
	to                                         listFlag
	send, dryRun, ifExists, quiet, resend      bool
	rate                                       float64
	retries                                    int
}

// register adds every flag of mail to fs.
func (f *mailFlags) register(fs *flag.FlagSet) {
	sourceFlag(fs, &f.source)
	baseURLFlag(fs, &f.baseURL)
	fs.StringVar(&f.date, "date", "", "day")
	fs.Var(&f.week, "week", "week")
	fs.Var(&f.month, "month", "month")
	fs.StringVar(&f.intro, "intro", "", "intro file (Markdown)")
	fs.StringVar(&f.out, "out", "", "output file")
	fs.BoolVar(&f.send, "send", false, "send over SMTP")
	fs.Var(&f.to, "to", "recipients")
	fs.StringVar(&f.toFile, "to-file", "", "recipients file")
	fs.BoolVar(&f.dryRun, "dry-run", false, "send nothing")
	fs.BoolVar(&f.ifExists, "if-exists", false, "no digest is no error")
	fs.StringVar(&f.record, "record", "", "record of what was mailed")
	fs.BoolVar(&f.resend, "resend", false, "mail again what the record says was mailed")
	quietFlag(fs, &f.quiet)
	fs.Float64Var(&f.rate, "rate", 2, "messages per second")
	fs.IntVar(&f.retries, "retries", 3, "retries")
}

// joinOptional turns "--week 2024-W22" into "--week=2024-W22" so the
// flag package, which stops at the first non-flag, sees one flag.
func joinOptional(args []string) []string {
	out := make([]string, 0, len(args))
	for i := 0; i < len(args); i++ {
		a := args[i]
		switch strings.TrimLeft(a, "-") {
		case "week", "month":
			if strings.HasPrefix(a, "-") && i+1 < len(args) && !strings.HasPrefix(args[i+1], "-") {
				out = append(out, a+"="+args[i+1])
				i++
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// selector is the digest the flags name.
func (f *mailFlags) selector() (mail.Selector, error) {
	var dateErr error
	if f.date != "" {
		var day string
		if day, dateErr = commandDay(f.date); dateErr == nil {
			f.date = day
		}
	}
	n := 0
	sel := mail.Selector{Kind: mail.DayDigest, Key: f.date}
	if f.date != "" {
		n++
	}
	if f.week.set {
		n++
		sel = mail.Selector{Kind: mail.WeekDigest, Key: utcWeek(f.week.key)}
	}
	if f.month.set {
		n++
		sel = mail.Selector{Kind: mail.MonthDigest, Key: utcMonth(f.month.key)}
	}
	if n > 1 {
		return sel, usagef("mail: give one of --date, --week and --month")
	}
	if dateErr != nil {
		return sel, usagef("mail: --date %v", dateErr)
	}
	if err := sel.Check(); err != nil {
		return sel, usagef("mail: %v%s", err, lastHint(sel))
	}
	if err := checkPeriod(sel); err != nil {
		return sel, usagef("mail: %v", err)
	}
	return sel, nil
}

// lastHint adds, to the error of a week or month that is a word
// (--week previous), the word mail knows.
func lastHint(sel mail.Selector) string {
	if sel.Kind == mail.DayDigest || sel.Key == "" || (sel.Key[0] >= '0' && sel.Key[0] <= '9') {
		return ""
	}
	return fmt.Sprintf(", or last for the last whole %s (in UTC)", sel.Kind)
}

// checkPeriod refuses a week or month key of the right form that names no
// week or month (2024-W60, 2024-13), which would otherwise be looked for
// among the site's and not found.
func checkPeriod(sel mail.Selector) error {
	switch {
	case sel.Key == "":
	case sel.Kind == mail.MonthDigest:
		if _, err := time.Parse("2006-01", sel.Key); err != nil {
			return fmt.Errorf("--month %q is not a month; write YYYY-MM, like 2024-06", sel.Key)
		}
	case sel.Kind == mail.WeekDigest:
		year, _ := strconv.Atoi(sel.Key[:4])
		week, _ := strconv.Atoi(sel.Key[6:])
		if last := model.WeeksIn(year); week < 1 || week > last {
			return fmt.Errorf("--week %q is not a week; %d has weeks W01 to W%02d", sel.Key, year, last)
		}
	}
	return nil
}

func runMail(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	var f mailFlags
	fset := flag.NewFlagSet("mail", flag.ContinueOnError)
	f.register(fset)
	if err := parseFlags(fset, joinOptional(args), mailUsage, stdout); err != nil {
		return ignoreHelp(err)
	}
	if fset.NArg() > 0 {
		return usagef("mail takes no arguments, got %q; name the digest with --date, --week or --month", fset.Arg(0))
	}
	sel, err := f.selector()
	if err != nil {
		return err
	}
	switch {
	case f.send && f.out != "":
		return usagef("mail: give --out FILE (write the message) or --send (deliver it), not both; to keep a copy of what --send delivers, run mail --out first")
	case !f.send && f.out == "":
		return usagef("mail: give either --out FILE (write the message) or --send (deliver it)")
	case f.dryRun && !f.send:
		return usagef("mail: --dry-run goes with --send")
	case f.record != "" && !f.send:
		return usagef("mail: --record goes with --send; --out mails no one")
	case f.resend && f.record == "":
		return usagef("mail: --resend goes with --record FILE, which says what was mailed")
	case f.rate <= 0:
		return usagef("mail: --rate must be more than 0 messages per second")
	case f.retries < 0:
		return usagef("mail: --retries must be 0 or more")
	}
	to, err := f.recipients(os.Stdin)
	if err != nil {
		return err
	}
	if f.send && len(to) == 0 {
		if f.toFile != "" {
			return usagef("mail: --send needs recipients, and %s has no address (only blank lines and # comments) and --to gives none; write one address per line", f.toFile)
		}
		return usagef("mail: --send needs recipients: --to ADDR or --to-file FILE")
	}
	if !f.send && len(to) > 1 {
		return usagef("mail: --out writes one message; give at most one --to")
	}

	if _, ok := siteYAML(f.source); !ok {
		return onSite("mail", f.source, noSite(f.source))
	}
	var intro []byte
	if f.intro != "" {
		// Before the build: a mistyped name fails at once, and so does
		// a file that is not UTF-8 (MailIntro reads it so again).
		if intro, err = os.ReadFile(f.intro); err != nil {
			return fmt.Errorf("mail: --intro: %w", err)
		}
		if intro, err = diag.Text(f.intro, intro); err != nil {
			return fmt.Errorf("mail: --intro: %w", err)
		}
	}
	var smtpCfg mail.SMTPConfig
	if f.send {
		if smtpCfg, err = mail.SMTPFromEnv(os.Getenv); err != nil {
			return fmt.Errorf("mail: cannot send:\n%w", err)
		}
	}
	res, err := generator.Build(ctx, generator.Options{Site: load.DirFS(f.source), BaseURL: f.baseURL, Digests: true})
	if err != nil {
		return onSite("mail", f.source, err)
	}
	if err := f.checkBase(res, stderr); err != nil {
		return err
	}
	settings := mail.Settings(res.Site.Config.Newsletter) // site.yaml's newsletter:
	if from := strings.TrimSpace(os.Getenv(mail.EnvFrom)); from != "" {
		settings.From = from
	}
	if f.send {
		// Before --if-exists ends a run with no digest: a scheduled
		// --dry-run checks the sender on any day.
		if err := mail.CheckSender(res.Site.Config, settings.From); err != nil {
			return fmt.Errorf("mail: cannot send:\n%w", err)
		}
	}
	d, err := mail.Select(res.Site, sel)
	if errors.Is(err, mail.ErrNoDigest) && f.ifExists {
		if !f.quiet {
			fmt.Fprintf(stderr, "mail: %v: nothing to mail\n", err)
		}
		return nil
	}
	if err != nil {
		return fmt.Errorf("mail: %w", err)
	}
	if f.intro != "" {
		html, problems, err := f.renderIntro(ctx, res, intro)
		if err != nil {
			return err
		}
		if err := f.introProblems(problems, stderr); err != nil {
			return err
		}
		d = mail.WithIntro(d, html, f.intro)
	}
	th := res.Mail
	if settings.From == "" && !f.send {
		// A preview needs no real sender: it is not delivered.
		sender := netmail.Address{Name: res.Site.Config.Title, Address: "digest@example.invalid"}
		settings.From = sender.String() // the header's form: a name not in ASCII encoded (=?utf-8?q?…?=)
		if !f.quiet {
			fmt.Fprintf(stderr, "warning: no sender address, so the preview is from %s <%s>; set newsletter.from in %s (or PAPERBOY_SMTP_FROM) before you send\n", sender.Name, sender.Address, fromHere(f.source, res.Site.Config.Source))
		}
	}
	m, err := mail.Compose(res.Site, d, settings, th)
	if err != nil {
		return onSite("mail", f.source, err)
	}
	if !f.quiet {
		for _, w := range mail.Warnings(res.Site.Config, settings, m) {
			fmt.Fprintf(stderr, "warning: %s\n", warningFromHere(f.source, w))
		}
	}

	if !f.send {
		return f.write(m, len(d.Papers), to, stdout, stderr)
	}
	if f.record != "" && !f.resend {
		why, whole, err := mailed(f.record, d.Slug)
		switch {
		case err != nil:
			return fmt.Errorf("mail: %w", err)
		case why != "" && whole:
			if !f.quiet {
				fmt.Fprintf(stderr, "mail: %s; nothing was sent\n", why)
			}
			return nil
		case why != "":
			return fmt.Errorf("mail: %s; nothing was sent", why)
		}
	}
	return f.deliver(ctx, smtpCfg, m, d.Slug, to, stdout, stderr)
}

// mailed reads the record at path, if there is one, and returns why the
// digest slug may not be mailed again, as mail.Mailed does.
func mailed(path, slug string) (why string, whole bool, err error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	entries, err := mail.ParseRecord(path, data)
	if err != nil {
		return "", false, err
	}
	why, whole = mail.Mailed(path, entries, slug)
	return why, whole, nil
}

// appendRecord adds e to the record at path, creating it with its header,
// and syncs it to disk before returning.
func appendRecord(path string, e mail.Entry) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_APPEND|os.O_CREATE, 0o644)
	if err != nil {
		return err
	}
	line := e.String() + "\n"
	if st, err := f.Stat(); err == nil && st.Size() == 0 {
		line = mail.RecordHeader + line
	}
	_, err = f.WriteString(line)
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// write writes m, addressed to the one recipient of to if there is one,
// to --out: a file, or stdout for "-". papers is how many the digest
// has, of which m lists m.Papers (newsletter.maxPapers).
func (f *mailFlags) write(m *mail.Message, papers int, to []mail.Listed, stdout, stderr io.Writer) error {
	rcpt := ""
	if len(to) == 1 {
		rcpt = to[0].Addr
	}
	data, what, err := outBody(f.out, m, rcpt)
	if err != nil {
		return fmt.Errorf("mail: %w", err)
	}
	if f.out == "-" {
		_, err := stdout.Write(data)
		return err
	}
	if err := os.WriteFile(f.out, data, 0o644); err != nil {
		return fmt.Errorf("mail: %w", err)
	}
	if !f.quiet {
		fmt.Fprintf(stderr, "wrote %s%s: %s (%s, %d bytes)\n", f.out, what, m.Subject, listed(m.Papers, papers), len(data))
	}
	return nil
}

// outBody is what --out writes to the file out: for a name ending in
// .html (.htm) the HTML part alone, and in .txt the text part alone
// (Message.PlainText), each to paste into a newsletter provider
// (Buttondown, Mailchimp, listmonk), which sends its own message; for
// any other (digest.eml, "-") the whole RFC 5322 message for rcpt. what
// says, for the line mail prints, which part it is.
func outBody(out string, m *mail.Message, rcpt string) (data []byte, what string, err error) {
	switch strings.ToLower(filepath.Ext(out)) {
	case ".html", ".htm":
		return []byte(m.HTML), " (the HTML part alone)", nil
	case ".txt":
		return []byte(m.PlainText()), " (the text part alone)", nil
	}
	data, err = m.Bytes(rcpt)
	return data, "", err
}

// listed is how many papers a message lists of the digest's all: "3 of
// 5 papers" when newsletter.maxPapers left some to the digest's page,
// else "5 papers", so that the log a curator reads before sending
// counts what the readers get.
func listed(n, all int) string {
	if n < all {
		return fmt.Sprintf("%d of %s", n, textutil.Plural(all, "paper", "papers"))
	}
	return textutil.Plural(n, "paper", "papers")
}

// checkBase refuses to send an email whose links all lead to an address
// no reader reaches, the build's warning of site.yaml's baseURL (paperboy
// new site's https://example.org/, this computer's address, a
// repository's page on GitHub), and tells it as a warning of an email
// written to a file, a preview. --dry-run refuses as --send does, so that
// a scheduled dry run fails where the real one would.
func (f *mailFlags) checkBase(res *generator.Result, stderr io.Writer) error {
	p, ok := unreachableBase(res)
	if !ok {
		return nil
	}
	p = problemFromHere(f.source, p)
	p.Msg += "; or give the address with --base-url"
	if f.send {
		return fmt.Errorf("mail: cannot send:\n%s", p)
	}
	if !f.quiet {
		fmt.Fprintf(stderr, "warning: %s\n", p)
	}
	return nil
}

// renderIntro renders the --intro file's Markdown, data, with the
// settings of res, mail's build of the digests, and checks its links and
// images against the whole site, which that build stops before making:
// only for a note with a link from the site's root is it built again,
// streamed to nowhere, for the paths of its files (a week's note links
// papers and days of any week).
func (f *mailFlags) renderIntro(ctx context.Context, res *generator.Result, data []byte) (template.HTML, []generator.Problem, error) {
	site := load.DirFS(f.source)
	whole := func() (*generator.Result, error) {
		whole, err := generator.Build(ctx, generator.Options{Site: site, BaseURL: f.baseURL, Emit: func(model.File) error { return nil }})
		if err != nil {
			return nil, onSite("mail", f.source, err)
		}
		return whole, nil
	}
	html, problems, err := generator.MailIntro(res, whole, site, f.intro, data)
	var se siteErrors
	switch {
	case errors.As(err, &se):
		return "", nil, err
	case err != nil:
		return "", nil, fmt.Errorf("mail: --intro: %w", err)
	}
	return html, problems, nil
}

// introProblems weighs the links of --intro's file that lead nowhere as
// those of a day file's intro are weighed: --send (and --dry-run) refuses
// to mail them, as check fails on them, and a message written to a file,
// a preview, is written with a warning of each, as the build warns.
func (f *mailFlags) introProblems(problems []generator.Problem, stderr io.Writer) error {
	if len(problems) == 0 {
		return nil
	}
	lines := make([]string, len(problems))
	for i, p := range problems {
		lines[i] = p.String()
	}
	if f.send {
		return fmt.Errorf("mail: cannot send: the --intro file has %s nowhere:\n%s", textutil.Plural(len(problems), "link that leads", "links that lead"), strings.Join(lines, "\n"))
	}
	if !f.quiet {
		for _, l := range lines {
			fmt.Fprintf(stderr, "warning: %s\n", l)
		}
	}
	return nil
}

// unreachableBase is the build's warning that site.yaml's baseURL is one
// no reader reaches, if it gave one: the placeholder warning at
// baseURL's line. None when --base-url replaced it.
func unreachableBase(res *generator.Result) (generator.Problem, bool) {
	cfg := res.Site.Config
	for _, p := range res.Warnings {
		if p.Kind == "placeholder" && p.Path == cfg.Source && p.Line == cfg.BaseURLLine {
			return p, true
		}
	}
	return generator.Problem{}, false
}

// deliver sends m to each of to over SMTP, or with --dry-run logs in and
// composes every message without sending; the summary lists what was not
// sent.
func (f *mailFlags) deliver(ctx context.Context, smtpCfg mail.SMTPConfig, m *mail.Message, slug string, list []mail.Listed, stdout, stderr io.Writer) error {
	logw := stderr
	if f.quiet {
		logw = io.Discard
	}
	to, sources := make([]string, len(list)), make([]string, len(list))
	for i, l := range list {
		to[i], sources[i] = l.Addr, l.Source
	}
	s := &mail.Sender{
		Sources:  sources,
		SMTP:     smtpCfg,
		Interval: time.Duration(float64(time.Second) / f.rate),
		Retries:  f.retries,
		Backoff:  2 * time.Second,
		Log:      logw,
		Now:      now,
	}
	var r *mail.Report
	if f.dryRun {
		if err := s.Login(ctx, m.From.Address); err != nil {
			return fmt.Errorf("mail: dry run: %w", err)
		}
		if !f.quiet {
			fmt.Fprintf(stderr, "dry run: connected and logged in to %s, which accepts the sender %s; sending nothing\n", smtpCfg.Addr(), m.From.Address)
		}
		r = s.DryRun(m, to)
	} else {
		if !f.quiet {
			fmt.Fprintf(stderr, "sending \"%s\" to %s via %s\n", m.Subject, textutil.Plural(len(to), "recipient", "recipients"), smtpCfg.Addr())
		}
		if f.record != "" {
			// Before the first message: a run that stops half-way
			// leaves a start without an end, and no run mails it again
			// without --resend.
			if err := appendRecord(f.record, mail.Entry{Digest: slug, At: now(), To: len(to)}); err != nil {
				return fmt.Errorf("mail: %w; nothing was sent", err)
			}
		}
		r = s.Send(ctx, m, to)
	}
	var recErr error
	if f.record != "" && !f.dryRun {
		if err := appendRecord(f.record, mail.RecordEnd(slug, now(), r)); err != nil {
			recErr = fmt.Errorf("mail: %w; the record says the sending began and not that it ended, so no run mails %s again without --resend", err, slug)
		}
	}
	if err := r.Err(); err == nil && recErr == nil && f.quiet {
		return nil
	}
	r.WriteSummary(stdout)
	return errors.Join(r.Err(), recErr)
}

// recipients gathers --to and --to-file, checking every address; a
// --to-file of "-" is read from stdin. Each is named by where it was given,
// "--to address 2" or "list.txt:8", as the summary names a recipient not
// sent to.
func (f *mailFlags) recipients(stdin io.Reader) ([]mail.Listed, error) {
	var out []mail.Listed
	seen := map[string]bool{}
	add := func(l mail.Listed) {
		if k := strings.ToLower(l.Addr); !seen[k] {
			seen[k] = true
			out = append(out, l)
		}
	}
	for i, s := range f.to {
		a, err := mail.Recipient(s)
		if err != nil {
			return nil, usagef("mail: --to, address %d of %d: %v", i+1, len(f.to), err)
		}
		add(mail.Listed{Addr: a, Source: fmt.Sprintf("--to address %d", i+1)})
	}
	if f.toFile != "" {
		name, data, err := readList(f.toFile, stdin)
		if err != nil {
			return nil, fmt.Errorf("mail: %w", err)
		}
		list, err := mail.ParseRecipients(name, data)
		if err != nil {
			return nil, err
		}
		for _, l := range list {
			add(l)
		}
	}
	return out, nil
}

// readList reads the recipient list at path, or stdin for "-", so that a
// list kept encrypted can be piped in (gpg --decrypt list.gpg | paperboy
// mail --send --to-file -) without a clear copy on disk. It returns the
// name messages give it.
func readList(path string, stdin io.Reader) (string, []byte, error) {
	if path != "-" {
		data, err := os.ReadFile(path)
		return path, data, err
	}
	const limit = 64 << 20
	data, err := io.ReadAll(io.LimitReader(stdin, limit+1))
	if err == nil && len(data) > limit {
		err = fmt.Errorf("stdin: the recipient list is over %d MiB; is it the list?", limit>>20)
	}
	return "stdin", data, err
}

// warningFromHere returns w, a warning of mail's, with the path it starts
// with (site.yaml's, a paper's: "content/papers/x.md:7: …") from the
// current folder (fromHere), as build prints its warnings' paths; a
// warning that starts with no file of the site (a digest's id) is kept
// as it is.
func warningFromHere(dir, w string) string {
	path, rest, ok := strings.Cut(w, ":")
	if !ok {
		return w
	}
	return fromHere(dir, path) + ":" + rest
}
