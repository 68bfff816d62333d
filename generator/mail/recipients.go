package mail

import (
	"fmt"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/mailheader"
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
// refused. Every bad line is reported; duplicates (ignoring case) are
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
	for i, l := range strings.Split(string(data), "\n") {
		l = strings.TrimSpace(cutComment(l))
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
			out = append(out, Listed{Addr: addr, Source: fmt.Sprintf("%s:%d", path, i+1)})
		}
	}
	return out, errs.Err()
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
