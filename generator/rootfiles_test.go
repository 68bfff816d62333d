package generator

import (
	"io/fs"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/themes"
)

// TestRootFilesListed: every file a build writes at the site's root, but
// its pages and the theme's static files, is one model.RootFiles lists,
// so that an alias naming one is refused at its line (where the build
// would otherwise fail to write a folder over the file) in any letter case.
func TestRootFilesListed(t *testing.T) {
	out := mustBuild(t, "-- content/site.yaml --\ntitle: T\nbaseURL: https://papers.example.org/\ndomain: papers.example.org\n"+
		"-- content/papers/2405.00001.md --\n---\ntitle: A\narxiv: \"2405.00001\"\nauthors: [Ada Lovelace]\ndate: 2024-05-27\n---\n\nAbstract.\n")
	for p := range out {
		switch {
		case strings.Contains(p, "/"), p == "index.html", p == "404.html", p == ".nojekyll":
			continue
		}
		if _, err := fs.Stat(themes.Default(), "static/"+p); err == nil {
			continue
		}
		if got := model.RootFile(p); got != p {
			t.Errorf("the build writes %s at the site's root, and model.RootFile(%q) = %q: add it to model.RootFiles", p, p, got)
		}
	}
}

// TestAliasOfRootFile: a paper's or a topic's alias naming a file the
// build writes at the site's root, exactly or in other letter case, is an
// error at the alias's line, not a failure to write the alias's page.
func TestAliasOfRootFile(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://lab.example.org/\ntopics:\n  nlp:\n    aliases: [/Atom.xml/]\n" +
		"-- content/papers/2405.00001.md --\n---\ntitle: A\narxiv: \"2405.00001\"\naliases:\n  - /feed.xml\nauthors: [Ada Lovelace]\ndate: 2024-05-27\ntopics: [nlp]\n---\n\nAbstract.\n"
	_, err := buildSite(t, site, Options{})
	errorsStart(t, err, []string{
		`content/papers/2405.00001.md:5: alias "/feed.xml": the address /feed.xml/ needs a folder /feed.xml/ where the build writes the file /feed.xml at the site's root`,
		`content/site.yaml:5: topic "nlp": alias "/Atom.xml/": the address /Atom.xml/ needs a folder /Atom.xml/, which a Mac's or Windows's disk holds as one with the file /atom.xml`,
	})
}
