package model

import "fmt"

// UnlistedDay returns the day file of site.Unlisted whose day is slug
// ("2024-02-29"), or nil when none is.
func (s *Site) UnlistedDay(slug string) *Day {
	for _, d := range s.Unlisted {
		if d.Slug == slug {
			return d
		}
	}
	return nil
}

// WhyUnlisted says, at its file and line, why the day file d of
// Site.Unlisted has no page: "content/days/2024-02-29.md:3 removes all
// its papers (removed:)", at the line of its first removed: entry, or
// that it lists no paper the site publishes (only an intro, or drafts).
// What names a missing day (a build's warning of a page it removes,
// paperboy mail --date) says so, or the curator looks for a paper date.
func (d *Day) WhyUnlisted() string {
	return fmt.Sprintf("%s:%d %s", d.Source, d.UnlistedLine(), d.UnlistedReason())
}

// UnlistedReason is WhyUnlisted without the file and line.
func (d *Day) UnlistedReason() string {
	if len(d.Removed) > 0 {
		return "removes all its papers (removed:)"
	}
	return "lists no paper the site publishes (only an intro, or drafts)"
}

// UnlistedFix says what to do when the day file d of Site.Unlisted
// emptied its day by mistake: "if you did not mean to empty the day, take
// its papers out of removed:" when its removed: takes off every paper,
// else "" (it lists none to take back).
func (d *Day) UnlistedFix() string {
	if len(d.Removed) > 0 {
		return "if you did not mean to empty the day, take its papers out of removed:"
	}
	return ""
}

// UnlistedLine is the line of d's file that WhyUnlisted names.
func (d *Day) UnlistedLine() int {
	if len(d.Removed) > 0 && len(d.RemovedLines) > 0 && d.RemovedLines[0] > 0 {
		return d.RemovedLines[0]
	}
	return d.Line
}
