package doi

import (
	"regexp"
	"strings"
	"time"
)

// rxivRE is the DOI of a bioRxiv or medRxiv preprint, without a version.
var rxivRE = regexp.MustCompile(`(?i)^10\.1101/` + rxivNumber + `$`)

// rxivHostRE is the site of bioRxiv or medRxiv at the start of a link,
// its name's first three letters in the submatch.
var rxivHostRE = regexp.MustCompile(`(?i)^(?:https?://)?(?:www\.|connect\.)?(bio|med)rxiv\.org(?:[/?#]|$)`)

// Server reports whether d is the DOI of a bioRxiv or medRxiv preprint
// (10.1101/2024.03.01.582937, as Parse leaves it) and names its server,
// "bioRxiv" or "medRxiv", from the first of links (the paper's PDF, its
// page) on either's site. The two servers' DOIs are alike, and Cold
// Spring Harbor Laboratory registers both, so a DOI alone names neither:
// name is "" then, and the paper is still a preprint.
func Server(d string, links ...string) (name string, ok bool) {
	if !rxivRE.MatchString(d) {
		return "", false
	}
	for _, l := range links {
		if m := rxivHostRE.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			return strings.ToLower(m[1]) + "Rxiv", true
		}
	}
	return "", true
}

// Posted is the day that d, the DOI of a bioRxiv or medRxiv preprint,
// says it was posted: its number begins with it (10.1101/2022.11.03.22281234
// is November 3, 2022), as an arXiv id begins with its month. A DOI
// given before December 2019, a serial alone (10.1101/241000), names
// no day, nor does any other DOI: ok is false then.
func Posted(d string) (day time.Time, ok bool) {
	m := rxivRE.FindStringSubmatch(d)
	if m == nil || len(m[1]) < len("2006.01.02.") {
		return time.Time{}, false
	}
	day, err := time.Parse("2006.01.02", m[1][:len("2006.01.02")])
	return day, err == nil
}
