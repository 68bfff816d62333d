package mail

import (
	"fmt"
	netmail "net/mail"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// ParseRecipients reads a recipient list: one address per line ("Ada
// <ada@example.org>" or "ada@example.org"), blank lines and lines starting
// with # ignored. path names the list in messages. Every bad line is
// reported; duplicates (ignoring case) are kept once, in first-seen order.
func ParseRecipients(path string, data []byte) ([]string, error) {
	var (
		out  []string
		errs diag.List
		seen = map[string]bool{}
	)
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
		return "", fmt.Errorf("%q is not an email address (%v); write one address like ada@example.org", s, err)
	}
	if !isASCII(a.Address) {
		return "", fmt.Errorf("%q: addresses outside ASCII are not supported; use the address's ASCII form", s)
	}
	if b, err := netmail.ParseAddress(a.Address); err != nil || b.Address != a.Address {
		return "", fmt.Errorf("%q: addresses with a quoted local part are not supported; use a plain address", s)
	}
	return a.Address, nil
}
