package generator

import (
	"context"
	"strings"
	"testing"
)

// TestAliasClashLines: an alias that is another paper's id or a page's
// address, or that another paper or page has too, is told at its own
// line when aliases: is written one item a line, naming the other's at
// its own line too, and at aliases:' line when it is written in brackets.
func TestAliasClashLines(t *testing.T) {
	p1, p2, about, team := "content/papers/2405.00001.md", "content/papers/2405.00002.md", "content/pages/about.md", "content/pages/team.md"
	aliases := func(path, list string) mistake {
		if strings.HasPrefix(path, "content/pages/") {
			return mistake{path, path, "---\n", "---\n" + list}
		}
		return mistake{path, path, "upvotes: ", list + "upvotes: "}
	}
	teamPage := mistake{team, team, "", "---\ntitle: Team\n---\nUs.\n"}
	tests := []struct {
		name     string
		mistakes []mistake
		want     string
	}{
		{"a paper's id", []mistake{aliases(p1, "aliases:\n  - smith-2024\n  - 2405.00002\n")},
			`content/papers/2405.00001.md:9: alias "2405.00002" is the id of content/papers/2405.00002.md:3`},
		{"a paper's id, in brackets", []mistake{aliases(p1, "aliases: [smith-2024, 2405.00002]\n")},
			`content/papers/2405.00001.md:7: alias "2405.00002" is the id of content/papers/2405.00002.md:3`},
		{"another paper's alias", []mistake{aliases(p1, "aliases:\n  - smith-2024\n  - shared\n"), aliases(p2, "aliases:\n  - jones-2024\n  - shared\n")},
			`content/papers/2405.00002.md:8: alias "shared" is an alias of content/papers/2405.00001.md:9 too`},
		{"a page's address", []mistake{aliases(p1, "aliases:\n  - smith-2024\n  - /about/\n")},
			`content/papers/2405.00001.md:9: alias "/about/" is the address of content/pages/about.md too`},
		{"a page's address, from a page", []mistake{teamPage, aliases(team, "aliases:\n  - /people/\n  - /about/\n")},
			`content/pages/team.md:4: alias "about" is the address of content/pages/about.md`},
		{"another page's alias", []mistake{teamPage, aliases(about, "aliases:\n  - /us/\n  - /who/\n"), aliases(team, "aliases:\n  - /people/\n  - /who/\n")},
			`content/pages/team.md:4: alias "who" is an alias of content/pages/about.md:4 too`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			site := curatorSite
			for _, m := range tt.mistakes {
				site = m.apply(t, site)
			}
			_, err := Build(context.Background(), Options{Site: siteFS(site)})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want %q", err, tt.want)
			}
		})
	}
}
