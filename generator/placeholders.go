package generator

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// The title and authors paperboy new paper writes, for the curator to
// replace; a build warns of a paper that still has them.
var (
	NewPaperTitle   = "Title of the paper"
	NewPaperAuthors = [2]string{"First Author", "Second Author"}
)

// The first words of the text paperboy new paper, new page and new day
// write as a paper's abstract, a page's text and a day's intro, for the
// curator to replace; a build warns of a paper, page or day that still
// has them.
const (
	NewPaperText = "The abstract, in Markdown."
	NewPageText  = "Write the page in Markdown:"
	NewDayText   = "An introduction to the day, in Markdown (optional)."
)

// paperPlaceholders warns in warn of what paperboy new paper wrote that
// the paper p, parsed from path, still has:
// its title, its authors and its abstract's text, each at its line, which
// a published paper would show. A draft is let be: that is what the
// warnings say to make it. It runs where the paper is parsed, on the body
// in hand, so a build pays one search of each body for it.
func paperPlaceholders(path string, p *model.Paper, warn *[]Problem) {
	if p.Draft {
		return
	}
	const draft = "write the paper's own, or mark the paper draft: true until then"
	if p.Title == NewPaperTitle {
		*warn = append(*warn, Problem{Kind: "placeholder", Path: path, Line: p.TitleLine, Msg: fmt.Sprintf(
			"the title is still %q, which paperboy new paper wrote; %s", p.Title, draft)})
	}
	var authors []string
	line := 0
	for i, a := range p.Authors {
		if a != NewPaperAuthors[0] && a != NewPaperAuthors[1] {
			continue
		}
		if len(authors) == 0 && i < len(p.AuthorLines) {
			line = p.AuthorLines[i]
		}
		authors = append(authors, strconv.Quote(a))
	}
	switch len(authors) {
	case 0:
	case 1:
		*warn = append(*warn, Problem{Kind: "placeholder", Path: path, Line: line, Msg: fmt.Sprintf(
			"the author %s is still one paperboy new paper wrote; %s", authors[0], draft)})
	default:
		*warn = append(*warn, Problem{Kind: "placeholder", Path: path, Line: line, Msg: fmt.Sprintf(
			"the authors %s are still those paperboy new paper wrote; %s", strings.Join(authors, ", "), draft)})
	}
	placeholderText(path, p.Body, p.BodyLine, p.BodyFolded, NewPaperText, fmt.Sprintf(
		"the abstract is still the text paperboy new paper wrote (%q); write the paper's abstract in its place, or mark it draft: true until then", NewPaperText+" …"), warn)
}

// pagePlaceholder warns in warn when the page p, parsed from path and no
// draft, still has the text paperboy new page wrote, at its line.
func pagePlaceholder(path string, p *model.Page, warn *[]Problem) {
	if p.Draft {
		return
	}
	placeholderText(path, p.Body, p.BodyLine, false, NewPageText, fmt.Sprintf(
		"the page's text is still what paperboy new page wrote (%q); write the page's own in its place, or put back draft: true until then", NewPageText+" …"), warn)
}

// dayPlaceholder warns in warn when the day d, parsed from path, still has
// the intro paperboy new day wrote, at its line: the day's page and its
// feed item would show it.
func dayPlaceholder(path string, d *model.Day, warn *[]Problem) {
	placeholderText(path, d.Intro, d.IntroLine, false, NewDayText, fmt.Sprintf(
		"the day's intro is still the text paperboy new day wrote (%q); write the day's own, or delete the line: a day needs no intro", NewDayText), warn)
}

// placeholderText warns in warn, with msg, at the line of the first text
// in body, the Markdown that starts on line first of path (see bodyLine).
func placeholderText(path, body string, first int, inline bool, text, msg string, warn *[]Problem) {
	if i := strings.Index(body, text); i >= 0 {
		*warn = append(*warn, Problem{Kind: "placeholder", Path: path, Line: bodyLine(first, strings.Count(body[:i], "\n")+1, inline), Msg: msg})
	}
}
