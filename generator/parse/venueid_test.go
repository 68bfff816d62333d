package parse

import "testing"

// TestVenueID: the address of a paper's page on OpenReview, the ACL
// Anthology or PubMed, as a browser shows it, gives the id the venue
// gives the paper, OpenReview's in its letter case; any other address
// gives none.
func TestVenueID(t *testing.T) {
	for in, want := range map[string]string{
		"https://openreview.net/forum?id=ZkT9xPqR3a":                 "ZkT9xPqR3a",
		"openreview.net/pdf?id=B1-Hhnslg":                            "B1-Hhnslg",
		"https://openreview.net/forum?id=ZkT9xPqR3a&noteId=abc":      "ZkT9xPqR3a",
		"https://openreview.net/forum?id=_xwr8gOBeV1":                "xwr8gOBeV1", // no id starts with _
		"https://openreview.net/pdf?id=-Hx9bKqL2m":                   "Hx9bKqL2m",
		"https://openreview.net/attachment?id=ZkT9xPqR3a&name=pdf":   "ZkT9xPqR3a",
		"https://openreview.net/forum?id=___":                        "",
		"https://pmc.ncbi.nlm.nih.gov/articles/PMC1234567/":          "PMC1234567",
		"https://www.ncbi.nlm.nih.gov/pmc/articles/pmc1234567/":      "PMC1234567",
		"https://pmc.ncbi.nlm.nih.gov/articles/PMC1234567/pdf/a.pdf": "PMC1234567",
		"https://pmc.ncbi.nlm.nih.gov/articles/":                     "",
		"https://pmc.ncbi.nlm.nih.gov/search/?term=PMC1234567":       "",
		"https://openreview.net/group?id=ICLR.cc/2024/Conference":    "",
		"https://aclanthology.org/2024.acl-long.12/":                 "2024.acl-long.12",
		"https://aclanthology.org/2024.acl-long.12v2.pdf":            "2024.acl-long.12",
		"https://www.aclweb.org/anthology/P18-1001.pdf":              "P18-1001",
		"https://aclanthology.org/events/acl-2024/":                  "",
		"https://pubmed.ncbi.nlm.nih.gov/37952131/":                  "37952131",
		"https://www.ncbi.nlm.nih.gov/pubmed/37952131":               "37952131",
		"https://pubmed.ncbi.nlm.nih.gov/?term=retina":               "",
		"https://arxiv.org/abs/2410.07166":                           "",
		"ZkT9xPqR3a":                                                 "",
		"https://www.biorxiv.org/content/10.1101/2024.03.01.582937":  "",
	} {
		if got := VenueID(in); got != want {
			t.Errorf("VenueID(%q) = %q, want %q", in, got, want)
		}
	}
}
