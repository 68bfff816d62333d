package cite

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/tex"
)

// RIS returns the paper's entry in the RIS format that EndNote, Mendeley,
// RefWorks and Zotero import: one "TAG  - value" line per field, each
// ended by CR LF as the format asks, from TY to ER. Its type is JOUR for
// a paper in a journal, CONF for one at a conference, else GEN, the type
// Zotero's own RIS export gives a preprint (RIS has none; ELEC, an
// electronic citation, is imported as a web page, and UNPB, unpublished,
// is not one). Authors are "Last, First" (Name.Inverted); the date is Date
// with its year in PY; a preprint's repository is its publisher (arXiv,
// bioRxiv or medRxiv: Server), and an arXiv paper's id is in M1, which
// Zotero keeps in Extra as its arXiv translator does and EndNote reads as
// the number. It has no abstract,
// as the BibTeX entry has none: the download is a data: URL in every
// paper page, and an abstract would double its size (Zotero reads the
// page's citation_abstract). page is the paper's page on the digest, its
// URL when it has no other (URL).
func RIS(p *model.Paper, page string) string {
	var b strings.Builder
	b.Grow(512 + 40*len(p.Authors))
	tag := func(name, value string) {
		if value = risValue(value); value != "" {
			b.WriteString(name)
			b.WriteString("  - ")
			b.WriteString(value)
			b.WriteString("\r\n")
		}
	}
	tag("TY", risType(p))
	tag("TI", tex.UnicodeText(p.Title))
	for _, a := range p.Authors {
		tag("AU", Split(a).Inverted())
	}
	tag("PY", strconv.Itoa(Year(p)))
	tag("DA", Date(p))
	tag("T2", p.Journal)
	tag("T2", p.Conference)
	tag("VL", p.Volume)
	tag("IS", p.Issue)
	first, last := PageRange(p.Pages)
	tag("SP", first)
	tag("EP", last)
	tag("PB", Server(p))
	if p.ArXiv != "" {
		tag("M1", "arXiv:"+p.ArXiv)
	}
	tag("DO", DOI(p))
	tag("UR", URL(p, page))
	tag("L1", p.PDFURL())
	for _, t := range p.TopicRefs {
		tag("KW", t.Name)
	}
	b.WriteString("ER  - \r\n")
	return b.String()
}

// risType is the RIS reference type of the paper.
func risType(p *model.Paper) string {
	switch entryType(p) {
	case "article":
		return "JOUR"
	case "inproceedings":
		return "CONF"
	}
	return "GEN"
}

// risValue is s as one line of a RIS field: every run of white space,
// line breaks among them, one space, and other control characters left
// out, so that no value can end its line early and start a tag of its
// own.
func risValue(s string) string {
	if oneLine(s) {
		return s
	}
	s = strings.Join(strings.Fields(s), " ")
	if strings.IndexFunc(s, unicode.IsControl) < 0 {
		return s
	}
	return strings.Map(func(r rune) rune {
		if unicode.IsControl(r) {
			return -1
		}
		return r
	}, s)
}

// oneLine reports whether s is ASCII with no control characters and no
// space at its ends or after another, as risValue leaves it.
func oneLine(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < ' ' || c >= 0x7f || c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' ') {
			return false
		}
	}
	return true
}
