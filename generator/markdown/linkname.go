package markdown

import (
	"net/url"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
)

// unknownTarget is the name a fix gives a link whose target linkName
// does not know: words that are plainly to be replaced, never a claim of
// where it leads.
const unknownTarget = "where the link leads, in a few words"

// ciHosts are the hosts of continuous-integration services, whose badges
// show a build's status.
var ciHosts = []string{"travis-ci.org", "travis-ci.com", "app.travis-ci.com", "circleci.com", "app.circleci.com", "ci.appveyor.com", "dev.azure.com", "builds.sr.ht"}

// linkName returns a name for a link with no text of its own that says
// where dest leads, for the fix a warning gives: "The code on GitHub"
// for a GitHub repository, "Build status" for its actions (a CI badge's
// link), "Open in Colab", "The paper on arXiv"; unknownTarget for an
// address it does not know.
func linkName(dest string) string {
	u, err := url.Parse(strings.TrimSpace(dest))
	if err != nil || u.Scheme != "https" && u.Scheme != "http" {
		return unknownTarget
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	parts := strings.FieldsFunc(u.Path, func(r rune) bool { return r == '/' })
	if _, _, ok := arxivid.FromURL(dest); ok {
		switch {
		case host == "huggingface.co":
			return "The paper on Hugging Face"
		case len(parts) > 0 && parts[0] == "pdf":
			return "The paper's PDF on arXiv"
		}
		return "The paper on arXiv"
	}
	switch {
	case host == "github.com" && len(parts) >= 2:
		if len(parts) == 2 || parts[2] == "tree" || parts[2] == "blob" {
			return "The code on GitHub"
		}
		if parts[2] == "actions" || parts[2] == "workflows" {
			return "Build status"
		}
	case host == "colab.research.google.com":
		return "Open in Colab"
	case host == "huggingface.co" && len(parts) >= 2:
		switch parts[0] {
		case "spaces":
			return "The demo on Hugging Face"
		case "datasets":
			return "The dataset on Hugging Face"
		case "papers", "docs", "blog", "collections":
		default:
			if len(parts) == 2 {
				return "The model on Hugging Face"
			}
		}
	case host == "doi.org" || host == "dx.doi.org":
		if doi := strings.TrimPrefix(u.Path, "/"); doi != "" {
			return "DOI " + doi
		}
	case host == "pypi.org" && len(parts) >= 2 && parts[0] == "project":
		return "The package on PyPI"
	case strings.Contains(u.Path, "/-/pipelines") || slices.Contains(ciHosts, host):
		return "Build status"
	}
	return unknownTarget
}
