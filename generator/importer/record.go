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
	Sources []string // sources that imported the paper, sorted
	// Shared holds, by key, what the last import wrote into each shared
	// field (sharedKeys): the source's title and stickyFields as written,
	// a digest of its author list and of the abstract Markdown its text
	// gives. A field the last import did not record has no entry.
	Shared map[string]string
	// PerVersion holds, by key, a digest of what the last import wrote into
	// each of versionFields, so that a newer version lacking it can tell
	// an earlier version's value from the curator's.
	PerVersion map[string]string
	Topics     []string // topics the keyword rules suggested, sorted
	Days       []string // digest days an import listed the paper on, sorted
}

// sharedKeys returns the keys of the shared fields a record holds, in
// their order in imported:, after sources: and before versionKeys,
// topics: and days:.
func sharedKeys() []string {
	keys := []string{"title", "authors", "abstract"}
	for _, f := range stickyFields {
		keys = append(keys, f.key)
	}
	return keys
}

// versionKeys returns the keys of versionFields, in their order in
// imported:.
func versionKeys() []string {
	var keys []string
	for _, f := range versionFields {
		keys = append(keys, f.key)
	}
	return keys
}

// readRecord reads an imported: mapping; anything it does not know is ignored.
func readRecord(n *yaml.Node) record {
	r := record{Shared: map[string]string{}, PerVersion: map[string]string{}}
	if n == nil || n.Kind != yaml.MappingNode {
		return r
	}
	r.Sources = stringsOf(lookup(n, "sources"))
	for _, k := range sharedKeys() {
		if v, ok := scalarOf(lookup(n, k)); ok {
			r.Shared[k] = v
		}
	}
	for _, k := range versionKeys() {
		if v, ok := scalarOf(lookup(n, k)); ok {
			r.PerVersion[k] = v
		}
	}
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
	add("sources", list(r.Sources, true, false))
	for _, k := range sharedKeys() {
		if v, ok := r.Shared[k]; ok {
			add(k, str(v, k != "authors" && k != "abstract")) // digests go unquoted
		}
	}
	for _, k := range versionKeys() {
		if v, ok := r.PerVersion[k]; ok {
			add(k, str(v, false))
		}
	}
	if len(r.Topics) > 0 {
		add("topics", list(r.Topics, true, false))
	}
	if len(r.Days) > 0 {
		d := list(r.Days, true, false)
		for _, c := range d.Content {
			c.Tag = "!!timestamp"
		}
		add("days", d)
	}
	return m
}

// last returns what the last import recorded for the shared field key, or
// nil if it recorded nothing.
func (r record) last(key string) *string {
	if v, ok := r.Shared[key]; ok {
		return &v
	}
	return nil
}

// digest is a short, stable fingerprint of text: 16 hex digits of SHA-256.
func digest(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// AuthorsDigest is the fingerprint of an author list that a paper's
// imported: records under authors:, which the build compares with the
// paper's authors to tell a list left as the import wrote it.
func AuthorsDigest(names []string) string { return digest(strings.Join(names, "\n")) }

// union returns the sorted union of a and b without duplicates.
func union(a, b []string) []string {
	out := slices.Concat(a, b)
	slices.Sort(out)
	return slices.Compact(out)
}
