package importer

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// Paper is one paper as a source delivers it. Empty strings, nil slices, zero
// times and nil counts mean "the source did not say", and leave the site's
// value alone.
type Paper struct {
	ID      string // arXiv id without version, or another safe id
	Version int    // arXiv version, 0 if the source does not give one
	Item    string // how to name the paper in messages: "input.json:12: item 3"

	// Listed is the digest day the source lists this paper on (its UTC date
	// counts), zero if it does not say. Papers of one batch may disagree:
	// the batch's Day is then the one most name, and the plan says which
	// papers are listed on another day (Plan.Elsewhere).
	Listed time.Time

	Title    string   // as delivered; whitespace is collapsed on import
	Authors  []string // display names
	Abstract string   // TeX-flavoured plain text with hard wraps, as delivered

	Published time.Time // first version; a time at midnight UTC counts as a date without time of day
	Updated   time.Time // latest version

	Upvotes  *int // Hugging Face upvotes
	Comments *int // Hugging Face discussion comments
	Stars    *int // GitHub stars of Code

	Code    string // code repository URL
	Project string // project page URL
	// Organization is the name of the Hugging Face organization that
	// lists the paper, and OrganizationURL its page there.
	Organization    string
	OrganizationURL string
	PDF             string // PDF URL
	Image           string // http(s) URL of a figure (a teaser image), not a video
	AISummary       string
	Keywords        []string

	PrimaryCategory string
	Categories      []string
	DOI             string
	JournalRef      string
	Comment         string // the arXiv comment field

	// Dropped says what the source's parser left out of the item's data,
	// and why: an optional field it could not read, which one paper's
	// odd value must not fail a whole night's import over
	// ("paper.githubStars \"1.2k\" is not a whole number; left out").
	// Prepare lists each in Plan.Dropped, after the paper's Item.
	Dropped []string
}

// Batch is one run's worth of papers from one source.
type Batch struct {
	Source string // "hf" or "arxiv": recorded in each paper's imported.sources
	// Input names where the batch was read (a file's path, "stdin", or
	// the address downloaded), as the parser's messages name it, so a
	// problem of the batch as a whole names its input too; "" when
	// unknown.
	Input  string
	Day    time.Time // the digest day the papers are listed on (its UTC date counts)
	Papers []Paper   // in the source's ranking order
	// Refresh says the source lists no day (an arXiv API answer, where
	// Hugging Face's daily list lists its papers on a day again): a
	// paper the site has, dated on another day, is refreshed where it
	// is and not listed on Day as well; a new paper is dated on Day.
	Refresh bool
	// Whole says Papers is the source's whole list for Day (Hugging
	// Face's daily list, as its API answers it): a paper an earlier import
	// listed on Day that it no longer has is named (Plan.Unlisted).
	Whole bool
	// Total is how many results the query has in all, as the answer says
	// (arXiv's opensearch:totalResults), of which Papers holds the first
	// page; 0 when the answer does not say.
	Total int
	// Asked are the papers the query asked for by id, as a saved arXiv
	// answer records them (its <title>'s id_list, without search words),
	// on line AskedLine of the input; nil when it does not say. arXiv
	// answers an id it has no paper of with no entry and no error.
	Asked     []string
	AskedLine int
}

// ItemName is how messages name the item at where ("input.json:12: item
// 3") whose id is id: "input.json:12: item 3 (2405.15738)", the id quoted
// when it is not plain text on one line ("0\n0"), so that one message is
// one line.
func ItemName(where, id string) string {
	if q := strconv.Quote(id); q[1:len(q)-1] != id {
		return where + " (" + q + ")"
	}
	return where + " (" + id + ")"
}

// Authors returns names, a paper's authors as its source lists them
// (each converted to plain text, tex.Name), without those that have no
// name (null, missing or blank in the source), and the note for
// Paper.Dropped that names them by their place in the list ("author 1
// has no name; left out"), "" when none; when that leaves none, the note
// says the source gives the paper no authors. A source's author without
// a name is a broken entry: leaving it out without a word gave the paper
// another first author, and another citation key.
func Authors(names []string) (authors []string, dropped string) {
	var nameless []string
	for i, n := range names {
		if strings.TrimSpace(n) == "" {
			nameless = append(nameless, strconv.Itoa(i+1))
			continue
		}
		authors = append(authors, n)
	}
	if len(nameless) == 0 {
		return authors, ""
	}
	dropped = fmt.Sprintf("%s %s %s no name; left out", textutil.Word(len(nameless), "author", "authors"), textutil.List(nameless), textutil.Word(len(nameless), "has", "have"))
	if len(authors) == 0 {
		dropped += ", so the source gives the paper no authors"
	}
	return authors, dropped
}
