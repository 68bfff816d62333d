package render

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/paperboy-digest/paperboy/generator/i18n"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestDescription: a page's meta description from a summary has its math
// in Unicode and is cut at a word to 300 characters, for papers, days and
// pages alike.
func TestDescription(t *testing.T) {
	long := strings.Repeat("word ", 80) // 400 characters
	tests := []struct{ summary, want string }{
		{"Bounds on $\\alpha$.", "Bounds on α."},
		{long, strings.TrimSpace(long[:300]) + "…"},
	}
	for _, tt := range tests {
		if got := description(tt.summary); got != tt.want || utf8.RuneCountInString(got) > 301 {
			t.Errorf("description(%q) = %q, want %q", tt.summary, got, tt.want)
		}
	}
}

// TestDayTitle: a day page's title gives the date after the day's own
// title unless that title names the date already, where the date after it
// only repeated it in the browser's tab ("Digest for January 03, 2022:
// Video Generation & more — January 3, 2022").
func TestDayTitle(t *testing.T) {
	french, err := i18n.Builtin("fr")
	if err != nil {
		t.Fatal(err)
	}
	june4 := time.Date(2024, 6, 4, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		c           *i18n.Catalog
		title, want string
	}{
		{english, "", "Tuesday, June\u00a04, 2024"},
		{english, "Alignment & agents", "Alignment & agents — June\u00a04, 2024"},
		{english, "Digest for June 04, 2024: Agents & more", "Digest for June 04, 2024: Agents & more"},
		{english, "Picks of 4 Jun 2024", "Picks of 4 Jun 2024"},
		{english, "Papers of 2024-06-04", "Papers of 2024-06-04"},
		{french, "Sélection du 4 juin 2024", "Sélection du 4 juin 2024"},
		// Not the whole date: the month without the day, another day, no year.
		{english, "June 2024 highlights", "June 2024 highlights — June\u00a04, 2024"},
		{english, "Digest for June 14, 2024", "Digest for June 14, 2024 — June\u00a04, 2024"},
		{english, "Picks of June 4", "Picks of June 4 — June\u00a04, 2024"},
		{english, "Top 4 of 2024: the junebug papers", "Top 4 of 2024: the junebug papers — June\u00a04, 2024"},
	}
	for _, tt := range tests {
		if got := dayTitle(tt.c, &model.Day{Title: tt.title, Date: june4}); got != tt.want {
			t.Errorf("dayTitle(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

// TestWeekNameAcrossYears: a week's name gives its first day's year only
// when the week ends in another year, in English and in German.
func TestWeekNameAcrossYears(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	for _, tc := range []struct{ lang, start, want string }{
		{"en", "2024-06-03", "Jun\u00a03 – Jun\u00a09, 2024"},
		{"en", "2024-12-30", "Dec\u00a030, 2024 – Jan\u00a05, 2025"},
		{"de", "2024-12-30", "30.\u00a0Dez.\u00a02024 – 5.\u00a0Jan.\u00a02025"},
	} {
		c, err := i18n.Builtin(tc.lang)
		if err != nil {
			t.Fatal(err)
		}
		if got := weekName(c, &model.Week{Start: day(tc.start)}); got != tc.want {
			t.Errorf("%s, week of %s: %q, want %q", tc.lang, tc.start, got, tc.want)
		}
	}
}
