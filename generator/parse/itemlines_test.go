package parse

import (
	"strings"
	"testing"
)

// TestItemLines: a mistake in one item of a list-valued field is told at
// the item's own line when the list is written one item a line, and at
// its key's line when it is written in brackets there.
func TestItemLines(t *testing.T) {
	const paper = "---\ntitle: T\nid: x\ndate: 2024-01-01\n" // the field's key on line 5
	const page = "---\ntitle: About\n"                       // on line 3
	const site = "title: T\nbaseURL: https://e.org/\n"       // on line 3
	tests := []struct{ name, kind, src, want string }{
		{"paper alias", "paper", paper + "aliases:\n  - smith-2024\n  - \"a b\"\n---\n", `x.md:7: alias "a b" cannot be a paper's address`},
		{"paper alias twice", "paper", paper + "aliases:\n  - smith-2024\n  - smith-2024\n---\n", `x.md:7: alias "smith-2024" is given twice`},
		{"paper address alias", "paper", paper + "aliases:\n  - smith-2024\n  - /404.html\n---\n", `x.md:7: alias "/404.html": the address`},
		{"paper alias with a version", "paper", paper + "aliases:\n  - smith-2024\n  - 2405.15216v1\n---\n", `x.md:7: alias "2405.15216v1" is an arXiv id with its version, and the paper's former page was /papers/2405.15216/, with none: write ` + "`\"2405.15216\"`"},
		{"paper alias pasted", "paper", paper + "aliases:\n  - smith-2024\n  - https://digest.example.org/papers/2405.15216/\n---\n", `x.md:7: alias "https://digest.example.org/papers/2405.15216/" is a whole address; an alias is the paper's former id, or a former address from the site's root: write ` + "`\"2405.15216\"`"},
		{"paper alias on arXiv", "paper", paper + "aliases:\n  - smith-2024\n  - https://arxiv.org/abs/2405.15216v2\n---\n", "x.md:7: alias \"https://arxiv.org/abs/2405.15216v2\" is a whole address; an alias is the paper's former id, or a former address from the site's root: write `\"2405.15216\"`"},
		{"paper alias not kept", "paper", paper + "aliases:\n  - smith-2024\n  - /posts/a b/\n---\n", "x.md:7: alias \"/posts/a b/\": the address /posts/a b/ has \"a b\""},
		{"paper alias twice in letter case", "paper", paper + "aliases:\n  - /Posts/A/\n  - /posts/a/\n---\n", "x.md:7: alias \"/posts/a/\" is /Posts/A/ in other letter case"},
		{"paper aliases flow", "paper", paper + "aliases: [smith-2024, \"a b\"]\n---\n", `x.md:5: alias "a b" cannot be a paper's address`},
		{"paper topic", "paper", paper + "topics:\n  - agents\n  - \"++\"\n---\n", `x.md:7: topic "++" has no letters or digits`},
		{"paper topic folder", "paper", paper + "topics:\n  - agents\n  - con\n---\n", `x.md:7: topic "con" would be the folder topics/con/`},
		{"paper topic sign", "paper", paper + "topics:\n  - agents\n  - C++\n---\n", `x.md:7: topic "C++" has '+'`},
		{"paper topics flow", "paper", paper + "topics: [agents, \"++\"]\n---\n", `x.md:5: topic "++" has no letters or digits`},
		{"paper category", "paper", paper + "categories:\n  - cs.CL\n  - machine learning\n---\n", `x.md:7: categories: "machine learning" is not an arXiv category`},
		{"paper categories, the first", "paper", paper + "categories:\n  - cs.CL\n  - nlp\n  - reading\n---\n", `x.md:7: categories: "nlp" and "reading" are not arXiv categories`},
		{"paper categories flow", "paper", paper + "categories: [cs.CL, machine learning]\n---\n", `x.md:5: categories: "machine learning" is not an arXiv category`},
		{"page alias", "page", page + "aliases:\n  - /about-us/\n  - /papers/x/\n---\n", `x.md:5: alias "/papers/x/": the address`},
		{"page alias twice", "page", page + "aliases:\n  - /about-us/\n  - /about-us/\n---\n", `x.md:5: alias "/about-us/" is given twice`},
		{"page aliases flow", "page", page + "aliases: [/about-us/, /papers/x/]\n---\n", `x.md:3: alias "/papers/x/": the address`},
		{"feed alias", "site", site + "feedAliases:\n  - index.xml\n  - feed.xml\n", `x.md:5: feedAliases: "feed.xml" is an address the build writes itself`},
		{"feed aliases flow", "site", site + "feedAliases: [index.xml, feed.xml]\n", `x.md:3: feedAliases: "feed.xml" is an address the build writes itself`},
		{"topic alias", "site", site + "topics:\n  agents:\n    aliases:\n      - bots\n      - Bots\n", `x.md:7: topic "agents": alias "Bots" is not a slug`},
		{"topic aliases flow", "site", site + "topics:\n  agents:\n    aliases: [bots, Bots]\n", `x.md:5: topic "agents": alias "Bots" is not a slug`},
		{"unsubscribe", "site", site + "newsletter:\n  unsubscribe:\n    - mailto:leave@e.org\n    - https://e.org/a b\n", `x.md:6: newsletter.unsubscribe "https://e.org/a b" has " "`},
		{"unsubscribe flow", "site", site + "newsletter:\n  unsubscribe: [mailto:leave@e.org, https://e.org/a b]\n", `x.md:4: newsletter.unsubscribe "https://e.org/a b" has " "`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var err error
			switch tt.kind {
			case "paper":
				_, err = Paper("x.md", []byte(tt.src), DefaultLimits())
			case "page":
				_, err = Page("content/pages/about.md", []byte(tt.src))
			case "site":
				_, err = Config("x.md", []byte(tt.src), "")
			}
			want := tt.want
			if tt.kind == "page" {
				want = "content/pages/about.md" + strings.TrimPrefix(want, "x.md")
			}
			if err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("err = %v, want %q", err, want)
			}
		})
	}
}
