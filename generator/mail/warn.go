package mail

import (
	"fmt"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// Warnings are what the curator should hear about m, the digest of the
// site with configuration cfg, before it goes out, each as "path: what is
// wrong; what to do". None stops the message.
func Warnings(cfg *model.Config, m *Message) []string {
	var out []string
	if len(cfg.Newsletter.Unsubscribe) == 0 && len(m.Unsubscribe) > 0 {
		out = append(out, fmt.Sprintf("%s: newsletter.unsubscribe is not set, so readers unsubscribe by writing to %s (List-Unsubscribe and the email's footer say %s); read that mailbox and take them off the list, or set newsletter.unsubscribe to your provider's unsubscribe address",
			cfg.Source, m.From.Address, m.Unsubscribe[0]))
	}
	return out
}
