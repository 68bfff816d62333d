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
		out = append(out, fmt.Sprintf("%s: the email's HTML is %d KB, and Gmail shows only about the first 102 KB of it, hiding the rest (the footer's unsubscribe link too) behind \"View entire message\"; %s",
			m.ID, (n+1023)/1024, fewerPapers(cfg, s, m, n)))
	}
	for _, p := range m.LeftOut {
		out = append(out, fmt.Sprintf("%s:%d: this figure (image:) is an SVG, which Gmail and Outlook do not show, so the email's HTML leaves it out; to show it in the email, export it as PNG or JPEG and write that in image:",
			p.Source, max(p.ImageLine, p.Line)))
	}
	return out
}

// fewerPapers is the advice for a message m whose HTML of n bytes is
// above ClipSize: to list fewer papers by newsletter.maxPapers, as many
// as fit at the size each takes now, the rest left to a link to the
// digest's page.
func fewerPapers(cfg *model.Config, s Settings, m *Message, n int) string {
	if m.Papers < 2 {
		return "shorten the day's intro or the paper's summary"
	}
	fit := max(1, m.Papers*ClipSize*9/10/n) // a tenth to spare for longer abstracts
	how := "set"
	if s.MaxPapers > 0 {
		how = "lower"
	}
	return fmt.Sprintf("it lists %d papers: %s newsletter.maxPapers in %s to %d (`maxPapers: %[4]d` under newsletter:), and the email links to the digest's page for the rest", m.Papers, how, cfg.Source, fit)
}

// ClipSize is the size of an email's HTML, quoted-printable as sent, above
// which Warnings warns: Gmail clips a message's HTML at about 102 KB.
const ClipSize = 100 << 10
