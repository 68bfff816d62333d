package model

import (
	"net/url"
	"slices"
	"strings"
)

// Config is content/site.yaml after parsing and defaults.
type Config struct {
	Title       string
	BaseURL     string // absolute, ends in "/": "https://user.github.io/repo/"
	TitleLine   int    // the line of title: in site.yaml; 0 when it is not set
	BaseURLLine int    // the line of baseURL: in site.yaml; 0 when it is not set
	Description string // its $…$ math in Unicode, as a day's title has it
	Language    string // BCP 47, default "en"
	LangLine    int    // the line of language: in site.yaml; 0 when it is not set
	ThemeLine   int    // the line of theme: in site.yaml; 0 when it is not set
	DomainLine  int    // the line of domain: in site.yaml; 0 when it is not set
	// NewsletterFromLine is the line of newsletter.from in site.yaml; 0
	// when it is not set.
	NewsletterFromLine int
	// DescriptionLine is the line of description: in site.yaml; 0 when
	// it is not set.
	DescriptionLine int
	// PaperLanguage is the language papers' titles and abstracts are in
	// (BCP 47, default "en"); a paper's language: overrides it.
	PaperLanguage string
	Author        string // the curator, for feeds and meta tags
	Theme         string // the site's own theme folder under themes/, the first of Themes; "" for none
	// Themes are the folders under themes/ that override the built-in
	// theme, the first over the rest (`theme: [mine, lab]`); nil for none.
	Themes []string
	Domain string // custom domain written to CNAME; "" for none
	// Fediverse is the curator's fediverse account, @user@server (a
	// Mastodon account), which every page names as its creator's and
	// links as the site's owner's; "" for none.
	Fediverse string
	// Image is the picture a link to any page of the site shows (Open
	// Graph's og:image) unless the paper has its own: an http(s) URL, or
	// a path from the site's root ("/card.png", a static file); "" for
	// none. ImageAlt describes it.
	Image    string
	ImageAlt string
	// ImageWidth and ImageHeight are Image's size in CSS pixels when it
	// is a file the site publishes and reads as an image; 0 otherwise.
	ImageWidth, ImageHeight int
	ImageLine               int // the line of image: in site.yaml; 0 when it is not set
	ImageAltLine            int // the line of imageAlt: in site.yaml; 0 when it is not set

	FeedSize     int // items in the whole-site and topic feeds (days in the daily digest's), DefaultFeedSize when site.yaml sets none
	FeedSizeLine int // the line of feedSize: in site.yaml; 0 when it is not set
	PageSize     int // papers per topic page, default 25
	// AuthorPageSize is papers per author page, default 100: an author's
	// page lists them as rows, a fraction of a topic's cards.
	AuthorPageSize    int
	HomeDays          int  // days listed on the home page, default 7
	TopSize           int  // papers in a week's or month's top list, default 10
	UnsafeHTML        bool // pass raw HTML in Markdown through (default false: omitted)
	AuthorFeeds       bool // each author's page has feeds of its own (default false: a site's thousands of authors would triple their files)
	OrganizationFeeds bool // each organization's page has feeds of its own (default false)
	// AsWritten publishes the theme's stylesheets and scripts as they
	// are written (site.yaml's minify: false), where they are minified.
	AsWritten bool
	// NoIndex asks search engines to leave every page of the site out of
	// their results (build --noindex): a preview or staging deploy, whose
	// pages would otherwise compete with the published site's. Such a
	// build is a copy, never where the site is published: it writes no
	// CNAME, and its address is not one the feeds' ids moved to or from.
	NoIndex bool

	Topics []TopicConfig // in site.yaml order
	// FeedAliases are former addresses of the site's RSS feed (Hugo's
	// index.xml), each of which gets a copy of feed.xml, so readers
	// subscribed there keep getting its items.
	FeedAliases []string
	// FeedAliasLines are the lines of each of FeedAliases in site.yaml.
	FeedAliasLines []int
	// FeedIDBase is the base URL the feeds' ids are made from in place of
	// BaseURL (absolute, ends in "/"): the site's former baseURL, so that
	// readers know its items after it moved; "" for BaseURL.
	FeedIDBase string
	// FeedIDBaseLine is the line of feedIDBase: in site.yaml; 0 when it
	// is not set.
	FeedIDBaseLine int
	// WrittenBase is site.yaml's own baseURL when the --base-url flag
	// replaced it (BaseURL is the flag's), and nil when site.yaml's is
	// the one built at or is not a valid address.
	WrittenBase *url.URL
	// AuthorNames maps a spelling of an author's name that papers have (as
	// a source writes it, "Juergen Schmidhuber") to the one the site shows
	// ("Jürgen Schmidhuber"), both NFC with single spaces.
	AuthorNames map[string]string
	// AuthorNameLines is the line in site.yaml of each spelling
	// AuthorNames renames.
	AuthorNameLines map[string]int
	// OrganizationNames maps a spelling of an organization's name that
	// papers have ("shanghai ailab", as Hugging Face shows the account) to
	// the one the site shows ("Shanghai AI Lab"), both NFC with single
	// spaces, and OrganizationNameLines is the line in site.yaml of each.
	OrganizationNames     map[string]string
	OrganizationNameLines map[string]int
	// ThemeLines are the lines of each of Themes in site.yaml (after the
	// lists a template may range over, which a hint names first).
	ThemeLines []int
	Limits     Limits
	Newsletter Newsletter // the newsletter: email digest and subscribe form
	Extra      map[string]any
	// ExtraLines is the line in site.yaml of each key of Extra, for a
	// template's mistake with one to name where it is set.
	ExtraLines map[string]int
	Source     string // slash path of site.yaml

	// Icon is the site's icon, which every page links and the feeds name
	// as theirs: the first of IconFiles that the site's theme has in its
	// static/, set by the build; "" for the built-in favicon.svg.
	Icon string
	// HomeIcons are the files of HomeIconFiles that a phone's home screen
	// shows the site by, which its pages link (apple-touch-icon.png) and
	// its web app manifest lists (the others): all of them where its Icon
	// is the built-in one (each the built-in theme's, or the site theme's
	// of that name), else only those its theme has, so that a site with
	// an icon of its own is not added to a home screen as Paperboy's. Set
	// by the build.
	HomeIcons []string
	// HomeIconImages are what each of HomeIcons the web app manifest
	// lists is, read from the file by the build, for the manifest to
	// declare its true size and type: Chrome refuses an icon whose entry
	// says otherwise. One it lacks (a file that is no image) is left out
	// of the manifest.
	HomeIconImages map[string]IconImage

	// Derived by the config parser.
	Base *url.URL // parsed BaseURL
}

// IconImage is what an icon file is: its size in pixels and its MIME
// type (image/png).
type IconImage struct {
	Width, Height int
	Type          string
}

// IconFiles are the names of a theme's static file that is the site's
// icon, the first the theme has: a scalable one first, then the PNG or
// ICO most sites have.
var IconFiles = []string{"favicon.svg", "favicon.png", "favicon.ico"}

// HomeIconFiles are the names of the PNG icons a phone's home screen
// shows a site by: iOS's, which takes no SVG, and the two sizes Android
// reads from a web app manifest. The built-in theme has each, drawn as
// its favicon.svg.
var HomeIconFiles = []string{"apple-touch-icon.png", "icon-192.png", "icon-512.png"}

// LeavesOutBuiltin reports whether the build leaves the built-in theme's
// static file name unpublished: its favicon.svg or a home-screen icon,
// where the site's theme has an icon of its own (Icon) and not that file.
// iOS fetches /apple-touch-icon.png unlinked, and would add a lab's site
// to a home screen by Paperboy's icon.
func (c *Config) LeavesOutBuiltin(name string) bool {
	if c.Icon == "" {
		return false
	}
	return name == IconFiles[0] || slices.Contains(HomeIconFiles, name) && !slices.Contains(c.HomeIcons, name)
}

// LeavesOut reports whether the build leaves the theme's static file name
// unpublished, builtin telling whether the built-in theme's is the one
// the site would get: a built-in icon LeavesOutBuiltin names, and in a
// --noindex build (NoIndex) a CNAME, the site theme's too, as it writes
// none for domain:, since a preview deployed as a Pages site of its own
// would claim the published site's domain with it.
func (c *Config) LeavesOut(name string, builtin bool) bool {
	return builtin && c.LeavesOutBuiltin(name) || c.NoIndex && name == "CNAME"
}

// IconPath is the path of the site's icon from the site's root: Icon, or
// the built-in favicon.svg.
func (c *Config) IconPath() string {
	if c.Icon == "" {
		return IconFiles[0]
	}
	return c.Icon
}

// DefaultFeedSize is Config.FeedSize when site.yaml sets no feedSize, and
// the size of a feed made from a Config that has none (a library user's):
// feeds of about 150 KB at some 3 KB an item, however large the archive.
// The parser and the feeds read this one constant so that the two cannot
// drift apart.
const DefaultFeedSize = 50

// BasePath is the path every internal link starts with: "/" or "/repo/".
func (c *Config) BasePath() string {
	if c.Base == nil || c.Base.Path == "" {
		return "/"
	}
	return c.Base.Path
}

// WrittenBasePath returns the path of site.yaml's own baseURL when the
// --base-url flag builds the site under another (WrittenBase), "" when it
// did not: a link written with it names a page from the site's root
// under any --base-url.
func (c *Config) WrittenBasePath() string {
	if c.WrittenBase == nil || c.WrittenBase.Path == "" {
		return ""
	}
	return c.WrittenBase.Path
}

// FormerBasePath returns the path of FeedIDBase, the address the site
// was published at before it moved, when it is not "/" and not the
// base path the site has now: a link or an image: written with it in
// front (/repo/figures/f.png) named a file before the move, and now
// names it without it (/figures/f.png). It is "" otherwise.
func (c *Config) FormerBasePath() string {
	u, err := url.Parse(c.FeedIDBase)
	if c.FeedIDBase == "" || err != nil || u.Path == "" || u.Path == "/" || u.Path == c.BasePath() {
		return ""
	}
	return u.Path
}

// TopicConfig describes a topic in site.yaml.
type TopicConfig struct {
	Slug        string
	Name        string
	Description string
	Keywords    []string // case-insensitive whole-word rules matched against title and abstract
	// KeywordLines are the lines of each of Keywords in site.yaml.
	KeywordLines []int
	// Aliases are the topic's former slugs: a paper that names one is on
	// the topic, and each keeps a page that sends readers on and copies of
	// the topic's feeds, so links and subscriptions outlive a rename.
	Aliases []string
	// Redirects are the topic's former addresses elsewhere, as another
	// generator's taxonomy had them (aliases: [/tags/nlp/], "tags/nlp"):
	// each keeps a page that sends readers on to the topic's, and a copy
	// of its RSS feed at index.xml below it, Hugo's feed of a term.
	Redirects []string
	// RedirectLines are the lines of each of Redirects in site.yaml.
	RedirectLines []int
	// FeedAliases are the entries of site.yaml's feedAliases in the
	// topic's folder or one of its aliases' (tags/nlp/atom.xml, Zola's
	// feed of a tag, with the alias /tags/nlp/): former addresses of its
	// feed, each of which gets a copy of its RSS feed, as the site's
	// FeedAliases get one of the site's.
	FeedAliases []string
	// FeedAliasLines are the lines of each of FeedAliases in site.yaml.
	FeedAliasLines []int
	Line           int
	// NameLine and DescriptionLine are the lines of name: and
	// description:, for warnings of their math; 0 when not written.
	NameLine, DescriptionLine int
	// TitleCased reports that the entry gives no name:, so Name is the
	// slug title-cased ("nlp" gives "Nlp").
	TitleCased bool
}

// Limits bound what one source may contain, so hostile input cannot exhaust
// memory or time.
type Limits struct {
	MaxFileBytes int64 // default 4 MiB
	MaxAuthors   int   // default 5000
}

// Newsletter is site.yaml's newsletter: mapping: the subscribe form the
// theme shows and the settings of the email digest (paperboy mail).
type Newsletter struct {
	Action      string            // the provider's subscribe form action URL; "" shows the feeds instead
	Method      string            // the form's method: "post" (default) or "get"
	EmailField  string            // the name of the form's email input, default "email"
	Fields      map[string]string // hidden form fields the provider needs (listmonk's list id "l")
	Name        string            // the list's name, default the site's title
	From        string            // the sender, "Digest <digest@example.org>"; PAPERBOY_SMTP_FROM overrides it
	Subject     string            // text/template of the subject
	Preheader   string            // text/template of the preview text mail clients show after the subject
	ListID      string            // the List-Id identifier, default derived from baseURL
	Unsubscribe []string          // List-Unsubscribe URLs (mailto: or https:), default a mail to From
	MaxPapers   int               // the most papers an email lists, the rest left to the digest's page; 0 is the default (mail.DefaultMaxPapers)
}

// FediverseURL is the address of the profile page of the curator's
// fediverse account (https://server/@user), or "" when site.yaml names
// none.
func (c *Config) FediverseURL() string {
	user, server, ok := strings.Cut(strings.TrimPrefix(c.Fediverse, "@"), "@")
	if !ok {
		return ""
	}
	return "https://" + server + "/@" + user
}
