package mail

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/mailheader"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Listed is a recipient's bare address and where it was given, "list.txt:8"
// or "--to 2", which names it in a log that shows the address only masked,
// so that the curator finds it to send again.
type Listed struct {
	Addr   string
	Source string
}

// ParseRecipients reads a recipient list: one address per line ("Ada
// <ada@example.org>" or "ada@example.org"), blank lines and lines starting
// with # ignored, and a # comment after an address too (cutComment). path names the list in messages, and each address's
// Source is path:line. The list is read as diag.Text reads text: one saved
// by Notepad, with a byte-order mark or CRLF, reads; one in UTF-16 is
// refused. A list whose first line has commas and no @ is a newsletter
// provider's CSV export, read by csvRecipients. Every bad line is reported; duplicates (ignoring case) are
// kept once, in first-seen order, at their first line.
func ParseRecipients(path string, data []byte) ([]Listed, error) {
	var (
		out  []Listed
		errs diag.List
		seen = map[string]bool{}
	)
	data, err := diag.Text(path, data)
	if err != nil {
		return nil, err
	}
	add := func(line int, s string) {
		addr, err := Recipient(s)
		if err != nil {
			errs.Add(path, line, "%v", err)
			return
		}
		if k := strings.ToLower(addr); !seen[k] {
			seen[k] = true
			out = append(out, Listed{Addr: addr, Source: fmt.Sprintf("%s:%d", path, line)})
		}
	}
	started := false // past the first address's line
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(cutComment(l))
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		if !started && strings.Contains(l, ",") && !strings.Contains(l, "@") {
			// A provider's export (Buttondown, Mailchimp, listmonk):
			// a CSV header row, then a subscriber a row.
			if err := csvRecipients(path, string(data), add); err != nil {
				return nil, err
			}
			return out, errs.Err()
		}
		started = true
		add(i+1, l)
	}
	return out, errs.Err()
}

// emailColumns are the names a CSV export gives its address column, in
// lower case: Buttondown's and listmonk's "email", Mailchimp's "Email
// Address", and their like.
var emailColumns = []string{"email", "email address", "e-mail", "e-mail address", "email_address", "emailaddress", "mail", "address"}

// csvRecipients reads the list data at path as CSV with a header row,
// as newsletter providers export their subscribers, and calls add with
// each row's address in the column emailColumns names and its line. A
// header without such a column is one error, at line 1, that says so.
func csvRecipients(path, data string, add func(line int, addr string)) error {
	r := csv.NewReader(strings.NewReader(data))
	r.FieldsPerRecord = -1
	r.Comment = '#'
	header, err := r.Read()
	if err != nil {
		return csvError(path, err)
	}
	col := slices.IndexFunc(header, func(h string) bool {
		return slices.Contains(emailColumns, strings.ToLower(strings.TrimSpace(h)))
	})
	if col < 0 {
		line, _ := r.FieldPos(0)
		return diag.Errorf(path, line, "this is a CSV file (a header row %q), as a newsletter provider exports its subscribers, but no column is named email or Email Address; name the address column email, or give the addresses one a line (cut -d, -f1 takes the first column)", textutil.Truncate(60, strings.Join(header, ",")))
	}
	for {
		row, err := r.Read()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return csvError(path, err)
		}
		if col < len(row) && strings.TrimSpace(row[col]) != "" {
			line, _ := r.FieldPos(col)
			add(line, row[col])
		}
	}
}

// csvError is err, encoding/csv's, at its line of path.
func csvError(path string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		return diag.Errorf(path, pe.Line, "the CSV does not parse: %v; export the list again, or give the addresses one a line", pe.Err)
	}
	return diag.Errorf(path, 1, "the CSV does not parse: %v", err)
}

// cutComment drops a # comment after the address on line l ("ada@x.org
// # Ada", which was refused as an address with a space): from the first #
// after white space that follows an @ and, when the line has a <, its >.
// A # before the address is kept, as in the name "Team #1 <t@x.org>".
func cutComment(l string) string {
	for i := 1; i < len(l); i++ {
		if l[i] != '#' || (l[i-1] != ' ' && l[i-1] != '\t') {
			continue
		}
		before := l[:i]
		lt := strings.LastIndex(before, "<")
		if strings.Contains(before, "@") && (lt < 0 || strings.Contains(before[lt:], ">")) {
			return before
		}
	}
	return l
}

// Recipient checks one recipient and returns its bare address. Its
// messages show the address masked, as the list may be a secret and a CI
// job's log public.
func Recipient(s string) (string, error) {
	s = strings.TrimSpace(s)
	if i := strings.Index(strings.ToLower(s), "mailto:"); i >= 0 {
		// A link's address copied from a page: net/mail's words for it
		// ("expected comma") say nothing of the cause.
		return "", fmt.Errorf("%q has mailto: before it, a link's prefix and no part of the address; write the address without it", Mask(s[:i]+s[i+len("mailto:"):]))
	}
	a, err := mailheader.AddressShown(s, `"`+Mask(s)+`"`, "one address like ada@example.org")
	if err != nil {
		return "", err
	}
	return a.Address, nil
}
