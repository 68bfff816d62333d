package doi

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
)

// syntaxRE is a DOI: 10., a registrant code, a slash and a suffix of
// printable characters (DOI Handbook 2.2): no space of any script, and
// no control or format character (\pC), which a doi.org link's
// percent-encoding can spell (%1B, ESC) and which pages, feeds and
// citations would carry as they are.
var syntaxRE = regexp.MustCompile(`^10\.\d{4,9}(\.\d+)*/[^\pC\pZ]+$`)

// rxivNumber is the number of a bioRxiv or medRxiv preprint, after its
// DOI's 10.1101/: the day it was posted and a serial
// (2024.03.01.582937), or, before December 2019, a serial alone
// (241000). Cold Spring Harbor's journals, which share 10.1101, write
// letters first (gr.275.1, gad.1.2).
const rxivNumber = `((?:\d{4}\.\d{2}\.\d{2}\.)?\d{6,})`

// versionedRE is a bioRxiv or medRxiv DOI written with the version its
// page's address ends in (10.1101/2024.03.01.582937v2), which doi.org
// does not know: the DOI of the preprint has none.
var versionedRE = regexp.MustCompile(`(?i)^10\.1101/` + rxivNumber + `v\d+$`)

// rxivPageRE is the address of a bioRxiv or medRxiv preprint's page, or
// of its full text or PDF, as a browser shows it:
// https://www.biorxiv.org/content/10.1101/2024.03.01.582937v2.full.pdf,
// and as older pages gave it, …/content/early/2018/01/01/241000.
var rxivPageRE = regexp.MustCompile(`(?i)^(?:https?://)?(?:www\.)?(?:bio|med)rxiv\.org/content/(?:10\.1101/|early/\d{4}/\d{2}/\d{2}/)` + rxivNumber + `(?:v\d+)?(?:[./?#]\S*)?$`)

// Parse returns the DOI s names, written as a curator pastes it (the DOI
// alone, doi:10.…, or a doi.org or dx.doi.org link), without the prefix
// or link, or the first of several separated by spaces, as arXiv lists
// them; "" when s is not a DOI, and when it is a bioRxiv or medRxiv DOI
// with the version of the preprint's page, which no DOI has (Preprint
// gives the DOI to write).
func Parse(s string) string {
	s = trimResolver(s)
	if f := strings.Fields(s); len(f) > 1 { // arXiv lists a paper's DOIs space-separated: the first is its own
		for _, d := range f {
			if !syntaxRE.MatchString(d) {
				return ""
			}
		}
		s = f[0]
	}
	if !syntaxRE.MatchString(s) || versionedRE.MatchString(s) {
		return ""
	}
	return s
}

// Preprint returns the DOI of the bioRxiv or medRxiv preprint that s
// names otherwise than by its DOI alone: the address of its page (as
// above), or its DOI with the version that address ends in
// (10.1101/2024.03.01.582937v2, also after doi: or in a doi.org link).
// Both name 10.1101/2024.03.01.582937, the DOI of every version. It
// returns "" for anything else, a DOI as Parse takes it too.
func Preprint(s string) string {
	s = strings.TrimSpace(s)
	if m := rxivPageRE.FindStringSubmatch(s); m != nil {
		return "10.1101/" + m[1]
	}
	if m := versionedRE.FindStringSubmatch(trimResolver(s)); m != nil {
		return "10.1101/" + m[1]
	}
	return ""
}

// trimResolver returns s without spaces around it and without the
// doi.org link or doi: prefix it may be written with; a link's DOI is
// percent-decoded.
func trimResolver(s string) string {
	s = strings.TrimSpace(s)
	lower := strings.ToLower(s)
	for _, prefix := range []string{"https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:"} {
		if strings.HasPrefix(lower, prefix) {
			s = strings.TrimSpace(s[len(prefix):])
			if strings.Contains(prefix, "/") { // a link's DOI is percent-encoded
				if u, err := url.PathUnescape(s); err == nil {
					s = u
				}
			}
			break
		}
	}
	return s
}

// arxivPrefix starts the DOI arXiv gives each paper, 10.48550/arXiv.<id>
// (DOIs are case-insensitive).
const arxivPrefix = "10.48550/arxiv."

// ArXiv returns the arXiv id (without version) of the paper whose DOI
// arXiv gave it d names, a DOI as Parse returns it
// (10.48550/arXiv.2401.00002 → 2401.00002), or "" when d is no such DOI:
// a paper with it is on arXiv, whatever it was written as.
func ArXiv(d string) string {
	if len(d) < len(arxivPrefix) || !strings.EqualFold(d[:len(arxivPrefix)], arxivPrefix) {
		return ""
	}
	id, _, ok := arxivid.Ref(strings.ToLower(d[len(arxivPrefix):]))
	if !ok {
		return ""
	}
	return id
}
