package generator

import (
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"go.yaml.in/yaml/v3"
)

// underscoredPapers warns of each file of content/papers whose name starts
// with _ (load.Sources.Underscored), which a build skips as Hugo's
// _index.md, when its front matter is a paper's (arxiv:, or authors: with
// id: or title:): a paper named after its OpenReview id (_VjQlMeSB_J.md)
// was left off the site without a word. It says the name to give it,
// and the id, which cannot start with _ either. A curator's blank
// template (_template.md, every value empty) and a paper with `draft:
// true`, which the warning itself offers to keep a paper off the site,
// are let be: either is off the site on purpose.
func underscoredPapers(fsys fs.FS, files []string) []Problem {
	var out []Problem
	for _, p := range files {
		keys := frontKeys(fsys, p)
		if !keys["arxiv"] && !(keys["authors"] && (keys["id"] || keys["title"])) || offOnPurpose(fsys, p) {
			continue
		}
		id := underscoredID(filename.Stem(path.Base(p)))
		to := path.Join(path.Dir(p), id+path.Ext(p))
		msg := fmt.Sprintf("no build reads this paper: a file whose name starts with _ is skipped, as Hugo's _index.md is; rename the file to %s (git mv %s %s)", path.Base(to), p, to)
		if !keys["arxiv"] {
			msg += fmt.Sprintf(" and write an id that starts with a letter or a digit, as its name, `id: %s`", id)
		}
		out = append(out, Problem{Kind: "orphan", Path: p, Msg: msg + "; to keep a paper off the site, write `draft: true` in it instead"})
	}
	return out
}

// offOnPurpose reports whether the front matter of the file p of fsys
// says it is kept off the site on purpose: `draft: true`, or no value
// given (title: "", authors: [], as a template leaves them). A front
// matter that does not read as YAML is not, so its file is warned of.
func offOnPurpose(fsys fs.FS, p string) bool {
	b, err := fs.ReadFile(fsys, p)
	if err != nil {
		return false
	}
	front, ok := frontOf(diag.Normalize(b))
	if !ok {
		return false
	}
	var values map[string]any
	if yaml.Unmarshal([]byte(front), &values) != nil {
		return false
	}
	if values["draft"] == true {
		return true
	}
	for _, v := range values {
		if !blank(v) {
			return false
		}
	}
	return true
}

// blank reports whether v, a YAML value, gives nothing: null, false, "",
// or an empty list or mapping.
func blank(v any) bool {
	switch v := v.(type) {
	case nil:
		return true
	case bool:
		return !v
	case string:
		return strings.TrimSpace(v) == ""
	case []any:
		return len(v) == 0
	case map[string]any:
		return len(v) == 0
	}
	return false
}

// underscoredID is the id to give the paper of the file named stem
// (_VjQlMeSB_J): stem without the signs it starts with (VjQlMeSB_J),
// which keeps an OpenReview id's letter case, when that is an id; else
// the id parse.IDFor makes of it.
func underscoredID(stem string) string {
	return cmp.Or(parse.TrimmedID(stem), parse.IDFor(stem), "smith-2024-attention")
}
