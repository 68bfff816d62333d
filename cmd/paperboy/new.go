package main

import (
	"bytes"
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/doi"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/importer"
	"github.com/paperboy-digest/paperboy/generator/load"
	"github.com/paperboy-digest/paperboy/generator/parse"
	"github.com/paperboy-digest/paperboy/generator/slug"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

const newUsage = `usage: paperboy new site <folder>
       paperboy new paper <arxiv-id | arxiv-url | id> [flags]
       paperboy new day <YYYY-MM-DD | today | yesterday | tomorrow> [flags]
       paperboy new page <name> [flags]
       paperboy new theme <name> [file ...] [flags]

Creates a source file with every field documented:
  <folder>/content/site.yaml  for "new site" (also content/papers/,
                           content/days/, a .gitignore for what builds
                           write, .github/workflows/pages.yml, which
                           publishes the site on GitHub Pages,
                           import.yml, which imports the Hugging Face
                           daily list every night, and mail.yml, which
                           mails the daily digest once you add its
                           secrets, unless the folder has workflows;
                           in a repository on GitLab, .gitlab-ci.yml,
                           which publishes it on GitLab Pages, instead;
                           "." is the current folder)
  content/papers/<id>.md   for "new paper" (an arXiv id like 2410.07166,
                           2410.07166v2 or its arxiv.org URL, the paper's
                           address on OpenReview, the ACL Anthology,
                           PubMed or PubMed Central, whose id it takes
                           (OpenReview's without a leading _ or -), or
                           any id of letters, digits, '.', '_' and '-';
                           a paper known by its DOI, or at another
                           address, takes an id of its own, and the DOI
                           goes in doi:)
  content/days/<date>.md   for "new day"
  content/pages/<name>.md  for "new page": a page of your own at /<name>/
                           (about, guide/setup), linked from the header,
                           a draft until you remove draft: true; a name
                           written as a title ("Reading guide") is the
                           page's title, at its slug (reading-guide)
  themes/<name>/           for "new theme": a copy of the built-in theme
                           (templates, static files, email templates) to
                           edit; name it in site.yaml (theme: <name>).
                           With files (templates/paper.html, or paper.html,
                           static/style.css), only those, into a theme
                           that may exist: every other file stays the
                           built-in one, with its fixes
A paper, day, page or theme goes into a site folder, one with content/site.yaml.
It never overwrites an existing file.

Flags:
  -s, --source DIR   site folder (default ".")
  --date YYYY-MM-DD  digest day of a new paper (default: today in UTC);
                     "today", "yesterday" and "tomorrow" are days in
                     UTC, as import and mail take them`

// newFlags are the flags of paperboy new.
type newFlags struct {
	source, date string
}

// register adds every flag of new to fs.
func (f *newFlags) register(fs *flag.FlagSet) {
	sourceFlag(fs, &f.source)
	fs.StringVar(&f.date, "date", "", "")
}

func runNew(_ context.Context, args []string, stdout, _ io.Writer) error {
	var nf newFlags
	flags := flag.NewFlagSet("new", flag.ContinueOnError)
	nf.register(flags)
	pos, err := parseInterleaved(flags, args, newUsage, stdout)
	if err != nil {
		return ignoreHelp(err)
	}
	source, date := nf.source, nf.date
	kind, name, files, err := newArgs(pos)
	if err != nil {
		return err
	}
	var path, body string
	switch kind {
	case "site":
		if strings.TrimSpace(name) == "" { // new site "$DIR", DIR unset: not the current folder
			return usagef("new site: the folder is empty (an unset variable?); name the new site's folder, or . for the current one")
		}
		if !filepath.IsAbs(name) {
			name = filepath.Join(source, name)
		}
		return newSite(name, stdout)
	case "paper":
		if path, name, body, err = newPaper(source, name, date); err != nil {
			return err
		}
	case "day":
		if name, err = commandDay(name); err != nil {
			return usagef("new day: %v", err)
		}
		path = filepath.Join(source, "content", "days", name+".md")
		body = fmt.Sprintf(dayTemplate, name)
	case "page":
		name = strings.TrimSuffix(strings.Trim(filepath.ToSlash(name), "/"), ".md")
		if slices.Contains(strings.Split(name, "/"), "..") {
			// Its file would be outside content/pages/, which has every page.
			return usagef("new page: %q goes up a folder with .., and a page's name is its path under content/pages/; name it without .., like `paperboy new page about` or `paperboy new page guides/reading`", name)
		}
		title := pageTitle(name)
		if _, msg := parse.PageSlug(parse.PagesDir + name + ".md"); msg != "" {
			// A title given for the name ("Reading guide"): the page is
			// at its slug, with that title.
			s := pageSlug(name)
			if _, again := parse.PageSlug(parse.PagesDir + s + ".md"); s == "" || again != "" {
				return usagef("new page: %s", strings.Replace(cmp.Or(again, msg), "; rename the file", "; choose another name", 1))
			}
			name, title = s, textutil.CollapseSpace(name[strings.LastIndex(name, "/")+1:])
		}
		path = filepath.Join(source, "content", "pages", filepath.FromSlash(name)+".md")
		body = fmt.Sprintf(pageTemplate, title)
	case "theme":
		if !parse.IsThemeName(name) {
			return usagef("new theme: %q is not a folder name; use letters, digits, '.', '_' and '-', like mytheme", name)
		}
		if name == "default" {
			// Messages name the built-in theme's files themes/default/…
			return usagef("new theme: \"default\" is the built-in theme's name, which messages would confuse with yours; choose another, like mytheme")
		}
		if why := filename.Unportable(name); why != "" {
			return usagef("new theme: %s %s, so a Windows checkout could not hold its folder themes/%[1]s/; choose another name, like mytheme", name, why)
		}
	}
	// A paper, day, page or theme outside a site would be a file no build reads.
	if err := needSite(source); err != nil {
		return onSite("new", source, err)
	}
	if kind == "theme" {
		return newTheme(source, name, files, stdout)
	}
	if kind == "paper" {
		if at := paperWithID(source, name); at != "" {
			return fmt.Errorf("new paper: %s is already the paper %s; edit it there, or choose another id", name, at)
		}
	}
	return createNew(path, body, stdout)
}

// newPaper returns the path, id and text of a new paper of the site in
// source named by name (an arXiv id or URL, the address of its page on
// OpenReview, the ACL Anthology, PubMed or PubMed Central, or an id of
// the site's own; another web address is refused, as no id is in it),
// dated on date (YYYY-MM-DD, or today, yesterday or tomorrow in UTC;
// today when empty).
func newPaper(source, name, date string) (path, id, body string, err error) {
	if date, err = commandDay(cmp.Or(date, "today")); err != nil {
		return "", "", "", usagef("new paper: --date %v", err)
	}
	idLine, versionLine := "id: \""+name+"\"", "# version: 1"
	if arxivID, version, ok := arxivid.Ref(name); ok {
		// An arXiv id, or its URL: the file is named by the id
		// without version (cond-mat/0603029 → cond-mat-0603029.md).
		idLine, name = "arxiv: \""+arxivID+"\"", arxivID
		if version > 0 {
			versionLine = "version: " + strconv.Itoa(version)
		}
		path = filepath.Join(source, filepath.FromSlash(importer.PaperPath(arxivID)))
	} else if d := parse.DOI(name); d != "" {
		return "", "", "", usagef("new paper: %q is a DOI, which cannot be a paper's id (its / would make a folder); name the paper by its first author and year, paperboy new paper smith-2024, and write doi: %s in it", name, d)
	} else if d := doi.Preprint(name); d != "" {
		return "", "", "", usagef("new paper: %q is a bioRxiv or medRxiv preprint, whose DOI %s cannot be a paper's id (its / would make a folder); name the paper by its first author and year, paperboy new paper smith-2024, and write doi: %[2]s in it", name, d)
	} else if id := parse.VenueID(name); id != "" {
		// An OpenReview, ACL Anthology, PubMed or PubMed Central
		// address: the paper takes the id the venue gives it.
		idLine, name = "id: \""+id+"\"", id
		path = filepath.Join(source, "content", "papers", id+".md")
	} else if webAddress(name) {
		// An id spelt from its words (https-pmc-…) would name no paper.
		return "", "", "", usagef("new paper: %q is not an address new paper reads (arXiv, OpenReview, the ACL Anthology, PubMed, PubMed Central, a DOI or a bioRxiv or medRxiv preprint); give the paper an id of your own, by its first author and year: paperboy new paper smith-2024", name)
	} else if err := importer.CheckID(name); err != nil {
		if s := parse.IDFor(name); s != "" {
			also := "may also be named by its arxiv.org URL"
			if strings.Contains(strings.TrimSpace(name), " ") { // words, perhaps its title
				also = "is named by its id or arxiv.org URL, not its title"
			}
			return "", "", "", usagef("new paper: %v; name it %s (an arXiv paper %s)", err, s, also)
		}
		return "", "", "", usagef("new paper: %v (an arXiv paper may also be named by its arxiv.org URL)", err)
	} else {
		path = filepath.Join(source, "content", "papers", name+".md")
	}
	body = fmt.Sprintf(paperTemplate, generator.NewPaperTitle, idLine, versionLine, generator.NewPaperAuthors[0], generator.NewPaperAuthors[1], date)
	return path, name, body, nil
}

// webAddress reports whether name is a web address, with its scheme
// (https://…) or without (www.…, nature.com/…: a host, whose name ends
// in a dot and letters, before the first /), rather than an id, which
// has no / (smith.2024/notes is a mistyped one). An arXiv id
// (cond-mat/0603029) and a DOI (10.1234/x) are taken before it is asked.
func webAddress(name string) bool {
	name = strings.TrimSpace(name)
	if strings.Contains(name, "://") || strings.HasPrefix(strings.ToLower(name), "www.") {
		return true
	}
	host, _, ok := strings.Cut(name, "/")
	dot := strings.LastIndexByte(host, '.')
	return ok && dot > 0 && len(host)-dot > 2 && !strings.ContainsFunc(host[dot+1:], func(r rune) bool { return !unicode.IsLetter(r) })
}

// paperWithID returns the source (path:line of its arxiv: or id:) of the
// paper of the site in dir whose id is id, wherever its file is (a bundle's
// index.md, a file of another name), or "". A paper that does not parse as
// far as its id, or a site whose sources cannot all be listed, is passed
// over: the build names those, and they must not keep a new paper out.
func paperWithID(dir, id string) string {
	fsys := load.DirFS(dir)
	lim := parse.DefaultLimits()
	src, _ := load.Find(fsys, lim.MaxFileBytes)
	if src == nil {
		return ""
	}
	for _, p := range src.Papers {
		data, err := fs.ReadFile(fsys, p)
		if err != nil || !bytes.Contains(data, []byte(id)) { // cheap: a file that names no such id has none
			continue
		}
		if paper, _ := parse.Paper(p, data, lim); paper != nil && paper.ID == id {
			return fmt.Sprintf("%s:%d", filepath.Join(dir, filepath.FromSlash(p)), paper.Line)
		}
	}
	return ""
}

// newArgs checks new's positional arguments, the kind and its name, and
// for a theme the files to copy (none: all of them).
func newArgs(pos []string) (kind, name string, files []string, err error) {
	if len(pos) == 0 {
		return "", "", nil, usagef("new needs a kind and a name: paperboy new site my-digest, paperboy new paper 2410.07166, paperboy new day 2024-03-14, paperboy new page about, or paperboy new theme mytheme")
	}
	kind = pos[0]
	var kinds []string
	for _, k := range []struct{ kind, name, example string }{
		{"site", "a folder", "paperboy new site my-digest"},
		{"paper", "an arXiv id, arxiv.org URL or id", "paperboy new paper 2410.07166"},
		{"day", "a date", "paperboy new day 2024-03-14"},
		{"page", "a name", "paperboy new page about"},
		{"theme", "a name", "paperboy new theme mytheme"},
	} {
		kinds = append(kinds, k.kind)
		if k.kind != kind {
			continue
		}
		switch {
		case len(pos) == 1:
			return "", "", nil, usagef("new %s needs %s: %s", kind, k.name, k.example)
		case len(pos) > 2 && kind == "theme":
			return kind, pos[1], pos[2:], nil
		case len(pos) > 2:
			return "", "", nil, usagef("new %s takes one name, got %q; run it once for each (quote a name with spaces)", kind, pos[1:])
		}
		return kind, pos[1], nil, nil
	}
	if strings.HasSuffix(kind, ".md") { // hugo new content/papers/x.md
		return "", "", nil, usagef("new: %q is a file, as hugo new takes; here name the kind and the id, and new writes the file: paperboy new paper 2410.07166 (content/papers/2410.07166.md) or paperboy new day 2024-03-14", kind)
	}
	if s := diag.Suggest(kind, kinds); s != "" {
		return "", "", nil, usagef("new: unknown kind %q; did you mean %q? The kinds are site, paper, day, page and theme", kind, s)
	}
	return "", "", nil, usagef("new: unknown kind %q; the kinds are site, paper, day, page and theme: paperboy new site my-digest, paperboy new paper 2410.07166, paperboy new day 2024-03-14, paperboy new page about, or paperboy new theme mytheme", kind)
}

// newSite creates a site in dir: content/site.yaml with every field
// documented, the papers and days folders, a .gitignore for what builds
// write unless the folder has one, and, unless it has workflows, the
// GitHub Actions workflows that publish the site (pages.yml), import the
// Hugging Face daily list every night (import.yml) and mail the daily
// digest (mail.yml, off until its secrets are set); or, in a repository
// on GitLab, the .gitlab-ci.yml that publishes it on GitLab Pages.
func newSite(dir string, stdout io.Writer) error {
	yml, ok := siteYAML(dir)
	if ok {
		return fmt.Errorf("%s already exists: %s is a site already; edit that file instead", yml, dir)
	}
	for _, sub := range []string{"papers", "days"} {
		if err := os.MkdirAll(filepath.Join(dir, "content", sub), 0o755); err != nil {
			return err
		}
	}
	body, filled, former := formerSettings(dir, yml, siteTemplate)
	if err := createNew(yml, body, stdout); err != nil {
		return err
	}
	if former != "" {
		fmt.Fprintln(stdout, former)
	}
	// What the folder has already is the user's: new site says what to
	// add, never edits it. A .gitignore may leave public/ out on purpose
	// (a site published by committing it), and a workflow may deploy the
	// site already.
	ignore := filepath.Join(dir, ".gitignore")
	if old, err := os.ReadFile(ignore); err == nil {
		fmt.Fprintf(stdout, "kept %s as it is%s\n", ignore, gitignoreAdvice(old))
	} else if err := createNew(ignore, gitignore, stdout); err != nil {
		return err
	}
	bi, _ := debug.ReadBuildInfo()
	// In a repository on GitLab, GitHub's workflows would never run:
	// GitLab's pipeline publishes the site.
	var publish string
	var err error
	if onGitLab(dir) {
		publish, err = gitlabPages(dir, bi, stdout)
	} else {
		publish, err = githubWorkflows(dir, yml, bi, stdout)
	}
	if err != nil {
		return err
	}
	var unset []string
	for _, f := range []string{"title", "baseURL"} {
		if !slices.Contains(filled, f) {
			unset = append(unset, f)
		}
	}
	next := ""
	if len(unset) > 0 {
		next = fmt.Sprintf("set %s in %s, then ", textutil.List(unset), yml)
	}
	if former != "" {
		publish = "  paperboy check               # what else of the old site to move, and where\n" + publish
	}
	fmt.Fprintf(stdout, "next: %sin %s:\n"+
		"  paperboy import hf --fetch   # today's Hugging Face daily papers\n"+
		"  paperboy serve               # live preview; open the address it prints\n%s", next, dir, publish)
	return nil
}

// githubWorkflows writes the GitHub Actions workflows of the new site in
// dir (with its settings in yml), unless the repository has workflows
// already, and returns what to do to publish it.
func githubWorkflows(dir, yml string, bi *debug.BuildInfo, stdout io.Writer) (string, error) {
	publish := "to publish it, push the folder to a GitHub repository and choose\n" +
		"Settings → Pages → Source: GitHub Actions\n"
	// GitHub reads the workflows of a repository at its top: for a site
	// in a folder of one, they go there, and run in the site's folder.
	top, sub, branch := siteInRepo(dir)
	workflows := filepath.Join(dir, ".github", "workflows")
	if sub != "" {
		workflows = filepath.Join(top, ".github", "workflows")
	}
	if exists(workflows) {
		publishing := "to publish on GitHub Pages, add"
		if file, name := otherGenerator(workflows); file != "" {
			publishing = fmt.Sprintf("%s there builds the site with %s, which no longer builds it: to publish on GitHub Pages, replace it with", file, name)
		}
		inSub := ""
		if sub != "" {
			inSub = fmt.Sprintf("; as the site is in the folder %s of the repository, %s", sub, inFolderSteps(sub))
		}
		fmt.Fprintf(stdout, "kept %s as it is; %s the workflow in the README's \"Deploy to GitHub Pages\" (%s) as %s; "+
			"to import the Hugging Face daily list every night, add the one in \"Publish\" (%s) as %s; "+
			"and to mail the daily digest, the one in \"Send the daily email from GitHub Actions\" (%s) as %s%s\n",
			workflows, publishing, deployDocs, filepath.Join(workflows, "pages.yml"),
			importDocs, filepath.Join(workflows, "import.yml"), mailDocs, filepath.Join(workflows, "mail.yml"), inSub)
		publish = ""
	} else {
		pages, imports, mail := filepath.Join(workflows, "pages.yml"), filepath.Join(workflows, "import.yml"), filepath.Join(workflows, "mail.yml")
		release, note := workflowRelease(bi)
		deploy := pagesWorkflow(release)
		switch {
		case top == "":
			publish = "to publish it, push the folder to a GitHub repository, its branch named main\n" +
				"(pages.yml publishes pushes to main; git init may name it master: git branch -M main),\n" +
				"and choose Settings → Pages → Source: GitHub Actions\n"
		case branch == "main", branch == "":
		default:
			deploy = strings.Replace(deploy, "branches: [main]", "branches: ["+branch+"]", 1)
			fmt.Fprintf(stdout, "%s publishes pushes to %s, the branch this repository is on: if GitHub's default branch is another, write that one there\n", pages, branch)
		}
		for _, w := range []struct{ file, text string }{
			{pages, deploy},
			{imports, importWorkflow(release)},
			{mail, mailWorkflow(release)},
		} {
			if sub != "" {
				w.text = inFolder(w.text, sub)
			}
			if err := createNew(w.file, w.text, stdout); err != nil {
				return "", err
			}
		}
		if sub != "" {
			fmt.Fprintf(stdout, "the workflows are at the top of the repository, %s, where GitHub reads them, and run in the site's folder, %s\n", top, sub)
			publish = "to publish it, push the repository to GitHub and choose\n" +
				"Settings → Pages → Source: GitHub Actions\n"
		}
		if note != "" {
			fmt.Fprintf(stdout, "note: %s, %s and %s install %s\n", pages, imports, mail, note)
		}
		publish += "on GitHub, " + imports + " imports Hugging Face's daily list\n" +
			"every night at 23:30 UTC and commits it (delete it to import only by hand);\n" +
			"the daily email (" + mail + ") is off until you add its secrets on GitHub\n" +
			"and set newsletter.from in " + yml + "; the comment at its top says which\n"
	}
	return publish, nil
}

// gitlabPages writes the .gitlab-ci.yml that publishes the new site in
// dir, a folder of a repository on GitLab, on GitLab Pages, at the top of
// the repository where GitLab reads it, unless the repository has one
// already; and returns what to do to publish it.
func gitlabPages(dir string, bi *debug.BuildInfo, stdout io.Writer) (publish string, err error) {
	top, sub, _ := siteInRepo(dir)
	ci := filepath.Join(top, ".gitlab-ci.yml")
	if exists(ci) {
		fmt.Fprintf(stdout, "kept %s as it is; to publish on GitLab Pages, add the pages job in the README's \"GitLab Pages\" (%s) to it\n", ci, gitlabDocs)
		return "", nil
	}
	release, note := workflowRelease(bi)
	if err := createNew(ci, gitlabPipeline(release, sub), stdout); err != nil {
		return "", err
	}
	if note != "" { // said of three workflows: here of one file
		fmt.Fprintf(stdout, "note: %s installs %s\n", ci, strings.ReplaceAll(note, " in each", " there"))
	}
	return "to publish it, push the repository to GitLab: the pages job of " + ci + "\n" +
		"builds each push to the default branch and publishes it on GitLab Pages, at the\n" +
		"address GitLab shows under Deploy → Pages (write it as baseURL in site.yaml);\n" +
		"to import Hugging Face's daily list every night, see the README's \"GitLab Pages\"\n", nil
}

// otherGenerator returns the first workflow file of the folder dir (in
// name order) that builds a site with Hugo, Jekyll or Zola, and which,
// or "" when none does.
func otherGenerator(dir string) (file, name string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if ext := filepath.Ext(e.Name()); e.IsDir() || ext != ".yml" && ext != ".yaml" {
			continue
		}
		data, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			continue
		}
		if g := generator.OtherGenerator(data); g != "" {
			return filepath.Join(dir, e.Name()), g
		}
	}
	return "", ""
}

// deployDocs, importDocs, mailDocs and gitlabDocs are the README sections
// that show the Pages, import and mail workflows and GitLab's pipeline.
const (
	deployDocs = "https://github.com/paperboy-digest/paperboy#deploy-to-github-pages"
	importDocs = "https://github.com/paperboy-digest/paperboy#4-publish"
	mailDocs   = "https://github.com/paperboy-digest/paperboy#send-the-daily-email-from-github-actions"
	gitlabDocs = "https://github.com/paperboy-digest/paperboy#gitlab-pages"
)

// gitignore is a new site's .gitignore: what paperboy build writes next to
// the sources. Besides public/, a build keeps a lock file beside it, writes
// the new site into a temporary sibling folder and moves the old one aside
// to another when it swaps them (names from generator/output;
// TestNewSiteIgnoresWhatBuildsWrite checks them). Then the files macOS
// and Windows leave in folders, which a build skips.
const gitignore = buildOutput + `
# What macOS and Windows leave in folders.
.DS_Store
Thumbs.db
`

// buildOutput is the part of gitignore that names what builds write.
const buildOutput = `# What paperboy build writes: the site, its lock file, and the folders it
# writes the new site into and moves the old one aside to.
/public/
/.public.lock
/.paperboy-new-public-*/
/.paperboy-old-public-*/
`

// gitignoreAdvice names the lines of a new site's .gitignore that the
// folder's own lacks, written the same way or without their leading or
// trailing slash.
func gitignoreAdvice(old []byte) string {
	have := map[string]bool{}
	for _, l := range strings.Split(string(old), "\n") {
		l = strings.TrimSpace(l)
		have[strings.Trim(l, "/")] = true
	}
	var missing []string
	for _, l := range strings.Split(buildOutput, "\n") {
		if l != "" && !strings.HasPrefix(l, "#") && !have[strings.Trim(l, "/")] {
			missing = append(missing, l)
		}
	}
	if len(missing) == 0 {
		return "; it leaves out what builds write already"
	}
	return "; add these lines to it, unless you commit the built site on purpose,\n" +
		"so that git leaves out what builds write:\n  " + strings.Join(missing, "\n  ")
}

// exists reports whether there is a file or folder at path.
func exists(path string) bool {
	_, err := os.Lstat(path)
	return err == nil
}

// createNew writes body to the new file path, creating its folder, and
// says so; it never overwrites a file.
func createNew(path, body string, stdout io.Writer) error {
	if err := writeNew(path, []byte(body)); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "created %s\n", path)
	return nil
}

// writeNew writes data to the new file path, creating its folder; it never
// overwrites a file, nor writes one beside a file whose name differs from
// its only in letter case (2024-05-27.MD, which the build reads as
// 2024-05-27.md, and which macOS and Windows hold as the same file).
func writeNew(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(filepath.Dir(path))
	if err != nil {
		return err
	}
	if twin := caseTwin(entries, filepath.Base(path)); twin != "" {
		return fmt.Errorf("%s already exists as %s; edit it, or choose another name", path, twin)
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s already exists; edit it, or choose another name", path)
	}
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// caseTwin returns the name of the entry of entries, a folder's, that
// differs from name only in letter case (or in Unicode normalisation),
// which macOS and Windows hold as one file or folder with it; or "".
func caseTwin(entries []os.DirEntry, name string) string {
	for _, e := range entries {
		if e.Name() != name && filename.Fold(e.Name()) == filename.Fold(name) {
			return e.Name()
		}
	}
	return ""
}

const siteTemplate = `# The site's settings; the README's "content/site.yaml" section has more.

# The site's name: the header, page titles and feeds (text, required).
title: "` + generator.NewSiteTitle + `"
# Where the site is published (absolute URL, required). Its path prefixes
# every link: https://<user>.github.io/<repo>/ for a GitHub project site.
# paperboy build --base-url replaces it for one build.
baseURL: "` + generator.NewSiteBaseURL + `"
# On the home page, in meta tags and feeds (text, optional).
description: ""
# The language of every word the site writes, and of its pages and feeds
# (BCP 47 tag, default en). Built in: en, fr, de, es, zh, ja, ar, he, fa; see
# "Languages" in Paperboy's README to add one.
language: en
# The language of your papers' titles and abstracts (BCP 47 tag, default
# en): on a site in another language, the pages mark them as English for
# screen readers. A paper's own language: overrides it.
# paperLanguage: en
# The curator, for feeds and meta tags (text, optional).
# author: "Your Name"
# Your fediverse account (optional): Mastodon's previews of a link to any
# page name it, once you add this site's domain under Preferences → Public
# profile → Verification → Author attribution; and your profile can link
# the site as verified.
# fediverse: "@you@mastodon.social"
# A custom domain for GitHub Pages (host name, optional); writes CNAME.
# domain: papers.example.org
# The picture a link to any page shows in Slack, Mastodon… (og:image), unless
# a paper has its own image: (http(s) URL, or a file of your theme's static/
# as /card.png; about 1200 × 630 pixels), and what it shows, for readers who
# cannot see it (optional).
# image: /card.png
# imageAlt: "The digest's logo"
# An author's name as papers spell it → as the site shows and cites it
# (optional): fixes a spelling for good, since imports write the source's.
# authorNames:
#   Juergen Schmidhuber: Jürgen Schmidhuber
# An organization's name as papers spell it → as the site shows it
# (optional): fixes a spelling for good, as authorNames does.
# organizationNames:
#   shanghai ailab: Shanghai AI Lab
# Former addresses of the site's RSS feed, each of which gets a copy of
# feed.xml so readers subscribed there keep getting it (optional):
# [index.xml] for a site moved from Hugo.
# feedAliases: [index.xml]
# The former baseURL, after the site moved to a new host or repository
# (absolute URL, default baseURL): the feeds' item ids stay those readers
# have, so none shows its items again as new; links go to the new address.
# feedIDBase: https://user.github.io/old-repo/
# A folder of themes/ whose files override the built-in theme (optional);
# themes/<name>/static/custom.css, if there, is linked on every page.
# theme: mytheme
# Items in each feed: papers in the site and topic feeds, days in the
# daily digest's (default 50).
# feedSize: 50
# Papers per topic or organization page (default 25).
# pageSize: 25
# Papers per author page, listed as rows (default 100).
# authorPageSize: 100
# Days listed on the home page (default 7).
# homeDays: 7
# Papers in a week's or month's top list (default 10).
# topSize: 10
# Pass raw HTML in Markdown through instead of dropping it (default false).
# unsafeHTML: false
# Give each author's page RSS, Atom and JSON feeds of the author's papers
# (default false: a site has thousands of authors, three files each).
# authorFeeds: false
# The same for each organization's page (default false).
# organizationFeeds: false
# Publish the built-in theme's stylesheet and scripts minified (default
# true); false publishes them as written, comments and all.
# minify: true
# Topics (optional): slug → name, description and keywords. A keyword tags
# every paper whose title, abstract or keywords contain it (whole words,
# any case). After renaming a topic, list its former slugs as aliases: old
# links and feed subscriptions keep working.
# topics:
#   diffusion-models:
#     name: Diffusion models
#     description: Generative models that learn to denoise.
#     keywords: [diffusion, denoising]
#     aliases: [diffusion]
# Limits on the sources (optional; these are the defaults).
# limits:
#   maxFileBytes: 4194304
#   maxAuthors: 5000
# The email digest that paperboy mail sends, and the site's subscribe form
# (optional; the README's "Email digest" section has every field).
# newsletter:
#   from: "My Paper Digest <digest@example.org>"
#   unsubscribe: ["mailto:digest+leave@example.org"]
# Your own data, for templates as .Config.Extra (mapping, optional).
# extra:
#   tagline: Every paper worth reading.
`

const paperTemplate = `---
# The paper's title (text, required). TeX goes in 'single quotes': '$\beta$-VAE'.
title: '%s'
# The paper's id and URL: its arXiv id without version (arxiv:), or for a
# paper not on arXiv an id: of letters, digits, '.', '_' and '-' (a DOI goes
# in doi: below).
%s
# arXiv version number (whole number, optional).
%s
# Former ids, each of which keeps a page at /papers/<alias>/ that sends
# readers on, or a former address elsewhere (list, optional).
# aliases: [smith-2024-attention, /posts/2024-05-attention/]
# The id a former site's feed gave the post, which this site's feeds keep
# (path or URL, optional; the README's "Ids and dates" says when).
# feed_id: /2024/05/27/attention
# Authors in paper order (list of text, optional).
authors:
  - "%s"
  - "%s"
# The digest day the paper appears on (YYYY-MM-DD or RFC 3339; required unless a day file lists the paper).
date: %s
# First and latest arXiv versions (YYYY-MM-DD or RFC 3339, optional).
# published: 2024-03-12
# updated: 2024-03-13T17:59:59Z
# Topic slugs (list, optional); site.yaml can name and describe them.
topics: []
# Topics whose keyword rules of site.yaml must not tag this paper (list, optional).
# not_topics: [llm]
# Links (absolute http(s) URLs, optional). pdf defaults to arXiv's PDF.
# code: "https://github.com/user/repo"
# project: "https://example.org/project"
# pdf: "https://arxiv.org/pdf/2410.07166"
# The organization that lists the paper on Hugging Face, and its page there
# (text and http(s) URL, optional; imported).
# organization: "NVIDIA"
# organization_url: "https://huggingface.co/nvidia"
# The language of the title and abstract, when it is not site.yaml's
# paperLanguage (BCP 47 tag, optional).
# language: fr
# A figure shown on the paper's page and when the page is shared (an http(s)
# URL of an image, or the path of an image file beside this one, relative to
# it, such as figures/figure-1.png; optional), and what it shows, for readers
# who cannot see it (text, optional; default "Figure from the paper"). A file
# beside this one shows in the notes too: ![What it shows](figures/figure-1.png).
# image: "https://example.org/figure-1.png"
# image_alt: "What the figure shows"
# Upvotes rank the day (whole number, default 0).
upvotes: 0
# One-line summary shown in lists (text, optional).
# tldr: "What the paper shows, in one sentence."
# The published version's DOI, alone or as a doi.org link (optional).
# doi: "10.1038/s41586-024-07421-0"
# Where it was published, for its citations (text, optional): the journal's
# name alone, its volume, issue and pages; or, for a paper in a conference's
# proceedings, conference: "…" instead of journal:, with pages only.
# journal: "Nature"
# volume: "630"
# issue: "8016"
# pages: "123-130"
# arXiv's journal reference, free text (optional; the BibTeX note).
# journal_ref: "Nature 630, 123-130 (2024)"
# The BibTeX key to keep, whatever key another paper would be given
# (optional; the README's "BibTeX" says when one needs it).
# citekey: smith2024attention
# Imported metadata (optional): comments, stars, ai_summary, keywords,
# primary_category, categories, comment; and imported:, the importers'
# record of what they last imported, which the build ignores.
# Leave the paper out of the build unless --drafts is given (default false).
# draft: true
# Your site's own data, for custom themes (mapping, optional).
# extra:
#   note: anything
---

` + generator.NewPaperText + ` Inline math like $O(n \log n)$ and display math
between ` + "`$$`" + ` lines are kept intact.

Notes of your own go after the abstract, under a heading (## Notes): the
abstract is the text before the first heading, and notes survive
re-imports.
`

// pageSlug is the address below the root of a page named name, a title
// ("Reading guide", "guide/C++ notes"): each folder's slug, its signs
// spelt (reading-guide, guide/c-plus-plus-notes) and its math read as
// its words ("Notes on $\varepsilon$-nets" is notes-on-ε-nets, as the
// title shows it); "" when one has no letter or digit.
func pageSlug(name string) string {
	segs := strings.Split(name, "/")
	for i, seg := range segs {
		seg = tex.SlugText(seg)
		if slug.Make(seg) == "" { // no letter or digit: nothing to spell
			return ""
		}
		segs[i] = slug.Spelled(seg)
	}
	return strings.Join(segs, "/")
}

// pageTitle is a new page's title from its name: "reading-guide" and
// "guide/reading_guide" are "Reading guide".
func pageTitle(name string) string {
	name = strings.NewReplacer("-", " ", "_", " ").Replace(name[strings.LastIndex(name, "/")+1:])
	return textutil.Capitalize(name)
}

// pageTemplate is a new page of the site's own, its title to fill in.
const pageTemplate = `---
# The page's title (text, required): its heading and the browser tab's.
title: %q
# The text of its menu link (text, optional; by default the title).
# linkTitle: ""
# Its description for search engines and link previews (text, optional;
# by default its first paragraph).
# description: ""
# Link it from every page: main (the header's links), footer, or both as
# [main, footer] (optional; without it, link to it yourself).
menu: main
# Its place in the menu, lightest first (whole number, optional).
# weight: 0
# Its former addresses, each of which sends readers on (optional).
# aliases: [/about-us/]
# The picture a link to the page shows when shared (an http(s) URL, an
# image file beside this one, relative to it, such as team.jpg, or a file of
# your theme's static/ as /card.png; optional, by default site.yaml's
# image:), and what it shows, for readers who cannot see it (text, optional).
# image: "https://example.org/team.jpg"
# image_alt: "The digest's three curators"
# The language of its title and text, when it is not site.yaml's language
# (BCP 47 tag, optional), so screen readers read it in that language.
# language: fr
# Left out of the site until you delete this line; paperboy serve -D shows it.
draft: true
# Your site's own data, for custom themes (mapping, optional).
# extra:
#   note: anything
---

` + generator.NewPageText + ` what the digest is, who picks its papers, how
to suggest one. Link to the site's pages from its root, like [the
archive](/archive/).
`

const dayTemplate = `---
# The day's title (text, optional; default: the date).
title: ""
# The day's date, which must be the file's name (optional).
# date: %s
# Paper ids pinned to the top, in this order (list, optional). The other
# papers dated on this day follow, by upvotes. A paper dated on another day
# listed here is on both days. Entries may also be inline papers:
#   - title: "A paper without a file"
#     id: my-paper
#     authors: ["A. Author"]
#     abstract: "…"
papers: []
# Ids of papers of other days listed on this day too, ranked by their
# upvotes among its own (list, optional); an import appends here a paper
# of another day that its source lists again.
# listed: []
# Paper ids left off this day, though dated on it; imports honour them.
removed: []
# The day's former dates, when its papers moved here from another day: each
# keeps a page there that sends readers on (list, optional).
# aliases: ["2024-01-02"]
# Your site's own data, for custom themes (mapping, optional).
# extra:
#   note: anything
---

` + generator.NewDayText + `
`
