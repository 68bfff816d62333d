package generator

import (
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/importer"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// asImported turns prob, a finding in paper p's title or authors (field),
// into a note when that field is as the last import wrote it (imported:
// records what it wrote): the mistake is the source's (Hugging Face's
// list naming "Wei Li" twice, a title in capitals), which a nightly
// import commits unread. As an error it failed check on every later pull
// request, which touched neither paper; as a note check shows it and
// passes. The note says so, and that editing the field settles it: the
// edited field is the curator's, checked in full.
func asImported(p *model.Paper, field string, prob Problem) Problem {
	var same bool
	switch field {
	case "title":
		same = p.ImportedTitle != "" && p.Title == p.ImportedTitle
	case "authors":
		same = p.ImportedAuthors != "" && importer.AuthorsDigest(p.Authors) == p.ImportedAuthors
	}
	if !same {
		return prob
	}
	return importedNote(field, prob)
}

// importedNote is prob, a finding in a field (title, authors, abstract)
// as the last import wrote it, as a note that says so.
func importedNote(field string, prob Problem) Problem {
	prob.Kind = "note"
	prob.Msg += "; the import wrote it so from the source's data, so check notes it without failing until you edit the " + field
	return prob
}

// asImportedAbstract turns the findings of warn, paper p's, on the lines
// of its abstract into notes while the abstract is as the last import
// wrote it, as asImported does of a title: arXiv's abstracts are TeX
// with the authors' own macros ($\R^n$, \cite{…}), which the page shows
// as written. The curator's notes after it, and an abstract they
// edited, are theirs, and their findings stay warnings. Where the
// abstract ends is looked for only when the body has a finding: it takes
// a digest of the body up to each paragraph break, which every imported
// paper of every build would otherwise pay.
func asImportedAbstract(p *model.Paper, warn []Problem) {
	inBody := func(w Problem) bool { return w.Kind == "source" && w.Path == p.Source && w.Line >= p.BodyLine }
	if !slices.ContainsFunc(warn, inBody) {
		return
	}
	last := importedAbstractLast(p)
	for i, w := range warn {
		if inBody(w) && w.Line <= last {
			warn[i] = importedNote("abstract", w)
		}
	}
}

// importedAbstractLast returns the last line of paper p's file that holds
// its abstract as the last import wrote it, or 0 when the abstract is
// none an import wrote, or edited (importer.AbstractEnd finds no prefix
// of the body with the digest its imported: records).
func importedAbstractLast(p *model.Paper) int {
	if p.ImportedAbstract == "" || p.BodyFolded {
		return 0
	}
	end := importer.AbstractEnd(p.Body, p.ImportedAbstract)
	if end < 0 {
		return 0
	}
	return p.BodyLine + strings.Count(p.Body[:end], "\n")
}
