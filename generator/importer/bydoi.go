package importer

import (
	"fmt"
	"io/fs"
	"math"
	"strconv"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// doiHolder is a paper file of the site that names a DOI.
type doiHolder struct {
	path string // the file, content/papers/ahuja-2022-icstw.md
	line int    // the line of its doi:
	id   string // the paper's id: its arxiv:, else its id:
}

// doiHolders maps each DOI of papers (lowercased: DOIs ignore case) that a
// paper file of the site names in its doi: to that file. A journal article
// written by hand under an id of the curator's and its arXiv preprint,
// which arXiv gives the article's DOI, are one publication: without this
// an import added the preprint as a second paper, published beside the
// first without a word. Only files whose bytes hold one of the DOIs are
// parsed, so a large site costs a read of each file.
func doiHolders(fsys fs.FS, papers []Paper) map[string]doiHolder {
	var dois []string
	for _, p := range papers {
		if d := parse.DOI(p.DOI); d != "" {
			dois = append(dois, strings.ToLower(d))
		}
	}
	if len(dois) == 0 {
		return nil
	}
	src, _ := load.Find(fsys, math.MaxInt64) // the build tells what Find finds wrong
	if src == nil {
		return nil
	}
	out := map[string]doiHolder{}
	for _, p := range src.Papers {
		data, err := fs.ReadFile(fsys, p)
		if err != nil || !textutil.ContainsAny(strings.ToLower(string(data)), dois...) {
			continue
		}
		s, err := splitSource(p, data, true)
		if err != nil || s.m == nil {
			continue // the build names the file
		}
		d := strings.ToLower(parse.DOI(valueOf(s.m, "doi")))
		if _, seen := out[d]; d == "" || seen {
			continue
		}
		line := 0
		if i := keyAt(s.m, "doi"); i >= 0 {
			line = s.m.Content[i].Line + 1
		}
		out[d] = doiHolder{path: p, line: line, id: paperID(s.m)}
	}
	return out
}

// knownAs says why the import leaves out p, whose DOI is the paper h's,
// and how the curator makes the two one: the file h keeps the paper and
// takes p's arXiv id, its own id an alias so its address keeps working;
// the next import then updates it.
func knownAs(p Paper, h doiHolder) string {
	fix := "correct one of the two DOIs if they are two publications"
	if arxivid.Valid(p.ID) && !arxivid.Valid(h.id) {
		fix = fmt.Sprintf("to have imports keep it up to date, write `arxiv: %s` there in place of `id: %s`, add `aliases: [%s]` (its address keeps working) and import again", strconv.Quote(p.ID), h.id, h.id)
	}
	return fmt.Sprintf("%s: doi %s is the DOI of %s:%d (%s) already, the same publication; not imported: %s", p.Item, parse.DOI(p.DOI), h.path, h.line, h.id, fix)
}
