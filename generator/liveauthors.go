package generator

import (
	"slices"
	"strings"

	"golang.org/x/text/unicode/norm"

	"github.com/paperboy-digest/paperboy/generator/index"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/slug"
)

// reorders reports whether the new parse np of the paper file rel, its
// authors renamed as site.yaml's authorNames: says, lists the authors of
// its published paper old, each as it was written, maybe in another
// order, where the lines of its authors: changed: the authors' pages,
// the index of authors and their co-authors are then the same, and so
// are the warnings of their names (namesWarnAlike).
func (l *Live) reorders(rel string, old, np *model.Paper) bool {
	return plainNames(old, np) && slices.Equal(slices.Sorted(slices.Values(old.Authors)), slices.Sorted(slices.Values(np.Authors))) &&
		l.namesWarnAlike(rel, old, np)
}

// plainNames reports whether neither the published paper old nor its new
// parse np writes an author's name in TeX: such a name keeps the address
// its spelling had (index's formerSlugs), which only a full build gives
// or takes away.
func plainNames(old, np *model.Paper) bool {
	return old.AuthorsTeX == nil && np.AuthorsTeX == nil
}

// namesWarnAlike reports whether the authors of the published paper old
// at rel and of its new parse np warn as they did, where their lines
// changed: no name is one authorNames: renames to or from (whose
// warnings read how each paper spells it), and no published warning is
// at the line of one of old's authors (the parse's, the build's of their
// names, at lines that quickWarnings would not bring up to date) or
// names a line of the file (authorNames:' warning of a spelling a paper
// has).
func (l *Live) namesWarnAlike(rel string, old, np *model.Paper) bool {
	for _, to := range l.site.Config.AuthorNames {
		if slices.ContainsFunc(np.Authors, func(a string) bool { return a == to || norm.NFC.String(a) == to }) ||
			slices.ContainsFunc(old.Authors, func(a string) bool { return a == to || norm.NFC.String(a) == to }) {
			return false
		}
	}
	return !slices.ContainsFunc(l.warnings, func(w Problem) bool {
		return w.Path == rel && slices.Contains(old.AuthorLines, w.Line) || w.Path != rel && strings.Contains(w.Msg, rel+":")
	})
}

// renamed returns the site's authors of the names of np, the new parse
// of the paper file rel whose published paper is old, where its names
// are not old's (reorders takes the same names) and the edit changes
// only which papers those authors have: each name, old or new, is the
// only spelling of its author (index.Authorship's Sole: no author page
// comes or goes, none merges or splits), no name twice, and the names
// warn as they did (namesWarnAlike) and not at all: a name with a
// warning (no letters, a space before a comma) is warned of where a
// paper first spells it, which the edit may move; the new parse has no
// warning at an author's line, and no line of site.yaml's authorNames:
// renames nobody (its warning names where a paper spells a name like
// it). index.Reauthor then refuses a change that would move an author's
// page to another address.
func (l *Live) renamed(rel string, old, np *model.Paper, warn []Problem) ([]*model.Author, bool) {
	if !plainNames(old, np) || !l.namesWarnAlike(rel, old, np) ||
		slices.ContainsFunc(warn, func(w Problem) bool { return slices.Contains(np.AuthorLines, w.Line) }) ||
		l.siteWarns("authorNames") {
		return nil, false
	}
	if l.authorship == nil {
		l.authorship = index.NewAuthorship(l.site.Authors)
	}
	sole := func(name string) *model.Author {
		if slug.Make(name) == "" || strings.Contains(name, " ,") {
			return nil
		}
		return l.authorship.Sole(name)
	}
	for _, name := range old.Authors {
		if sole(name) == nil {
			return nil, false
		}
	}
	refs := make([]*model.Author, len(np.Authors))
	for i, name := range np.Authors {
		if refs[i] = sole(name); refs[i] == nil || slices.Contains(refs[:i], refs[i]) {
			return nil, false
		}
	}
	return refs, true
}

// reauthored gives each edit's paper whose authors' names changed
// (renamed) its new authors (index.Reauthor), and returns the authors
// those papers had or have; ok is false, and the site partly changed,
// where Reauthor refused one.
func reauthored(edits []paperEdit) (authors []*model.Author, ok bool) {
	for _, e := range edits {
		if e.refs == nil {
			continue
		}
		for _, a := range slices.Concat(e.old.AuthorRefs, e.refs) {
			if !slices.Contains(authors, a) {
				authors = append(authors, a)
			}
		}
		if index.Reauthor(e.old, e.refs) != nil {
			return nil, false
		}
	}
	return authors, true
}

// siteWarns reports whether a published warning is of site.yaml's key
// (a line of authorNames: or organizationNames: that renames nobody).
func (l *Live) siteWarns(key string) bool {
	return slices.ContainsFunc(l.warnings, func(w Problem) bool {
		return w.Path == l.site.Config.Source && strings.HasPrefix(w.Msg, key+": ")
	})
}
