package parse

import (
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestMeantDay: a day written in another order, with other separators or
// with its month's name is read as the one day it can be; one that could
// be two days (03/04/2024), or none, is not.
func TestMeantDay(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-6-16", "2025-06-16"},
		{"2025/06/16", "2025-06-16"},
		{"2025_06_16", "2025-06-16"}, // underscores, as a file name may
		{"16/06/2025", "2025-06-16"},
		{"16.6.2025", "2025-06-16"},
		{"06/16/2025", "2025-06-16"},
		{"05-05-2025", "2025-05-05"},
		{"June 16, 2025", "2025-06-16"},
		{"16 Jun 2025", "2025-06-16"},
		{"2025\u201306\u201316", "2025-06-16"}, // en dashes, as a word processor writes them
		{"2025\u221206\u221216", "2025-06-16"}, // minus signs
		{"03/04/2025", ""},                     // March 4 or April 3
		{"20250616", "2025-06-16"},             // YYYYMMDD
		{"20251340", ""},                       // no such month
		{"123456789", ""},
		{"31/02/2025", ""}, // no such day
		{"16/06/25", ""},   // which century
		{"soon", ""},
		// As a site in another language writes a day.
		{"16. Juni 2025", "2025-06-16"},
		{"Montag, 16. Juni 2025", "2025-06-16"},
		{"16 juin 2025", "2025-06-16"},
		{"lundi 16 juin 2025", "2025-06-16"},
		{"16 de junio de 2025", "2025-06-16"},
		{"16. Sept. 2025", "2025-09-16"},
		{"16 ביוני 2025", "2025-06-16"},
		{"16 يونيو 2025", "2025-06-16"},
		{"۱۶ ژوئن ۲۰۲۵", "2025-06-16"}, // Persian digits
		{"2025年6月16日", "2025-06-16"},
		{"2025\u2060年6\u2060月16\u2060日", "2025-06-16"},
		{"２０２５年６月１６日", "2025-06-16"}, // full-width digits
		{"2025년 6월 16일", "2025-06-16"},
		{"٢٠٢٥-٠٦-١٦", "2025-06-16"}, // Arabic-Indic digits
		{"١٦/٠٦/٢٠٢٥", "2025-06-16"},
		{"2025年2月30日", ""},             // no such day
		{"16. Juni", ""},               // no year
		{"16. Juni Juli 2025", ""},     // two months
		{"16. Juni ungefähr 2025", ""}, // a word of no day
		{"Juni 2025", ""},
	}
	for _, tt := range tests {
		if got := meantDay(tt.in); got != tt.want {
			t.Errorf("meantDay(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSubmittedLine: arXiv's line of a paper's versions, pasted as a
// date, is told the days it holds, as published: and updated:.
func TestSubmittedLine(t *testing.T) {
	for in, want := range map[string]string{
		"[Submitted on 12 Jun 2017 (v1), last revised 2 Aug 2023 (this version, v7)]": `"[Submitted on 12 Jun 2017 (v1), last revised 2 Aug 2023 (this version, v7)]" is arXiv's line of the paper's versions, copied from its page, not a date; write published: 2017-06-12 and updated: 2023-08-02, the days of its first and last versions (date: is the day your digest lists the paper)`,
		"[Submitted on 3 Jan 2024]": `"[Submitted on 3 Jan 2024]" is arXiv's line of the paper's versions, copied from its page, not a date; write published: 2024-01-03, the day of its first version (date: is the day your digest lists the paper)`,
	} {
		if got := (&dateError{value: in}).Error(); got != want {
			t.Errorf("dateError(%q) =\n%s\nwant\n%s", in, got, want)
		}
	}
}

// TestPublishedYearOrMonth: published: takes a year or a year and month
// alone, as a journal article is often known, as the first day of it with
// its precision, so that no citation makes up a day; a month that is none
// is still an error, one written another way (May 2019, 2019/05) is told
// the YYYY-MM to write, and updated: before the year is told it as
// written.
func TestPublishedYearOrMonth(t *testing.T) {
	for _, tc := range []struct {
		published string
		want      string // Published, YYYY-MM-DD
		as        model.Precision
		err       string
	}{
		{"2019", "2019-01-01", model.YearPrecision, ""},
		{`"2019"`, "2019-01-01", model.YearPrecision, ""},
		{"2019-05", "2019-05-01", model.MonthPrecision, ""},
		{"2019-05-17", "2019-05-17", model.DayPrecision, ""},
		{"2019-13", "", 0, `x.md:4: published: "2019-13" is not a date`},
		{"219", "", 0, `x.md:4: published: "219" is not a date; write YYYY-MM-DD (2024-03-14), or the month or year alone as YYYY-MM (2024-03) or YYYY (2024)`},
		// A month written another way is told the YYYY-MM it means.
		{"May 2019", "", 0, `x.md:4: published: "May 2019" is not a date; write the month as YYYY-MM: 2019-05 (or its day, YYYY-MM-DD, if you know it)`},
		{"2019/05", "", 0, `x.md:4: published: "2019/05" is not a date; write the month as YYYY-MM: 2019-05`},
		{"2019-5", "", 0, `x.md:4: published: "2019-5" is not a date; write the month as YYYY-MM: 2019-05`},
		{"05/2019", "", 0, `x.md:4: published: "05/2019" is not a date; write the month as YYYY-MM: 2019-05`},
		{"Sept. 2019", "", 0, `x.md:4: published: "Sept. 2019" is not a date; write the month as YYYY-MM: 2019-09`},
		{"Spring 2019", "", 0, `x.md:4: published: "Spring 2019" is not a date; write YYYY-MM-DD (2024-03-14), or the month or year alone as YYYY-MM (2024-03) or YYYY (2024)`},
		{"2019\nupdated: 2018-12-31", "", 0, "x.md:5: updated 2018-12-31 is before published 2019, but"},
		// Jekyll's switch is told that draft: true keeps a paper out, so
		// that no date is written in its place, which would publish it.
		{"false", "", 0, "x.md:4: published: \"false\" is not a date: published: is the day of the paper's first version here (YYYY-MM-DD, 2024-03-14, or a year or month alone), not Jekyll's switch; to keep the paper off the site, write `draft: true` in its place (`build --drafts` shows it)"},
		{"true", "", 0, "x.md:4: published: \"true\" is not a date: published: is the day of the paper's first version here (YYYY-MM-DD, 2024-03-14, or a year or month alone), not Jekyll's switch; a paper is published unless it has `draft: true`, so remove the line"},
		{`"false"`, "", 0, `x.md:4: published: "false" is not a date; write YYYY-MM-DD`}, // a quoted string is no switch
	} {
		src := "---\ntitle: T\nid: t\npublished: " + tc.published + "\ndate: 2024-01-01\n---\nA.\n"
		p, err := Paper("x.md", []byte(src), DefaultLimits())
		switch {
		case tc.err != "" && (err == nil || !strings.HasPrefix(err.Error(), tc.err)):
			t.Errorf("published: %s: error %v, want %q…", tc.published, err, tc.err)
		case tc.err != "":
		case err != nil:
			t.Errorf("published: %s: %v", tc.published, err)
		case p.Published.Format(time.DateOnly) != tc.want || p.PublishedAs != tc.as:
			t.Errorf("published: %s = %s (precision %d), want %s (precision %d)", tc.published, p.Published.Format(time.DateOnly), p.PublishedAs, tc.want, tc.as)
		}
	}
}
