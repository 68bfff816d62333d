package mail

import (
	"fmt"
	netmail "net/mail"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// ParseRecipients reads a recipient list: one address per line ("Ada
// <ada@example.org>" or "ada@example.org"), blank lines and lines starting
// with # ignored. path names the list in messages. The list is read as
// diag.Text reads text: one saved by Notepad, with a byte-order mark or
// CRLF, reads; one in UTF-16 is refused. Every bad line is reported;
// duplicates (ignoring case) are kept once, in first-seen order.
func ParseRecipients(path string, data []byte) ([]string, error) {
	var (
		out  []string
		errs diag.List
		seen = map[string]bool{}
	)
	data, err := diag.Text(path, data)
	if err != nil {
		return nil, err
	}
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(l)
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		addr, err := Recipient(l)
		if err != nil {
			errs.Add(path, i+1, "%v", err)
			continue
		}
		if k := strings.ToLower(addr); !seen[k] {
			seen[k] = true
			out = append(out, addr)
		}
	}
	return out, errs.Err()
}

// Recipient checks one recipient and returns its bare address.
func Recipient(s string) (string, error) {
	a, err := netmail.ParseAddress(strings.TrimSpace(s))
	if err != nil {
		if why := addressProblem(s); why != "" {
			return "", fmt.Errorf("%q is not an email address: %s; write one address like ada@example.org", strings.TrimSpace(s), why)
		}
		return "", fmt.Errorf("%q is not an email address (%v); write one address like ada@example.org", s, err)
	}
	if len(a.Address) > maxAddress {
		return "", fmt.Errorf("%q is %d characters long, and an address holds at most %d (RFC 5321); check it", s, len(a.Address), maxAddress)
	}
	if !isASCII(a.Address) {
		return "", fmt.Errorf("%q: addresses outside ASCII are not supported; use the address's ASCII form", s)
	}
	if b, err := netmail.ParseAddress(a.Address); err != nil || b.Address != a.Address {
		return "", fmt.Errorf("%q: addresses with a quoted local part are not supported; use a plain address", s)
	}
	return a.Address, nil
}

// maxAddress is the longest address SMTP carries: a path holds 256
// characters with its angle brackets (RFC 5321 §4.5.3.1.3).
const maxAddress = 254

// addressProblem says what is wrong with an address in the user's terms,
// for the common mistakes that net/mail reports in the grammar's ("missing
// '@' or angle-addr" for "ada@"), or "" when it sees none of them.
func addressProblem(s string) string {
	addr := strings.TrimSpace(s)
	if i := strings.LastIndex(addr, "<"); i >= 0 && strings.HasSuffix(addr, ">") {
		addr = strings.TrimSpace(addr[i+1 : len(addr)-1]) // Ada <ada@example.org>
	}
	at := strings.LastIndex(addr, "@")
	switch {
	case addr == "":
		return "it is empty"
	case at < 0:
		return "it has no @"
	case strings.Count(addr, "@") > 1:
		return "it has more than one @"
	case at == 0:
		return "nothing comes before the @"
	case at == len(addr)-1:
		return "nothing follows the @"
	case strings.ContainsAny(addr, "<>"):
		return "" // an unclosed <: net/mail says it well enough
	case strings.ContainsAny(addr, " \t"):
		return "it has a space in it"
	}
	return ""
}
