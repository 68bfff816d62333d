package mail

import (
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/mailheader"
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

// Recipient checks one recipient and returns its bare address. Its
// messages show the address masked, as the list may be a secret and a CI
// job's log public.
func Recipient(s string) (string, error) {
	a, err := mailheader.AddressShown(s, `"`+Mask(strings.TrimSpace(s))+`"`, "one address like ada@example.org")
	if err != nil {
		return "", err
	}
	return a.Address, nil
}
