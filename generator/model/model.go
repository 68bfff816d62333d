// Package model holds the content model every stage shares: plain types for
// the site configuration, papers, days, weeks, months, topics and authors.
//
// The parse stage fills Paper and Day from the sources; the index stage links
// them into a Site (rankings, prev/next, weeks, months, topics, authors).
// Once indexed a Site is immutable, so rendering may read it from any number
// of goroutines. Every slice in an indexed Site has a total order that ends
// on an id, so output never depends on map order or scheduling.
package model

import (
	"html/template"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Site is the whole indexed digest.
type Site struct {
	Config  *Config
	Papers  []*Paper  // the published papers (listed on a day), by ID
	Days    []*Day    // newest first
	Weeks   []*Week   // newest first
	Months  []*Month  // newest first
	Topics  []*Topic  // by Slug
	Authors []*Author // by Slug
	// Organizations are those that list its papers on Hugging Face, by
	// Slug; none on a site whose papers name none.
	Organizations []*Organization
	Pages         []*Page // the site's own pages (content/pages/), by Slug
	Menus         Menus
	// Unlisted are the day files whose day lists no paper the site
	// publishes (removed: takes off every paper dated on it, or it has
	// only an intro or drafts), newest first: a day with no papers has
	// no page, and what tells of its missing page names its file.
	Unlisted []*Day
}

// Menus are the site's own pages that ask to be linked from every page
// (menu:), each list by weight, then title, then slug.
type Menus struct {
	Main   []*Page // in the site header's navigation
	Footer []*Page // in the site footer
}

// Page is a page of the site's own, written in Markdown under
// content/pages/: an about page, a guide to the digest, a colophon.
type Page struct {
	Slug        string // its folder below the root, as the file is named: "about", "guide/setup"
	Title       string
	LinkTitle   string // the text of its menu link; Title when not given
	Description string // its meta description: description:, or the first paragraph's plain text
	Menus       []string
	Weight      int // its place in a menu, lightest first
	Aliases     []string
	Draft       bool
	// Language is the language of its title and text, BCP 47, when
	// its language: gives one; "" is the site's language.
	Language string
	Extra    map[string]any

	Body     string // Markdown source
	Content  template.HTML
	Summary  string // plain text of the first paragraph
	HasMath  bool   // Body contains $…$ or $$…$$ math
	HasCode  bool   // Body contains a fenced code block
	Source   string // slash path of the file
	Line     int    // line of its title: in Source (1 when it has none)
	BodyLine int    // line of the first body line in Source
	// DescriptionLine is the line of its description: in Source, 0 when
	// it has none.
	DescriptionLine int
	// AliasesLine is the line of its aliases: in Source, 0 when it has none.
	AliasesLine int
	// AliasLines is the line in Source of each of Aliases, and of each
	// of Pasted; nil when it has none.
	AliasLines map[string]int
	// Pasted are its aliases written as a whole address
	// (https://lab.example.org/reading/old-about/), which the index, that
	// knows the site's base path, tells the alias to write in their place.
	Pasted []string
	// Relative are those of Aliases written without a leading /
	// (install), which are read from the site's root, where Hugo read
	// them from the page's folder (/guide/install/ for guide/setup.md).
	Relative []string
	// Image is the picture a link to the page shows when shared
	// (og:image): an http(s) URL, or a path from the site's root
	// ("/team.jpg"); "" for the site's. ImageAlt describes it.
	Image     string
	ImageAlt  string
	ImageLine int // line of its image: in Source, 0 when it has none
	// ImageAltLine is the line of its image_alt: in Source, 0 when it
	// has none.
	ImageAltLine int
	// ImageWidth and ImageHeight are Image's size in CSS pixels when it
	// is a file the site publishes and reads as an image; 0 otherwise.
	ImageWidth, ImageHeight int
	// Linked are the files beside the sources that its Markdown links to
	// (content paths), which the build publishes when it publishes it.
	Linked []string
}

// Paper is one paper of the digest.
type Paper struct {
	ID    string // arXiv id without version ("2410.07166", "cond-mat/0603029") or the id: field
	Slug  string // URL and file name segment: ID with "/" replaced by "-"
	ArXiv string // arXiv id, empty for papers not on arXiv
	// Aliases are the paper's former ids (aliases:), each of which keeps
	// a page at /papers/<alias>/ that sends readers on to the paper.
	Aliases []string
	// Redirects are the paper's former addresses elsewhere (aliases:
	// [/posts/attention/], a Hugo post's), "posts/attention": each keeps a
	// page that sends readers on to the paper, as an alias's does.
	Redirects []string
	// FeedID is the id its feed items keep (feed_id:): the one a former
	// site's feed gave the post, a path from the site's root
	// ("/2024/05/27/attention") or an absolute URI; "" for the default
	// (feeds.ItemID).
	FeedID string
	// CiteKey is the BibTeX key it keeps (citekey:), which no generated
	// key takes: a key readers already cite, kept when another paper
	// would be given it; "" for the generated one (cite.Keys).
	CiteKey string

	Title     string
	Authors   []string  // display names, in paper order
	Date      time.Time // the digest day it appears on (UTC midnight)
	Published time.Time // first version on arXiv; zero if unknown
	Updated   time.Time // latest version; zero if unknown
	Version   int       // arXiv version number; 0 if unknown
	Topics    []string  // topic slugs from front matter (keyword rules add more in index)
	Code      string    // code repository URL
	Project   string    // project page URL
	// Organization is the organization that lists the paper on Hugging
	// Face ("NVIDIA"), and OrganizationURL its page there; both empty if
	// none (organization:, organization_url:).
	Organization    string
	OrganizationURL string
	PDF             string // PDF URL; derived from ArXiv when empty
	Image           string // the figure shown with the paper: an http(s) URL, or a path from the site's root ("/papers/figures/fig1.png"); empty if none
	ImageAlt        string // the figure's text alternative as written, its $…$ math in Unicode
	Language        string // the language of its title and abstract, BCP 47, as written; "" is the site's paperLanguage
	Upvotes         int
	TLDR            string
	Draft           bool
	// ImageWidth and ImageHeight are Image's size in CSS pixels when it
	// is a file the site publishes and reads as an image; 0 otherwise.
	ImageWidth, ImageHeight int

	// PublishedAs is how much of Published its source gave: the day (the
	// zero value; a time too), or only the year or the year and month,
	// as a journal article is often known; Published is then the first
	// day of that year or month, which no citation gives as its day.
	PublishedAs Precision

	// Where it was published, as the curator writes it (never imported),
	// for its citations: a journal's name or, instead, a conference's
	// (its proceedings'); a journal's volume and issue, as text ("12",
	// "S1"); its pages, one ("e1234") or a range with an en dash
	// ("123–130"), which parse writes for a hyphen. Each "" when not given.
	Journal    string
	Conference string
	Volume     string
	Issue      string
	Pages      string

	// Imported metadata, kept as the importers write it.
	Comments        int
	Stars           int // GitHub stars of Code
	AISummary       string
	Keywords        []string
	PrimaryCategory string
	Categories      []string
	DOI             string
	JournalRef      string
	Comment         string // the arXiv comment field ("12 pages, 3 figures")

	// ImportedTitle and ImportedAuthors are what the last import wrote of
	// the title (read as Title is) and of the authors (a digest of the
	// names: importer.AuthorsDigest), as its imported: records them, so
	// that the build tells a finding in the source's data, left as the
	// import wrote it, from one in the curator's; "" for a paper no
	// import wrote. ImportedImage is the figure's address the import
	// wrote (image:), which comes with no alt text, and ImportedAbstract
	// the digest of the abstract it wrote (importer.AbstractEnd finds it
	// in Body while it is unedited).
	ImportedTitle, ImportedAuthors, ImportedImage, ImportedAbstract string
	// ImportedDays are the digest days an import brought the paper to,
	// as its imported: records them (days:), which tells the pins an
	// import before 2026-12 wrote from the curator's (Day.ImportPins).
	ImportedDays []string
	// RuleTopics are the topics an import's keyword rules suggested, as
	// its imported: records them (topics:): a topic of these that
	// site.yaml no longer defines came from a rule since deleted, and
	// the index leaves the paper off it (see index.KeywordRules).
	RuleTopics []string
	// TopicsLine is the line of its topics: key, 0 when it has none:
	// check notes a `topics: []` the keyword rules fill all the same.
	TopicsLine int

	Extra map[string]any // the site's own data (front matter "extra:")
	// ExtraLines is the line in Source of each key of Extra, for a
	// template error about its value.
	ExtraLines map[string]int

	Body     string        // Markdown source: the abstract, then any notes
	Content  template.HTML // Body rendered to HTML
	Abstract template.HTML // the start of Content: the abstract, before the body's first heading
	Notes    template.HTML // the rest of Content: the curator's notes, from that heading on
	// summary and abstractText are what Summary and AbstractText return
	// when Abstract does not give them back; derived says which it does
	// (see SetTexts).
	summary, abstractText string
	derived               uint8

	Text     string // plain text of the whole body (code left out), for search and related papers
	HasMath  bool   // Body contains $…$ or $$…$$ math
	HasCode  bool   // Body contains a fenced code block
	Source   string // slash path of the file that defined it
	Line     int    // line of the definition in Source (1 for paper files)
	BodyLine int    // line of the first body line in Source
	// BodyFolded reports that Body's lines are not Source's from
	// BodyLine on, but all at BodyLine: an inline paper's abstract: that
	// YAML folds (plain, quoted, or after >; not a literal block, |).
	BodyFolded bool
	TitleLine  int // line of its title: in Source, 0 when it has none
	IDLine     int // line of its id: in Source, 0 when it has none (an arXiv paper)
	DateLine   int // line of its date: in Source, 0 when it has none (an inline paper on its day)
	// DateKeyLine is the line of its date: key in Source, given or left
	// empty (a date still to write), 0 when it has none.
	DateKeyLine int
	AliasesLine int // line of its aliases: in Source, 0 when it has none
	DOILine     int // line of its doi: in Source, 0 when it has none
	FeedIDLine  int // line of its feed_id: in Source, 0 when it has none
	CiteKeyLine int // line of its citekey: in Source, 0 when it has none
	PDFLine     int // line of its pdf: in Source, 0 when it has none
	// LanguageLine is the line of its language: in Source, 0 when it has
	// none.
	LanguageLine int
	// AliasLines is the line in Source of each of Aliases, of each of
	// Redirects under its address with a / before it ("/posts/x"), and
	// of each of Pasted; nil when it has none.
	AliasLines map[string]int
	// Pasted are its aliases written as a whole address of a page
	// (https://lab.example.org/reading/posts/x/), which the index, that
	// knows the site's base path, tells the alias to write in their place.
	Pasted    []string
	ImageLine int // line of its image: in Source, 0 when it has none
	// ImageAltLine is the line of its image_alt: in Source, 0 when it
	// has none.
	ImageAltLine int
	// OrganizationLine is the line of its organization: in Source, 0
	// when it has none.
	OrganizationLine int
	// CountLines are the lines of its upvotes:, comments: and stars: in
	// Source, and AISummaryLine that of its ai_summary:, each 0 when it
	// has none: the lines an import's refresh rewrites, which the preview
	// server tells from the rest of the front matter.
	CountLines    [3]int
	AISummaryLine int
	// VersionLines are the lines in Source of its published: and
	// updated:, each 0 when it has none or leaves it empty: the dates of
	// its first and latest versions, which a curator corrects one at a
	// time. A date is given when its line is not 0, even the zero time
	// (0001-01-01, a typo of the year), which Published and Updated
	// otherwise take for "unknown".
	VersionLines [2]int
	// KeywordsLine is the line of its keywords: in Source, 0 when it has
	// none.
	KeywordsLine int
	// PlainLines are the lines in Source of the keys of PlainKeys, each
	// 0 when it has none: fields a curator corrects one at a time, which
	// the preview server tells from the rest of the front matter.
	PlainLines [len(PlainKeys)]int
	// CategoryLines are the lines in Source of its primary_category: (0
	// when it has none) and then of each of Categories: the item's own,
	// which is categories:' line when the list is written in brackets on
	// it.
	CategoryLines []int
	// Linked are the files beside the sources that its image: and
	// Markdown name (content paths), which the build publishes when it
	// publishes it.
	Linked []string
	// TopicNames are its topics: as written, with their lines, in the
	// order written (Topics, which the index changes, holds their slugs):
	// one with a capital letter ("NLP", "Diffusion models") is how the
	// index names a topic site.yaml does not define, a short word
	// (ShortTopic) one that check may name as shown title-cased, and any
	// one that only this paper writes may be a typo of another topic's.
	TopicNames []TopicName
	// AuthorLines is the line in Source of each of Authors, for messages
	// about one author's name.
	AuthorLines []int
	// AuthorsTeX is each of Authors as the paper writes it where that was
	// TeX the name was read from (Kurt G\"odel for Kurt Gödel), "" for
	// the others; nil when the paper writes none so. Its slug was the
	// author page's address before such names were read (see index).
	AuthorsTeX []string

	// Links filled by the index stage.
	TopicRefs  []*Topic  // in Topics order
	AuthorRefs []*Author // in Authors order
	// OrganizationRef is the organization of Organization, nil when it
	// names none.
	OrganizationRef *Organization
	Days            []*Day   // every day that lists it, oldest first
	Related         []*Paper // most similar papers, best first
	// Rank is its place in the ranking of its home day (Home: the day of
	// Date, or the day it was moved to), from 1; Prev and Next are the
	// papers just above and below it there, or nil: on that day they are
	// Rank-1 and Rank+1, where their own Rank may be of another day.
	Rank       int
	Prev, Next *Paper
	// NotTopics are the slugs of its not_topics: entries, as topics:
	// makes them (a topic's slug, former slug or the slug of its name):
	// the index's keyword rules of these topics do not tag the paper, the
	// curator's way to take one rule's topic off one paper it got wrong.
	NotTopics []string
	// NotTopicNames are its not_topics: as written, with their lines,
	// NotTopics[i] the slug of NotTopicNames[i]: for the warnings about
	// an entry that names no rule's topic or one its topics: names too.
	NotTopicNames []TopicName
}

// PlainKeys are the front matter keys of a paper whose values only
// what shows the paper itself reads — its page, its card, its feed items,
// its citations and the search index — and nothing that places it in
// the site (its days, topics, authors, related papers): its links
// (code:, project:, pdf:), its TL;DR, its arXiv comment, where it was
// published and its DOI.
var PlainKeys = [...]string{"code", "project", "pdf", "tldr", "comment", "journal", "conference", "volume", "issue", "pages", "doi"}

// TopicName is a topic as a paper's topics: writes it, and the line of
// Source it is on.
type TopicName struct {
	Name string
	Line int
}

// ShortTopic reports whether the slug of a topic is a word of at most
// four letters ("nlp", "rl"), likely an acronym when it is shown
// title-cased ("Nlp").
func ShortTopic(slug string) bool {
	return utf8.RuneCountInString(slug) <= 4 && strings.IndexFunc(slug, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}

// Day is one daily digest.
type Day struct {
	Date         time.Time // UTC midnight
	Slug         string    // "2024-03-14"
	Title        string    // from the day file, or empty
	Intro        string    // Markdown source of the day file's body
	IntroLine    int       // line of the first body line in Source
	IntroHTML    template.HTML
	Linked       []string       // the files beside the sources that the intro links to, published with the day
	Summary      string         // plain text of the intro's first paragraph, for descriptions
	HasMath      bool           // Intro contains $…$ or $$…$$ math
	HasCode      bool           // Intro contains a fenced code block
	Order        []string       // paper ids in the day file's explicit order
	OrderLines   []int          // the line of each Order entry in Source
	Listed       []string       // ids of papers of other days listed here too, ranked by upvotes (listed:)
	ListedLines  []int          // the line of each Listed entry in Source
	Removed      []string       // paper ids the curator removed from this day
	RemovedLines []int          // the line of each Removed entry in Source
	Extra        map[string]any // the site's own data (front matter "extra:")
	ExtraLines   map[string]int // the line in Source of each key of Extra, for a template error about its value
	Source       string         // slash path of the day file, or "" when implied by paper dates
	Line         int            // 1 in a day file, whose date is its name; 0 when implied by paper dates
	DateLine     int            // line of its date: in Source, 0 when it has none
	TitleLine    int            // line of its title: in Source, 0 when it has none
	// Aliases are the day's former dates (aliases: ["2024-01-02"], or
	// /days/2024-01-02/), each of which keeps a page at /days/<alias>/
	// that sends readers on to the day: its papers moved to this one.
	Aliases []string
	// Redirects are the day's former addresses elsewhere (aliases:
	// [/posts/digest-2024-01-02/]), without their slashes, each keeping
	// such a page too.
	Redirects []string
	// AliasesLine is the line of its aliases: in Source, 0 when it has none.
	AliasesLine int
	// AliasLines is the line in Source of each of Aliases, of each of
	// Redirects under its address with a / before it ("/posts/x"), and
	// of each of Pasted; nil when it has none.
	AliasLines map[string]int
	// Pasted are its aliases written as a whole address of a page
	// (https://ada.github.io/digest/posts/x/), which the index, that
	// knows the site's base path, tells the alias to write in their place.
	Pasted []string
	// PapersLine is the line of its papers: in Source, 0 when it has none.
	PapersLine int
	// ImportPins are the ids of Order that an import before 2026-12
	// wrote there (it listed every paper it brought: importer.ImportPins).
	// They order the day still, but are no curator's picks for its week's
	// and month's top papers; `paperboy import unpin` takes them out.
	ImportPins []string

	// Filled by the index stage.
	Papers []*Paper // ranked: explicit order, then upvotes desc (dated or Listed), then id
	Prev   *Day     // the previous (older) day, or nil
	Next   *Day     // the next (newer) day, or nil
	Week   *Week
	Month  *Month
}

// Week is an ISO 8601 week.
type Week struct {
	Year, Num int    // ISO year and week number
	Slug      string // "2024-W11"
	Start     time.Time
	Days      []*Day   // newest first
	Top       []*Paper // the days' picks (papers:), first picks first, then upvotes desc, then id
	Count     int      // papers listed on its days
	Prev      *Week
	Next      *Week
}

// Month is a calendar month.
type Month struct {
	Year  int
	Num   time.Month
	Slug  string // "2024-03"
	Start time.Time
	Days  []*Day   // newest first
	Top   []*Paper // as a Week's
	Count int
	Prev  *Month
	Next  *Month
}

// Topic is a subject papers are tagged with.
type Topic struct {
	Slug        string
	Name        string
	Description string
	Papers      []*Paper // newest digest day first, then upvotes desc, then id
	// TitleCased reports that Name is the slug title-cased ("nlp" gives
	// "Nlp"): site.yaml defines the topic without a name:, or does not
	// define it and no paper writes it with a capital letter.
	TitleCased bool
}

// Author is one person, identified by the exact (NFC) name string.
type Author struct {
	Name   string
	Slug   string   // unique across the site: its Hugging Face account's name, else its name's; Unicode letters kept, see index
	Papers []*Paper // newest digest day first, then id
	// Aliases are the slugs of the spellings site.yaml's authorNames
	// renames to this author's name, each the address that spelling had
	// as an author of its own: each keeps a page that sends readers on,
	// and copies of the author's feeds and BibTeX file.
	Aliases []string
}

// Organization is an organization that lists papers on Hugging Face,
// identified by its name's slug, letter case folded: "Shanghai AILab" and
// "shanghai ailab" are one.
type Organization struct {
	Name   string   // the spelling most of its papers use (then the first in byte order)
	Slug   string   // unique across the site: its Hugging Face account's name, else its name's
	URL    string   // its page on Hugging Face: the organization_url most of its papers give, "" when none does
	Papers []*Paper // newest digest day first, then upvotes desc, then id
}

// File is one output file of a build, addressed by its slash path below the
// output root ("papers/2410.07166/index.html").
type File struct {
	Path string
	Data []byte
}

// ArXivCategories returns the paper's arXiv categories, its primary one
// first (primary_category, else the first of categories, as arXiv lists
// the primary one first), then its cross-lists in their order, each once:
// what arXiv's abstract page lists under Subjects. The ACM and MSC classes
// arXiv's API gives among the categories (I.2.6, 68T05), which no arXiv
// listing is of, are left out: an arXiv category starts with its archive,
// in lower case (cs.LG, hep-th, math-ph).
func (p *Paper) ArXivCategories() []string {
	var cats []string
	for _, c := range append([]string{p.PrimaryCategory}, p.Categories...) {
		if c != "" && c[0] >= 'a' && c[0] <= 'z' && !slices.Contains(cats, c) {
			cats = append(cats, c)
		}
	}
	return cats
}

// FitWidth returns the size of an image width × height pixels shown at
// most most pixels wide, its aspect ratio kept (1000 × 400 at most 512
// wide is 512 × 205): what the width and height attributes of an <img> in
// a column that wide say. It is 0, 0 when either side is unknown (0).
func FitWidth(width, height, most int) (int, int) {
	if width <= 0 || height <= 0 {
		return 0, 0
	}
	if width <= most {
		return width, height
	}
	return most, max(1, (height*most+width/2)/width)
}

// Precision is how much of a date is known.
type Precision uint8

// The precisions of a date: its day (or time), its year and month, or its year alone.
const (
	DayPrecision Precision = iota
	MonthPrecision
	YearPrecision
)
