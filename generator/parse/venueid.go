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
	// pmcidRE is a PubMed Central id, PMC and a number, as the address
	// of the article's page has it (in any letter case there).
	pmcidRE = regexp.MustCompile(`(?i)^pmc([1-9][0-9]{0,9})(?:/.*)?$`)
)

// VenueID returns the id that the address s of a paper's page gives it,
// on a site that names each paper by an id of its own, for a paper not
// on arXiv to take as its id: OpenReview's (the forum's, PDF's or
// attachment's ?id=, as written, for its ids tell letter case apart;
// one starting with _ or -, as many do, without them: TrimmedID), the
// ACL Anthology's (2024.acl-long.12, P18-1001), PubMed's (37952131) and
// PubMed Central's (PMC1234567). It returns "" for any other text, and
// for an id no paper could take.
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
	case host == "openreview.net" && (p == "forum" || p == "pdf" || p == "attachment"):
		id = u.Query().Get("id")
	case host == "aclanthology.org" || host == "aclweb.org" && strings.HasPrefix(p, "anthology/"):
		if m := aclIDRE.FindStringSubmatch(strings.TrimPrefix(p, "anthology/")); m != nil {
			id = m[1]
		}
	case host == "pubmed.ncbi.nlm.nih.gov" || host == "ncbi.nlm.nih.gov" && strings.HasPrefix(p, "pubmed/"):
		if pmid := strings.TrimPrefix(p, "pubmed/"); pmidRE.MatchString(pmid) {
			id = pmid
		}
	case host == "pmc.ncbi.nlm.nih.gov" && strings.HasPrefix(p, "articles/") || host == "ncbi.nlm.nih.gov" && strings.HasPrefix(p, "pmc/articles/"):
		if m := pmcidRE.FindStringSubmatch(strings.TrimPrefix(strings.TrimPrefix(p, "pmc/"), "articles/")); m != nil {
			id = "PMC" + m[1]
		}
	}
	return TrimmedID(id)
}

// TrimmedID returns s, an id a paper's source gives it (OpenReview's
// _VjQlMeSB_J) or the name of its file, without the '_', '.' and '-' it
// starts with, which no paper's id may (a build skips a file whose name
// starts with _ or ., as Hugo's _index.md), when the rest is an id a
// paper can take (ValidID, and a file name Windows holds); "" otherwise.
// The paper takes the rest as its id.
func TrimmedID(s string) string {
	if id := strings.TrimLeft(s, "_.-"); ValidID(id) && filename.Unportable(id) == "" {
		return id
	}
	return ""
}
