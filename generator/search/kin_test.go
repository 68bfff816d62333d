package search

import (
	"maps"
	"slices"
	"testing"
)

func TestOneEdit(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"attention", "atention", true},  // left out
		{"atention", "attention", true},  // inserted
		{"attention", "attentoin", true}, // swapped
		{"attention", "attentiom", true}, // changed
		{"attention", "attention", false},
		{"attention", "atentoin", false}, // two mistakes
		{"attention", "attent", false},
		{"schrödinger", "schrodinger", true}, // runes, not bytes
		{"ab", "ba", true},
		{"abc", "cba", false},
	}
	for _, tt := range tests {
		if got := oneEdit(tt.a, tt.b); got != tt.want {
			t.Errorf("oneEdit(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

func TestKin(t *testing.T) {
	tests := []struct {
		term, tok string
		want      bool
	}{
		{"transformers", "transformer", true},
		{"transformer", "transformers", true},
		{"queries", "query", true},
		{"matches", "match", true},
		{"cares", "car", false},
		{"gpus", "gpu", true},     // "us" kept by the S-stemmer
		{"gpu", "gpus", true},     //
		{"movies", "movie", true}, // "ies" made "y" by it
		{"movie", "movies", true}, //
		{"keys", "key", true},     //
		{"less", "les", false},    // "ss" is no plural
		{"losses", "loss", true},
		{"schrödinger", "schrödingers", false}, // ASCII words only
	}
	for _, tt := range tests {
		if got := isKin(tt.term, tt.tok); got != tt.want {
			t.Errorf("isKin(%q, %q) = %v, want %v", tt.term, tt.tok, got, tt.want)
		}
	}
}

// TestTypoStart checks which typing mistakes at a word's start are
// found, and that what a typo finds does not depend on how the index is
// cut into shards: the typo lookup reads the shards of a few starts, and
// a term a shard holds by chance (its neighbours in the shard's range)
// found a mistake at one archive size and not at another.
func TestTypoStart(t *testing.T) {
	docs := append(fixtureDocs(), genDocs(500)...)
	typos := []struct {
		q     string
		found bool
	}{
		{"atention ", true},   // a mistake after the first two letters
		{"tatention ", true},  // the first two swapped
		{"xattention ", true}, // a letter typed before the word
		{"axttention ", true}, // a letter typed second
		{"dfifusion ", true},  // the second and third swapped
		{"difusion ", true},   //
		{"ttention ", false},  // the first letter left out: the word may start with any letter
		{"iffusion ", false},  //
		{"sttention ", false}, // the first letter changed
		{"dlffusion ", false}, // the second letter changed: any of the d… words
		{"dffusion ", false},  // the second letter left out
	}
	var first map[string][]Hit
	for _, size := range []int{512, 2 << 10, 8 << 10, 24 << 10} {
		files, st := mustBuild(t, docs, Options{ShardBytes: size})
		if st.Shards <= smallIndexShards {
			t.Fatalf("ShardBytes %d: %d shards, an index small enough to be read whole", size, st.Shards)
		}
		got := map[string][]Hit{}
		for _, tt := range typos {
			hits, err := Lookup(files, tt.q)
			if err != nil {
				t.Fatal(err)
			}
			got[tt.q] = hits
			if (len(hits) > 0) != tt.found {
				t.Errorf("ShardBytes %d: Lookup(%q) = %d hits, want found %v", size, tt.q, len(hits), tt.found)
			}
		}
		if first == nil {
			first = got
			continue
		}
		for _, tt := range typos {
			if !slices.Equal(got[tt.q], first[tt.q]) {
				t.Errorf("ShardBytes %d: Lookup(%q) = %d hits, with 512 %d: a typo's results depend on the shards", size, tt.q, len(got[tt.q]), len(first[tt.q]))
			}
		}
	}

	// An index of a few shards is read whole: a mistake in any letter is
	// found.
	files, st := mustBuild(t, docs, Options{ShardBytes: 1 << 20})
	for _, q := range []string{"ttention ", "sttention ", "dlffusion "} {
		if hits, err := Lookup(files, q); err != nil || len(hits) == 0 {
			t.Errorf("%d shards: Lookup(%q) = %d hits, %v; want the word it misspells", st.Shards, q, len(hits), err)
		}
	}
}

// TestCorrections checks the correction a typo is shown as: the word one
// mistake away in the most documents, of equally common ones the first.
func TestCorrections(t *testing.T) {
	docs := []Doc{
		{ID: "a", Title: "Attention models", Abstract: "a modem"},
		{ID: "b", Title: "Attention", Abstract: "the atenxion model"},
	}
	files, _ := mustBuild(t, docs, Options{})
	tests := []struct {
		q    Query
		want map[string]string
	}{
		{Query{Text: "atention "}, map[string]string{"atention": "attention"}}, // in two documents, atenxion in one
		{Query{Text: "atention model"}, map[string]string{"atention": "attention"}},
		{Query{Text: "modek "}, map[string]string{"modek": "model"}}, // model and modem: one document each
		{Query{Text: "atenxion "}, map[string]string{}},              // a word of the index
		{Query{Text: "atention ", NoTypos: true}, map[string]string{}},
		{Query{Text: "atention zzzzz "}, map[string]string{"atention": "attention"}}, // no results, still corrected
	}
	for _, tt := range tests {
		ix := mustOpen(t, files)
		if _, err := ix.Search(tt.q); err != nil {
			t.Fatal(err)
		}
		if got := ix.Corrections(); !maps.Equal(got, tt.want) {
			t.Errorf("Search(%+v): Corrections() = %v, want %v", tt.q, got, tt.want)
		}
	}
}
