package importer

import (
	"errors"
	"io/fs"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Rule is a topic's keyword rule from content/site.yaml: a paper whose Hugging
// Face keywords contain one of Keywords as whole words gets the topic Slug.
type Rule struct {
	Slug     string
	Keywords []string
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
		}
		if len(r.Keywords) > 0 {
			rules = append(rules, r)
		}
	}
	return rules, nil
}

// suggest returns the slugs of the rules that match any of keywords, in rule
// order.
func suggest(rules []Rule, keywords []string) []string {
	var out []string
	for _, r := range rules {
	rule:
		for _, rk := range r.Keywords {
			for _, k := range keywords {
				if textutil.ContainsWord(strings.ToLower(k), strings.ToLower(rk)) {
					out = append(out, r.Slug)
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
