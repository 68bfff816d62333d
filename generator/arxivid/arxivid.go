// Package arxivid holds the one set of rules for reading an arXiv
// identifier, which the build (a paper's arxiv:) and the importer (a file's
// arxiv:, a command-line argument, a feed's id) share, so that the importer
// finds a paper's file by its id exactly as the build reads it.
//
// An id is new style, YYMM.NNNNN (2405.15738; four digits after the dot
// before 2015: 0704.0001, and a number of the other length is a digit
// dropped or added), or old style, archive[.SC]/YYMMNNN
// (cond-mat/0603029, math.GT/0309136). A version, v1 to v999999, may
// follow it (2405.15738v2); arXiv numbers versions from 1, so v0 is a
// mistake, as is a number too long to be a version. Written by hand, an id
// may have spaces around it and an arXiv: prefix in any letter case
// (arXiv:2405.15738, as arXiv prints it; ARXIV: as some reference managers
// do).
//
// Parse reads an id written like that; Ref reads one, or the link to its
// arxiv.org abstract, PDF or HTML page or to its Hugging Face paper page.
// The build asks for a bare id and uses Parse, and FromURL to tell a
// curator who pasted a link which id to write instead. Named reads a
// paper named by its id where any paper's id may stand (a day's papers:,
// which the importer reads too): the prefix is taken off an arXiv id,
// and nothing else is changed.
package arxivid

import (
	"errors"
	"fmt"
	"net/url"
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// maxVersionDigits caps a version at six digits (v999999), far more than
// any paper has, so a longer number is a slip, not a version.
const maxVersionDigits = 6

var (
	newRE     = regexp.MustCompile(`^\d{4}\.\d{4,5}$`)
	oldRE     = regexp.MustCompile(`^[a-z]+(-[a-z]+)*(\.[A-Z]{2})?/\d{7}$`)
	versionRE = regexp.MustCompile(`^(.+)v(\d+)$`)
)

// Valid reports whether id is an arXiv id without version, new style
// (2405.15738) or old style (cond-mat/0603029, math.AG/0601001).
func Valid(id string) bool {
	return check(id) == nil
}

// check returns nil for an arXiv id without version, a *DigitsError for
// one of no month arXiv gave such ids in or, new style, with a digit too
// few or too many for its month, and ErrNotID for anything else.
func check(id string) error {
	switch {
	case newRE.MatchString(id):
		if !newMonth(id[:4]) {
			return &DigitsError{ID: id, Month: id[:4]}
		}
		if (len(id) == len("2405.15738")) != fiveDigits(id) {
			return &DigitsError{ID: id}
		}
		return nil
	case oldRE.MatchString(id):
		if yymm := id[strings.IndexByte(id, '/')+1:][:4]; !oldMonth(yymm) {
			return &DigitsError{ID: id, Month: yymm}
		}
		return nil
	}
	return ErrNotID
}

// newMonth reports whether yymm is a month arXiv gave new-style ids in:
// from April 2007 (0704) on, months 01 to 12.
func newMonth(yymm string) bool {
	return yymm >= "0704" && month(yymm[2:])
}

// oldMonth reports whether yymm, an old-style id's first four digits,
// is a month arXiv gave old-style ids in: from August 1991 (9108) to
// March 2007 (0703), months 01 to 12.
func oldMonth(yymm string) bool {
	return (yymm >= "9108" || yymm <= "0703") && month(yymm[2:])
}

// month reports whether mm is a month's two digits, 01 to 12.
func month(mm string) bool {
	return mm >= "01" && mm <= "12"
}

// fiveDigits reports whether the new-style id (YYMM. and digits) is of a
// month whose ids have five digits after the dot: 1501 (January 2015)
// on; four until 1412.
func fiveDigits(id string) bool {
	return id[:4] >= "1501"
}

// ErrNotID is Parse's error for text that is no arXiv id.
var ErrNotID = errors.New("not an arXiv id")

// DigitsError is Parse's error for a new-style id with a digit too few
// after the dot (2506.1089: one was dropped) or too many (0801.12345):
// arXiv numbered a month's papers with four digits from 0704 to 1412,
// and with five from 1501 on; and for an id whose year and month are no
// month arXiv gave it in (2413.00001, hep-th/9913001).
type DigitsError struct {
	ID string // the id without its version, as written
	// Month is the id's first four digits when they name no month
	// arXiv gave such ids in (2413, 2400, hep-th/9913…, 0703.…):
	// a digit mistyped.
	Month string
}

func (e *DigitsError) Error() string {
	if e.Month != "" {
		switch {
		case !month(e.Month[2:]):
			return fmt.Sprintf("an arXiv id starts with the year and month it was submitted (YYMM), and %s has no month %s", e.Month, e.Month[2:])
		case strings.Contains(e.ID, "/"):
			return fmt.Sprintf("old-style arXiv ids (archive/YYMMNNN) were given from August 1991 to March 2007, not in %s", e.Month)
		default:
			return fmt.Sprintf("arXiv ids of the form YYMM.NNNNN start in April 2007 (0704), not %s; earlier ones are old style, like hep-th/%s001", e.Month, e.Month)
		}
	}
	if fiveDigits(e.ID) {
		return "arXiv ids from 2015 on have 5 digits after the dot; a digit is missing"
	}
	return "arXiv ids before 2015 have 4 digits after the dot; a digit is one too many"
}

// VersionError is Parse's error for a valid id with a version arXiv never
// gives: v0, or one of more than six digits.
type VersionError struct {
	ID      string // the id without its version
	Version string // the digits after the v, as written
}

func (e *VersionError) Error() string {
	if len(e.Version) <= maxVersionDigits {
		return fmt.Sprintf("v%s is not a version: arXiv numbers versions from v1", e.Version)
	}
	return fmt.Sprintf("v%s is not a version: arXiv's have at most %d digits", e.Version, maxVersionDigits)
}

// Parse reads s as a curator writes an id: spaces around it, an arXiv:
// prefix in any letter case (and spaces after it), then the id with or
// without a version. It returns the id without version and the version (0
// for none). On error, id is what was read without prefix and version
// suffix, so that a caller can still name the paper; err is ErrNotID, a
// *DigitsError or a *VersionError.
func Parse(s string) (id string, version int, err error) {
	s, _ = cutPrefix(strings.TrimSpace(s))
	return parseBare(s)
}

// cutPrefix returns s without an arXiv: prefix in any letter case and the
// spaces after it, and whether it had one.
func cutPrefix(s string) (string, bool) {
	const prefix = "arxiv:"
	if len(s) > len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return strings.TrimSpace(s[len(prefix):]), true
	}
	return s, false
}

// Named is the id of the paper s names where a source names a paper by
// its id (a day's papers: and removed:, a paper's aliases:): s without
// spaces around it and, when an arXiv id (as Parse reads it) follows it,
// without the arXiv: prefix Parse takes off, so that arXiv:2506.10892
// names the paper 2506.10892 there as it does in arxiv:. Anything else
// is s as written, trimmed: a paper not on arXiv has an id of its own,
// and a version stays (the paper 2506.10892 is not 2506.10892v2).
func Named(s string) string {
	s = strings.TrimSpace(s)
	if rest, ok := cutPrefix(s); ok {
		if _, _, err := parseBare(rest); err == nil {
			return rest
		}
	}
	return s
}

// parseBare reads s as an id with or without a version, nothing around it.
func parseBare(s string) (id string, version int, err error) {
	m := versionRE.FindStringSubmatch(s)
	if m == nil {
		return s, 0, check(s)
	}
	if err := check(m[1]); errors.Is(err, ErrNotID) {
		return s, 0, ErrNotID // no id has a v in it
	} else if err != nil {
		return m[1], 0, err
	}
	if len(m[2]) > maxVersionDigits {
		return m[1], 0, &VersionError{ID: m[1], Version: m[2]}
	}
	v, _ := strconv.Atoi(m[2]) // at most six digits: no overflow
	if v == 0 {
		return m[1], 0, &VersionError{ID: m[1], Version: m[2]}
	}
	return m[1], v, nil
}

// Same reports whether a and b, ids without version, name one paper: an
// old-style id's subject class is not part of arXiv's identifier, so
// math.GT/0309136, as a paper's own stamp prints it, is the paper arXiv's
// API calls math/0309136. Any other ids are the same when equal.
func Same(a, b string) bool {
	return a == b || Valid(a) && Valid(b) && WithoutClass(a) == WithoutClass(b)
}

// WithoutClass is id, a valid id, without an old-style id's subject class
// (math.GT/0309136 → math/0309136), which two ids are the same paper by.
func WithoutClass(id string) string {
	archive, number, ok := strings.Cut(id, "/")
	if !ok {
		return id
	}
	archive, _, _ = strings.Cut(archive, ".")
	return archive + "/" + number
}

// Split splits a version suffix off an id ("2405.15738v2" → "2405.15738",
// 2), as arXiv's and Hugging Face's feeds write ids. Anything else, with a
// version Parse refuses too, is returned whole with version 0.
func Split(s string) (id string, version int) {
	id, version, err := parseBare(s)
	if err != nil || version == 0 {
		return s, 0
	}
	return id, version
}

// Ref returns the id and version (0 for none) that s names: an id as Parse
// reads it, or a link as FromURL reads it. ok is false for anything else.
func Ref(s string) (id string, version int, ok bool) {
	if id, version, ok := FromURL(s); ok {
		return id, version, true
	}
	id, version, err := Parse(s)
	if err != nil {
		return "", 0, false
	}
	return id, version, true
}

// FromURL returns the id and version (0 for none) that a link names: the
// paper's abstract, PDF or HTML page on arxiv.org (or export.arxiv.org), or
// its Hugging Face paper page, over http(s) or with no scheme, as a
// browser's address bar shows it. ok is false for any other text.
func FromURL(s string) (id string, version int, ok bool) {
	s = strings.TrimSpace(s)
	if !strings.Contains(s, "://") {
		s = "https://" + s
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") {
		return "", 0, false
	}
	rest, found := idPath(strings.TrimPrefix(strings.ToLower(u.Host), "www."), strings.TrimSuffix(u.Path, "/"))
	if !found {
		return "", 0, false
	}
	id, version, err = parseBare(rest)
	if err != nil {
		return "", 0, false
	}
	return id, version, true
}

// idPath returns the part of a link's path that is the paper's id (with
// its version) on host, and whether the link is a paper's page there.
func idPath(host, p string) (string, bool) {
	switch host {
	case "arxiv.org", "export.arxiv.org":
		for _, page := range []string{"/abs/", "/pdf/", "/html/"} {
			if rest, found := strings.CutPrefix(p, page); found {
				return strings.TrimSuffix(rest, ".pdf"), true
			}
		}
	case "huggingface.co":
		return strings.CutPrefix(p, "/papers/")
	}
	return "", false
}

// Format writes id with its version, as arXiv does: 2405.15738v2, or the
// id alone for version 0.
func Format(id string, version int) string {
	if version == 0 {
		return id
	}
	return id + "v" + strconv.Itoa(version)
}

// Mistyped returns the arXiv id s is when typed otherwise (Format's
// form): in full-width digits and dot, as Chinese and Japanese input
// methods type them (２４１０．０７１６６), with a comma for the dot, or
// with a v and no version after it; "" when none is, or s is an id.
func Mistyped(s string) string {
	n := norm.NFKC.String(s)
	for _, t := range []string{n, strings.Replace(n, ",", ".", 1), strings.TrimRight(n, "vV")} {
		if t = strings.TrimSpace(t); t != strings.TrimSpace(s) {
			if id, version, err := Parse(t); err == nil {
				return Format(id, version)
			}
		}
	}
	return ""
}
