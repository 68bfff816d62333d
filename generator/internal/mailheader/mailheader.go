// Package mailheader holds the rules for the values an email's headers
// take as the curator wrote them: the List-Id identifier
// (newsletter.listId) and the URLs of List-Unsubscribe
// (newsletter.unsubscribe) and List-Archive. The build's check of
// site.yaml and mail.Message.Bytes ask the same functions, so a value the
// build accepts is one the message can carry, and one that could break a
// header or add one (a line break, a space, < or >) is refused by both.
package mailheader

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// MaxValue is the longest identifier or URL a header takes. Neither may
// be folded (RFC 2369 has mail programs ignore white space inside a
// URL's angle brackets), so with the header's name and the brackets its
// line must keep within RFC 5322's 998 characters.
const MaxValue = 900

// dotAtomRE is RFC 5322's dot-atom-text: atoms of letters, digits and
// !#$%&'*+-/=?^_`{|}~ joined by dots.
var dotAtomRE = regexp.MustCompile("^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$")

// DotAtom reports whether s is RFC 5322's dot-atom-text, as a List-Id
// identifier and each side of a Message-ID are written.
func DotAtom(s string) bool { return dotAtomRE.MatchString(s) }

// ListID reports why id cannot be a List-Id identifier (RFC 2919), or
// nil.
func ListID(id string) error {
	if !DotAtom(id) {
		return fmt.Errorf("%q is not a dot-atom (letters, digits and - between dots, no spaces), which the List-Id header needs; write it like digest.example.org", id)
	}
	return length(id)
}

// URL reports why u cannot stand between the < and > of a List-Unsubscribe
// or List-Archive header (RFC 2369), or nil: it must be a mailto: or
// http(s) URL of printable ASCII without spaces, <, > or ".
func URL(u string) error {
	if p, err := url.Parse(u); err != nil || p.Scheme != "mailto" && p.Scheme != "https" && p.Scheme != "http" || p.Scheme != "mailto" && p.Host == "" {
		return fmt.Errorf("%q is not a mailto: or http(s) URL; write e.g. mailto:leave@example.org", u)
	}
	if i := strings.IndexFunc(u, notInURL); i >= 0 {
		return fmt.Errorf("%q has %q, which an email header's URL cannot hold; percent-encode it (%%20 for a space, %%3C and %%3E for < and >)", u, string([]rune(u[i:])[0]))
	}
	return length(u)
}

// notInURL reports whether r cannot stand in a URL between the < and >
// of a header: a space, <, >, " or anything outside printable ASCII
// (headers are 7-bit).
func notInURL(r rune) bool {
	return r <= ' ' || r >= 0x7f || strings.ContainsRune(`<>"`, r)
}

// length reports a value longer than MaxValue.
func length(s string) error {
	if len(s) <= MaxValue {
		return nil
	}
	return fmt.Errorf("%q… is %d characters long, and an email header holds at most %d in one piece; use a shorter one", s[:40], len(s), MaxValue)
}
