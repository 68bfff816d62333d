package search

import (
	"bytes"
	"compress/gzip"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// PageSize is how many results search.js shows before "More results".
const PageSize = 10

// Transfer is what a browser downloads for one search.
type Transfer struct {
	Files []Sized // in load order, the script first
	Raw   int     // uncompressed bytes
	Gzip  int     // bytes gzip-compressed, each file on its own as a server sends it
}

// Sized is one downloaded file and its size.
type Sized struct {
	Path      string
	Raw, Gzip int
}

// FirstQuery measures the first search of a page visit: the script, then
// meta.json, the term shards query needs, and the doc-store chunks of the
// first PageSize results, exactly the files search.js fetches.
func FirstQuery(files []model.File, script []byte, query string) (Transfer, error) {
	ix, err := Open(files)
	if err != nil {
		return Transfer{}, err
	}
	hits, err := ix.Search(Query{Text: query})
	if err != nil {
		return Transfer{}, err
	}
	if _, err := ix.Records(hits[:min(PageSize, len(hits))]); err != nil {
		return Transfer{}, err
	}
	var t Transfer
	t.add("search.js", script)
	for _, p := range ix.Fetched() {
		t.add(p, ix.files[p])
	}
	return t, nil
}

// FirstQueryBytes returns FirstQuery's gzip-compressed total.
func FirstQueryBytes(files []model.File, script []byte, query string) (int, error) {
	t, err := FirstQuery(files, script, query)
	return t.Gzip, err
}

func (t *Transfer) add(path string, data []byte) {
	n := gzipSize(data)
	t.Files = append(t.Files, Sized{Path: path, Raw: len(data), Gzip: n})
	t.Raw += len(data)
	t.Gzip += n
}

// gzipSize returns the size of data gzip-compressed at the default level.
func gzipSize(data []byte) int {
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data) // writes to a bytes.Buffer cannot fail
	w.Close()
	return b.Len()
}
