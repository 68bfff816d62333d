package mail

import (
	"fmt"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// Warnings are what the curator should hear about m, composed with the
// settings s of the site with configuration cfg, before it goes out, each
// as "path: what is wrong; what to do". None stops the message.
func Warnings(cfg *model.Config, s Settings, m *Message) []string {
	var out []string
	if len(s.Unsubscribe) == 0 && len(m.Unsubscribe) > 0 {
		out = append(out, fmt.Sprintf("%s: newsletter.unsubscribe is not set, so readers unsubscribe by writing to %s (List-Unsubscribe and the email's footer say %s); read that mailbox and take them off the list, or set newsletter.unsubscribe to your provider's unsubscribe address",
			cfg.Source, m.From.Address, m.Unsubscribe[0]))
	}
	if n := m.HTMLSize(); n > ClipSize {
		out = append(out, fmt.Sprintf("%s: the email's HTML is %d KB, and Gmail shows only about the first 102 KB of it, hiding the rest (the footer's unsubscribe link too) behind \"View entire message\"; list fewer papers in that day's file, or send a week's or month's top papers instead",
			m.ID, (n+1023)/1024))
	}
	return out
}

// ClipSize is the size of an email's HTML, quoted-printable as sent, above
// which Warnings warns: Gmail clips a message's HTML at about 102 KB.
const ClipSize = 100 << 10
