package doi

import (
	"regexp"
	"strings"
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
