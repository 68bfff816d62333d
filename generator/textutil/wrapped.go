package textutil

import (
	"net/url"
	"regexp"
	"strings"
)

// googleRE matches the host names of Google's search, whose /url
// redirects a result's link (www.google.com, google.co.uk).
var googleRE = regexp.MustCompile(`^(www\.)?google\.[a-z]{2,3}(\.[a-z]{2})?$`)

// Unwrapped returns the address the link u leads to when u is that
// address wrapped by a mail, search or chat service that sends readers
// through itself first (to count the click or check the address), as a
// copy of a link from a mail or a search page gives it: Google's
// redirect, Outlook's Safe Links, Proofpoint's URL Defense, Facebook's,
// LinkedIn's, YouTube's, Slack's and Google Scholar's; and the service's
// name. It returns "", "" for any other link, and for one whose wrapped
// address is no http(s) URL.
func Unwrapped(u string) (to, via string) {
	p, err := url.Parse(strings.TrimSpace(u))
	if err != nil || !IsWebURL(u) {
		return "", ""
	}
	host, q := strings.ToLower(p.Hostname()), p.Query()
	switch {
	case googleRE.MatchString(host) && p.Path == "/url":
		to, via = q.Get("q")+q.Get("url"), "Google's redirect"
	case host == "scholar.google.com" && p.Path == "/scholar_url":
		to, via = q.Get("url"), "Google Scholar's redirect"
	case strings.HasSuffix(host, ".safelinks.protection.outlook.com"):
		to, via = q.Get("url"), "Outlook's Safe Links"
	case host == "urldefense.com" && strings.HasPrefix(p.Path, "/v3/__"):
		rest := strings.TrimPrefix(u[strings.Index(u, "/v3/__"):], "/v3/__")
		if end := strings.Index(rest, "__;"); end >= 0 && !strings.Contains(rest[:end], "*") {
			to = rest[:end] // a * stands for a character it took out, in its own code
		}
		via = "Proofpoint's URL Defense"
	case host == "urldefense.proofpoint.com" && strings.HasPrefix(p.Path, "/v2/url"):
		to, via = proofpointV2(q.Get("u")), "Proofpoint's URL Defense"
	case (host == "l.facebook.com" || host == "lm.facebook.com") && p.Path == "/l.php":
		to, via = q.Get("u"), "Facebook's redirect"
	case (host == "www.linkedin.com" || host == "linkedin.com") && p.Path == "/redir/redirect":
		to, via = q.Get("url"), "LinkedIn's redirect"
	case (host == "www.youtube.com" || host == "youtube.com") && p.Path == "/redirect":
		to, via = q.Get("q"), "YouTube's redirect"
	case host == "slack-redir.net" && p.Path == "/link":
		to, via = q.Get("url"), "Slack's redirect"
	}
	if !IsWebURL(to) {
		return "", ""
	}
	return to, via
}

// proofpointV2 decodes the u= of a URL Defense v2 link, which writes a
// URL's / as _ and its other signs as - and their hex code
// (https-3A__github.com_a_b is https://github.com/a/b); "" when it does
// not decode.
func proofpointV2(u string) string {
	u = strings.ReplaceAll(u, "_", "/")
	var b strings.Builder
	for i := 0; i < len(u); i++ {
		if u[i] != '-' {
			b.WriteByte(u[i])
			continue
		}
		if i+2 >= len(u) {
			return ""
		}
		c, err := url.PathUnescape("%" + u[i+1:i+3])
		if err != nil {
			return ""
		}
		b.WriteString(c)
		i += 2
	}
	return b.String()
}

// WrappedMessage says of a link that Unwrapped found to lead to to
// through via what it does and what to write.
func WrappedMessage(to, via string) string {
	return "it is " + to + " wrapped by " + via + ", as a link copied from a mail or a search page is: readers go through " + via + " first (and nowhere once it drops the link); write " + to
}
