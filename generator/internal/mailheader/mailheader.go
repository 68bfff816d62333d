// Package mailheader holds the rules for the values an email's headers
// take as the curator wrote them: an address (newsletter.from, a
// recipient), the List-Id identifier (newsletter.listId) and the URLs of
// List-Unsubscribe (newsletter.unsubscribe) and List-Archive. The build's check of
// site.yaml and mail.Message.Bytes ask the same functions, so a value the
// build accepts is one the message can carry, and one that could break a
// header or add one (a line break, a space, < or >) is refused by both.
package mailheader

import (
	"fmt"
	"net/mail"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"unicode"
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

// FromHint is what Address's message says to write for a sender
// (newsletter.from).
const FromHint = `it like "Digest <digest@example.org>"`

// maxAddress is the longest address SMTP carries: a path holds 256
// characters with its angle brackets (RFC 5321 §4.5.3.1.3).
const maxAddress = 254

// Address parses s, an address with or without a display name ("Ada
// <ada@example.org>"), and says in the user's terms why it cannot be
// sent to or from, if it cannot; write is what to write instead, for the
// message ("one address like ada@example.org").
func Address(s, write string) (*mail.Address, error) {
	return AddressShown(s, strconv.Quote(strings.TrimSpace(s)), write)
}

// AddressShown is Address with s written as shown in its messages: a
// recipient's address, which a log others read must not show whole, is
// shown masked.
func AddressShown(s, shown, write string) (*mail.Address, error) {
	a, err := parse(s)
	if err != nil {
		if why := addressProblem(s); why != "" {
			return nil, fmt.Errorf("%s is not an email address: %s; write %s", shown, why, write)
		}
		return nil, fmt.Errorf("%s is not an email address (%v); write %s", shown, err, write)
	}
	if len(a.Address) > maxAddress {
		return nil, fmt.Errorf("%s is %d characters long, and an address holds at most %d (RFC 5321); check it", shown, len(a.Address), maxAddress)
	}
	if !isASCII(a.Address) {
		return nil, fmt.Errorf("%s: addresses outside ASCII are not supported; use the address's ASCII form", shown)
	}
	if b, err := mail.ParseAddress(a.Address); err != nil || b.Address != a.Address {
		return nil, fmt.Errorf("%s: addresses with a quoted local part are not supported; use a plain address", shown)
	}
	domain := a.Address[strings.LastIndex(a.Address, "@")+1:]
	if why := domainProblem(domain); why != "" {
		return nil, fmt.Errorf("%s is not an email address: its domain, %s, %s; write %s", shown, domain, why, write)
	}
	return a, nil
}

// parse parses s as net/mail does, but for a display name as people
// write one, unquoted, with RFC 5322's specials in it: net/mail reads
// "Ada (ML) Digest <d@example.org>" as the name "Ada Digest", its ( ) a
// comment, and refuses "Papers, Weekly <…>" and "Ada: ML Digest <…>",
// which a sender's name may well be. Such a name is all that comes before
// the address's < >, as written; Message.Bytes quotes it. A name with a
// quote, < >, @ or a control character (a line break) is left to
// net/mail, so that "Ada <a@x.org>, Bob <b@x.org>" is still two
// addresses.
func parse(s string) (*mail.Address, error) {
	s = strings.TrimSpace(s)
	i := strings.LastIndex(s, "<")
	if i < 0 || !strings.HasSuffix(s, ">") {
		return mail.ParseAddress(s)
	}
	name := strings.TrimSpace(s[:i])
	if !strings.ContainsAny(name, `(),:;[]\`) || strings.ContainsAny(name, `"<>@`) || strings.ContainsFunc(name, unicode.IsControl) {
		return mail.ParseAddress(s)
	}
	a, err := mail.ParseAddress(s[i:])
	if err != nil {
		return nil, err
	}
	a.Name = name
	return a, nil
}

// domainProblem says why domain, the part of an address after its @, is
// no host name that mail can go to or come from, or "": net/mail takes
// any dot-atom (digest@example, d@mail_host.org, d@1.2.3.4) and a
// bracketed address literal, which no mail provider accepts. A host name
// is labels of letters, digits and - (not first or last) between dots,
// at least two of them, the last not all digits (RFC 1123, RFC 3696).
func domainProblem(domain string) string {
	if strings.HasPrefix(domain, "[") {
		return "is an IP address, which mail providers do not accept; use an address at a domain name"
	}
	labels := strings.Split(domain, ".")
	if len(labels) < 2 {
		return "has no dot: mail providers accept only a full domain name, like example.org"
	}
	for _, l := range labels {
		switch {
		case len(l) > 63:
			return "has a part longer than 63 characters, which no domain name has"
		case strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-"):
			return fmt.Sprintf("has a part, %s, that starts or ends with -, which no domain name has", l)
		}
		if i := strings.IndexFunc(l, notInHostName); i >= 0 {
			return fmt.Sprintf("has %q, which no domain name holds (letters, digits and - between dots)", l[i:i+1])
		}
	}
	if strings.Trim(labels[len(labels)-1], "0123456789") == "" {
		return "is an IP address, which mail providers do not accept; use an address at a domain name"
	}
	return ""
}

// ExampleDomain returns the domain of the address addr when it is one
// kept for examples and tests (RFC 2606, RFC 6761: example.org and
// example.com, example.net, and the .example, .invalid, .test and
// .localhost domains), to which and from which no mail goes; else "".
func ExampleDomain(addr string) string {
	domain := strings.ToLower(addr[strings.LastIndex(addr, "@")+1:])
	for _, d := range []string{"example.org", "example.com", "example.net", "example", "invalid", "test", "localhost"} {
		if domain == d || strings.HasSuffix(domain, "."+d) {
			return domain
		}
	}
	return ""
}

// notInHostName reports whether r cannot stand in a label of a host
// name.
func notInHostName(r rune) bool {
	return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '-')
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// addressProblem says what is wrong with an address in the user's terms,
// for the common mistakes that net/mail reports in the grammar's ("missing
// '@' or angle-addr" for "ada@"), or "" when it sees none of them.
func addressProblem(s string) string {
	if list, err := mail.ParseAddressList(s); err == nil && len(list) > 1 {
		return fmt.Sprintf("it is %d addresses, and this is one", len(list))
	}
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
