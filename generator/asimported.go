package generator

import (
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
	prob.Kind = "note"
	prob.Msg += "; the import wrote it so from the source's data, so check notes it without failing until you edit the " + field
	return prob
}
