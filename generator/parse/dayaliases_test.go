package parse

import (
	"fmt"
	"slices"
	"testing"
)

// TestDayAliases: a day file's aliases: are its former dates, written as
// a date or as a day's address, and its former addresses elsewhere, each
// at its line; one that cannot be kept is an error at its line saying
// what to write.
func TestDayAliases(t *testing.T) {
	const file = "content/days/2024-01-03.md"
	tests := []struct {
		name, front string
		dates, reds []string
		lines       map[string]int
		err         string
	}{
		{name: "dates", front: "aliases:\n  - \"2024-01-02\"\n  - /days/2023-12-31/\n  - 2023-12-30\n  - days/2023-12-29\n",
			dates: []string{"2024-01-02", "2023-12-31", "2023-12-30", "2023-12-29"},
			lines: map[string]int{"2024-01-02": 3, "2023-12-31": 4, "2023-12-30": 5, "2023-12-29": 6}},
		{name: "elsewhere", front: "aliases: [/posts/digest-2/, /2024/01/02/digest.html]\n", reds: []string{"posts/digest-2", "2024/01/02/digest.html"},
			lines: map[string]int{"/posts/digest-2": 2, "/2024/01/02/digest.html": 2}},
		{name: "own", front: "aliases: [/days/2024-01-03/]\n", err: file + ":2: alias \"/days/2024-01-03/\" is the day's own address; an alias is a former one: remove it"},
		{name: "twice", front: "aliases: [\"2024-01-02\", /days/2024-01-02/]\n", err: file + ":2: alias \"/days/2024-01-02/\" is given twice; keep one"},
		{name: "no such day", front: "aliases: [\"2024-02-30\"]\n", err: file + ":2: alias \"2024-02-30\": 2024-02-30 is not a date, "},
		{name: "not a date", front: "aliases: [/days/latest/]\n", err: file + ":2: alias \"/days/latest/\": latest is not a date, written YYYY-MM-DD; an alias of a day is its former date, like \"2024-01-02\""},
		{name: "a section", front: "aliases: [/papers/x/]\n", err: file + ":2: alias \"/papers/x/\": the address /papers/x/ is in /papers/, a folder the build fills itself"},
		{name: "a word", front: "aliases: [tuesday]\n", err: file + ":2: alias \"tuesday\" is no former address of the day; write its former date (\"2024-01-02\", whose page /days/2024-01-02/ then sends readers on) or a former address from the site's root (/posts/digest-2024-01-02/)"},
		{name: "pasted day", front: "aliases: [\"https://x.org/r/days/2024-01-02/\"]\n", err: file + ":2: alias \"https://x.org/r/days/2024-01-02/\" is a whole address; an alias is the day's former date, or a former address from the site's root: write `\"2024-01-02\"`"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, _, err := Day(file, []byte("---\n"+tt.front+"---\n"), DefaultLimits())
			if got := fmt.Sprint(err); tt.err == "" && err != nil || tt.err != "" && (len(got) < len(tt.err) || got[:len(tt.err)] != tt.err) {
				t.Fatalf("Day(%q) error = %v, want %q", tt.front, err, tt.err)
			}
			if tt.err != "" {
				return
			}
			if !slices.Equal(d.Aliases, tt.dates) || !slices.Equal(d.Redirects, tt.reds) || fmt.Sprint(d.AliasLines) != fmt.Sprint(tt.lines) || d.AliasesLine != 2 {
				t.Errorf("Day(%q) = aliases %q, redirects %q at %v (aliases: at %d); want %q, %q at %v (2)", tt.front, d.Aliases, d.Redirects, d.AliasLines, d.AliasesLine, tt.dates, tt.reds, tt.lines)
			}
		})
	}
}
