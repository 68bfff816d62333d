package index

import (
	"fmt"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// citeKeyClashes tells, at the citekey: line of each, the papers that pin
// one BibTeX key, in any letter case (BibTeX and biber take keys that
// differ only in it for one): a .bib file with two of them would cite
// one paper by the other's entry, and neither is the one to keep it.
func citeKeyClashes(papers []*model.Paper, errs *diag.List) {
	byKey := map[string][]*model.Paper{}
	var order []string
	for _, p := range papers {
		if p.CiteKey == "" {
			continue
		}
		k := strings.ToLower(p.CiteKey)
		if byKey[k] == nil {
			order = append(order, k)
		}
		byKey[k] = append(byKey[k], p)
	}
	for _, k := range order {
		if g := byKey[k]; len(g) > 1 {
			for _, p := range g {
				var others []string
				for _, o := range g {
					if o == p {
						continue
					}
					as := ""
					if o.CiteKey != p.CiteKey {
						as = fmt.Sprintf(" (as %q: BibTeX takes keys that differ only in letter case for one)", o.CiteKey)
					}
					others = append(others, fmt.Sprintf("%s:%d%s", o.Source, o.CiteKeyLine, as))
				}
				errs.Add(p.Source, p.CiteKeyLine, "citekey %q is pinned by %s too, and each paper needs a key of its own; keep it on the paper readers cite by it, and remove the others' citekey: (or give them keys of their own)", p.CiteKey, strings.Join(others, ", "))
			}
		}
	}
}
