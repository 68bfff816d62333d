// Package i18n puts the words of a site's pages, feeds and emails into the
// site's language.
//
// A theme keeps its messages in i18n/<language>.yaml (parse.Messages reads
// one): the built-in theme has English and a few other languages, and a
// site's theme folder adds a language or replaces single messages of a
// built-in one. Load picks the messages of the site's language, falling
// back through its parents (pt-BR, then pt) to English, and requires a
// language other than English to translate every message English has, so
// that no page is half in one language. A Catalog then renders a message
// with its arguments, choosing the plural form by the language's CLDR
// rules, and writes dates with the language's month and weekday names.
package i18n

import (
	"errors"
	"fmt"
	htmltemplate "html/template"
	"io/fs"
	"maps"
	"path"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	texttemplate "text/template"
	tparse "text/template/parse"
	"time"

	"github.com/gohugoio/locales"
	"github.com/gohugoio/localescompressed"
	"golang.org/x/text/language"
	xmessage "golang.org/x/text/message"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/internal/tmplwalk"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/generator/textutil"
	"github.com/paperboy-digest/paperboy/themes"
)

// Dir is the folder of a theme that holds its translation files.
const Dir = "i18n"

// Theme is where Load finds translation files: the site's own theme
// folders, over the built-in theme. A message of a higher folder replaces
// the same message of a lower one; the rest of a file's messages stay.
type Theme struct {
	Site themefs.Stack // the site's theme folders, or nil
	// Root is the site's folder, or nil: for a language no folder
	// translates, Load looks in its themes/ for a translation in a
	// folder site.yaml does not name, to say so.
	Root fs.FS
}

// Language is the site's language setting, for messages about it.
type Language struct {
	Tag  string // BCP 47 ("fr", "pt-BR")
	Path string // the file that sets it (content/site.yaml)
	Line int    // its line there; 0 when the language is the default
}

// Catalog is the messages of one language, ready to render.
type Catalog struct {
	// missing are the messages of English the language lacks, and
	// missingTo the file they go into.
	missing   []string
	missingTo string
	misspelt  []flagged         // new English messages of the site's theme that look like a built-in id mistyped
	lacking   []*diag.Error     // counted messages of the site's translation without every plural form of its language
	printer   *xmessage.Printer // writes numbers
	zero      rune              // the digit zero of the printer's numbering system: '0', '٠', '۰'…
	digits    string            // its CLDR id ("latn", "arab", "arabext"), or "" when Paperboy does not know it
	dayOne    string            // how dates write the first day of a month (dateDayOne)
	lang      string
	english   string             // the English file of the site's theme, where its own messages go, or ""
	own       map[string][]text  // the texts, in every language, of the messages the site's theme adds, by id (CheckCalls)
	names     locales.Translator // month and weekday names, plural rules; nil for English
	msgs      map[string]*message
	// partial says the catalog is what loaded of files with mistakes
	// (Load): its ids are known, its texts may not be.
	partial bool
	memo    memo // what HTML rendered for calls seen before
}

// message is one message: a text for each plural form it has.
type message struct {
	id    string
	forms map[locales.PluralRule]*form // has PluralRuleOther
}

// form is the text of one plural form of a message.
type form struct {
	origin string // the file it comes from, as the user sees it
	line   int
	text   string
	plain  bool // no {{…}}: the text is the result
	html   *htmltemplate.Template
	txt    *texttemplate.Template
}

var pluralRules = map[string]locales.PluralRule{
	"zero": locales.PluralRuleZero, "one": locales.PluralRuleOne, "two": locales.PluralRuleTwo,
	"few": locales.PluralRuleFew, "many": locales.PluralRuleMany, "other": locales.PluralRuleOther,
}

// file is one translation file of one layer.
type file struct {
	origin string
	theme  string // the theme folder that has it ("themes/mine")
	tag    language.Tag
	msgs   []parse.Message
	// compiled returns msgs compiled, as add does without args, the same
	// each time; it is set on the built-in theme's files only.
	compiled func() (map[string]*message, diag.List)
}

// builtinFiles returns the built-in theme's translation files. They are
// embedded, the same for every build, so a process reads them once, and
// compiles each the first time a build adds it; Load copies their
// messages into a catalog of its own, which a site's files then change.
var builtinFiles = sync.OnceValues(func() ([]file, error) {
	fs, err := files(themes.Default(), "themes/default", builtInMark)
	for i, f := range fs {
		fs[i].compiled = sync.OnceValues(func() (map[string]*message, diag.List) { return compileFile(f, nil) })
	}
	return fs, err
})

// Load reads the theme's translation files and returns the catalog of
// lang. Every problem in the site's own files is reported, each at its
// path and line, as is a language the theme does not translate at all;
// one it translates in part loads, its missing messages in English, and
// Untranslated names them. When every file parsed and the mistakes are
// in their messages (an id English lacks, a text that does not
// compile), Load returns with the error the catalog of what did load,
// which has every id the files have: not to render with, but for
// CheckCalls to name, in the same run, a template's call of an id no
// file has.
func Load(th Theme, lang Language) (*Catalog, error) {
	var errs diag.List
	builtin, err := builtinFiles()
	errs.Append(err)
	var site []file // the lowest folder's first, so that a higher one's replace them
	for _, l := range slices.Backward(th.Site) {
		fs, err := files(l.FS, l.Dir, "")
		errs.Append(err)
		site = append(site, fs...)
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	tag, err := language.Parse(lang.Tag)
	if err != nil {
		return nil, diag.Errorf(lang.Path, lang.Line, "%s", parse.BadLanguage("language", lang.Tag))
	}

	// English has every message: the built-in file's, then the site's.
	c := &Catalog{lang: lang.Tag, msgs: map[string]*message{}}
	if err := c.numbers(tag, lang); err != nil {
		return nil, err
	}
	if len(th.Site) > 0 {
		c.english = path.Join(th.Site[0].Dir, Dir, "en.yaml")
	}
	for _, f := range ofTag(builtin, language.English) {
		c.add(f, nil, &errs)
	}
	args := c.argumentsOf()
	builtinIDs := slices.Sorted(maps.Keys(c.msgs))
	for _, f := range ofTag(site, language.English) {
		c.add(f, args, &errs)
		c.misspelt = append(c.misspelt, misspelt(f, builtinIDs)...)
	}
	// A site's file may only translate messages English has, which are
	// c's until the language's own files are added below.
	ids := slices.Sorted(maps.Keys(c.msgs))
	counted := map[string]bool{} // the messages English writes with a count: those with plural forms
	for id, m := range c.msgs {
		counted[id] = len(m.forms) > 1
	}
	for _, f := range site {
		for _, m := range f.msgs {
			if c.msgs[m.ID] == nil && retired[m.ID] != "" {
				// Left behind by an update: a build that failed on it would
				// fail the site's deploy the day the update came.
				c.misspelt = append(c.misspelt, flagged{m.ID, diag.Errorf(f.origin, m.Line, "%s: the built-in theme no longer has this message (%s), so nothing shows it; delete the line", m.ID, retired[m.ID])})
			} else if c.msgs[m.ID] == nil {
				hint := ""
				if s := diag.Suggest(m.ID, ids); s != "" {
					hint = fmt.Sprintf("did you mean %s? ", s)
				}
				errs.Add(f.origin, m.Line, "%s is not a message of the theme: i18n/en.yaml has no %s; %sfix the id, or add the message to %s/%s/en.yaml", m.ID, m.ID, hint, f.theme, Dir)
			}
		}
		c.keepOwn(f, args)
		if f.tag != language.English {
			// Compiled for their mistakes only, so check finds them in
			// any language.
			scratch := Catalog{msgs: map[string]*message{}}
			scratch.add(f, args, &errs)
		}
	}

	// Then the language's own files, from its most general parent to the
	// tag itself, each built-in file under the site's.
	chain := parents(tag)
	var own []file // the files of the language, not of English
	for _, t := range slices.Backward(chain) {
		if t == language.English {
			continue
		}
		for _, f := range ofTag(builtin, t) {
			c.add(f, nil, &errs)
			own = append(own, f)
		}
		for _, f := range ofTag(site, t) {
			c.add(f, nil, nil) // checked above
			own = append(own, f)
		}
	}
	// English's names are Go's (c.names stays nil), but its forms are
	// checked as another language's are, with the file's other
	// mistakes: a translator sees them all in one run.
	forms := localescompressed.GetTranslator("en")
	inEnglish := false
	if base, _ := tag.Base(); base.String() == "en" {
		inEnglish = true
	} else {
		c.names = namesOf(tag)
		forms = c.names
	}
	errs.Append(c.checkForms(forms, site, chain, counted))
	if err := errs.Err(); err != nil {
		c.partial = true
		return c, err
	}
	if m := c.msgs["dateDayOne"]; m != nil {
		c.dayOne = m.forms[locales.PluralRuleOther].text
	}
	if inEnglish {
		return c, nil
	}
	if len(own) == 0 {
		if hint := elsewhere(th, site, chain); hint != "" {
			return nil, diag.Errorf(lang.Path, lang.Line, "language %s: %s", lang.Tag, hint)
		}
		return nil, diag.Errorf(lang.Path, lang.Line, "language %s: the theme has no translation into it (no %s/%s.yaml); the built-in theme has %s. Translate themes/default/%s/en.yaml (`paperboy new theme NAME` copies it) into themes/NAME/%s/%s.yaml, or set `language:` to one the theme has",
			lang.Tag, Dir, lang.Tag, strings.Join(tags(builtin), ", "), Dir, Dir, lang.Tag)
	}
	if missing := untranslated(ids, own); len(missing) > 0 {
		// Shown in English meanwhile, which check reports: a build that
		// failed here would fail a site's deploy the day an update adds
		// a message its translation does not have yet.
		c.missing, c.missingTo = missing, translation(own, th.Site, lang.Tag)
	}
	return c, nil
}

// elsewhere says where a translation is that the build does not read,
// for a language (chain: its tag and parents) that no file it reads
// translates: a file of one region of it in a theme folder site.yaml
// names (vi-VN.yaml for vi), or the language's file in a folder under
// themes/ that it does not name, as a translator following the error
// below writes before the theme: line; or "".
func elsewhere(th Theme, site []file, chain []language.Tag) string {
	want, _ := chain[0].Base()
	for _, f := range site {
		if b, _ := f.tag.Base(); b == want {
			return fmt.Sprintf("%s is there, but it translates into %s only; name it %s.yaml, or set `language: %s`", f.origin, f.tag, chain[0], f.tag)
		}
	}
	if th.Root == nil {
		return ""
	}
	named := map[string]bool{}
	for _, l := range th.Site {
		named[l.Dir] = true
	}
	for _, t := range chain {
		found, _ := fs.Glob(th.Root, "themes/*/"+Dir+"/"+t.String()+".yaml")
		for _, p := range found {
			dir := path.Dir(path.Dir(p)) // themes/mine
			if named[dir] {
				continue
			}
			if len(th.Site) == 0 {
				return fmt.Sprintf("%s is there, but site.yaml names no theme: add `theme: %s`", p, path.Base(dir))
			}
			return fmt.Sprintf("%s is there, but site.yaml's `theme:` does not name %s: add it to the list, yours first (`theme: [%s, …]`)", p, path.Base(dir), path.Base(dir))
		}
	}
	return ""
}

// translation returns the file the site translates into tag with: the
// most specific of own (the files of the language) that is the site's, or
// else the file of tag to create in the site's theme folder, or, for a
// site without one, the built-in file.
func translation(own []file, site themefs.Stack, tag string) string {
	for _, f := range slices.Backward(own) {
		if !strings.HasPrefix(f.origin, "themes/default/") {
			return f.origin
		}
	}
	if len(site) > 0 {
		return path.Join(site[0].Dir, Dir, tag+".yaml")
	}
	return own[len(own)-1].origin
}

// untranslatedError says that the messages missing (ids of English's)
// show in English, naming at most n of them, and that they go into the
// translation file to, naming the files that have their English.
func (c *Catalog) untranslatedError(missing []string, to string, n int) *diag.Error {
	var from []string
	for _, id := range missing {
		if o := c.msgs[id].forms[locales.PluralRuleOther].origin; !slices.Contains(from, o) {
			from = append(from, o)
		}
	}
	count, verb, them := "1 message is", "shows", "it"
	if len(missing) > 1 {
		count, verb, them = fmt.Sprintf("%d messages are", len(missing)), "show", "them"
	}
	ids := list(missing, n)
	if len(missing) > n {
		ids += " (`paperboy check` names them all)"
	}
	return diag.Errorf(to, 0, "%s not translated into %s and %s in English: %s; add %s to %s (the English is in %s)",
		count, c.lang, verb, ids, them, to, strings.Join(from, " and "))
}

// wholeNames reports whether a locale names every month and weekday, wide
// and abbreviated. Some regional tables of the CLDR data Paperboy reads
// are cut short, their names one off (ar-MA wrote June as November, and
// the build panicked on September; sr-Latn-ME has six abbreviated
// months); a tag of one of them takes its parent's names.
func wholeNames(names locales.Translator) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	seen := map[string]bool{}
	for m := time.January; m <= time.December; m++ {
		wide, abbr := names.MonthWide(m), names.MonthAbbreviated(m)
		if wide == "" || abbr == "" || seen[wide] {
			return false
		}
		seen[wide] = true
	}
	for d := time.Sunday; d <= time.Saturday; d++ {
		if names.WeekdayWide(d) == "" || names.WeekdayAbbreviated(d) == "" {
			return false
		}
	}
	return true
}

// argumentsOf returns the arguments each message of c (the built-in
// English) uses, which are what the generator and the built-in templates
// give it: a text of the site's may use no other.
func (c *Catalog) argumentsOf() map[string][]string {
	args := map[string][]string{}
	for id, m := range c.msgs {
		args[id] = []string{}
		for _, f := range m.forms {
			if !f.plain {
				args[id] = append(args[id], fields(f.txt.Tree.Root)...)
			}
		}
	}
	return args
}

// untranslated returns the ids, of English's, that no file of own has.
func untranslated(ids []string, own []file) []string {
	translated := map[string]bool{}
	for _, f := range own {
		for _, m := range f.msgs {
			translated[m.ID] = true
		}
	}
	var missing []string
	for _, id := range ids {
		if !translated[id] {
			missing = append(missing, id)
		}
	}
	return missing
}

// checkForms reports a plural form the language, whose CLDR data lang
// has, does not have in the site's own files of it (Italian has no few:,
// nor English), which no count would ever show.
func (c *Catalog) checkForms(lang locales.Translator, site []file, chain []language.Tag, counted map[string]bool) error {
	if lang == nil {
		return nil
	}
	has := map[locales.PluralRule]bool{locales.PluralRuleOther: true}
	var names []string
	for _, r := range lang.PluralsCardinal() {
		has[r] = true
	}
	for _, name := range parse.PluralForms {
		if has[pluralRules[name]] {
			names = append(names, name)
		}
	}
	var errs diag.List
	for _, t := range chain {
		for _, f := range ofTag(site, t) {
			for _, m := range f.msgs {
				for _, name := range parse.PluralForms {
					if _, ok := m.Forms[name]; ok && !has[pluralRules[name]] {
						errs.Add(f.origin, m.Lines[name], "%s: %s has no %s form (its forms are %s), so no count would show this text; remove it", m.ID, c.lang, name, strings.Join(names, ", "))
					}
				}
				// A count in a form the message lacks shows its other:
				// text ("3 ورقة" for 3 أوراق): check says so; the build
				// lets it be, as it does a message not translated at all.
				var lack []string
				for _, name := range names {
					if _, ok := m.Forms[name]; !ok && counted[m.ID] {
						lack = append(lack, name)
					}
				}
				if len(lack) > 0 {
					c.lacking = append(c.lacking, diag.Errorf(f.origin, m.Line, "%s: %s counts with the forms %s, and this message has no %s, so a count that takes one shows its other: text; add them", m.ID, c.lang, strings.Join(names, ", "), strings.Join(lack, ", ")))
				}
			}
		}
	}
	return errs.Err()
}

// files reads every translation file of one theme folder, dir as the
// user sees it, suffix added to its files' names in messages.
func files(fsys fs.FS, dir, suffix string) ([]file, error) {
	origin := func(p string) string { return dir + "/" + p + suffix }
	entries, err := fs.ReadDir(fsys, Dir)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var errs diag.List
	var out []file
	for _, e := range entries {
		p := path.Join(Dir, e.Name())
		name, ok := strings.CutSuffix(e.Name(), ".yaml")
		if e.IsDir() || !ok {
			errs.Add(origin(p), 0, "%s", notYAML(e, dir+"/"+Dir))
			continue
		}
		tag, err := language.Parse(name)
		if err != nil {
			errs.Add(origin(p), 0, "%q is not a BCP 47 language tag; name the file after its language, e.g. fr.yaml or pt-BR.yaml", name)
			continue
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, err
		}
		msgs, err := parse.Messages(origin(p), data)
		if err != nil {
			errs.Append(err)
			continue
		}
		out = append(out, file{origin: origin(p), theme: dir, tag: tag, msgs: msgs})
	}
	return out, errs.Err()
}

// notYAML says what is wrong with the entry e of the i18n/ folder
// (its path as the user sees it) that is no <language>.yaml, and what
// to do: a de.yml is to be renamed de.yaml, and a Hugo site's de.toml or
// de.json written as de.yaml.
func notYAML(e fs.DirEntry, folder string) string {
	ext := path.Ext(e.Name())
	base := strings.TrimSuffix(e.Name(), ext)
	switch {
	case e.IsDir():
	case ext == ".yml":
		return fmt.Sprintf("a translation file's name ends in .yaml, not .yml, so no build reads this one; rename it to %s.yaml", base)
	case ext == ".toml" || ext == ".json":
		return fmt.Sprintf("translation files are YAML, so no build reads this one; write its messages in %s/%s.yaml, one `id: text` a line (a message with plural forms as `id:` with `one:` and `other:` under it), and delete it", folder, base)
	}
	return fmt.Sprintf("not a translation file; %s/ holds only <language>.yaml files (en.yaml, fr.yaml, pt-BR.yaml); move it out", Dir)
}

// ofTag returns the files of fs that are of language t.
func ofTag(fs []file, t language.Tag) []file {
	var out []file
	for _, f := range fs {
		if f.tag == t {
			out = append(out, f)
		}
	}
	return out
}

// tags lists the languages of files, sorted.
func tags(fs []file) []string {
	var out []string
	for _, f := range fs {
		out = append(out, f.tag.String())
	}
	slices.Sort(out)
	return out
}

// parents returns t and its parents, most specific first, down to and
// without the root.
func parents(t language.Tag) []language.Tag {
	var out []language.Tag
	for ; !t.IsRoot(); t = t.Parent() {
		out = append(out, t)
	}
	return out
}

// add compiles the messages of f into c, replacing any c has. When args
// is not nil, a message it lists may use only the arguments it names.
// errs may be nil for files added before.
func (c *Catalog) add(f file, args map[string][]string, errs *diag.List) {
	var msgs map[string]*message
	var problems diag.List
	if f.compiled != nil && args == nil {
		msgs, problems = f.compiled()
	} else {
		msgs, problems = compileFile(f, args)
	}
	maps.Copy(c.msgs, msgs) // c's own map: a built-in file's stays as it is
	if errs != nil {
		errs.Append(problems)
	}
}

// compileFile compiles the messages of f, by id, and returns them with
// the problems of those that do not compile; when args is not nil, a
// message it lists may use only the arguments it names.
func compileFile(f file, args map[string][]string) (map[string]*message, diag.List) {
	msgs := map[string]*message{}
	var errs diag.List
	for _, m := range f.msgs {
		msg := &message{id: m.ID, forms: map[locales.PluralRule]*form{}}
		for _, name := range parse.PluralForms {
			text, ok := m.Forms[name]
			if !ok {
				continue
			}
			fm, err := compile(f.origin, m.Lines[name], m.ID, text)
			if err == nil {
				err = fm.checkArgs(m.ID, args)
			}
			if err == nil {
				err = f.checkLayout(m.ID, m.Lines[name], text)
			}
			if err == nil {
				err = fm.checkPlaceholders(m.ID, args)
			}
			if err == nil {
				err = checkElements(f.origin, m.Lines[name], m.ID, text)
			}
			if err != nil {
				errs.Append(err)
				continue
			}
			msg.forms[pluralRules[name]] = fm
		}
		msgs[m.ID] = msg
	}
	return msgs, errs
}

// checkArgs reports an argument of the text of message id that args does
// not give it: one the generator or the templates never set, which would
// fail only on the pages that show the message.
func (f *form) checkArgs(id string, args map[string][]string) error {
	given, known := args[id]
	if f.plain || args == nil || !known {
		return nil
	}
	for _, name := range fields(f.txt.Tree.Root) {
		if slices.Contains(given, name) {
			continue
		}
		switch s := diag.Suggest(name, given); {
		case s != "":
			return diag.Errorf(f.origin, f.line, "%s: {{.%s}} is not an argument of this message; did you mean {{.%s}}?", id, name, s)
		case len(given) == 0:
			return diag.Errorf(f.origin, f.line, "%s: {{.%s}} is not an argument of this message, which has none; write the text without it", id, name)
		default:
			return diag.Errorf(f.origin, f.line, "%s: {{.%s}} is not an argument of this message; it has {{.%s}}", id, name, strings.Join(slices.Compact(slices.Sorted(slices.Values(given))), "}}, {{."))
		}
	}
	return nil
}

// compile parses the text of one form of message id, which is both an
// html/template (for pages and HTML email: its arguments are escaped, its
// own markup kept) and a text/template (for titles, feeds and plain-text
// email).
func compile(origin string, line int, id, text string) (*form, error) {
	f := &form{origin: origin, line: line, text: text, plain: !strings.Contains(text, "{{")}
	if f.plain {
		return f, nil
	}
	var err error
	if f.txt, err = texttemplate.New(id).Option("missingkey=error").Parse(text); err != nil {
		return nil, diag.Errorf(origin, line, "%s: %v; fix the {{…}} in its text", id, templateError(err))
	}
	f.html = htmltemplate.Must(htmltemplate.New(id).Option("missingkey=error").Parse(text))
	// Escaping happens on the first run: a text that leaves a tag or an
	// attribute open fails here, with no data, before any page.
	var herr *htmltemplate.Error
	if err := f.html.Execute(&strings.Builder{}, nil); errors.As(err, &herr) {
		return nil, diag.Errorf(origin, line, "%s: %s; close every tag and quote the text opens", id, herr.Description)
	}
	return f, nil
}

// templateError is a template parse error without the template's name
// and line, which the caller gives as the file's.
func templateError(err error) string {
	s := err.Error()
	if i := strings.Index(s, ": "); strings.HasPrefix(s, "template: ") && i >= 0 {
		rest := s[len("template: "):]
		if j := strings.LastIndex(rest, ": "); j >= 0 {
			return rest[j+2:]
		}
	}
	return s
}

// Untranslated is the problem of a language that lacks messages English
// has, which show in English, or nil, naming the first few of them: for
// a build's warning. UntranslatedAll names every one.
func (c *Catalog) Untranslated() *diag.Error {
	if c.missing == nil {
		return nil
	}
	return c.untranslatedError(c.missing, c.missingTo, 8)
}

// UntranslatedAll is Untranslated naming every message the language
// lacks, for check: the list a translator works through.
func (c *Catalog) UntranslatedAll() *diag.Error {
	if c.missing == nil {
		return nil
	}
	return c.untranslatedError(c.missing, c.missingTo, len(c.missing))
}

// retired are the messages an earlier built-in theme had, by id, with what
// became of them: a theme's file that still has one is let be, and check
// names it.
var retired = map[string]string{
	"upvotesTitle": "upvote counts have no tooltip since 2026-12-02",
	"dateDayMonth": "week ranges are dateWeekStart and dateWeekEnd since 2026-12-02",
}

// Misspelt are the messages the site's theme adds in English whose ids are
// a built-in id mistyped, or that an earlier built-in theme had, for check
// to report, but those a template of the theme shows (shown): a theme's
// en.yaml may add messages of its own, so trendingThisWek builds as a new
// message while the override of trendingThisWeek it was meant to be never
// shows.
func (c *Catalog) Misspelt(shown func(id string) bool) []*diag.Error {
	var out []*diag.Error
	for _, m := range c.misspelt {
		if !shown(m.id) {
			out = append(out, m.err)
		}
	}
	return out
}

// flagged is a message of the site's theme that Misspelt may report.
type flagged struct {
	id  string
	err *diag.Error
}

// LackingForms are the counted messages of the site's translation that
// lack a plural form its language has (Arabic's few: and many:), for check
// to report: a count that takes one shows the message's other: text.
func (c *Catalog) LackingForms() []*diag.Error { return c.lacking }

// misspelt returns the messages of the site's English file f that are new
// and named like a built-in message (ids, sorted) that f does not
// override.
func misspelt(f file, ids []string) []flagged {
	var out []flagged
	for _, m := range f.msgs {
		if _, builtin := slices.BinarySearch(ids, m.ID); builtin {
			continue
		}
		if why := retired[m.ID]; why != "" {
			out = append(out, flagged{m.ID, diag.Errorf(f.origin, m.Line, "%s: the built-in theme no longer has this message (%s); delete the line, unless a template of your theme shows it", m.ID, why)})
			continue
		}
		s := diag.Suggest(m.ID, ids)
		if s == "" || slices.ContainsFunc(f.msgs, func(o parse.Message) bool { return o.ID == s }) {
			continue
		}
		out = append(out, flagged{m.ID, diag.Errorf(f.origin, m.Line, "%s is a new message, and no built-in one; did you mean %s, to replace the built-in text? A message of your theme's own needs a template that shows it", m.ID, s)})
	}
	return out
}

// Language returns the tag the catalog is for, as the site wrote it.
func (c *Catalog) Language() string { return c.lang }

// HTML renders message id for an HTML page: its own markup as it is, its
// arguments escaped for where they stand. args are a count (for a
// message with plural forms; it is {{.Count}} in the text), a value that
// is the text's dot, or name-value pairs ({{.Name}}; a "Count" among
// them chooses the plural form), after a count or not.
func (c *Catalog) HTML(id string, args ...any) (htmltemplate.HTML, error) {
	k, memoized := c.memo.key(id, args)
	if memoized {
		if h, ok := c.memo.get(k); ok {
			return h, nil
		}
	}
	f, dot, err := c.form(id, args)
	if err != nil {
		return "", err
	}
	if f.plain {
		return htmltemplate.HTML(f.text), nil
	}
	var b strings.Builder
	if err := f.html.Execute(&b, dot); err != nil {
		return "", c.execError(id, f, dot, err)
	}
	h := htmltemplate.HTML(c.localNumbers(b.String()))
	if memoized {
		c.memo.put(k, h)
	}
	return h, nil
}

// Text renders message id as plain text, for a title, a feed or a
// plain-text email; args as for HTML. It has none of the invisible line
// break hints the text may give a page (withoutBreakHints).
func (c *Catalog) Text(id string, args ...any) (string, error) {
	f, dot, err := c.form(id, args)
	if err != nil {
		return "", err
	}
	if f.plain {
		return withoutBreakHints(f.text), nil
	}
	var b strings.Builder
	if err := f.txt.Execute(&b, dot); err != nil {
		return "", c.execError(id, f, dot, err)
	}
	return withoutBreakHints(c.localNumbers(b.String())), nil
}

// breakHints are the invisible characters that tell a page where a line
// may break: a zero-width space (German's "KW 22/\u200b2025", for a narrow
// heading) and a soft hyphen.
const breakHints = "\u200b\u00ad"

// dropBreakHints deletes breakHints.
var dropBreakHints = strings.NewReplacer("\u200b", "", "\u00ad", "")

// withoutBreakHints returns s without breakHints. In plain text (an
// email's subject and plain part, a feed item's title, a page's <title>)
// they break nothing, only searching and copying: "KW 1/2026" found no
// subject in the inbox. The no-break joiners (U+00A0, the word joiner
// U+2060 of Chinese and Japanese) stay: the plain-text email's wrap keeps
// what they join on one line, as a page does.
func withoutBreakHints(s string) string {
	if !strings.ContainsAny(s, breakHints) {
		return s
	}
	return dropBreakHints.Replace(s)
}

// execError explains err, the failure of form f of message id run with
// dot: names of arguments the caller gave that are not those the message
// takes, or else a mistake in the text.
func (c *Catalog) execError(id string, f *form, dot any, err error) error {
	if given, ok := dot.(map[string]any); ok || dot == nil {
		if err := c.argumentNames(id, given); err != nil {
			return err
		}
	}
	return diag.Errorf(f.origin, f.line, "%s: %s; fix the {{…}} in its text", id, templateError(err))
}

// argumentNames returns the error of a call of message id whose argument
// names, given, lack one that its texts use, or nil.
func (c *Catalog) argumentNames(id string, given map[string]any) error {
	return argumentsError(id, c.takes(id), slices.Collect(maps.Keys(given)))
}

// argumentsError returns the error of a call of message id whose
// argument names, given, lack one of takes, the arguments its texts use,
// or nil.
func argumentsError(id string, takes, given []string) error {
	takes = slices.Compact(slices.Sorted(slices.Values(takes)))
	var missing, other []string
	for _, name := range takes {
		if !slices.Contains(given, name) {
			missing = append(missing, name)
		}
	}
	for _, name := range given {
		if !slices.Contains(takes, name) && name != "Count" {
			other = append(other, name)
		}
	}
	if len(missing) == 0 {
		return nil
	}
	slices.Sort(other)
	what := "the argument"
	if len(takes) > 1 {
		what = "the arguments"
	}
	msg := fmt.Sprintf("T %q takes %s %s", id, what, quoted(takes))
	if len(other) > 0 {
		msg += ", not " + quoted(other)
	}
	if len(missing) == 1 && len(other) == 1 && diag.Suggest(other[0], missing) == missing[0] {
		return fmt.Errorf("%s; did you mean %q?", msg, missing[0])
	}
	var pairs []string
	for _, name := range takes {
		pairs = append(pairs, strconv.Quote(name)+" …")
	}
	return fmt.Errorf("%s; write {{T %q %s}}", msg, id, strings.Join(pairs, " "))
}

// quoted quotes each of names, joined as a list: "a", "b" and "c".
func quoted(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = strconv.Quote(n)
	}
	return textutil.List(q)
}

// form finds the form of message id that args call for, and the dot of
// its text.
func (c *Catalog) form(id string, args []any) (*form, any, error) {
	m := c.msgs[id]
	if m == nil {
		return nil, nil, c.noMessage(id)
	}
	dot, n, counted, err := c.arguments(id, args)
	if err != nil {
		return nil, nil, err
	}
	if len(m.forms) == 1 {
		return m.forms[locales.PluralRuleOther], dot, nil
	}
	if !counted {
		if f := m.forms[locales.PluralRuleOther]; f.origin != "" && !strings.HasSuffix(f.origin, builtInMark) {
			// A theme's file gave the message forms the template that
			// shows it does not count.
			return nil, nil, fmt.Errorf("message %q has plural forms in %s:%d, which a call without a count cannot choose from: write it there as one text, %s: …, or give the call a count, e.g. {{T %q 3}}", id, f.origin, f.line, id, id)
		}
		return nil, nil, noCountError(id, len(args) > 1)
	}
	if f := m.forms[c.plural(n)]; f != nil {
		return f, dot, nil
	}
	return m.forms[locales.PluralRuleOther], dot, nil
}

// noMessage is the error of a call of message id, which no file has:
// for one the built-in theme had once, what became of it.
func (c *Catalog) noMessage(id string) error {
	if why := retired[id]; why != "" {
		// An older copy of a built-in template: the message is gone, not
		// the theme's to add.
		return fmt.Errorf("no message %q: the built-in theme no longer has it (%s); delete the call, or add the message to your theme's %s/en.yaml to keep it", id, why, Dir)
	}
	ids := slices.Sorted(maps.Keys(c.msgs))
	if s := diag.Suggest(id, ids); s != "" {
		return fmt.Errorf("no message %q; did you mean %q?", id, s)
	}
	if c.english != "" {
		return fmt.Errorf("no message %q in %s or the built-in %s/en.yaml; add it to %s", id, c.english, Dir, c.english)
	}
	return fmt.Errorf("no message %q in the theme's %s/en.yaml; add it there", id, Dir)
}

// plural is the plural form of the count n in the catalog's language.
func (c *Catalog) plural(n int) locales.PluralRule {
	if c.names != nil {
		return c.names.CardinalPluralRule(float64(n), 0)
	}
	if n == 1 {
		return locales.PluralRuleOne
	}
	return locales.PluralRuleOther
}

// arguments reads the arguments of a message: see HTML. The count is
// the text's .Count written as the language writes numbers (1,234 in
// English, 1 234 in French).
func (c *Catalog) arguments(id string, args []any) (dot any, n int, counted bool, err error) {
	switch {
	case len(args) == 0:
		return nil, 0, false, nil
	case len(args) == 1:
		if n, ok := integer(args[0]); ok {
			return map[string]any{"Count": c.number(n)}, n, true, nil
		}
		return args[0], 0, false, nil
	case len(args)%2 == 0:
		return c.pairs(id, args, 0)
	}
	// A count before names and values ({{T "labPicks" 2 "Who" .Who}}):
	// a name is text, never a whole number, so the first is the count.
	n, ok := integer(args[0])
	if !ok {
		return nil, 0, false, oddArgsError(id, len(args))
	}
	dot, _, counted, err = c.pairs(id, args[1:], 1)
	if err != nil {
		return nil, 0, false, err
	}
	if counted {
		return nil, 0, false, fmt.Errorf("message %q: a count first and \"Count\" among the names as well; give the count once", id)
	}
	m := dot.(map[string]any)
	m["Count"] = c.number(n)
	return m, n, true, nil
}

// pairs reads args, names and values in pairs, the arguments of message
// id from the one after skip on, as arguments does.
func (c *Catalog) pairs(id string, args []any, skip int) (dot any, n int, counted bool, err error) {
	m := make(map[string]any, len(args)/2)
	for i := 0; i < len(args); i += 2 {
		k, ok := args[i].(string)
		if !ok {
			return nil, 0, false, fmt.Errorf("message %q: argument %d is a %T, not a name; give names and values in pairs: {{T %q \"Name\" .Value}}", id, skip+i+2, args[i], id)
		}
		m[k] = args[i+1]
		if n, ok := integer(args[i+1]); ok && c.zero != '0' {
			m[k] = localInt(n) // a week's number, a year, a rank: digits, ungrouped
		}
		if k == "Count" {
			if n, counted = integer(args[i+1]); !counted {
				return nil, 0, false, fmt.Errorf("message %q: Count is a %T, not a whole number", id, args[i+1])
			}
			m[k] = c.number(n)
		}
	}
	return m, n, counted, nil
}

// builtInMark ends the origin of a built-in theme's file, as messages
// name it.
const builtInMark = " (built in)"

// noCountError is the error of a call of the message id, which has
// plural forms, without a count; named says the call gives names and
// values, which the count goes before (an older theme's template, of a
// message that had one text then).
func noCountError(id string, named bool) error {
	if named {
		return fmt.Errorf("message %q has plural forms; give it a count before its names and values, e.g. {{T %q 3 \"Name\" .Value}}", id, id)
	}
	return fmt.Errorf("message %q has plural forms; give it a count, e.g. {{T %q 3}}", id, id)
}

// oddArgsError is the error of a call of the message id with n
// arguments, an odd number over one that is not a count and pairs.
func oddArgsError(id string, n int) error {
	return fmt.Errorf("message %q: give it a count, one value, names and values in pairs, or a count and then pairs ({{T %q 3 \"Name\" .Value}}, the same as \"Count\" 3 \"Name\" .Value), not %d arguments, which leave a name without its value", id, id, n)
}

// number writes n as the catalog's language writes a count, in its
// digits: 1,234 in English, ۱٬۲۳۴ in Persian, every count of a page
// alike (an Arabic page had ١٬٢٣٤ beside 11).
func (c *Catalog) number(n int) string {
	if c.zero == '0' && n > -1000 && n < 1000 {
		return strconv.Itoa(n) // what the printer writes, faster
	}
	return c.printer.Sprint(n)
}

// integer returns v as an int when it is a whole number of any integer type.
func integer(v any) (int, bool) {
	r := reflect.ValueOf(v)
	switch r.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return int(r.Int()), true
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return int(r.Uint()), true
	}
	return 0, false
}

// list names at most n of ids, and how many more there are.
func list(ids []string, n int) string {
	if len(ids) <= n {
		return strings.Join(ids, ", ")
	}
	return strings.Join(ids[:n], ", ") + fmt.Sprintf(" and %d more", len(ids)-n)
}

// Date writes t with the layout that message id gives (a Go time layout,
// such as "Monday, January 2, 2006"), in the catalog's month and weekday
// names. Every catalog has the date messages English has.
func (c *Catalog) Date(id string, t time.Time) string {
	return c.Format(c.msgs[id].forms[locales.PluralRuleOther].text, t)
}

// Forms renders every plural form of message id as plain text for a
// script, keyed by its CLDR category ("one", "other"), with each argument
// {{.Name}} written as {Name} for the script to fill in: a script picks
// the form with Intl.PluralRules of the page's language.
func (c *Catalog) Forms(id string) (map[string]string, error) {
	m := c.msgs[id]
	if m == nil {
		_, _, err := c.form(id, nil)
		return nil, err
	}
	out := make(map[string]string, len(m.forms))
	for name, rule := range pluralRules {
		f := m.forms[rule]
		if f == nil {
			continue
		}
		if f.plain {
			out[name] = f.text
			continue
		}
		if deep := deepField(f.txt.Tree.Root); deep != nil {
			return nil, diag.Errorf(f.origin, f.line, "%s: a script shows this message (jsMessages), and fills in each argument whole, as {%s}, so its text cannot read {{%s}}, a field of one; "+
				"give the message the value as an argument of its own ({{.%s}}), or keep it for templates (T) and give the script another",
				id, deep.Ident[0], deep, deep.Ident[len(deep.Ident)-1])
		}
		dot := map[string]any{}
		for _, field := range fields(f.txt.Tree.Root) {
			dot[field] = "{" + field + "}"
		}
		var b strings.Builder
		if err := f.txt.Execute(&b, dot); err != nil {
			return nil, c.execError(id, f, dot, err)
		}
		out[name] = b.String()
	}
	return out, nil
}

// deepField returns the first field of a field that a template's nodes
// read (.Paper.Title), or nil.
func deepField(n tparse.Node) *tparse.FieldNode {
	var deep *tparse.FieldNode
	tmplwalk.Walk(n, func(n tparse.Node) {
		if f, ok := n.(*tparse.FieldNode); ok && len(f.Ident) > 1 && deep == nil {
			deep = f
		}
	})
	return deep
}

// fields lists the names of the dot's fields that a template's nodes use.
func fields(n tparse.Node) []string {
	var out []string
	tmplwalk.Walk(n, func(n tparse.Node) {
		if f, ok := n.(*tparse.FieldNode); ok {
			out = append(out, f.Ident[0])
		}
	})
	return out
}

// Texts renders messages as plain text for code that makes many of them
// (page titles, feed items) and checks for an error once, at the end:
// Text returns "" once a message has failed, and Err is the first
// failure. It is safe for concurrent use.
type Texts struct {
	Catalog *Catalog
	mu      sync.Mutex
	err     error
}

// Text is Catalog.Text, keeping the first error for Err.
func (t *Texts) Text(id string, args ...any) string {
	return t.keep(t.Catalog.Text(id, args...))
}

// keep returns s, or "" and keeps err for Err when it is the first.
func (t *Texts) keep(s string, err error) string {
	if err != nil {
		t.mu.Lock()
		if t.err == nil {
			t.err = err
		}
		t.mu.Unlock()
		return ""
	}
	return s
}

// Err is the first error of Text, or nil.
func (t *Texts) Err() error {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.err
}

// Builtin returns the catalog of the built-in theme in language lang.
func Builtin(lang string) (*Catalog, error) {
	return Load(Theme{}, Language{Tag: lang})
}

// LangAttr is the attribute lang="tag" (with its leading space) for text
// in language tag inside a page in language page, or nothing when tag is
// "" (the page's own language): what a theme's langAttr writes. When the
// two are written in opposite directions (English titles on an Arabic
// site) it adds the text's dir, which also isolates it: its punctuation
// stays at its end and a date beside it stays whole.
func LangAttr(tag, page string) htmltemplate.HTMLAttr {
	if tag == "" {
		return ""
	}
	attr := ` lang="` + htmltemplate.HTMLEscapeString(tag) + `"`
	if opposite(tag, page) {
		attr += ` dir="` + Direction(tag) + `"`
	}
	return htmltemplate.HTMLAttr(attr)
}

// Isolate is s, text in language tag, as plain text inside text in
// language page, where no markup, and so no LangAttr, can go (a page's
// <title>, an email's preheader): between U+2068 FIRST STRONG ISOLATE and
// U+2069 POP DIRECTIONAL ISOLATE when the two are written in opposite
// directions (an English title on an Arabic site), so that, as LangAttr's
// dir does in markup, its punctuation stays at its end; else s as it is.
// A tag of "" is the page's own language.
func Isolate(s, tag, page string) string {
	if tag == "" || s == "" || !opposite(tag, page) {
		return s
	}
	return "\u2068" + s + "\u2069"
}

// opposite reports whether text in language tag runs in the other
// direction than text in language page.
func opposite(tag, page string) bool {
	return Direction(tag) != Direction(page)
}

// rtlScripts are the scripts written right to left (ISO 15924).
var rtlScripts = []string{"Adlm", "Arab", "Aran", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi"}

// directions memoises Direction by tag: a site has a handful of tags,
// and langAttr asks for two on every title it marks (parsing one took
// 0.4 µs, times the 100,000 titles of a 10,000-paper archive's pages).
var directions sync.Map // tag → "ltr" or "rtl"

// Direction is the direction text in language tag is written in: "rtl" for a
// language whose script (given, or the likely one: ar, fa, ur are Arab; he,
// yi Hebr; dv Thaa) runs right to left, else "ltr".
func Direction(tag string) string {
	if d, ok := directions.Load(tag); ok {
		return d.(string)
	}
	d := direction(tag)
	directions.Store(tag, d)
	return d
}

// direction is Direction, worked out.
func direction(tag string) string {
	t, err := language.Parse(tag)
	if err != nil {
		return "ltr"
	}
	if script, _ := t.Script(); slices.Contains(rtlScripts, script.String()) {
		return "rtl"
	}
	return "ltr"
}
