package importer

import (
	"crypto/sha256"
	"encoding/hex"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// record is a paper's imported: mapping: what the last import saw, so the
// next one can tell the curator's edits from values it wrote itself.
type record struct {
	Sources  []string // sources that imported the paper, sorted
	Title    *string  // the source's title
	Authors  *string  // digest of the source's author list
	Abstract *string  // digest of the abstract Markdown the source's text gives
	Code     *string
	Project  *string
	// Organization and OrganizationURL are the source's organization:
	// and organization_url:, like Code.
	Organization    *string
	OrganizationURL *string
	Image           *string
	Topics          []string // topics the keyword rules suggested, sorted
	Days            []string // digest days an import listed the paper on, sorted
}

// recordKeys is the order of the keys in imported:.
var recordKeys = []string{"sources", "title", "authors", "abstract", "code", "project", "organization", "organization_url", "image", "topics", "days"}

// readRecord reads an imported: mapping; anything it does not know is ignored.
func readRecord(n *yaml.Node) record {
	var r record
	if n == nil || n.Kind != yaml.MappingNode {
		return r
	}
	text := func(key string) *string {
		if v, ok := scalarOf(lookup(n, key)); ok {
			return &v
		}
		return nil
	}
	r.Sources = stringsOf(lookup(n, "sources"))
	r.Title, r.Authors, r.Abstract = text("title"), text("authors"), text("abstract")
	r.Code, r.Project, r.Image = text("code"), text("project"), text("image")
	r.Organization, r.OrganizationURL = text("organization"), text("organization_url")
	r.Topics = stringsOf(lookup(n, "topics"))
	r.Days = stringsOf(lookup(n, "days"))
	return r
}

// node renders the record as a block mapping.
func (r record) node() *yaml.Node {
	m := &yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}
	add := func(key string, v *yaml.Node) {
		m.Content = append(m.Content, str(key, false), v)
	}
	for _, k := range recordKeys {
		switch k {
		case "sources":
			add(k, list(r.Sources, true, false))
		case "title", "authors", "abstract", "code", "project", "organization", "organization_url", "image":
			if p := r.text(k); p != nil {
				add(k, str(*p, k != "authors" && k != "abstract"))
			}
		case "topics":
			if len(r.Topics) > 0 {
				add(k, list(r.Topics, true, false))
			}
		case "days":
			if len(r.Days) > 0 {
				d := list(r.Days, true, false)
				for _, c := range d.Content {
					c.Tag = "!!timestamp"
				}
				add(k, d)
			}
		}
	}
	return m
}

// text returns the record's text field named key.
func (r record) text(key string) *string {
	switch key {
	case "title":
		return r.Title
	case "authors":
		return r.Authors
	case "abstract":
		return r.Abstract
	case "code":
		return r.Code
	case "project":
		return r.Project
	case "organization":
		return r.Organization
	case "organization_url":
		return r.OrganizationURL
	case "image":
		return r.Image
	}
	return nil
}

// digest is a short, stable fingerprint of text: 16 hex digits of SHA-256.
func digest(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// authorsDigest fingerprints an author list.
func authorsDigest(names []string) string { return digest(strings.Join(names, "\n")) }

// union returns the sorted union of a and b without duplicates.
func union(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}
