package generator

import (
	"bytes"
	"fmt"
	"io/fs"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/cite"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// movedKeys warns of each paper whose BibTeX key the site in former (the
// destination before the build) published and another paper has now: a
// paper added to an earlier day than the one that had the key, or to its
// day with a smaller id, is listed first and takes it (cite.Keys), and
// the first paper's readers' \cite{smith2024notes} would cite the new
// one. Only a paper whose key has its id added can have lost one, to a
// paper new since former was built (one former has no page of) whose
// key has the same start; only those papers' former pages are read, for
// their entry's key, so a rebuild with no new paper reads none, where a
// digest of common names has thousands of keys with their ids. A theme
// whose paper page shows no entry is not told. had is the folders of
// former's papers/ (formerPapers). Nil when former holds no papers/.
func movedKeys(former fs.FS, had map[string]bool, papers []*model.Paper, key func(*model.Paper) string) []Problem {
	if had == nil {
		return nil
	}
	joined := map[string]bool{} // the key starts of the papers new since former
	for _, q := range papers {
		if !had[q.Slug] {
			joined[strings.ToLower(keyStart(key(q), idSuffix(q)))] = true
		}
	}
	var byKey map[string]*model.Paper // made on the first key moved
	var out []Problem
	for _, p := range papers {
		k, id := key(p), idSuffix(p)
		if p.CiteKey != "" || !strings.HasSuffix(k, id) || !joined[strings.ToLower(keyStart(k, id))] {
			continue
		}
		page, err := readFormer(former, "papers/"+p.Slug+"/index.html")
		if err != nil {
			continue
		}
		for was := strings.TrimSuffix(k, id); was != ""; was = strings.TrimSuffix(was, id) {
			if bytes.Contains(page, []byte("{"+was+",")) {
				if byKey == nil {
					byKey = make(map[string]*model.Paper, len(papers))
					for _, q := range papers {
						byKey[strings.ToLower(key(q))] = q
					}
				}
				out = append(out, Problem{Kind: "removed", Path: p.Source, Line: p.Line, Msg: movedKey(p, k, was, byKey[strings.ToLower(was)])})
				break
			}
			if !strings.HasSuffix(was, id) {
				break
			}
		}
	}
	return out
}

// idSuffix is what cite.Keys adds to the key of paper p that another
// paper has: "-" and its id.
func idSuffix(p *model.Paper) string { return "-" + strings.ReplaceAll(p.Slug, "/", "-") }

// keyStart is the key k without the id suffixes id it ends in: the key
// every paper of its group starts from (smith2024notes).
func keyStart(k, id string) string {
	for strings.HasSuffix(k, id) && len(k) > len(id) {
		k = strings.TrimSuffix(k, id)
	}
	return k
}

// movedKey is the warning that p, whose key is k now, had the key was,
// which other has now (nil when none does).
func movedKey(p *model.Paper, k, was string, other *model.Paper) string {
	msg := fmt.Sprintf("the BibTeX key %s, which the site published for this paper, is now %s", was, k)
	switch {
	case other == nil:
		return msg + fmt.Sprintf("; add `citekey: %s` to keep it", was)
	case other.CiteKey != "":
		return msg + fmt.Sprintf(", as %s:%d pins it (citekey:) for %s, which readers' \\cite{%s} now cites; if they cite this paper by it, move that citekey: here", other.Source, other.CiteKeyLine, other.ID, was)
	}
	return msg + fmt.Sprintf(": %s (%s), listed before it (an earlier day, or the same day and a smaller id), has it, and readers' \\cite{%s} now cites that paper; add `citekey: %s` here to keep it (the other paper then adds its id)", other.ID, other.Source, was, was)
}

// changedKeys warns of each paper whose BibTeX key the site in former
// published is another now, for any reason but the one movedKeys tells
// (told, its warnings): its key is made from its first author's family
// name, its year and its title's first word (cite.Keys), so a retitled
// version, a corrected published: or an authorNames: respelling changes
// it, and readers' \cite{stanley2016heat} finds nothing. The message
// names the citekey: that keeps the old key. Former's entries are read
// from the .bib file of each day the site lists (a paper on several, from
// the first), each entry once, and matched to a paper by its url, which
// no key change alters; a day former has no file of, and a paper with a
// citekey: (its curator's choice), are let be.
func changedKeys(former fs.FS, site *model.Site, key func(*model.Paper) string, told []Problem) []Problem {
	if former == nil {
		return nil
	}
	skip := make(map[string]bool, len(told))
	for _, t := range told {
		skip[t.Path] = true
	}
	var byKey map[string]*model.Paper // made on the first key changed
	var out []Problem
	for _, d := range site.Days {
		data, err := fs.ReadFile(former, d.Path()+"papers.bib")
		if err != nil {
			continue
		}
		had := bibKeysByURL(data)
		for _, p := range d.Papers {
			if len(p.Days) == 0 || p.Days[0] != d || p.CiteKey != "" || skip[p.Source] {
				continue
			}
			was, ok := had[cite.URL(p, site.Config.Abs(p.Path()))]
			if k := key(p); ok && was != "" && was != k {
				if byKey == nil {
					byKey = make(map[string]*model.Paper, len(site.Papers))
					for _, q := range site.Papers {
						byKey[strings.ToLower(key(q))] = q
					}
				}
				out = append(out, Problem{Kind: "removed", Path: p.Source, Line: p.Line, Msg: changedKey(p, k, was, byKey[strings.ToLower(was)])})
			}
		}
	}
	return out
}

// bibKeysByURL returns the key of each entry of data, a .bib file the
// build wrote (one field a line), by its url; a url of two entries (two
// papers of one project page) is "", as it tells neither.
func bibKeysByURL(data []byte) map[string]string {
	keys := map[string]string{}
	key := ""
	for line := range strings.SplitSeq(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "@"); ok {
			_, key, _ = strings.Cut(strings.TrimSuffix(rest, ","), "{")
		} else if u, ok := strings.CutPrefix(line, "  url = {"); ok && key != "" {
			u = strings.TrimSuffix(u, "},")
			if _, seen := keys[u]; seen {
				key = ""
			}
			keys[u] = key
		}
	}
	return keys
}

// changedKey is the warning that p, whose key is k now, had the key was,
// which other has now (nil when none does).
func changedKey(p *model.Paper, k, was string, other *model.Paper) string {
	msg := fmt.Sprintf("the BibTeX key %s, which the site published for this paper, is now %s (keys are made from the first author's family name, the year and the title's first word), and readers' \\cite{%s} ", was, k, was)
	switch {
	case other == nil:
		return msg + fmt.Sprintf("would find nothing; add `citekey: %s` to keep it", was)
	case other.CiteKey != "":
		return msg + fmt.Sprintf("now cites %s, which %s:%d pins it for (citekey:); if they cite this paper by it, move that citekey: here", other.ID, other.Source, other.CiteKeyLine)
	}
	return msg + fmt.Sprintf("now cites %s (%s), whose key it is now; add `citekey: %s` here to keep it (the other paper then adds its id)", other.ID, other.Source, was)
}
