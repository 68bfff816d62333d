package feeds

import (
	"net/url"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// absURL resolves ref against page. It reports false for a URL that cannot
// be parsed or whose scheme is not http, https or mailto (javascript:,
// data:, …), which the caller then drops.
func absURL(page *url.URL, ref string) (string, bool) {
	ref = strings.TrimSpace(ref)
	u, err := url.Parse(ref)
	if err != nil {
		return "", false
	}
	u = page.ResolveReference(u)
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
		if u.Host == "" {
			return "", false
		}
	case "mailto":
	default:
		return "", false
	}
	return u.String(), true
}

// absSrcset resolves every URL of a srcset list ("a.png 1x, b.png 2x")
// against page. It reports false if any candidate is not a safe URL.
func absSrcset(page *url.URL, v string) (string, bool) {
	var parts []string
	for cand := range strings.SplitSeq(v, ",") {
		fields := strings.Fields(cand)
		if len(fields) == 0 {
			continue
		}
		u, ok := absURL(page, fields[0])
		if !ok {
			return "", false
		}
		fields[0] = u
		parts = append(parts, strings.Join(fields, " "))
	}
	if len(parts) == 0 {
		return "", false
	}
	return strings.Join(parts, ", "), true
}

// urls builds the absolute URLs of a site's pages from its base URL.
type urls struct {
	base *url.URL // absolute, path ending in "/"
	root string   // base.String()
}

// page returns the absolute URL of the page folder section/slug/, the slug
// percent-encoded as one path segment ("authors/zo%C3%AB/").
func (u urls) page(section, slug string) string {
	return u.root + model.EscapePath(section+"/"+slug+"/")
}

// parse returns the absolute URL s, which this package built itself.
func (u urls) parse(s string) *url.URL {
	p, err := url.Parse(s)
	if err != nil {
		return u.base
	}
	return p
}
