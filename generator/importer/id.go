package importer

import (
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/filename"
)

var (
	arxivNewRE = regexp.MustCompile(`^\d{4}\.\d{4,5}$`)
	arxivOldRE = regexp.MustCompile(`^[a-z]+(-[a-z]+)*(\.[A-Z]{2})?/\d{7}$`)
	otherIDRE  = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$`)
	versionRE  = regexp.MustCompile(`^(.+)v(\d{1,6})$`)
)

// IsArXiv reports whether id is an arXiv identifier without version:
// new style (2405.15738) or old style (cond-mat/0603029, math.AG/0601001).
func IsArXiv(id string) bool {
	return arxivNewRE.MatchString(id) || arxivOldRE.MatchString(id)
}

// ArXivRef returns the arXiv id and version (0 for none) that s names: an
// id (2405.15738, 2405.15738v2, cond-mat/0603029), one written "arXiv:…",
// or the URL of its arxiv.org abstract or PDF or of its Hugging Face paper
// page. ok is false for anything else.
func ArXivRef(s string) (id string, version int, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) > 6 && strings.EqualFold(s[:6], "arxiv:") {
		s = s[6:]
	}
	if u, err := url.Parse(s); err == nil && (u.Scheme == "https" || u.Scheme == "http") {
		host := strings.TrimPrefix(strings.ToLower(u.Host), "www.")
		p := strings.TrimSuffix(u.Path, "/")
		switch {
		case host == "arxiv.org" || host == "export.arxiv.org":
			if rest, found := strings.CutPrefix(p, "/abs/"); found {
				s = rest
			} else if rest, found := strings.CutPrefix(p, "/pdf/"); found {
				s = strings.TrimSuffix(rest, ".pdf")
			} else {
				return "", 0, false
			}
		case host == "huggingface.co" && strings.HasPrefix(p, "/papers/"):
			s = strings.TrimPrefix(p, "/papers/")
		default:
			return "", 0, false
		}
	}
	id, version = SplitVersion(s)
	if !IsArXiv(id) {
		return "", 0, false
	}
	return id, version, true
}

// CheckID returns nil if id can name a paper file: an arXiv id, or a
// conservative name of letters, digits, '.', '_' and '-' that starts with a
// letter or digit, holds no "..", and is not a name some systems reserve.
func CheckID(id string) error {
	switch {
	case id == "":
		return fmt.Errorf("the id is empty")
	case IsArXiv(id):
		return nil
	case !otherIDRE.MatchString(id) || strings.Contains(id, ".."):
		return fmt.Errorf("id %q is not a safe file name; ids are arXiv ids (2405.15738, cond-mat/0603029) or letters, digits, '.', '_' and '-' (at most 128, no '..')", id)
	case filename.Unportable(id) != "":
		return fmt.Errorf("id %q %s; choose another id", id, filename.Unportable(id))
	}
	return nil
}

// SplitVersion splits an arXiv id with a version suffix ("2405.15738v2") into
// the id and the version. An id without a valid suffix is returned whole with
// version 0.
func SplitVersion(s string) (id string, version int) {
	m := versionRE.FindStringSubmatch(s)
	if m == nil || !IsArXiv(m[1]) {
		return s, 0
	}
	v, err := strconv.Atoi(m[2])
	if err != nil || v == 0 {
		return s, 0
	}
	return m[1], v
}

// PaperPath returns the slash path of id's paper file below the site folder:
// "content/papers/" + id with "/" replaced by "-" + ".md".
func PaperPath(id string) string {
	return "content/papers/" + strings.ReplaceAll(id, "/", "-") + ".md"
}

// DayPath returns the slash path of a day file below the site folder.
func DayPath(day string) string {
	return "content/days/" + day + ".md"
}
