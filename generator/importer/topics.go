package importer

import (
	"errors"
	"io/fs"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/generator/slug"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Rule is a topic's keyword rule from content/site.yaml: a paper whose Hugging
// Face keywords contain one of Keywords as whole words gets the topic Slug.
// Also are the other ways a paper's topics: names the topic, which the
// build reads as it: its former slugs (aliases:) and its name.
type Rule struct {
	Slug     string
	Keywords []string
	Also     []string
}

// namedBy reports whether a paper's topics: entry t names the rule's
// topic, by its slug, a former slug or its name, as the build reads it
// (slug.Make of the entry): a paper on llm, the former slug of
// language-models, is on language-models already.
func (r Rule) namedBy(t string) bool {
	s := slug.Make(tex.SlugText(t))
	return s == r.Slug || slices.ContainsFunc(r.Also, func(a string) bool { return slug.Make(tex.SlugText(a)) == s })
}

// SitePath is where the site configuration lives, below the site folder.
const SitePath = "content/site.yaml"

// LoadRules reads the topics: mapping of content/site.yaml (slug → name,
// description, keywords) and returns its keyword rules in file order. A site
// without site.yaml or without topics has no rules. Only the shape the
// importer needs is checked; the build validates the rest.
func LoadRules(fsys fs.FS) ([]Rule, error) {
	site, err := siteMapping(fsys)
	if site == nil || err != nil {
		return nil, err
	}
	topics := lookup(site, "topics")
	if topics == nil || topics.Kind != yaml.MappingNode {
		return nil, nil
	}
	var rules []Rule
	for i := 0; i+1 < len(topics.Content); i += 2 {
		r := Rule{Slug: topics.Content[i].Value}
		if v := topics.Content[i+1]; v.Kind == yaml.MappingNode {
			for _, kw := range stringsOf(lookup(v, "keywords")) {
				if kw = strings.TrimSpace(kw); kw != "" {
					r.Keywords = append(r.Keywords, kw)
				}
			}
			r.Also = stringsOf(lookup(v, "aliases"))
			if n := lookup(v, "name"); n != nil && n.Kind == yaml.ScalarNode && n.Value != "" {
				r.Also = append(r.Also, n.Value)
			}
		}
		if len(r.Keywords) > 0 {
			rules = append(rules, r)
		}
	}
	return rules, nil
}

// suggest returns the rules that match any of keywords, in rule order.
func suggest(rules []Rule, keywords []string) []Rule {
	var out []Rule
	for _, r := range rules {
	rule:
		for _, rk := range r.Keywords {
			for _, k := range keywords {
				if textutil.ContainsWord(strings.ToLower(k), strings.ToLower(rk)) {
					out = append(out, r)
					break rule
				}
			}
		}
	}
	return out
}

// siteMapping returns site.yaml's top mapping: nil when there is no
// site.yaml or it is not a mapping, an error when it does not parse.
func siteMapping(fsys fs.FS) (*yaml.Node, error) {
	data, err := fs.ReadFile(fsys, SitePath)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(diag.Normalize(data), &doc); err != nil {
		// The build's reading of site.yaml names the line and what to write.
		if _, err := parse.Config(SitePath, data, ""); err != nil {
			return nil, err
		}
		return nil, diag.Errorf(SitePath, 0, "cannot read the topic keyword rules: %s; fix site.yaml and import again", strings.TrimPrefix(err.Error(), "yaml: "))
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		return nil, nil
	}
	return doc.Content[0], nil
}
