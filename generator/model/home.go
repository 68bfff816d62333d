package model

import "time"

// Home returns the day p is at home on: its own digest day (the day of
// Date) when that lists it, else the first day that lists it, where the
// curator took it off its own (removed:) and listed it on another
// (listed:, papers:). It is nil when no day lists p (before the index
// links the days). It is the day of p's one item in the whole-site feed,
// and the day that dates it wherever papers of many days are listed: its
// feed items, its search record and the pages of its topics, authors and
// organization, where Date would name a day that no longer lists it, or
// has no page at all.
func (p *Paper) Home() *Day {
	for _, d := range p.Days {
		if d.Date.Equal(p.Date) {
			return d
		}
	}
	if len(p.Days) > 0 {
		return p.Days[0]
	}
	return nil
}

// HomeDay returns the date of p's Home day, UTC midnight, or Date when no
// day lists p: the date a list of papers of many days shows it under and
// orders it by.
func (p *Paper) HomeDay() time.Time {
	if d := p.Home(); d != nil {
		return d.Date
	}
	return p.Date
}
