package parse

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/filename"
)

var (
	// aclIDRE is a paper's id in the ACL Anthology, as its address ends:
	// 2024.acl-long.12 (from 2020), P18-1001 (before), with the version
	// of a PDF (v2) or a file's extension after it.
	aclIDRE = regexp.MustCompile(`^([0-9]{4}\.[a-z0-9-]+\.[0-9]+|[A-Z][0-9]{2}-[0-9]{4})(?:v[0-9]+)?(?:\.pdf|\.bib|\.xml)?$`)
	// pmidRE is a PubMed id.
	pmidRE = regexp.MustCompile(`^[1-9][0-9]{0,8}$`)
)

// VenueID returns the id that the address s of a paper's page gives it,
// on a site that names each paper by an id of its own, for a paper not
// on arXiv to take as its id: OpenReview's (the forum's or PDF's ?id=,
// as written, for its ids tell letter case apart), the ACL Anthology's
// (2024.acl-long.12, P18-1001) and PubMed's (37952131). It returns ""
// for any other text, and for an id no paper could take.
func VenueID(s string) string {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return ""
	}
	host, p := strings.TrimPrefix(strings.ToLower(u.Host), "www."), strings.Trim(u.Path, "/")
	var id string
	switch {
	case host == "openreview.net" && (p == "forum" || p == "pdf"):
		id = u.Query().Get("id")
	case host == "aclanthology.org" || host == "aclweb.org" && strings.HasPrefix(p, "anthology/"):
		if m := aclIDRE.FindStringSubmatch(strings.TrimPrefix(p, "anthology/")); m != nil {
			id = m[1]
		}
	case host == "pubmed.ncbi.nlm.nih.gov" || host == "ncbi.nlm.nih.gov" && strings.HasPrefix(p, "pubmed/"):
		if pmid := strings.TrimPrefix(p, "pubmed/"); pmidRE.MatchString(pmid) {
			id = pmid
		}
	}
	if !ValidID(id) || filename.Unportable(id) != "" {
		return ""
	}
	return id
}
