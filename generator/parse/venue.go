package parse

import (
	"regexp"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// pageRE is one page or a range of two, as journals number them: 123,
// e1234, S12, xii, or LIPIcs' 12:1, each end of a range joined by a
// hyphen, two, an en or em dash, or a minus sign, spaces around it
// allowed. Its groups are the first page and the last.
var pageRE = regexp.MustCompile(`^([\p{L}\p{N}]+(?:[.:][\p{L}\p{N}]+)*)(?:\s*(?:--?|[‐‑‒–—−])\s*([\p{L}\p{N}]+(?:[.:][\p{L}\p{N}]+)*))?$`)

// pageList returns pages as a paper shows them: each page alone, each
// range joined by an en dash ("123–130"), parts of several joined by ", "
// ("1–6, 9"); ok is false when pages is not such a list (empty, a "pp."
// before it, words).
func pageList(pages string) (string, bool) {
	var parts []string
	for part := range strings.SplitSeq(pages, ",") {
		part = strings.TrimSpace(part)
		m := pageRE.FindStringSubmatch(part)
		if m == nil {
			return "", false
		}
		if m[2] != "" {
			part = m[1] + "–" + m[2]
		}
		parts = append(parts, part)
	}
	return strings.Join(parts, ", "), true
}

// venue reads where the paper was published (journal: or conference:,
// volume:, issue:, pages:) into p, adding every problem to errs at the
// line of its key.
func venue(path string, y *paperYAML, line func(string) int, p *model.Paper, errs *diag.List) {
	// Text a reader reads, in the citation: its no-break spaces are
	// kept ("Proc.\u00a0IEEE", "Vol.\u00a012").
	p.Journal, p.Conference = textutil.CollapseBreakingSpace(y.Journal), textutil.CollapseBreakingSpace(y.Conference)
	p.Volume, p.Issue = textutil.CollapseBreakingSpace(y.Volume), textutil.CollapseBreakingSpace(y.Issue)
	if p.Journal != "" && p.Conference != "" {
		second := "conference"
		if line("journal") > line("conference") {
			second = "journal"
		}
		errs.Add(path, line(second), "give either `journal:` or `conference:`, not both; a journal article takes `journal:` (with `volume:`, `issue:` and `pages:`), a paper in a conference's proceedings `conference:` (with `pages:`)")
	}
	for _, k := range []struct{ key, val string }{{"volume", p.Volume}, {"issue", p.Issue}} {
		switch {
		case k.val == "" || p.Journal != "":
		case p.Conference != "":
			errs.Add(path, line(k.key), "%s is a journal's, but the paper gives `conference:`; remove the line (a paper in a conference's proceedings is cited by the conference's name and `pages:`), or write `journal:` for a journal", k.key)
		default:
			errs.Add(path, line(k.key), "%s is a journal's, but the paper gives no `journal:`; add the journal's name, like `journal: \"Nature\"`, or remove the line", k.key)
		}
	}
	if raw := strings.TrimSpace(y.Pages); raw != "" {
		pages, ok := pageList(raw)
		switch {
		case !ok:
			errs.Add(path, line("pages"), "pages %q is not a page or a range of pages; write them alone, like `pages: 123-130` or `pages: e1234` (no \"pp.\")", raw)
		case p.Journal == "" && p.Conference == "":
			errs.Add(path, line("pages"), "pages are a journal's or a proceedings', but the paper gives neither `journal:` nor `conference:`; add where it was published, like `journal: \"Nature\"`, or remove the line")
		}
		p.Pages = pages
	}
}
