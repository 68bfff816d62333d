package generator

import (
	"context"
	"io/fs"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestRemovedDays: a build into a destination holding the site built
// before warns of each day's page it published that this build removes,
// at the day new in this build when one is (its day file, or the one to
// write), with the alias that keeps the address; none when the moved
// day's aliases: keeps it, whose page sends readers on, as a paper's
// alias does.
func TestRemovedDays(t *testing.T) {
	former := fstest.MapFS{}
	for p, data := range mustBuild(t, movedDaySite) {
		former[p] = &fstest.MapFile{Data: []byte(data)}
	}
	dayFile := func(date, front string) string {
		return "-- content/days/" + date + ".md --\n---\ntitle: Moved\n" + front + "---\nMoved from Tuesday.\n"
	}
	for _, c := range []struct {
		name, site string
		want       []string
	}{
		{"unchanged", movedDaySite, nil},
		{"moved, no day file", moveDay("2024-01-03"), []string{
			"content/days/2024-01-03.md: days/2024-01-02/ was published and this build removes it, while the day 2024-01-03 is new: readers' and other sites' links to the old address would find nothing; if its papers were moved to 2024-01-03, write this file with `aliases: [\"2024-01-02\"]` in its front matter (---, the line, ---) to keep the address (a page there sends readers on) and the id of the digest's item in the daily-digest feeds (without it, their readers get it again as new); if it was taken off on purpose, build once to publish that, and this is not told again"}},
		{"moved, day file", moveDay("2024-01-03", dayFile("2024-01-03", "")), []string{
			"content/days/2024-01-03.md: days/2024-01-02/ was published and this build removes it, while the day 2024-01-03 is new: readers' and other sites' links to the old address would find nothing; if its papers were moved to 2024-01-03, add `aliases: [\"2024-01-02\"]` to this day's file to keep the address (a page there sends readers on) and the id of the digest's item in the daily-digest feeds (without it, their readers get it again as new); if it was taken off on purpose, build once to publish that, and this is not told again"}},
		{"moved to a day published", moveDay("2024-01-04"), []string{
			"content/days: days/2024-01-02/ was published and this build removes it, as no paper is on that day now: if the papers were moved to another day, add `aliases: [\"2024-01-02\"]` to that day's file, content/days/<date>.md, to keep the address (a page there sends readers on) and the id of the digest's item in the daily-digest feeds (without it, their readers get it again as new); if it was taken off on purpose, build once to publish that, and this is not told again"}},
		{"emptied by its day file", movedDaySite + "-- content/days/2024-01-02.md --\n---\ntitle: Tuesday\nremoved: [\"2401.00001\", \"2401.00002\"]\n---\n", []string{
			"content/days/2024-01-02.md:3: days/2024-01-02/ was published and this build removes it, as this day file removes all its papers (removed:): if the papers were moved to another day, add `aliases: [\"2024-01-02\"]` to that day's file to keep the address (a page there sends readers on) and the id of the digest's item in the daily-digest feeds (without it, their readers get it again as new); if you did not mean to empty the day, take its papers out of removed:; if it was taken off on purpose, build once to publish that, and this is not told again"}},
		{"emptied by its day file, while another day is new", moveDay("2024-01-03", "-- content/days/2024-01-02.md --\n---\ntitle: Tuesday\n---\nNo papers.\n"), []string{
			"content/days/2024-01-02.md:1: days/2024-01-02/ was published and this build removes it, as this day file lists no paper the site publishes (only an intro, or drafts): if the papers were moved to another day, add `aliases: [\"2024-01-02\"]` to that day's file to keep the address (a page there sends readers on) and the id of the digest's item in the daily-digest feeds (without it, their readers get it again as new); if it was taken off on purpose, build once to publish that, and this is not told again"}},
		{"kept by an alias", moveDay("2024-01-03", dayFile("2024-01-03", "aliases: [\"2024-01-02\"]\n")), nil},
		{"kept by its address", moveDay("2024-01-04", dayFile("2024-01-04", "aliases: [/days/2024-01-02/]\n")), nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := formerWarnings(t, c.site, former, func(p Problem) bool { return p.Kind == "removed" })
			if !slices.Equal(got, c.want) {
				t.Errorf("warnings:\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}

// TestRemovedPeriods: the week's and month's pages the site built before
// published, which this build removes as no paper is dated in them now,
// are one warning at content/days; none while a paper is.
func TestRemovedPeriods(t *testing.T) {
	former := fstest.MapFS{}
	for p, data := range mustBuild(t, movedDaySite) {
		former[p] = &fstest.MapFile{Data: []byte(data)}
	}
	for _, c := range []struct {
		name, site string
		want       []string
	}{
		{"unchanged", movedDaySite, nil},
		{"a day moved in its week", moveDay("2024-01-03"), nil},
		{"every day moved to February", strings.ReplaceAll(movedDaySite, "date: 2024-01-0", "date: 2024-02-0"), []string{
			"content/days: weeks/2024-W01/, months/2024-01/ were published and this build removes them, as no paper is dated in them now: readers' and other sites' links to them would find nothing, and no alias keeps a week's or month's page; " +
				"if papers were moved out by mistake, date them back; if they were taken off on purpose, build once to publish that, and this is not told again"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			got := formerWarnings(t, c.site, former, func(p Problem) bool { return p.Kind == "removed" && strings.Contains(p.Msg, "weeks/") })
			if !slices.Equal(got, c.want) {
				t.Errorf("warnings:\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}

// formerWarnings builds site into a destination holding former, the
// site built before, and returns the warnings keep keeps, as written.
func formerWarnings(t *testing.T, site string, former fs.FS, keep func(Problem) bool) []string {
	t.Helper()
	res, err := Build(context.Background(), Options{Site: siteFS(site), Former: former})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range res.Warnings {
		if keep(p) {
			got = append(got, p.String())
		}
	}
	return got
}
