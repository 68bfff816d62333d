package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestNewSiteNamesEverySetting: the site.yaml that paperboy new site
// writes, "with every setting documented" as the README says, has a line
// (commented out or not) for each setting of the README's site.yaml table.
func TestNewSiteNamesEverySetting(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	start := strings.Index(readme, "\n### `content/site.yaml`\n")
	end := strings.Index(readme, "\n### `content/papers/<id>.md`\n")
	if start < 0 || end < start {
		t.Fatal("the README has no section ### `content/site.yaml` before ### `content/papers/<id>.md`")
	}
	rows := regexp.MustCompile("(?m)^\\| `([A-Za-z]+)` \\|").FindAllStringSubmatch(readme[start:end], -1)
	if len(rows) < 20 {
		t.Fatalf("found %d rows in the README's site.yaml table, want its every setting", len(rows))
	}
	for _, r := range rows {
		if !regexp.MustCompile(`(?m)^(# )?` + r[1] + `:`).MatchString(siteTemplate) {
			t.Errorf("paperboy new site's site.yaml has no line for %s", r[1])
		}
	}
}
