package mail

import (
	"errors"
	"fmt"
	"html/template"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Kind is what a digest covers.
type Kind string

// The kinds of digest.
const (
	DayDigest   Kind = "day"   // a day's ranked papers
	WeekDigest  Kind = "week"  // an ISO week's top papers
	MonthDigest Kind = "month" // a calendar month's top papers
)

// Selector names a digest: its Kind and Key ("2024-06-04", "2024-W22",
// "2024-06"); an empty Key means the newest one of that kind.
type Selector struct {
	Kind Kind
	Key  string
}

// Digest is the papers one email presents. Its Name, Title and Headline
// are in the language of the catalog that wrote them: English from
// Select, the theme's language in the message Compose makes.
type Digest struct {
	Kind   Kind
	Slug   string    // "2024-06-04", "2024-W22" or "2024-06"
	Name   string    // what it covers: "Tuesday, June 4, 2024", "Week 22, 2024", "June 2024"
	Title  string    // the day's own title, or "Papers of …", "Top papers of …"
	Path   string    // its page below the site root: "days/2024-06-04/"
	Date   time.Time // the day, or the newest day of the week or month (UTC midnight)
	Papers []*model.Paper

	Day   *model.Day   // set for a day's digest
	Week  *model.Week  // set for a week's digest
	Month *model.Month // set for a month's digest

	headline string // see Headline; "" is the Title
	// givenIntro, when set, opens the email in place of the day's intro: the
	// rendered Markdown of the file introFrom (see WithIntro).
	givenIntro, introFrom string
}

// Headline is the digest in a few words, for subjects: "Alignment &
// agents (June 4, 2024)", "Papers of June 4, 2024", "Top papers of week
// 22, 2024", "Top papers of June 2024".
func (d *Digest) Headline() string {
	if d.headline != "" {
		return d.headline
	}
	return d.Title
}

// WithIntro returns a copy of the digest d whose email opens with html, the
// rendered Markdown of the file at path (mail --intro), in place of the
// day's intro: a week and a month, with no day file, have no other place
// for an editorial note.
func WithIntro(d *Digest, html template.HTML, path string) *Digest {
	out := *d
	out.givenIntro, out.introFrom = string(html), path
	return &out
}

// describe writes the Name, Title and headline of d (a day's, week's or
// month's; any other is left as it is) with the messages of c.
func (d *Digest) describe(c *i18n.Catalog) error {
	w := i18n.Texts{Catalog: c}
	switch {
	case d.Day != nil:
		d.Name = textutil.Capitalize(c.Date("dateLong", d.Day.Date))
		d.Title = d.Day.Title
		if d.Title == "" {
			d.Title = w.Text("papersOf", "Date", c.Date("dateMedium", d.Day.Date))
		}
	case d.Week != nil:
		d.Name = w.Text("titleWeek", "Num", d.Week.Num, "Year", d.Week.Year)
		d.Title = w.Text("topPapersOfWeek", "Num", d.Week.Num, "Year", d.Week.Year)
	case d.Month != nil:
		month := c.Date("dateMonth", d.Month.Start)
		d.Name = textutil.Capitalize(month)
		d.Title = w.Text("topPapersOf", "Month", month)
	default:
		return nil
	}
	d.headline = d.Title
	if d.Day != nil && d.Day.Title != "" {
		d.headline = w.Text("headlineDated", "Title", d.Day.Title, "Date", c.Date("dateMedium", d.Date))
	}
	return w.Err()
}

// in returns a copy of d written with the messages of c.
func (d *Digest) in(c *i18n.Catalog) (*Digest, error) {
	out := *d
	if err := out.describe(c); err != nil {
		return nil, err
	}
	return &out, nil
}

var (
	dayKeyRE   = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	weekKeyRE  = regexp.MustCompile(`^\d{4}-W\d{2}$`)
	monthKeyRE = regexp.MustCompile(`^\d{4}-\d{2}$`)
	// weekNumberRE is a week written without ISO's -W or its two digits:
	// 2025-25, 2025W25, 2025-w25, 2025-W1.
	weekNumberRE = regexp.MustCompile(`^(\d{4})[-wW]{1,2}(\d{1,2})$`)
)

// keyFormat returns the pattern of a kind's keys and an example key.
func keyFormat(k Kind) (*regexp.Regexp, string, bool) {
	switch k {
	case DayDigest:
		return dayKeyRE, "2024-06-04", true
	case WeekDigest:
		return weekKeyRE, "2024-W22", true
	case MonthDigest:
		return monthKeyRE, "2024-06", true
	}
	return nil, "", false
}

// Check reports a selector whose kind is unknown or whose key is
// malformed, with the key to write when only one can be meant.
func (sel Selector) Check() error {
	re, example, ok := keyFormat(sel.Kind)
	if !ok {
		return fmt.Errorf("unknown digest kind %q; use day, week or month", sel.Kind)
	}
	if sel.Key == "" || re.MatchString(sel.Key) {
		return nil
	}
	if hint := sel.meant(); hint != "" {
		return fmt.Errorf("%s %q %s", sel.Kind, sel.Key, hint)
	}
	return fmt.Errorf("%s %q is not a valid %s; write it like %s", sel.Kind, sel.Key, sel.Kind, example)
}

// monthNumberRE is a month written without its leading zero: 2025-1.
var monthNumberRE = regexp.MustCompile(`^(\d{4})-(\d{1,2})$`)

// meant is the rest of Check's error for a week or month key written as
// one thing only can be meant, which it names: a week's number without
// ISO's -W or two digits (2025-25, 2025-W1), a month's without its
// leading zero (2025-1), or a day (2024-12-30, which is in ISO week
// 2025-W01: ISO weeks cross the year, and date +%Y-W%V gets it wrong;
// 2025-01-15, in month 2025-01); "" for any other.
func (sel Selector) meant() string {
	day, dayErr := time.Parse(time.DateOnly, sel.Key)
	switch sel.Kind {
	case WeekDigest:
		if dayErr == nil {
			y, w := day.ISOWeek()
			return fmt.Sprintf("is a day, in ISO week %d-W%02d; write %d-W%02d (ISO weeks, as the site's week pages are named)", y, w, y, w)
		}
		if m := monthNumberRE.FindStringSubmatch(sel.Key); m != nil && len(m[2]) == 2 && m[2] >= "01" && m[2] <= "12" {
			// 2024-03 is how a month is written (/months/2024-03/), far
			// more often meant than ISO week 3, in January
			n, _ := strconv.Atoi(m[2])
			return fmt.Sprintf("is written as a month is; write --month %s for %s %s, or %s-W%s for ISO week %d (ISO weeks, as the site's week pages are named)", sel.Key, time.Month(n), m[1], m[1], m[2], n)
		}
		if m := weekNumberRE.FindStringSubmatch(sel.Key); m != nil {
			year, _ := strconv.Atoi(m[1])
			if n, _ := strconv.Atoi(m[2]); n >= 1 && n <= model.WeeksIn(year) {
				return fmt.Sprintf("is not a valid week; write %s-W%02d (ISO weeks, as the site's week pages are named)", m[1], n)
			}
		}
	case MonthDigest:
		if dayErr == nil {
			return fmt.Sprintf("is a day, in month %s; write %s", day.Format("2006-01"), day.Format("2006-01"))
		}
		if m := monthNumberRE.FindStringSubmatch(sel.Key); m != nil {
			if n, _ := strconv.Atoi(m[2]); n >= 1 && n <= 12 {
				return fmt.Sprintf("is not a valid month; write %s-%02d", m[1], n)
			}
		}
	}
	return ""
}

// holds reports whether the digest sel names would hold the day slug
// ("2024-03-20").
func (sel Selector) holds(slug string) bool {
	day, err := time.Parse(time.DateOnly, slug)
	switch {
	case sel.Kind == DayDigest || err != nil:
		return slug == sel.Key
	}
	switch sel.Kind {
	case WeekDigest:
		y, w := day.ISOWeek()
		return fmt.Sprintf("%d-W%02d", y, w) == sel.Key
	case MonthDigest:
		return day.Format("2006-01") == sel.Key
	}
	return false
}

// ErrNoDigest is what Select's error wraps when the site has no digest of
// the kind and key asked for.
var ErrNoDigest = errors.New("no such digest")

// noDigest is Select's error for a digest the site does not have.
type noDigest struct{ msg string }

func (e noDigest) Error() string { return e.msg }
func (e noDigest) Unwrap() error { return ErrNoDigest }

// Select finds the digest sel names in site, its words in the built-in
// English (Compose writes them in the theme's language). It fails when
// sel is malformed or the site has no such day, week or month.
func Select(site *model.Site, sel Selector) (*Digest, error) {
	if err := sel.Check(); err != nil {
		return nil, err
	}
	en, err := english()
	if err != nil {
		return nil, err
	}
	// n digests of the kind, newest first; at(i) is the i-th.
	var n int
	var at func(i int) *Digest
	switch sel.Kind {
	case DayDigest:
		n, at = len(site.Days), func(i int) *Digest { return dayDigest(site.Days[i]) }
	case WeekDigest:
		n, at = len(site.Weeks), func(i int) *Digest { return weekDigest(site.Weeks[i]) }
	case MonthDigest:
		n, at = len(site.Months), func(i int) *Digest { return monthDigest(site.Months[i]) }
	}
	for i := range n {
		if d := at(i); sel.Key == "" || d.Slug == sel.Key {
			return d.in(en)
		}
	}
	if n == 0 {
		return nil, noDigest{noPapers(site, sel)}
	}
	msg := fmt.Sprintf("the site has no %s %s", sel.Kind, sel.Key)
	// A day file of it is there: the curator looks for a paper's date.
	var why []string
	for _, d := range site.Unlisted {
		if sel.holds(d.Slug) {
			why = append(why, d.WhyUnlisted())
		}
	}
	if len(why) > 0 {
		msg += ": " + strings.Join(why, "; ")
	}
	msg += fmt.Sprintf("; the newest is %s, the oldest %s", at(0).Slug, at(n-1).Slug)
	keys := make([]string, n)
	for i := range n {
		keys[i] = at(i).Slug
	}
	if older, newer := model.Around(sel.Key, keys); older != "" {
		msg += fmt.Sprintf("; the nearest are %s, before it, and %s, after it", older, newer)
	}
	return nil, noDigest{msg}
}

// noPapers is Select's message for a site with no day of papers, and so
// no digest of sel's kind. When day files empty their days (removed:
// takes off every paper dated on them), it names the one sel's day is,
// or else the newest, at its removed: line, with why and what to do, as
// for a day of them that sel names on a site with others (WhyUnlisted,
// UnlistedFix): "no papers yet" sent the curator looking for papers
// that are there.
func noPapers(site *model.Site, sel Selector) string {
	var emptied []*model.Day // newest first, as Site.Unlisted
	for _, d := range site.Unlisted {
		if d.UnlistedFix() != "" {
			emptied = append(emptied, d)
		}
	}
	if len(emptied) == 0 {
		return fmt.Sprintf("the site has no papers yet, so there is no %s to mail; add papers under content/papers/", sel.Kind)
	}
	d, others := emptied[0], ""
	if named := site.UnlistedDay(sel.Key); sel.Kind == DayDigest && named != nil && named.UnlistedFix() != "" {
		d = named
	} else if len(emptied) > 1 {
		others = fmt.Sprintf(", the newest of %d day files that empty their days", len(emptied))
	}
	return fmt.Sprintf("the site has no day with papers, so there is no %s to mail: %s%s; %s", sel.Kind, d.WhyUnlisted(), others, d.UnlistedFix())
}

// dayDigest, weekDigest and monthDigest return the digest of a day, week
// or month without its words (see describe).
func dayDigest(d *model.Day) *Digest {
	return &Digest{Kind: DayDigest, Slug: d.Slug, Path: "days/" + d.Slug + "/", Date: d.Date, Papers: d.Papers, Day: d}
}

func weekDigest(w *model.Week) *Digest {
	return &Digest{Kind: WeekDigest, Slug: w.Slug, Path: "weeks/" + w.Slug + "/", Date: newest(w.Days, w.Start), Papers: w.Top, Week: w}
}

func monthDigest(m *model.Month) *Digest {
	return &Digest{Kind: MonthDigest, Slug: m.Slug, Path: "months/" + m.Slug + "/", Date: newest(m.Days, m.Start), Papers: m.Top, Month: m}
}

// newest is the date of the first (newest) day, or start without days.
func newest(days []*model.Day, start time.Time) time.Time {
	if len(days) > 0 {
		return days[0].Date
	}
	return start
}
