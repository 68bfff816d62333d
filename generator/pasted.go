package generator

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// abstractLabelRE matches the label "Abstract" at the start of a line, as
// a paper's PDF and a copy of it set it before the text: alone, as a
// heading or in bold, or with a full stop, colon or dash after it (IEEE's
// "Abstract—"); not the word beginning a sentence ("Abstract reasoning").
var abstractLabelRE = regexp.MustCompile(`(?i)^(?:#{1,6}[ \t]*)?(?:\*\*|__|\*|_)?abstract(?:(?:\*\*|__|\*|_)?[ \t]*(?:[.:—–-]+|$)(?:\*\*|__|\*|_)?|\*\*|__|\*|_)`)

// abstractLabel warns in warn when the abstract of the paper p, its body,
// begins with the label "Abstract" (see abstractLabelRE), pasted with the
// text after it (but "Abstract." alone on its line, a placeholder's
// sentence): the paper's page heads the abstract with a heading of that word,
// and showed it twice.
func abstractLabel(path string, p *model.Paper, warn *[]Problem) {
	body := strings.TrimLeft(p.Body, " \t\r\n")
	first, _, _ := strings.Cut(body, "\n")
	label := abstractLabelRE.FindString(strings.TrimRight(first, " \t\r"))
	if label == "" || strings.TrimSpace(body[len(label):]) == "" || label == strings.TrimSpace(first) && strings.HasSuffix(label, ".") {
		return // no label, or a placeholder's sentence "Abstract."
	}
	line := p.BodyLine
	if !p.BodyFolded {
		line += strings.Count(p.Body[:len(p.Body)-len(body)], "\n")
	}
	*warn = append(*warn, Problem{Kind: "source", Path: path, Line: line, Msg: fmt.Sprintf(
		"the abstract begins with %q, pasted with it: the paper's page heads the abstract with a heading of that word already, so it shows twice; remove it", strings.TrimSpace(label))})
}

// arxivStampRE matches the stamp arXiv prints down the left margin of a
// paper's first page ("arXiv:1706.03762v7 [cs.CL] 2 Aug 2023"), which a
// copy of the page's text takes in, often in the middle of a sentence.
var arxivStampRE = regexp.MustCompile(`arXiv:(?:\d{4}\.\d{4,5}|[a-z\-]+(?:\.[A-Z]{2})?/\d{7})v\d+\s+\[[a-zA-Z\-]+(?:\.[a-zA-Z\-]+)?\]\s+\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}`)

// arxivStamp warns in warn of each arXiv margin stamp (arxivStampRE) in
// the body of the paper p, copied with the text from its PDF: the page
// shows it amid the abstract.
func arxivStamp(path string, p *model.Paper, warn *[]Problem) {
	if !strings.Contains(p.Body, "arXiv:") {
		return
	}
	for _, at := range arxivStampRE.FindAllStringIndex(p.Body, -1) {
		line := p.BodyLine
		if !p.BodyFolded {
			line += strings.Count(p.Body[:at[0]], "\n")
		}
		*warn = append(*warn, Problem{Kind: "source", Path: path, Line: line, Msg: fmt.Sprintf(
			"%q is the stamp arXiv prints down the margin of a paper's first page, copied with the text from the PDF: the page shows it amid the text; remove it", strings.Join(strings.Fields(p.Body[at[0]:at[1]]), " "))})
	}
}
