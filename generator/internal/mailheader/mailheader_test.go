package mailheader

import (
	"strings"
	"testing"
)

// TestAddress: an address whose domain no mail provider accepts (no dot,
// a character or label no host name has, an IP address) is refused with
// what is wrong with the domain and what to write; a real one is taken.
func TestAddress(t *testing.T) {
	tests := []struct{ in, err string }{
		{"Digest <digest@example.org>", ""},
		{"d+leave@mail.example-host.co.uk", ""},
		{"d@xn--bcher-kva.example", ""},
		{"digest@example", `"digest@example" is not an email address: its domain, example, has no dot: mail providers accept only a full domain name, like example.org; write it like "Digest <digest@example.org>"`},
		{"Digest <digest@localhost>", `its domain, localhost, has no dot`},
		{"d@mail_host.org", `its domain, mail_host.org, has "_", which no domain name holds (letters, digits and - between dots)`},
		{"d@-example.org", `its domain, -example.org, has a part, -example, that starts or ends with -`},
		{"d@example-.org", `has a part, example-, that starts or ends with -`},
		{"d@" + strings.Repeat("a", 64) + ".org", `has a part longer than 63 characters`},
		{"d@192.168.1.10", `its domain, 192.168.1.10, is an IP address, which mail providers do not accept; use an address at a domain name`},
		{"d@[192.168.1.10]", `is an IP address`},
		{"d@exa!mple.org", `has "!"`},
		{"Ada <ada@x.org>, Bob <b@x.org>", `"Ada <ada@x.org>, Bob <b@x.org>" is not an email address: it is 2 addresses, and this is one; write it like "Digest <digest@example.org>"`},
	}
	for _, tt := range tests {
		_, err := Address(tt.in, FromHint)
		switch {
		case tt.err == "" && err != nil:
			t.Errorf("Address(%q) = %v, want no error", tt.in, err)
		case tt.err != "" && (err == nil || !strings.Contains(err.Error(), tt.err)):
			t.Errorf("Address(%q) = %v, want %q", tt.in, err, tt.err)
		}
	}
}

// TestAddressName: a sender's name is all that comes before the address's
// < >, as written, with the ( ), comma or colon RFC 5322 would read as a
// comment, a list or a group; a name with a quote, < > or @ is net/mail's.
func TestAddressName(t *testing.T) {
	tests := []struct{ in, name, addr string }{
		{"Ada (ML) Digest <digest@adapapers.net>", "Ada (ML) Digest", "digest@adapapers.net"},
		{"Papers, Weekly <digest@adapapers.net>", "Papers, Weekly", "digest@adapapers.net"},
		{"  Ada: ML Digest  <digest@adapapers.net> ", "Ada: ML Digest", "digest@adapapers.net"},
		{`Zoë [AI]; daily \ <z@x.org>`, `Zoë [AI]; daily \`, "z@x.org"},
		{"Digest <digest@example.org>", "Digest", "digest@example.org"},
		{`"Doe, Jane" <jane@x.org>`, "Doe, Jane", "jane@x.org"},
		{"=?utf-8?q?Zo=C3=AB?= <z@x.org>", "Zoë", "z@x.org"},
		{"digest@example.org (Digest)", "Digest", "digest@example.org"},
	}
	for _, tt := range tests {
		a, err := Address(tt.in, FromHint)
		if err != nil || a.Name != tt.name || a.Address != tt.addr {
			t.Errorf("Address(%q) = %+v, %v, want name %q and address %q", tt.in, a, err, tt.name, tt.addr)
		}
	}
}

// FuzzAddress: Address takes any text without a panic, and an address it
// takes is ASCII, at most 254 characters long, and at a domain of two or
// more labels of letters, digits and -, which it takes again.
func FuzzAddress(f *testing.F) {
	for _, s := range []string{"Digest <digest@example.org>", "digest@example", "d@[1.2.3.4]", "d@1.2.3.4", "d@a-.b", "\"q\"@x.org", "Zoë <z@x.org>", "a@b@c", ""} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := Address(s, FromHint)
		if err != nil {
			if !strings.Contains(err.Error(), "; ") {
				t.Errorf("Address(%q) = %v: says nothing of what to do", s, err)
			}
			return
		}
		at := strings.LastIndex(a.Address, "@")
		if at < 0 || len(a.Address) > maxAddress || !isASCII(a.Address) || domainProblem(a.Address[at+1:]) != "" || !strings.Contains(a.Address[at:], ".") {
			t.Fatalf("Address(%q) took %q", s, a.Address)
		}
		if _, err := Address(a.Address, FromHint); err != nil {
			t.Errorf("Address(%q) took %q, which it refuses alone: %v", s, a.Address, err)
		}
	})
}

// TestExampleDomain: the domains kept for examples and tests, and their
// subdomains, are named; a real domain, and one that only ends in their
// letters, are not.
func TestExampleDomain(t *testing.T) {
	for addr, want := range map[string]string{
		"digest@example.org":     "example.org",
		"d@Mail.Example.COM":     "mail.example.com",
		"d@example.net":          "example.net",
		"d@lab.example":          "lab.example",
		"digest@example.invalid": "example.invalid",
		"d@x.test":               "x.test",
		"d@mlmorning.org":        "",
		"d@myexample.org":        "",
		"d@example.org.uk":       "",
		"d@contest":              "",
	} {
		if got := ExampleDomain(addr); got != want {
			t.Errorf("ExampleDomain(%q) = %q, want %q", addr, got, want)
		}
	}
}
