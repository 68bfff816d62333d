package arxiv

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/importer"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// convert turns an entry into a Paper, refusing the error entry.
func convert(e entry, where string) (importer.Paper, error) {
	rawID := strings.TrimSpace(e.ID)
	if strings.Contains(rawID, "arxiv.org/api/errors") {
		return importer.Paper{}, fmt.Errorf("%s: the arXiv API answered with an error: %s; fix the query or id list", where, textutil.CollapseSpace(e.Summary))
	}
	if rawID == "" {
		return importer.Paper{}, fmt.Errorf("%s: the entry has no <id>; every entry needs its arXiv id", where)
	}
	rest, ok := cutAbs(rawID)
	if !ok {
		return importer.Paper{}, fmt.Errorf("%s: <id> %q is not an arXiv abstract URL like http://arxiv.org/abs/2405.15738v1", where, rawID)
	}
	id, version := arxivid.Split(rest)
	p := importer.Paper{
		ID: id, Version: version, Item: importer.ItemName(where, id),
		Title:           tex.TitleDashes(repair(e.Title)),
		Abstract:        repair(e.Summary),
		PrimaryCategory: strings.TrimSpace(e.Primary.Term),
		DOI:             strings.TrimSpace(e.DOI),
		JournalRef:      repair(e.JournalRef),
		Comment:         repair(e.Comment),
	}
	names := make([]string, len(e.Authors))
	for i, a := range e.Authors {
		names[i] = tex.Name(repair(a.Name))
	}
	var nameless string
	if p.Authors, nameless = importer.Authors(names); nameless != "" {
		p.Dropped = append(p.Dropped, nameless)
	}
	for _, c := range e.Categories {
		if t := strings.TrimSpace(c.Term); t != "" && !slices.Contains(p.Categories, t) {
			p.Categories = append(p.Categories, t)
		}
	}
	for _, l := range e.Links {
		if l.Title == "pdf" || l.Type == "application/pdf" {
			p.PDF = https(strings.TrimSpace(l.Href))
			break
		}
	}
	var err error
	if p.Published, err = stamp(e.Published, p.Item, "published"); err != nil {
		return p, err
	}
	if p.Updated, err = stamp(e.Updated, p.Item, "updated"); err != nil {
		return p, err
	}
	return p, nil
}

// cutAbs strips the http(s)://arxiv.org/abs/ prefix of an entry id.
func cutAbs(s string) (string, bool) {
	for _, prefix := range []string{"http://arxiv.org/abs/", "https://arxiv.org/abs/", "http://export.arxiv.org/abs/", "https://export.arxiv.org/abs/"} {
		if rest, ok := strings.CutPrefix(s, prefix); ok {
			return rest, true
		}
	}
	return "", false
}

// https upgrades arXiv's legacy http:// links.
func https(u string) string {
	if rest, ok := strings.CutPrefix(u, "http://arxiv.org/"); ok {
		return "https://arxiv.org/" + rest
	}
	return u
}

// stamp parses an optional RFC 3339 element.
func stamp(s, where, field string) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("%s: <%s> %q is not an RFC 3339 time like 2016-05-26T17:59:46Z", where, field, s)
	}
	return t, nil
}
