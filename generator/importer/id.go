package importer

import (
	"errors"
	"fmt"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/parse"
)

// CheckID returns nil if id can name a paper file: an arXiv id, or a
// conservative name of letters, digits, '.', '_' and '-' that starts with a
// letter or digit, holds no "..", and is not a name some systems reserve;
// but not an arXiv id with a digit dropped or added (2506.1089), or with
// a version arXiv never gives (2506.10892v0), which would name a paper
// file no import of the real id finds.
func CheckID(id string) error {
	var digits *arxivid.DigitsError
	var version *arxivid.VersionError
	_, _, err := arxivid.Parse(id)
	typed := arxivid.Mistyped(id)
	switch {
	case id == "":
		return fmt.Errorf("the id is empty")
	case arxivid.Valid(id):
		return nil
	case typed != "":
		return fmt.Errorf("id %q is the arXiv id %s typed otherwise; write %[2]s", id, typed)
	case errors.As(err, &digits), errors.As(err, &version):
		return fmt.Errorf("id %q: %v; write it as the paper's page on arXiv shows it", id, err)
	case !parse.ValidID(id): // as the build reads an id:
		return fmt.Errorf("id %q is not a safe file name; ids are arXiv ids (2405.15738, cond-mat/0603029) or letters, digits, '.', '_' and '-' (at most 128, no '..')", id)
	case filename.Unportable(id) != "":
		return fmt.Errorf("id %q %s; choose another id", id, filename.Unportable(id))
	}
	return nil
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
