package parse

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
)

// fediverseRE is a fediverse account as its profile shows it,
// @user@server (the first @ may be left out).
var fediverseRE = regexp.MustCompile(`^@?([A-Za-z0-9_][A-Za-z0-9_.-]*)@([^@\s]+)$`)

// profileRE is the address of an account's profile page on its server,
// https://server/@user, as a curator copies it from the browser.
var profileRE = regexp.MustCompile(`^https?://([^/@\s]+)/@([A-Za-z0-9_][A-Za-z0-9_.-]*)/?$`)

// hrefRE matches the address of an HTML link, as Mastodon's profile
// settings give one to put on a site (<a rel="me" href="https://…">).
var hrefRE = regexp.MustCompile(`(?i)<(?:a|link)\b[^>]*\bhref\s*=\s*["']([^"']+)["']`)

// fediverse returns the fediverse account site.yaml's fediverse: names,
// as @user@server (its server lowercased), or a message saying what to
// write instead: for the address of its profile page, the account it
// shows; for a user without a server, where to find the whole account.
func fediverse(v string) (account, msg string) {
	v = strings.TrimSpace(v)
	if m := fediverseRE.FindStringSubmatch(v); m != nil {
		if server := strings.ToLower(m[2]); domainRE.MatchString(server) {
			return "@" + m[1] + "@" + server, ""
		}
		return "", fmt.Sprintf("fediverse %q has no server's host name after its second @; write the account as your profile shows it, e.g. `fediverse: \"@ada@sigmoid.social\"`", v)
	}
	if m := hrefRE.FindStringSubmatch(v); m != nil {
		if p := profileRE.FindStringSubmatch(m[1]); p != nil && domainRE.MatchString(strings.ToLower(p[1])) {
			return "", fmt.Sprintf("fediverse is the link Mastodon gives to put on the site, which every page has from this field; write the account: `fediverse: \"@%s@%s\"`", p[2], strings.ToLower(p[1]))
		}
	}
	if m := profileRE.FindStringSubmatch(v); m != nil && domainRE.MatchString(strings.ToLower(m[1])) {
		return "", fmt.Sprintf("fediverse %q is the address of a profile; write the account, `fediverse: \"@%s@%s\"`", v, m[2], strings.ToLower(m[1]))
	}
	if u, err := url.Parse(v); err == nil && u.Host != "" {
		return "", fmt.Sprintf("fediverse %q is an address, not an account; write the account as your profile shows it, @name@server (`fediverse: \"@ada@sigmoid.social\"`)", v)
	}
	if strings.Count(v, "@") <= 1 && strings.TrimPrefix(v, "@") != "" && !strings.ContainsAny(strings.TrimPrefix(v, "@"), "@ /") {
		return "", fmt.Sprintf("fediverse %q names no server; write the whole account, as your profile shows it: `fediverse: \"@%s@your.server\"` (e.g. @%s@mastodon.social)", v, strings.TrimPrefix(v, "@"), strings.TrimPrefix(v, "@"))
	}
	return "", fmt.Sprintf("fediverse %q is not an account; write it as your profile shows it, @name@server (`fediverse: \"@ada@sigmoid.social\"`)", v)
}
