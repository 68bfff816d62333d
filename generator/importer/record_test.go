package importer

import (
	"bytes"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestRecordFormat pins the imported: record as files hold it: reading a
// record and writing it back gives the same bytes, so records written by
// earlier imports (the one before organizations were imported, too) read
// the same, and a change to a key's name, order or quoting shows here.
func TestRecordFormat(t *testing.T) {
	for _, tt := range []struct {
		name, record string
		shared       int // shared fields recorded
	}{
		{"every key", "sources: [arxiv, hf]\n" +
			"title: \"A Title\"\n" +
			"authors: 6198e85381910a43\n" +
			"abstract: 8f7fc96a9f78a057\n" +
			"code: \"https://github.com/a/b\"\n" +
			"project: \"https://a.github.io/b/\"\n" +
			"organization: \"An Org\"\n" +
			"organization_url: \"https://huggingface.co/an-org\"\n" +
			"image: \"https://example.org/teaser.png\"\n" +
			"topics: [diffusion, robots]\n" +
			"days: [2025-06-16, 2026-07-09]\n", 8},
		{"before organizations", "sources: [hf]\n" +
			"title: \"A Title\"\n" +
			"authors: 6198e85381910a43\n" +
			"abstract: 8f7fc96a9f78a057\n" +
			"code: \"https://github.com/a/b\"\n" +
			"image: \"https://example.org/teaser.png\"\n" +
			"days: [2024-05-27]\n", 5},
		{"sources only", "sources: [arxiv]\n", 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var doc yaml.Node
			if err := yaml.Unmarshal([]byte(tt.record), &doc); err != nil {
				t.Fatal(err)
			}
			r := readRecord(doc.Content[0])
			if len(r.Shared) != tt.shared {
				t.Errorf("readRecord(%q).Shared = %q, want %d fields", tt.record, r.Shared, tt.shared)
			}
			var buf bytes.Buffer
			enc := yaml.NewEncoder(&buf)
			enc.SetIndent(2)
			if err := enc.Encode(r.node()); err != nil {
				t.Fatal(err)
			}
			if got := buf.String(); got != tt.record {
				t.Errorf("the record read and written again =\n%s\nwant\n%s", got, tt.record)
			}
		})
	}
}
