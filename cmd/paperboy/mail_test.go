package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestMailToFileSaysWhatIsWrong: a --to-file line that is not an address
// gets FILE:LINE and the words --to gets, not net/mail's grammar.
func TestMailToFileSaysWhatIsWrong(t *testing.T) {
	list := filepath.Join(writeSite(t, map[string]string{"list.txt": "ada@example.org\n# a comment\nbad@\n\nAda <@example.org>\nada.example.org\n  x y@example.org\r\nädä@example.org\n"}), "list.txt")
	code, _, stderr := runCLI("mail", "--send", "--to-file", list)
	for _, want := range []string{
		list + `:3: "bad@" is not an email address: nothing follows the @; write one address like ada@example.org` + "\n",
		list + `:5: "Ada <@example.org>" is not an email address: nothing comes before the @; write one address like ada@example.org` + "\n",
		list + `:6: "ada.example.org" is not an email address: it has no @; write one address like ada@example.org` + "\n",
		list + `:7: "x y@example.org" is not an email address: it has a space in it; write one address like ada@example.org` + "\n",
		list + `:8: "ädä@example.org": addresses outside ASCII are not supported`, // a mistake of another kind keeps its words
		"paperboy: 5 errors\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("mail --to-file with bad lines: stderr lacks %q:\n%s", want, stderr)
		}
	}
	if code != 1 || strings.Contains(stderr, "angle-addr") {
		t.Errorf("mail --to-file with bad lines: exit %d, stderr:\n%s\nwant 1 and no net/mail grammar", code, stderr)
	}
}
