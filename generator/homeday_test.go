package generator

import (
	"testing"
)

// TestListsDateMovedPaperByHomeDay: a paper dated 2024-05-27, taken off
// that day (removed:) and listed on 2024-05-29, is shown and ordered on
// its topic's, its author's and its organization's pages by 2024-05-29,
// the day that lists it, above a paper of 2024-05-28, and the topic's
// sitemap entry dates the list by it: the rows gave its date:, a day that
// no longer lists it (here one with no page at all), and sorted it below
// that paper.
func TestListsDateMovedPaperByHomeDay(t *testing.T) {
	t.Parallel()
	front := "authors: [Ada Lovelace]\ntopics: [vision]\norganization: NVIDIA\n"
	out := mustBuild(t, siteYAML+
		paper("2405.00001", "title: Moved\narxiv: \"2405.00001\"\ndate: 2024-05-27\n"+front)+
		paper("2405.00002", "title: Stayed\narxiv: \"2405.00002\"\ndate: 2024-05-28\n"+front)+
		"-- content/days/2024-05-27.md --\n---\nremoved: [\"2405.00001\"]\n---\n"+
		"-- content/days/2024-05-29.md --\n---\nlisted: [\"2405.00001\"]\n---\n")
	if _, ok := out["days/2024-05-27/index.html"]; ok {
		t.Fatal("2024-05-27 has a page; the test wants a paper's date: with none")
	}
	moved := []string{`<time datetime="2024-05-29">`, `href="/papers/2405.00001/"`, `<time datetime="2024-05-28">`, `href="/papers/2405.00002/"`}
	row := []string{`href="/papers/2405.00001/"`, `<time datetime="2024-05-29">`, `href="/papers/2405.00002/"`, `<time datetime="2024-05-28">`}
	for path, want := range map[string][]string{
		"topics/vision/index.html":        moved,
		"organizations/nvidia/index.html": moved,
		"authors/ada-lovelace/index.html": row,
	} {
		out.contains(t, path, want...)
		out.lacks(t, path, "2024-05-27")
	}
	out.contains(t, "sitemap.xml", "/topics/vision/</loc><lastmod>2024-05-29</lastmod>")
}
