package generator

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestStrayFolders: a paper written into a misspelt folder of content/
// is not built, and the build says so, once for the folder; check names
// the file instead, and not the folder as well. A source folder beside
// content/ is named too.
func TestStrayFolders(t *testing.T) {
	ok := "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n"
	site := siteYAML + paper("a", ok) + "-- content/paper/b.md --\n---\ntitle: B\narxiv: \"2401.00002\"\ndate: 2024-01-01\n---\nB.\n" +
		"-- content/.git-notes/x.md --\nskipped\n" + "-- days/2024-01-02.md --\nIntro.\n"
	want := []string{
		"content/paper/: no build reads content/paper/: papers go in content/papers/, days in content/days/ and pages of your own in content/pages/; did you mean content/papers/? Rename the folder (paperboy check names each file in it)",
		"days/: no build reads days/ at the site's root: sources are read from content/ alone; move the folder to content/days/",
	}
	if got := warningsOf(t, site); !slices.Equal(got, want) {
		t.Errorf("warnings = %q, want %q", got, want)
	}
	problems, err := Check(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	var paths []string
	for _, p := range problems {
		if strings.HasPrefix(p.Path, "content/paper/") {
			paths = append(paths, p.Path)
		}
	}
	if !slices.Equal(paths, []string{"content/paper/b.md"}) {
		t.Errorf("check names %q under content/paper/, want the file alone", paths)
	}
}
