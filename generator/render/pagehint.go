package render

import (
	"fmt"
	"path"
	"reflect"
	"regexp"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// pageModels are the kinds of page that show a thing of the model, with
// the field of the page that holds it, what the README calls such a page,
// and the thing's type.
var pageModels = []pageModel{
	{"paper", "Paper", "a paper page", reflect.TypeFor[model.Paper]()},
	{"day", "Day", "a day page", reflect.TypeFor[model.Day]()},
	{"week", "Week", "a week page", reflect.TypeFor[model.Week]()},
	{"month", "Month", "a month page", reflect.TypeFor[model.Month]()},
	{"topic", "Topic", "a topic page", reflect.TypeFor[model.Topic]()},
	{"author", "Author", "an author page", reflect.TypeFor[model.Author]()},
	{"organization", "Organization", "an organization page", reflect.TypeFor[model.Organization]()},
	{"page", "Page", "a page of the site's own", reflect.TypeFor[model.Page]()},
}

// pageModel is a kind of page of pageModels.
type pageModel struct {
	kind, field, noun string
	typ               reflect.Type
}

// buildOnly are the fields of the model that the build alone reads: the
// README's theme reference leaves them out, and no hint names them.
var buildOnly = map[string]bool{
	"Config.Limits": true, "Config.Source": true, "Config.LangLine": true, "Config.ThemeLine": true, "Config.ThemeLines": true, "Config.DomainLine": true, "Config.ImageLine": true, "Config.ImageAltLine": true, "Config.TitleLine": true, "Config.DescriptionLine": true, "Config.BaseURLLine": true, "Config.FeedSizeLine": true, "Config.FeedIDBaseLine": true, "Config.WrittenBase": true, "Config.NewsletterFromLine": true, "Config.AuthorNameLines": true, "Config.OrganizationNameLines": true, "Config.ExtraLines": true, "Config.HomeIconImages": true, "Config.FeedAliasLines": true, "TopicConfig.RedirectLines": true, "TopicConfig.FeedAliasLines": true, "TopicConfig.KeywordLines": true, "Config.Base": true, "TopicConfig.Line": true, "TopicConfig.NameLine": true, "TopicConfig.DescriptionLine": true, "TopicConfig.TitleCased": true,
	"Paper.Body": true, "Paper.Text": true, "Paper.Source": true, "Paper.Line": true, "Paper.BodyLine": true, "Paper.BodyFolded": true, "Paper.DateLine": true, "Paper.DateKeyLine": true, "Paper.AliasesLine": true, "Paper.DOILine": true, "Paper.FeedIDLine": true, "Paper.PDFLine": true, "Paper.LanguageLine": true, "Paper.ImportedTitle": true, "Paper.ImportedAuthors": true, "Paper.ImportedImage": true, "Paper.ImportedAbstract": true, "Paper.ImportedDays": true, "Paper.RuleTopics": true, "Paper.NotTopics": true, "Paper.NotTopicNames": true, "Paper.TopicsLine": true, "Paper.AliasLines": true, "Paper.Pasted": true, "Paper.ImageLine": true, "Paper.ImageAltLine": true, "Paper.OrganizationLine": true, "Paper.Redirects": true, "Paper.FeedID": true, "Paper.CiteKey": true, "Paper.CiteKeyLine": true, "TopicConfig.Redirects": true, "Paper.Linked": true, "Paper.TopicNames": true, "Paper.AuthorLines": true, "Paper.AuthorsTeX": true, "Paper.TitleLine": true, "Paper.IDLine": true, "Paper.CountLines": true, "Paper.AISummaryLine": true, "Paper.VersionLines": true, "Paper.KeywordsLine": true, "Paper.PlainLines": true, "Paper.CategoryLines": true, "Paper.SetTexts": true, "Paper.KeepTexts": true, "Paper.ExtraLines": true,
	"Site.Unlisted": true, "Topic.TitleCased": true, "Day.Intro": true, "Day.IntroLine": true, "Day.Order": true, "Day.OrderLines": true, "Day.Listed": true, "Day.ListedLines": true, "Day.Removed": true, "Day.RemovedLines": true,
	"Day.Source": true, "Day.Line": true, "Day.PapersLine": true, "Day.ImportPins": true, "Day.DateLine": true, "Day.TitleLine": true, "Day.Linked": true, "Day.Redirects": true, "Day.AliasesLine": true, "Day.AliasLines": true, "Day.Pasted": true, "Day.ExtraLines": true,
	"Page.Body": true, "Page.Source": true, "Page.Line": true, "Page.BodyLine": true, "Page.AliasesLine": true, "Page.AliasLines": true, "Page.Pasted": true, "Page.Relative": true, "Page.Linked": true, "Page.ImageLine": true, "Page.ImageAltLine": true, "Page.DescriptionLine": true,
}

// pageLists are the lists of the page that only some kinds of page fill
// (kinds, whose they are: of), empty on the others; with, by kind, the
// list of the thing such a page shows that takes their place, and what
// that list is.
var pageLists = map[string]struct {
	kinds   []string
	of      string
	instead map[string]string
}{
	"Papers": {[]string{"topic", "author", "organization"}, "a topic's, an author's or an organization's page's", map[string]string{
		"paper": ".Paper.Related, its most similar papers",
		"day":   ".Day.Papers, ranked",
		"week":  ".Week.Top, its top papers: the day files' picks, then the most upvotes",
		"month": ".Month.Top, its top papers: the day files' picks, then the most upvotes",
	}},
	"Pager":         {[]string{"topic", "author", "organization"}, "a topic's, an author's or an organization's page's", nil},
	"AuthorLetters": {[]string{"authors"}, "the authors index's", nil},
	"AuthorLetter":  {[]string{"authors"}, "the authors index's", nil},
}

var (
	// pageFieldRE matches text/template's complaint about a field the
	// page lacks.
	pageFieldRE = regexp.MustCompile(`can't evaluate field (\w+) in type \*render\.Page`)
	// nearestRE matches a hint of the nearest name.
	nearestRE = regexp.MustCompile(`^did you mean \.(\w+)\?$`)
)

// pageHint returns what to write for a field of the page that msg says
// the template file name asks for and the page lacks, a Hugo habit such
// as .Content or .Date: where the thing the page shows has it ("on a
// paper page it is .Paper.Content" in templates/paper.html; every kind of
// page that has it in a base or partial, which any page runs). Otherwise
// it returns hint, the nearest name or a Hugo habit's (.Pages: did you
// mean .Papers?), unless that is a field nil or empty on the kind of page
// name is for: .Author on a paper page, for which it gives the nearest
// field of the thing the page shows (.Paper.Authors); .Papers on a paper
// page, for which it gives the list that page has (.Paper.Related), or
// where none is, as for a nil one, the nearest field of what it shows.
func pageHint(msg, name, hint string) string {
	m := pageFieldRE.FindStringSubmatch(msg)
	if m == nil {
		return hint
	}
	kind := "" // a base's or partial's, which every kind of page runs
	if k := strings.TrimSuffix(path.Base(name), ".html"); path.Dir(name) == "templates" && slices.Contains(pageKinds, k) {
		kind = k
	}
	var where []string
	with := ""
	for _, pm := range pageModels {
		if diag.FieldHabit(msg, dataTypes...) == "" && (kind == "" || kind == pm.kind) && slices.Contains(modelFields(pm.typ), m[1]) {
			is := " "
			if with == "" {
				is, with = " it is ", pm.field
			}
			where = append(where, pm.noun+is+"."+pm.field+"."+m[1])
		}
	}
	if len(where) > 0 {
		s := "on " + strings.Join(where, ", on ")
		if kind == "" {
			s += fmt.Sprintf("; it is nil on other kinds of page, so use it inside {{with .%s}}…{{end}}", with)
		}
		return s
	}
	if n := nearestRE.FindStringSubmatch(hint); n != nil && kind != "" {
		for _, pm := range pageModels {
			if pm.field == n[1] && pm.kind != kind {
				hint = "" // nil on this kind of page
			}
		}
		if l, ok := pageLists[n[1]]; ok && !slices.Contains(l.kinds, kind) {
			i := slices.IndexFunc(pageModels, func(pm pageModel) bool { return pm.kind == kind })
			if s := l.instead[kind]; s != "" && i >= 0 {
				return fmt.Sprintf("on %s the papers it lists are %s (.%s, %s, is empty here)", pageModels[i].noun, s, n[1], l.of)
			}
			hint = "" // empty on this kind of page, which lists nothing in its place
		}
	}
	for _, pm := range pageModels {
		if s := diag.Suggest(m[1], modelFields(pm.typ)); hint == "" && pm.kind == kind && s != "" {
			return fmt.Sprintf("did you mean .%s.%s?", pm.field, s)
		}
	}
	return hint
}

// modelFields returns the fields and methods of the model type t that
// templates read.
func modelFields(t reflect.Type) []string {
	return slices.DeleteFunc(diag.Members(t), func(f string) bool { return buildOnly[t.Name()+"."+f] })
}
