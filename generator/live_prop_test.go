package generator

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/paperboy-digest/paperboy/generator/internal/golden"
)

// This file checks Live's incremental rebuilds against clean builds: after
// any sequence of edits on disk, each followed by Live.Build of the changed
// paths (and Complete when the build was a quick one), the files must be
// exactly those of a clean Build of the same folder.

// propSeeds and propSteps (with propRenames) size TestLiveMatchesCleanBuild.
var propSeeds = []uint64{1, 2, 3, 4, 5, 6}

// propEOLs are the line endings the seeds' sites are saved with, in turn:
// Linux's, Windows' and an old Mac's.
var propEOLs = []string{"\n", "\r\n", "\r"}

const propSteps = 20

// propRenames is how many edits of kind 16 (an author's name changed to
// another's) follow the random ones of each seed, and propOrgs how many
// of kind 17 (a paper's organization changed) follow those.
const (
	propRenames = 4
	propOrgs    = 4
)

// propOrgNames are the organizations of the starting site's papers (see
// newPropSite) and of kind 17's edits: a spelling of one of them
// ("LAB A"), and one no paper has at first.
var propOrgNames = []string{"Lab A", "Lab B", "Lab C", "LAB A", "Lab D"}

// propWords make abstracts and titles: no word is a keyword of a topic.
var propWords = []string{
	"graph", "attention", "planning", "memory", "robust", "sparse", "retrieval",
	"language", "vision", "reward", "policy", "tokens", "benchmark", "latency",
	"scaling", "agents", "transformer", "kernel", "sampling", "alignment",
}

// propKeywords are the keyword rules' words (topic diffusion-models).
var propKeywords = []string{"diffusion", "denoising"}

// propAuthors are shared by the papers; two of them slugify apart only by a
// diacritic.
var propAuthors = []string{
	"Ada Lovelace", "Erwin Schrödinger", "Erwin Schrodinger", "Grace Hopper",
	"Alan Turing", "Emmy Noether", "Kurt Gödel",
}

// propTopics are the topics front matter may name: the two of site.yaml and
// one that only papers name.
var propTopics = []string{"agents", "diffusion-models", "robotics"}

// propDates are the digest days papers may be dated on (two ISO weeks, two
// months); propDayFile is the day with a day file.
var propDates = []string{"2024-05-31", "2024-06-03", "2024-06-04", "2024-06-10"}

const propDayFile = "2024-06-03"

// propNotes are the texts of a notes section, one with raw HTML (dropped
// unless unsafeHTML) and one with code.
var propNotes = []string{
	"Text.",
	"Text with `inline code` and a [link](https://example.org/).",
	"Raw <b>bold</b> HTML.",
	"```python\nprint('hi')\n```",
}

// propPaper is one paper file of the model site.
type propPaper struct {
	id       string
	title    string
	authors  []string
	date     string
	topics   []string
	upvotes  int
	stars    int
	comments int      // -1: no comments: line
	summary  string   // "" or its ai_summary:
	abstract []string // sentences, without keywords
	keyword  string   // "" or a last sentence with a keyword rule's word
	notes    string   // "" or the text of a notes section after the abstract
	org      string   // "" or its organization:
	broken   bool     // has an unknown front matter field
	// plain holds its plain fields (model.PlainKeys) by key, each written
	// after the counts when set, as wrap says (see plainLines).
	plain map[string]string
	wrap  map[string]int
}

func (p *propPaper) file() string {
	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %q\n", p.title)
	fmt.Fprintf(&b, "arxiv: %q\n", p.id)
	q := make([]string, len(p.authors))
	for i, a := range p.authors {
		q[i] = fmt.Sprintf("%q", a)
	}
	fmt.Fprintf(&b, "authors: [%s]\n", strings.Join(q, ", "))
	fmt.Fprintf(&b, "date: %s\n", p.date)
	if len(p.topics) > 0 {
		fmt.Fprintf(&b, "topics: [%s]\n", strings.Join(p.topics, ", "))
	}
	fmt.Fprintf(&b, "upvotes: %d\n", p.upvotes)
	if p.org != "" {
		fmt.Fprintf(&b, "organization: %s\n", p.org)
	}
	fmt.Fprintf(&b, "stars: %d\n", p.stars)
	if p.comments >= 0 {
		fmt.Fprintf(&b, "comments: %d\n", p.comments)
	}
	if p.summary != "" {
		fmt.Fprintf(&b, "ai_summary: %q\n", p.summary)
	}
	for _, k := range propPlainKeys {
		if v := p.plain[k]; v != "" {
			b.WriteString(plainLines(k, v, p.wrap[k]))
		}
	}
	if p.broken {
		b.WriteString("colour: red\n")
	}
	b.WriteString("---\n")
	b.WriteString(strings.Join(p.abstract, " "))
	if p.keyword != "" {
		b.WriteString(" " + p.keyword)
	}
	b.WriteString("\n")
	if p.notes != "" {
		b.WriteString("\n## Notes\n\n" + p.notes + "\n")
	}
	return b.String()
}

// propSite is the model of the site on disk; files renders it.
type propSite struct {
	description  string
	pageSize     int
	feedSize     int
	topSize      int
	homeDays     int
	unsafeHTML   bool
	denoising    bool   // "denoising" is a keyword of diffusion-models too
	theme        bool   // theme: mine, whose paper rows show the abstract
	brokenConfig bool   // site.yaml has an unknown field
	email        string // the second line of the theme's email/digest.txt
	emailBroken  bool   // which fails on the newest digest (a mistake where site.yaml names the theme)

	papers []*propPaper // by id

	note string // "" or the text of content/notes/todo.md, a note no build reads

	dayTitle  string
	dayIntro  string
	dayOrder  []string
	dayBroken bool // the day file lists a paper that does not exist

	nextID int

	eol string // every file's line ending: "\n", "\r\n" (Windows) or "\r" (an old Mac)
}

func (s *propSite) broken() bool {
	if s.brokenConfig || s.dayBroken || s.emailBroken && s.theme {
		return true
	}
	return slices.ContainsFunc(s.papers, func(p *propPaper) bool { return p.broken })
}

// files returns every source file of the site by slash path.
func (s *propSite) files() map[string]string {
	out := map[string]string{}
	var b strings.Builder
	b.WriteString("title: Prop Digest\nbaseURL: https://example.org/prop/\n")
	fmt.Fprintf(&b, "description: %q\n", s.description)
	fmt.Fprintf(&b, "pageSize: %d\nfeedSize: %d\ntopSize: %d\nhomeDays: %d\n", s.pageSize, s.feedSize, s.topSize, s.homeDays)
	if s.unsafeHTML {
		b.WriteString("unsafeHTML: true\n")
	}
	if s.theme {
		b.WriteString("theme: mine\n")
	}
	if s.brokenConfig {
		b.WriteString("colour: red\n")
	}
	kw := "[diffusion]"
	if s.denoising {
		kw = "[diffusion, denoising]"
	}
	b.WriteString("topics:\n  diffusion-models:\n    name: Diffusion models\n    description: Generative models that denoise.\n    keywords: " + kw + "\n  agents:\n    name: Agents\n")
	out["content/site.yaml"] = b.String()

	for _, p := range s.papers {
		out["content/papers/"+p.id+".md"] = p.file()
	}

	b.Reset()
	b.WriteString("---\n")
	if s.dayTitle != "" {
		fmt.Fprintf(&b, "title: %q\n", s.dayTitle)
	}
	order := slices.Clone(s.dayOrder)
	if s.dayBroken {
		order = append(order, "2499.99999")
	}
	q := make([]string, len(order))
	for i, id := range order {
		q[i] = fmt.Sprintf("%q", id)
	}
	fmt.Fprintf(&b, "papers: [%s]\n---\n%s\n", strings.Join(q, ", "), s.dayIntro)
	out["content/days/"+propDayFile+".md"] = b.String()

	// The theme is there in every site; site.yaml names it or not.
	out["themes/mine/templates/partials/paper-row.html"] = `{{define "paper-row"}}<li>{{.Title}}: {{.Content}}</li>{{end}}` + "\n"
	email := s.email
	if s.emailBroken {
		email = "{{(index .Papers 40).Title}}"
	}
	out["themes/mine/email/digest.txt"] = "{{.Digest.Name}}\n" + email + "\n"
	if s.note != "" {
		out["content/notes/todo.md"] = s.note + "\n"
	}
	if s.eol != "\n" {
		for name, data := range out {
			out[name] = strings.ReplaceAll(data, "\n", s.eol)
		}
	}
	return out
}

// propPlainKeys are the plain fields papers may have (model.PlainKeys
// but pdf: and issue:, which read as the others do), and image: (a
// figure's URL), published: and updated: (the dates of the first and
// latest versions), which a quick rebuild takes as one when they are
// written on their lines, and keywords: (a list, in brackets or an item
// on each line), which it takes as one unless they change the topics.
var propPlainKeys = []string{"code", "project", "tldr", "comment", "journal", "conference", "volume", "pages", "doi", "image", "published", "updated", "keywords"}

// onLine reports whether the plain field k is written on its line alone
// (plainLines' first way).
func onLine(k string) bool { return k == "image" || k == "published" || k == "updated" }

// plainWraps are the ways plainLines writes a plain field.
var plainWraps = []string{"quoted", "as a literal block", "folded over two lines", "quoted over two lines"}

// plainLines writes the plain field k whose value is v as plainWraps[wrap]
// says: quoted on its line, a literal block (|-), a folded block (>-)
// or a quoted scalar over two lines, broken at its first space (a literal
// block if it has none); keywords, whose v is a list with ", " between
// its items, in brackets (the first way) or an item on each line.
func plainLines(k, v string, wrap int) string {
	first, rest, two := strings.Cut(v, " ")
	switch {
	case k == "keywords" && wrap == 0:
		return fmt.Sprintf("%s: [%s]\n", k, v)
	case k == "keywords":
		return fmt.Sprintf("%s:\n  - %s\n", k, strings.ReplaceAll(v, ", ", "\n  - "))
	case wrap == 1 || wrap > 1 && !two:
		return fmt.Sprintf("%s: |-\n  %s\n", k, v)
	case wrap == 2:
		return fmt.Sprintf("%s: >-\n  %s\n  %s\n", k, first, rest)
	case wrap == 3:
		return fmt.Sprintf("%s: \"%s\n  %s\"\n", k, first, rest)
	}
	return fmt.Sprintf("%s: %q\n", k, v)
}

// plainEdit sets, changes or takes out one plain field of p, keeping its
// venue one a paper may give (journal: with volume:, or conference:, and
// pages: with either), or writes one it has another way (plainWraps),
// and describes it.
func (g *propGen) plainEdit(p *propPaper) string {
	r := g.r
	if p.plain == nil {
		p.plain, p.wrap = map[string]string{}, map[string]int{}
	}
	k := propPlainKeys[r.IntN(len(propPlainKeys))]
	if r.IntN(3) == 0 {
		k = "image" // the field of its own, more often, on its line
	}
	if p.plain[k] != "" && !onLine(k) && r.IntN(4) == 0 {
		p.wrap[k] = (p.wrap[k] + 1 + r.IntN(len(plainWraps)-1)) % len(plainWraps)
		return fmt.Sprintf("plain %s: %s written %s", p.id, k, plainWraps[p.wrap[k]])
	}
	p.wrap[k] = r.IntN(len(plainWraps))
	if p.plain[k] != "" && r.IntN(3) == 0 {
		delete(p.plain, k)
		switch {
		case k == "journal":
			delete(p.plain, "volume")
		case k == "conference" && p.plain["journal"] == "":
			delete(p.plain, "pages")
		}
		if p.plain["journal"] == "" && p.plain["conference"] == "" {
			delete(p.plain, "pages")
		}
		return fmt.Sprintf("plain %s: remove %s", p.id, k)
	}
	n := r.IntN(100)
	switch k {
	case "code", "project":
		p.plain[k] = fmt.Sprintf("https://example.org/%s/%s-%d", k, g.pick(propWords), n)
	case "doi":
		p.plain[k] = fmt.Sprintf("10.%d/%s.%d", 1000+n%3, g.pick(propWords), n)
	case "image":
		p.plain[k], p.wrap[k] = fmt.Sprintf("https://example.org/fig/%s-%d.png", g.pick(propWords), n), 0
	case "published":
		// A year of its own or a day's: the BibTeX key's. The first
		// version is before the latest (updated:), whatever it is.
		p.plain[k], p.wrap[k] = fmt.Sprintf("%d-%02d-%02d", 2022+n%3, 1+n%4, 1+n%28), 0
		if n%5 == 0 {
			p.plain[k] = "2024-01-01T00:30:00+01:00" // 2023 in UTC
		}
	case "keywords":
		// Sometimes a word a keyword rule tags, which gives a topic.
		p.plain[k] = g.pick(propWords) + ", \"" + g.pick(propWords) + " " + g.pick(propWords) + "\""
		if n%4 == 0 {
			p.plain[k] += ", " + propKeywords[n%len(propKeywords)]
		}
	case "updated":
		// Before the paper's digest day, or after it: its page's lastmod.
		p.plain[k], p.wrap[k] = fmt.Sprintf("2024-%02d-%02d", 5+n%2, 1+n%28), 0
		if n%3 == 0 {
			p.plain[k] += "T12:00:00Z"
		}
	case "tldr", "comment":
		p.plain[k] = fmt.Sprintf("%d pages on %s %s", n, g.pick(propWords), g.pick(propWords))
	case "journal", "conference":
		p.plain[k] = fmt.Sprintf("Proc. %s %d", strings.ToUpper(g.pick(propWords)[:1])+g.pick(propWords), n)
		if k == "journal" {
			delete(p.plain, "conference")
		} else {
			delete(p.plain, "journal")
			delete(p.plain, "volume")
		}
	case "volume":
		if p.plain["journal"] == "" {
			p.plain["journal"] = "Journal of " + g.pick(propWords)
			delete(p.plain, "conference")
		}
		p.plain[k] = fmt.Sprint(1 + n)
	case "pages":
		if p.plain["journal"] == "" && p.plain["conference"] == "" {
			p.plain["conference"] = "Conference on " + g.pick(propWords)
		}
		p.plain[k] = fmt.Sprintf("%d-%d", 1+n, 10+n)
	}
	return fmt.Sprintf("plain %s: %s %q written %s", p.id, k, p.plain[k], plainWraps[p.wrap[k]])
}

// propGen draws the random edits of one sequence.
type propGen struct {
	r    *rand.Rand
	site *propSite
	// resave is the file the step saves again with the bytes it has
	// (an editor's save of an unchanged buffer): kind 14.
	resave string
}

func (g *propGen) pick(list []string) string { return list[g.r.IntN(len(list))] }

func (g *propGen) sentence() string {
	switch g.r.IntN(6) {
	case 0:
		return fmt.Sprintf("We bound $a_%d * b_2$ by %s %s.", g.r.IntN(9), g.pick(propWords), g.pick(propWords))
	case 1:
		return fmt.Sprintf("A *%s* %s of %s.", g.pick(propWords), g.pick(propWords), g.pick(propWords))
	}
	return fmt.Sprintf("We study %s %s for %s %s.", g.pick(propWords), g.pick(propWords), g.pick(propWords), g.pick(propWords))
}

func (g *propGen) title() string {
	w := []string{g.pick(propWords), g.pick(propWords), g.pick(propWords)}
	if g.r.IntN(8) == 0 {
		w[1] = "denoising" // a keyword rule's word in the title
	}
	w[0] = strings.ToUpper(w[0][:1]) + w[0][1:]
	return strings.Join(w, " ")
}

func (g *propGen) authors() []string {
	n := 1 + g.r.IntN(3)
	var out []string
	for len(out) < n {
		if a := g.pick(propAuthors); !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

func (g *propGen) newPaper() *propPaper {
	s := g.site
	s.nextID++
	p := &propPaper{
		id:       fmt.Sprintf("2406.%05d", s.nextID),
		title:    g.title(),
		authors:  g.authors(),
		date:     g.pick(propDates[:3]),
		upvotes:  g.r.IntN(12),
		comments: -1,
	}
	for range 1 + g.r.IntN(3) {
		p.abstract = append(p.abstract, g.sentence())
	}
	if g.r.IntN(2) == 0 {
		p.topics = []string{g.pick(propTopics[:2])}
	}
	return p
}

// renameShared changes the name of an author of p who has another paper
// no newer than p to that of an author of another paper no newer than
// p, whom p does not list: each keeps a page, which the quick path
// takes where no author's oldest paper or number of pages changes. It
// describes the edit, or returns "" when p has no such author.
func (g *propGen) renameShared(p *propPaper) string {
	older := func(q *propPaper) bool { return q != p && q.date <= p.date }
	var from []int
	for i, a := range p.authors {
		if slices.ContainsFunc(g.site.papers, func(q *propPaper) bool { return older(q) && slices.Contains(q.authors, a) }) {
			from = append(from, i)
		}
	}
	var to []string
	for _, q := range g.site.papers {
		for _, a := range q.authors {
			if older(q) && !slices.Contains(p.authors, a) && !slices.Contains(to, a) {
				to = append(to, a)
			}
		}
	}
	if len(from) == 0 || len(to) == 0 {
		return ""
	}
	i, a := from[g.r.IntN(len(from))], to[g.r.IntN(len(to))]
	old := p.authors[i]
	p.authors = slices.Clone(p.authors)
	p.authors[i] = a
	return fmt.Sprintf("authors %s: rename %q to %q", p.id, old, a)
}

// newPropSite returns the starting site: six papers over three days, two
// topics, shared authors and a day file with an explicit order.
func newPropSite(g *propGen, theme bool) {
	s := &propSite{description: "A test digest.", pageSize: 2, feedSize: 3, topSize: 3, homeDays: 3, theme: theme,
		dayTitle: "Monday picks", dayIntro: "The *intro* of the day."}
	g.site = s
	for i := range 6 {
		p := g.newPaper()
		p.date = propDates[i%3]
		s.papers = append(s.papers, p)
	}
	s.papers[0].authors = []string{"Erwin Schrödinger", "Ada Lovelace"}
	s.papers[1].authors = []string{"Ada Lovelace"}
	s.papers[1].keyword = "It builds on diffusion."
	s.papers[2].topics = []string{"agents"}
	s.papers[3].notes = propNotes[0]
	for i, org := range []string{"Lab A", "Lab A", "Lab B", "Lab B", "Lab C"} {
		s.papers[i].org = org
	}
	s.dayOrder = []string{s.papers[4].id, s.papers[1].id} // both of the day file's day
}

// edit applies one random edit of the given kind (1–8 or 10–17, see
// TestLiveMatchesCleanBuild) to the model and describes it.
func (g *propGen) edit(kind int) string {
	s, r := g.site, g.r
	p := s.papers[r.IntN(len(s.papers))]
	switch kind {
	case 1: // the abstract's text: the quick path
		switch i := r.IntN(len(p.abstract)); {
		case r.IntN(3) == 0:
			p.abstract = append(p.abstract, g.sentence())
			return fmt.Sprintf("abstract %s: add a sentence", p.id)
		case len(p.abstract) > 1 && r.IntN(3) == 0:
			p.abstract = slices.Delete(p.abstract, i, i+1)
			return fmt.Sprintf("abstract %s: delete sentence %d", p.id, i)
		default:
			p.abstract[i] = g.sentence()
			return fmt.Sprintf("abstract %s: replace sentence %d", p.id, i)
		}
	case 2: // a keyword rule's word in the abstract
		if p.keyword != "" {
			p.keyword = ""
			return fmt.Sprintf("keyword %s: remove", p.id)
		}
		kw := propKeywords[0]
		if s.denoising && r.IntN(2) == 0 {
			kw = propKeywords[1]
		}
		p.keyword = "It builds on " + kw + "."
		return fmt.Sprintf("keyword %s: add %q", p.id, kw)
	case 3: // front matter
		switch r.IntN(6) {
		case 0:
			p.title = g.title()
			return fmt.Sprintf("title %s: %q", p.id, p.title)
		case 5:
			p.title, p.upvotes = g.title(), r.IntN(12)
			return fmt.Sprintf("title and upvotes %s: %q, %d", p.id, p.title, p.upvotes)
		case 1:
			p.upvotes = r.IntN(12)
			return fmt.Sprintf("upvotes %s: %d", p.id, p.upvotes)
		case 2:
			switch a := g.pick(propAuthors); {
			case len(p.authors) > 1 && r.IntN(3) == 0:
				// The same authors in another order: the last goes first.
				p.authors = slices.Concat(p.authors[len(p.authors)-1:], p.authors[:len(p.authors)-1])
				return fmt.Sprintf("authors %s: reorder to %q", p.id, p.authors)
			case len(p.authors) > 1 && r.IntN(3) == 0:
				i := r.IntN(len(p.authors))
				old := p.authors[i]
				p.authors = slices.Delete(p.authors, i, i+1)
				return fmt.Sprintf("authors %s: remove %q", p.id, old)
			case slices.Contains(p.authors, a):
				a = fmt.Sprintf("New Author %d", r.IntN(3))
				if slices.Contains(p.authors, a) {
					return fmt.Sprintf("authors %s: unchanged", p.id)
				}
				i := r.IntN(len(p.authors))
				old := p.authors[i]
				p.authors[i] = a
				return fmt.Sprintf("authors %s: rename %q to %q", p.id, old, a)
			case r.IntN(2) == 0:
				i := r.IntN(len(p.authors))
				old := p.authors[i]
				p.authors[i] = a
				return fmt.Sprintf("authors %s: rename %q to %q", p.id, old, a)
			default:
				p.authors = append(p.authors, a)
				return fmt.Sprintf("authors %s: add %q", p.id, a)
			}
		case 3:
			t := g.pick(propTopics)
			if i := slices.Index(p.topics, t); i >= 0 {
				p.topics = slices.Delete(slices.Clone(p.topics), i, i+1)
				return fmt.Sprintf("topics %s: remove %s", p.id, t)
			}
			p.topics = append(slices.Clone(p.topics), t)
			return fmt.Sprintf("topics %s: add %s", p.id, t)
		default:
			p.date = g.pick(propDates)
			return fmt.Sprintf("date %s: %s", p.id, p.date)
		}
	case 4: // add or delete a paper
		if len(s.papers) < 4 || len(s.papers) < 9 && r.IntN(2) == 0 {
			np := g.newPaper()
			s.papers = append(s.papers, np)
			return fmt.Sprintf("add paper %s (%s, %s, topics %v)", np.id, np.date, strings.Join(np.authors, "; "), np.topics)
		}
		s.papers = slices.DeleteFunc(s.papers, func(q *propPaper) bool { return q == p })
		s.dayOrder = slices.DeleteFunc(s.dayOrder, func(id string) bool { return id == p.id })
		return fmt.Sprintf("delete paper %s", p.id)
	case 5: // the day file
		switch r.IntN(3) {
		case 0:
			s.dayIntro = fmt.Sprintf("An *intro* about %s.", g.pick(propWords))
			return "day: intro"
		case 1:
			s.dayTitle = []string{"", "Monday picks", "Long-context day"}[r.IntN(3)]
			return fmt.Sprintf("day: title %q", s.dayTitle)
		}
		// Mostly a paper of the day (an edit of its order, the quick
		// path), else one of another day (listed there too: a full build).
		other := r.IntN(3) == 0
		var absent []string
		for _, q := range s.papers {
			if !slices.Contains(s.dayOrder, q.id) && (other || q.date == propDayFile) {
				absent = append(absent, q.id)
			}
		}
		switch {
		case len(absent) > 0 && (len(s.dayOrder) < 2 || r.IntN(3) == 0):
			id := g.pick(absent)
			s.dayOrder = slices.Insert(s.dayOrder, r.IntN(len(s.dayOrder)+1), id)
			return fmt.Sprintf("day: list %s", id)
		case len(s.dayOrder) > 0 && r.IntN(3) == 0:
			i := r.IntN(len(s.dayOrder))
			id := s.dayOrder[i]
			s.dayOrder = slices.Delete(s.dayOrder, i, i+1)
			return fmt.Sprintf("day: unlist %s", id)
		default:
			r.Shuffle(len(s.dayOrder), func(i, j int) { s.dayOrder[i], s.dayOrder[j] = s.dayOrder[j], s.dayOrder[i] })
			return fmt.Sprintf("day: order %v", s.dayOrder)
		}
	case 6: // site.yaml
		switch r.IntN(6) {
		case 0:
			s.description = fmt.Sprintf("A digest of %s.", g.pick(propWords))
			return fmt.Sprintf("site: description %q", s.description)
		case 1:
			s.pageSize = 1 + r.IntN(3)
			return fmt.Sprintf("site: pageSize %d", s.pageSize)
		case 2:
			s.feedSize = 1 + r.IntN(6)
			return fmt.Sprintf("site: feedSize %d", s.feedSize)
		case 3:
			s.topSize, s.homeDays = 1+r.IntN(4), 1+r.IntN(3)
			return fmt.Sprintf("site: topSize %d, homeDays %d", s.topSize, s.homeDays)
		case 4:
			s.unsafeHTML = !s.unsafeHTML
			return fmt.Sprintf("site: unsafeHTML %v", s.unsafeHTML)
		default:
			s.denoising = !s.denoising
			return fmt.Sprintf("site: keyword denoising %v", s.denoising)
		}
	case 7: // a notes section after the abstract
		if p.notes != "" && r.IntN(3) == 0 {
			p.notes = ""
			return fmt.Sprintf("notes %s: remove", p.id)
		}
		p.notes = g.pick(propNotes)
		return fmt.Sprintf("notes %s: %q", p.id, p.notes)
	case 10: // an import's refresh of a day: new counts for its papers
		date := g.pick(propDates)
		var refreshed []string
		for _, q := range s.papers {
			if q.date == date && r.IntN(3) > 0 {
				q.upvotes, q.stars = r.IntN(12), r.IntN(40)
				refreshed = append(refreshed, fmt.Sprintf("%s %d %d", q.id, q.upvotes, q.stars))
				if r.IntN(3) == 0 { // comments, or a line of them where there was none
					q.comments = r.IntN(5)
					refreshed = append(refreshed, fmt.Sprintf("%s comments %d", q.id, q.comments))
				}
				if r.IntN(3) == 0 { // an AI summary, as Hugging Face adds later in the day
					q.summary = g.sentence()
					refreshed = append(refreshed, fmt.Sprintf("%s summary %q", q.id, q.summary))
				}
			}
		}
		return fmt.Sprintf("refresh %s: upvotes and stars %s", date, strings.Join(refreshed, ", "))
	case 11: // an AI summary alone: added, changed or taken out
		if p.summary != "" && r.IntN(3) == 0 {
			p.summary = ""
			return fmt.Sprintf("summary %s: remove", p.id)
		}
		p.summary = g.sentence()
		return fmt.Sprintf("summary %s: %q", p.id, p.summary)
	case 13: // a new abstract saved with new counts: its own, or its day's refresh
		p.abstract[r.IntN(len(p.abstract))] = g.sentence()
		p.upvotes = r.IntN(12)
		desc := fmt.Sprintf("abstract and upvotes %s: %d", p.id, p.upvotes)
		for _, q := range s.papers {
			if q != p && q.date == p.date && r.IntN(2) == 0 {
				q.upvotes, q.stars = r.IntN(12), r.IntN(40)
				desc += fmt.Sprintf(", %s %d %d", q.id, q.upvotes, q.stars)
			}
		}
		return desc
	case 17: // an organization changed, written or taken out
		old := p.org
		p.org = g.pick(append([]string{""}, propOrgNames...))
		return fmt.Sprintf("organization %s: %q to %q", p.id, old, p.org)
	case 16: // an author's name changed to another's (each keeping a page, mostly), else an abstract's
		if desc := g.renameShared(p); desc != "" {
			return desc
		}
		return g.edit(1)
	case 15: // a plain field (a link, the TL;DR, the comment, the venue), maybe with new upvotes
		desc := g.plainEdit(p)
		if r.IntN(3) == 0 {
			p.upvotes = r.IntN(12)
			desc += fmt.Sprintf(" and upvotes %d", p.upvotes)
		}
		return desc
	case 12: // the theme's email template, rewritten or broken, mostly saved with a quick edit
		n := r.IntN(50)
		desc := fmt.Sprintf("email: %d", n)
		s.email = fmt.Sprintf("{{len .Papers}} papers, %s %d", g.pick(propWords), n)
		if r.IntN(4) == 0 {
			s.emailBroken = true
			desc = "error: email template"
		}
		if r.IntN(3) > 0 {
			desc += " with " + g.edit([]int{1, 10, 11, 13}[r.IntN(4)])
		}
		return desc
	case 14: // saves that change nothing the build reads, or nothing at all, maybe with a quick edit
		var desc string
		switch r.IntN(4) {
		case 0:
			s.note = fmt.Sprintf("Read more about %s.", g.pick(propWords))
			desc = fmt.Sprintf("note: %q", s.note)
		case 1:
			g.resave = "content/papers/" + p.id + ".md"
		case 2:
			g.resave = "content/days/" + propDayFile + ".md"
		default:
			g.resave = "content/site.yaml"
		}
		if desc == "" {
			desc = "save as it was: " + g.resave
		}
		if r.IntN(2) == 0 {
			desc += " + " + g.edit([]int{1, 5, 10, 11}[r.IntN(4)])
		}
		return desc
	case 8: // a source error, fixed in the next step
		switch r.IntN(3) {
		case 0:
			p.broken = true
			return fmt.Sprintf("error: unknown field in %s", p.id)
		case 1:
			s.dayBroken = true
			return "error: the day lists a missing paper"
		default:
			s.brokenConfig = true
			return "error: unknown field in site.yaml"
		}
	}
	panic("no edit kind " + fmt.Sprint(kind))
}

// countsOnly reports whether the edit described as desc changed
// nothing but counts.
func countsOnly(desc string) bool {
	return (strings.HasPrefix(desc, "upvotes ") || strings.HasPrefix(desc, "refresh ")) && !strings.Contains(desc, " + ")
}

// fix undoes every source error.
func (g *propGen) fix() string {
	s := g.site
	s.brokenConfig, s.dayBroken, s.emailBroken = false, false, false
	for _, p := range s.papers {
		p.broken = false
	}
	return "fix the error"
}

// propKinds weigh the edit kinds: 9 is two edits at once.
var propKinds = []int{1, 1, 1, 1, 2, 3, 3, 3, 4, 5, 6, 7, 8, 10, 11, 12, 12, 13, 14, 14, 15, 15, 9, 9}

// writeSite writes the model's files into dir where they differ from
// written (what is on disk), deletes those it no longer has, and returns
// the changed files as absolute paths, sorted.
func writeSite(t *testing.T, dir string, written, files map[string]string) []string {
	t.Helper()
	var changed []string
	for rel, data := range files {
		if old, ok := written[rel]; ok && old == data {
			continue
		}
		path := filepath.Join(dir, filepath.FromSlash(rel))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
		changed = append(changed, path)
	}
	for rel := range written {
		if _, ok := files[rel]; !ok {
			path := filepath.Join(dir, filepath.FromSlash(rel))
			if err := os.Remove(path); err != nil {
				t.Fatal(err)
			}
			changed = append(changed, path)
		}
	}
	clear(written)
	for rel, data := range files {
		written[rel] = data
	}
	slices.Sort(changed)
	return changed
}

// firstDifference describes how got differs from want (output files by
// path): how many paths differ, and the first of them with its first
// differing line. It returns "" when they are equal.
func firstDifference(got, want map[string]string) string {
	var paths []string
	for p := range got {
		paths = append(paths, p)
	}
	for p := range want {
		if _, ok := got[p]; !ok {
			paths = append(paths, p)
		}
	}
	slices.Sort(paths)
	var diff []string
	first := ""
	for _, p := range paths {
		g, gok := got[p]
		w, wok := want[p]
		if gok && wok && g == w {
			continue
		}
		diff = append(diff, p)
		if first != "" {
			continue
		}
		switch {
		case !gok:
			first = p + ": missing (a clean build has it)"
		case !wok:
			first = p + ": extra (a clean build does not have it)"
		default:
			first = p + " differs (got: Live's, want: a clean build's) at " + golden.Diff(g, w)
		}
	}
	if first == "" {
		return ""
	}
	n := len(diff)
	if n > 12 {
		diff = append(diff[:12], "…")
	}
	return fmt.Sprintf("%d paths differ (%s)\nfirst: %s", n, strings.Join(diff, ", "), first)
}

// leaveToComplete deletes from each of files, a quick rebuild's and a
// clean build's, what Complete brings up to date: the search index, and
// the pages of the papers whose related lists (relatedOf) differ between
// related, before, and now.
func leaveToComplete(related, now map[string]string, files ...map[string]string) {
	for _, f := range files {
		for p := range f {
			id, ok := strings.CutSuffix(strings.TrimPrefix(p, "papers/"), "/index.html")
			if strings.HasPrefix(p, "search/") || ok && strings.HasPrefix(p, "papers/") && related[id] != now[id] {
				delete(f, p)
			}
		}
	}
}

// relatedOf returns each paper's related papers' ids, by paper id.
func relatedOf(res *Result) map[string]string {
	out := map[string]string{}
	for _, p := range res.Site.Papers {
		var ids []string
		for _, q := range p.Related {
			ids = append(ids, q.ID)
		}
		out[p.ID] = strings.Join(ids, " ")
	}
	return out
}

// TestLiveMatchesCleanBuild edits a site on disk at random and rebuilds it
// with Live after each step, passing the changed paths; after each step
// (after Complete when the build was a quick one) the files must be
// byte-identical to a clean build of the folder. The edits:
//
//  1. change a paper's abstract text (body only: the quick path);
//  2. add or remove a keyword rule's word in an abstract (changes topics);
//  3. change a paper's title, upvotes (quick and complete, where no day
//     lists a paper of another day), both (quick), authors (in another
//     order: quick, the search index waiting for Complete, unless its
//     BibTeX key changes another's), topics or date;
//  4. add a paper; delete one (and take it off the day file's list);
//  5. edit the day file's intro, title or papers: order;
//  6. edit site.yaml;
//  7. add, change or remove a notes section after the abstract;
//  8. introduce a source error (Build must fail until it is fixed, each
//     later step fixing it with even odds);
//  9. two of these at once;
//  10. refresh a day's counts, as an import does: new upvotes and stars
//     for some of its papers (quick and complete, as 3's new upvotes),
//     for some also comments (a line of them where there was none) and
//     an AI summary (quick, the search index waiting for Complete);
//  11. add, change or take out a paper's AI summary (quick);
//  12. rewrite the theme's email template, or break it (an error where
//     site.yaml names the theme), mostly with an edit of kind 1, 10, 11
//     or 13 in the same save (quick, the template tried after);
//  13. a paper's new abstract with new upvotes, and maybe new counts of
//     other papers of its day (quick, as 10's refresh with summaries);
//  14. a note in content/notes/, which no build reads (its folder's
//     first makes a warning), or a paper file, the day file or site.yaml
//     saved with the bytes it has (nothing to rebuild), half of them
//     saved with an edit of kind 1, 5, 10 or 11 (the path that edit
//     takes alone);
//  15. set, change or take out a paper's plain field (code:, project:,
//     tldr:, comment:, a venue's journal:, conference:, volume:, pages:,
//     doi:, a figure's image:, the dates of the first and latest
//     versions, published: and updated:, and keywords:, which may give
//     a topic through a keyword rule),
//     written on its line or over several (a block scalar, a quoted
//     scalar that goes on), or write one another way, a third of them
//     with new upvotes (quick: complete but for the TL;DR, the venue's
//     name, the DOI and keywords, which the search index has; a new
//     topic full);
//  16. change an author's name to that of an author of another paper
//     no newer, where the old name has such a paper too (quick, the
//     search index waiting for Complete, where no author's page comes or
//     goes, takes a page more or fewer or gets another oldest paper),
//     or else the abstract's text (as 1): propRenames of them after
//     the random edits of each seed;
//  17. change a paper's organization to another, to a spelling of one
//     (LAB A), to one no paper has, or take it out or write it (the
//     starting site's papers are of Lab A, Lab B and Lab C but one;
//     quick, the search index waiting for Complete, where no
//     organization's page comes or goes, takes a page more or fewer, or
//     shows another name, address or slug): propOrgs of them after the
//     renames.
//
// A quick rebuild's own files are checked too: all but the search index and
// the pages of papers whose related papers changed must already be right.
func TestLiveMatchesCleanBuild(t *testing.T) {
	t.Parallel()
	ctx := context.Background()
	start := time.Now()
	var quick, quickDay, quickCounts, full, failed int
	quickFix := 0                // quick rebuilds right after a failing build
	var quickLoose int           // quick rebuilds of edits with an AI summary or a title and counts
	var quickBodyCounts int      // quick rebuilds of edits with a new abstract and new counts
	var quickEmail int           // quick rebuilds of edits saved with an email template site.yaml's theme has
	var unchanged int            // saves that rebuilt nothing
	var quickMixed int           // quick rebuilds of an edit saved with a file that changes nothing
	var quickPlain int           // quick rebuilds of a plain field's edit
	var quickPlainDone int       // of those, complete ones (no TL;DR, venue's name nor DOI changed)
	var quickPlainLines int      // of those, ones of a field written over several lines
	var quickDates int           // of those, ones of a version's date (published:, updated:)
	var quickKeywords int        // of those, ones of keywords
	var quickAuthors int         // quick rebuilds of authors in another order
	var quickRenames int         // quick rebuilds of an author's name changed to another's
	var quickOrgs int            // quick rebuilds of an organization changed
	var drawn [18]int            // edits of each kind
	quickEOL := map[string]int{} // quick rebuilds of sites saved with each line ending
	for n, seed := range propSeeds {
		r := rand.New(rand.NewPCG(seed, seed))
		g := &propGen{r: r}
		newPropSite(g, n%2 == 1)
		g.site.eol = propEOLs[n%len(propEOLs)]
		dir := t.TempDir()
		written := map[string]string{}
		writeSite(t, dir, written, g.site.files())
		live := NewLive(Options{Site: os.DirFS(dir)}, dir)
		history := []string{fmt.Sprintf("initial site (theme: %v)", g.site.theme)}
		fail := func(step int, format string, args ...any) {
			t.Helper()
			t.Fatalf("seed %d, step %d: %s\nedits so far:\n  %s", seed, step, fmt.Sprintf(format, args...), strings.Join(history, "\n  "))
		}

		res, incomplete, err := live.Build(ctx, nil)
		if err != nil || incomplete {
			fail(0, "first build: incomplete %v, %v", incomplete, err)
		}
		clean, err := Build(ctx, Options{Site: os.DirFS(dir)})
		if err != nil {
			fail(0, "clean build: %v", err)
		}
		if d := firstDifference(filesOf(res), filesOf(clean)); d != "" {
			fail(0, "the first build differs from a clean build: %s", d)
		}
		related := relatedOf(clean)

		afterFail := false
		for step := 1; step <= propSteps+propRenames+propOrgs; step++ {
			var changed []string
			var desc string
			for try := 0; len(changed) == 0; try++ {
				if try == 10 {
					fail(step, "no edit changed a file")
				}
				switch kind := propKinds[r.IntN(len(propKinds))]; {
				case g.site.broken() && r.IntN(2) == 0: // an error may stay for a few steps
					desc = g.fix()
				case step > propSteps+propRenames: // after the renames
					desc = g.edit(17)
					drawn[17]++
				case step > propSteps: // after the random edits, which it leaves as they were
					desc = g.edit(16)
					drawn[16]++
				case kind == 9:
					a, b := propKinds[r.IntN(len(propKinds)-2)], propKinds[r.IntN(len(propKinds)-2)]
					desc = g.edit(a) + " + " + g.edit(b)
					drawn[9]++
					drawn[a]++
					drawn[b]++
				default:
					desc = g.edit(kind)
					drawn[kind]++
				}
				changed = writeSite(t, dir, written, g.site.files())
				if g.resave != "" {
					path := filepath.Join(dir, filepath.FromSlash(g.resave))
					if err := os.WriteFile(path, []byte(written[g.resave]), 0o644); err != nil {
						t.Fatal(err)
					}
					changed = union(changed, []string{path})
					g.resave = ""
				}
			}
			var rels []string
			for _, c := range changed {
				rel, _ := filepath.Rel(dir, c)
				rels = append(rels, filepath.ToSlash(rel))
			}
			history = append(history, fmt.Sprintf("%d. %s [%s]", step, desc, strings.Join(rels, ", ")))

			res, incomplete, err := live.Build(ctx, changed)
			clean, cleanErr := Build(ctx, Options{Site: os.DirFS(dir)})
			if g.site.broken() {
				if cleanErr == nil {
					fail(step, "the test broke the site, but a clean build succeeds")
				}
				if err == nil {
					fail(step, "Live.Build succeeded (incomplete %v) on a site a clean build rejects: %v", incomplete, cleanErr)
				}
				if g, w := errText(err), errText(cleanErr); g != w {
					fail(step, "Live's error\n%s\nwhere a clean build's is\n%s", g, w)
				}
				failed++
				afterFail = true
				continue
			}
			if afterFail && res != nil && (incomplete || res.Stages == nil) {
				quickFix++
			}
			if res != nil && (incomplete || res.Stages == nil) && (strings.Contains(desc, "summary") || strings.Contains(desc, "title and upvotes")) {
				quickLoose++
			}
			if res != nil && (incomplete || res.Stages == nil) && strings.Contains(desc, "abstract and upvotes") {
				quickBodyCounts++
			}
			if res != nil && (incomplete || res.Stages == nil) && strings.Contains(desc, "email: ") && strings.Contains(desc, " with ") && g.site.theme {
				quickEmail++
			}
			if res != nil && (incomplete || res.Stages == nil) && res.Unchanged == "" && strings.Contains(desc, " + ") &&
				(strings.Contains(desc, "note: ") || strings.Contains(desc, "save as it was: ")) {
				quickMixed++
			}
			if res != nil && (incomplete || res.Stages == nil) && res.Unchanged == "" && strings.HasPrefix(desc, "plain ") && !strings.Contains(desc, " + ") {
				quickPlain++
				if strings.Contains(desc, " block") || strings.Contains(desc, " over two lines") {
					quickPlainLines++
				}
				if strings.Contains(desc, "published ") || strings.Contains(desc, "updated ") {
					quickDates++
				}
				if strings.Contains(desc, "keywords ") {
					quickKeywords++
				}
			}
			if res != nil && (incomplete || res.Stages == nil) && strings.Contains(desc, ": reorder to ") && !strings.Contains(desc, " + ") {
				quickAuthors++
			}
			if res != nil && (incomplete || res.Stages == nil) && strings.Contains(desc, ": rename ") && !strings.Contains(desc, " + ") {
				quickRenames++
			}
			if res != nil && (incomplete || res.Stages == nil) && res.Unchanged == "" && strings.HasPrefix(desc, "organization ") && !strings.Contains(desc, " + ") {
				quickOrgs++
			}
			afterFail = false
			if cleanErr != nil {
				fail(step, "the edit made the site invalid (a test mistake): %v", cleanErr)
			}
			if err != nil {
				fail(step, "Live.Build failed where a clean build succeeds: %v", err)
			}
			if incomplete {
				quick++
				quickEOL[g.site.eol]++
				got, want := filesOf(res), filesOf(clean)
				leaveToComplete(related, relatedOf(clean), got, want)
				if d := firstDifference(got, want); d != "" {
					fail(step, "the quick rebuild (before Complete) differs from a clean build beyond the search index and related papers: %s", d)
				}
				if res = completed(t, ctx, live); res == nil {
					fail(step, "Complete returned nil")
				}
			} else if res.Unchanged != "" {
				unchanged++
			} else if res.Stages == nil && countsOnly(desc) {
				quickCounts++ // a quick rebuild that is complete: new counts
			} else if res.Stages == nil && strings.HasPrefix(desc, "plain ") {
				quickPlainDone++ // a quick rebuild that is complete: a plain field
			} else if res.Stages == nil { // a quick rebuild that is complete: a day file's edit
				quickDay++
			} else {
				full++
			}
			if d := firstDifference(filesOf(res), filesOf(clean)); d != "" {
				fail(step, "Live's files differ from a clean build (incomplete %v): %s", incomplete, d)
			}
			if g, w := problemLines(res.Warnings), problemLines(clean.Warnings); g != w {
				fail(step, "Live warns (incomplete %v)\n%s\nwhere a clean build warns\n%s", incomplete, g, w)
			}
			related = relatedOf(clean)
		}
	}
	t.Logf("%d seeds × %d steps: %d quick rebuilds, %d of a day file, %d of counts, %d full rebuilds, %d failing builds (%d quick rebuilds right after one, %d of AI summaries or a title and counts, %d of an abstract and counts, %d saved with an email template, %d saved with a file that changes nothing, %d of a plain field, %d of them complete, %d over several lines, %d of a version's date, %d of keywords; %d of authors in another order, %d of a name changed to another author's, %d of an organization changed), %d saves that rebuilt nothing, in %v; edits of kind 1–17: %v",
		len(propSeeds), propSteps+propRenames+propOrgs, quick, quickDay, quickCounts, full, failed, quickFix, quickLoose, quickBodyCounts, quickEmail, quickMixed, quickPlain, quickPlainDone, quickPlainLines, quickDates, quickKeywords, quickAuthors, quickRenames, quickOrgs, unchanged, time.Since(start).Round(time.Millisecond), drawn[1:])
	for _, eol := range propEOLs {
		if quickEOL[eol] == 0 {
			t.Errorf("no step of a site saved with %q line endings took the quick path", eol)
		}
	}
	if quick == 0 || quickDay == 0 || quickCounts == 0 || quickFix == 0 || quickLoose == 0 || quickBodyCounts == 0 || quickEmail == 0 || quickMixed == 0 || quickPlain == 0 || quickPlainLines == 0 || quickDates == 0 || quickKeywords == 0 || quickAuthors == 0 || quickRenames == 0 || quickOrgs == 0 || unchanged == 0 {
		t.Errorf("%d steps took the quick path, %d a day file's, %d new counts', %d right after a failing build, %d of AI summaries or a title and counts, %d of an abstract and counts, %d saved with an email template, %d saved with a file that changes nothing, %d of a plain field, %d of one over several lines, %d of a version's date, %d of keywords, %d of authors in another order, %d of a name changed to another author's, %d of an organization changed, %d rebuilt nothing; want some of each", quick, quickDay, quickCounts, quickFix, quickLoose, quickBodyCounts, quickEmail, quickMixed, quickPlain, quickPlainLines, quickDates, quickKeywords, quickAuthors, quickRenames, quickOrgs, unchanged)
	}
}

// TestLiveAfterFailedBuild: after a build that failed, Live still holds the
// last good site, while its Cache holds the failed build's parses. Until
// the mistake is fixed, every Build must fail: a body edit must neither
// hide the error that remains nor show a paper with the front matter of
// the last good build; the fix builds every edit since the last good
// build, as a clean build does.
func TestLiveAfterFailedBuild(t *testing.T) {
	dir := writeArchive(t, smallSite)
	ctx := context.Background()
	live := NewLive(Options{Site: os.DirFS(dir)}, dir)
	if _, _, err := live.Build(ctx, nil); err != nil {
		t.Fatal(err)
	}
	edit := func(rel, old, new string) string { return editFile(t, dir, rel, old, new) }
	const (
		alpha   = "content/papers/2405.00001.md"
		dayFile = "content/days/2024-06-03.md"
	)
	for _, tc := range []struct {
		name  string
		title string // Alpha's new title, saved with the broken day file; "" keeps it
	}{
		{"front matter edited before the failure", "Alpha Prime"},
		{"only another file broken", ""},
	} {
		paper := filepath.Join(dir, alpha)
		if tc.title != "" {
			paper = edit(alpha, `title: "Alpha"`, `title: "`+tc.title+`"`)
		}
		day := edit(dayFile, `"2405.00001"]`, `"2405.00001", "2405.09999"]`)
		if _, _, err := live.Build(ctx, []string{paper, day}); err == nil {
			t.Fatalf("%s: the build of a day listing a missing paper succeeded", tc.name)
		}
		// The next save edits Alpha's abstract only; the day file is still wrong.
		paper = edit(alpha, "An agent abstract", "An edited agent abstract")
		if res, incomplete, err := live.Build(ctx, []string{paper}); err == nil {
			t.Errorf("%s: Live.Build succeeded (incomplete %v, title shown: %v) while the day file lists a missing paper",
				tc.name, incomplete, strings.Contains(filesOf(res)["papers/2405.00001/index.html"], tc.title))
		}
		// Fixed (the day file saved as the site was built from it), the
		// site builds the paper's edits, quickly; then body edits are
		// quick again.
		day = edit(dayFile, `, "2405.09999"]`, `]`)
		res, incomplete, err := live.Build(ctx, []string{day})
		if err != nil {
			t.Fatalf("%s: the build after the fix: %v", tc.name, err)
		}
		if incomplete {
			if res = completed(t, ctx, live); res == nil {
				t.Fatalf("%s: Complete returned nil", tc.name)
			}
		}
		matchesClean(t, dir, tc.name+": the fix", res)
		if tc.title != "" && !strings.Contains(filesOf(res)["papers/2405.00001/index.html"], tc.title) {
			t.Errorf("%s: the page of 2405.00001 lacks the title %q", tc.name, tc.title)
		}
		quickEdit(t, live, dir, alpha, "An edited agent abstract", "An agent abstract")
	}
}
