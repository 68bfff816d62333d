package generator

import (
	"bytes"
	"cmp"
	"fmt"
	"net/url"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/parse"
)

// A Hugo (or Zola) configuration file at the site's root is read for what
// its settings are in site.yaml, so that the message naming the file can
// list them: `languageCode = "en-us"` is `language: en-us`.

// hugoSetting is a key of a configuration file with its value: a table's
// keys (settings) in the order the file has them, or a value of another
// kind (val).
type hugoSetting struct {
	key      string
	val      any
	settings []hugoSetting
}

// hugoConfigs are the configuration files whose settings are listed:
// Hugo's, Zola's config.toml and Jekyll's _config.yml (jekyllConfigAdvice).
var hugoConfigs = []string{"hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml", "_config.yml"}

// hugoParams are the fields of site.yaml that a Hugo site's params hold
// as often as not; params' other keys are the site's own data (extra:).
var hugoParams = []string{"description", "author", "image"}

// readHugoConfig reads the configuration file name (TOML, YAML or JSON, by
// its extension) into its settings, in the file's order.
func readHugoConfig(name string, data []byte) ([]hugoSetting, error) {
	if path.Ext(name) != ".toml" {
		var doc yaml.Node // JSON is YAML too
		if err := yaml.Unmarshal(data, &doc); err != nil {
			return nil, err
		}
		if len(doc.Content) == 0 {
			return nil, nil
		}
		return yamlSettings(doc.Content[0])
	}
	var m map[string]any
	md, err := toml.NewDecoder(bytes.NewReader(data)).Decode(&m)
	if err != nil {
		return nil, err
	}
	var out []hugoSetting
	for _, k := range md.Keys() { // in the file's order, a table before its keys
		add(&out, k, m)
	}
	return out, nil
}

// add puts the setting of the key path k of the decoded table m among
// settings, after its table's, unless it is there already or is inside an
// array of tables (whose array is the setting).
func add(settings *[]hugoSetting, k toml.Key, m map[string]any) {
	for i, part := range k {
		v, ok := m[part]
		if !ok {
			return
		}
		j := slices.IndexFunc(*settings, func(s hugoSetting) bool { return s.key == part })
		if j < 0 {
			*settings = append(*settings, hugoSetting{key: part, val: v})
			j = len(*settings) - 1
		}
		sub, isTable := v.(map[string]any)
		if !isTable || i == len(k)-1 {
			return
		}
		settings, m = &(*settings)[j].settings, sub
	}
}

// yamlSettings are the settings of the YAML mapping n, in its order.
func yamlSettings(n *yaml.Node) ([]hugoSetting, error) {
	var out []hugoSetting
	for i := 0; n.Kind == yaml.MappingNode && i+1 < len(n.Content); i += 2 {
		s := hugoSetting{key: n.Content[i].Value}
		if err := n.Content[i+1].Decode(&s.val); err != nil {
			return nil, err
		}
		if n.Content[i+1].Kind == yaml.MappingNode {
			sub, err := yamlSettings(n.Content[i+1])
			if err != nil {
				return nil, err
			}
			s.settings = sub
		}
		out = append(out, s)
	}
	return out, nil
}

// hugoConfigAdvice is settingsAdvice of the configuration file name with
// the text data (jekyllConfigAdvice's for _config.yml), or "" when it does
// not parse.
func hugoConfigAdvice(name string, data []byte, cfg *model.Config) string {
	if name == "_config.yml" {
		return jekyllConfigAdvice(data, cfg)
	}
	settings, err := readHugoConfig(name, data)
	if err != nil {
		return ""
	}
	return settingsAdvice(settings, cfg)
}

// jekyllPlugins are what takes the place of Jekyll's plugins, by name.
var jekyllPlugins = map[string]string{
	"jekyll-feed":          "the feeds are always written: /feed.xml (RSS, where jekyll-feed's was), /atom.xml and /feed.json, and each topic's",
	"jekyll-sitemap":       "sitemap.xml is always written",
	"jekyll-seo-tag":       "every page has its description, canonical link, Open Graph and Twitter tags, and a paper its JSON-LD and citation tags",
	"jekyll-redirect-from": "a paper's or page's `aliases:` keeps its former addresses",
	"jekyll-paginate":      "lists are paginated by `pageSize:`",
	"jekyll-paginate-v2":   "lists are paginated by `pageSize:`",
	"jekyll-scholar":       "each paper's page has its BibTeX entry and a .bib file, and each day, topic and author a .bib of their papers",
	"jemoji":               "write emoji as characters (🎉); :tada: stays text",
	"jekyll-katex":         "$…$ and $$…$$ math is rendered at build time, without JavaScript",
	"jekyll-spaceship":     "$…$ math, tables and footnotes are built in",
}

// jekyllConfigAdvice lists what each setting of Jekyll's _config.yml, the
// text data, is in site.yaml, one a line, as settingsAdvice does for
// Hugo's: url and baseurl together are baseURL (baseurl alone is a path,
// never site.yaml's baseURL), each plugin is named with what is built in
// in its place, and a key of the site's own (github_username) is extra:
// data, as Jekyll keeps it at the top level. "" when it does not parse.
func jekyllConfigAdvice(data []byte, cfg *model.Config) string {
	settings, err := readHugoConfig("_config.yml", data)
	if err != nil || len(settings) == 0 {
		return ""
	}
	var url, base string
	var rest []hugoSetting
	var head, plugins []string
	for _, s := range settings {
		v, _ := s.val.(string)
		switch strings.ToLower(s.key) {
		case "url":
			url = strings.TrimSuffix(v, "/")
		case "baseurl":
			base = strings.Trim(v, "/")
		case "author":
			if m, ok := s.val.(map[string]any); ok && m["name"] != nil { // jekyll-seo-tag's author: {name:, email:}
				s = hugoSetting{key: s.key, val: m["name"]}
			}
			rest = append(rest, s)
		case "permalink":
			plugins = append(plugins, "permalink: not carried over; a paper's address is /papers/<arxiv or id>/ and a page's its file's name; "+
				"each post in _posts/ or content/papers/ is named with the `aliases:` that keeps the address Jekyll gave it ("+parse.JekyllTemplate(v)+")")
		case "plugins", "gems":
			list, _ := s.val.([]any)
			for _, p := range list {
				name, _ := p.(string)
				hint := cmp.Or(jekyllPlugins[name], parse.SiteHint("plugins"))
				plugins = append(plugins, s.key+": "+name+": not carried over; "+hint)
			}
		default:
			rest = append(rest, s)
		}
	}
	if url != "" {
		from := "url"
		if base != "" {
			from = "url + baseurl"
		}
		head = []string{from + " → baseURL: " + parse.JekyllBaseURL(url, base)}
	} else if base != "" {
		head = []string{"baseurl: /" + base + " is the path of the site's address, which is baseURL: " + parse.JekyllBaseURL("", base) + " for a GitHub project site"}
	}
	// The address first, the plugins after the settings not carried over.
	var out strings.Builder
	for _, l := range head {
		out.WriteString("\n  " + l)
	}
	out.WriteString(settingsAdviceOf(rest, cfg, true))
	for _, l := range plugins {
		out.WriteString("\n  " + l)
	}
	return out.String()
}

// settingsAdvice lists what each of a Hugo configuration's settings is in
// site.yaml, one a line: `baseURL → baseURL: https://…`, params' own data
// under extra:, then feedAliases for Hugo's feed address unless cfg has
// it, then the settings that site.yaml has no place for, each with what
// takes its place where something does. It is "" when there are no
// settings.
func settingsAdvice(settings []hugoSetting, cfg *model.Config) string {
	return settingsAdviceOf(settings, cfg, false)
}

// settingsAdviceOf is settingsAdvice; with jekyll, the settings are those
// of Jekyll's _config.yml: a top-level key with no place in site.yaml is
// the site's own data (extra:), and there is no feed address to keep.
func settingsAdviceOf(settings []hugoSetting, cfg *model.Config, jekyll bool) string {
	if len(settings) == 0 {
		return ""
	}
	var carried, dropped, done []string
	carry := func(from, field string, v any) {
		from = shownKey(from)
		if setAlready(cfg, field, v) {
			done = append(done, from)
			return
		}
		carried = append(carried, from+" → "+field+": "+flowYAML(v))
	}
	drop := func(key, hint string) {
		key = shownKey(key)
		if hint == "" {
			hint = "site.yaml has no such setting"
		}
		if line := key + ": not carried over; " + hint; !slices.Contains(dropped, line) {
			dropped = append(dropped, line)
		}
	}
	hasLanguageCode := slices.ContainsFunc(settings, func(s hugoSetting) bool { return strings.EqualFold(s.key, "languageCode") })
	for _, s := range settings {
		k := strings.ToLower(s.key)
		field := parse.SiteField(k)
		switch {
		case field == "baseURL" && !absoluteURL(s.val):
			drop(s.key, relativeBaseHint(s.val))
		case k == "minify" && s.settings != nil: // Hugo's [minify] minifyOutput, tdewolff's options
			drop(s.key, "site.yaml's `minify:` (true unless it says false) publishes the built-in stylesheet and scripts minified; HTML is published as it is made")
		case k == "defaultcontentlanguage" && hasLanguageCode: // a multilingual site's first language
			drop(s.key, "the languageCode above is site.yaml's `language:`")
		case (k == "params" || k == "extra") && s.settings != nil: // Hugo's params, Zola's extra
			for _, p := range s.settings {
				if f := parse.SiteField(p.key); slices.Contains(hugoParams, f) && p.settings == nil {
					carry(s.key+"."+p.key, f, p.val)
				} else {
					carry(s.key+"."+p.key, "extra", map[string]any{p.key: p.val})
				}
			}
		case k == "theme":
			whose := "a Hugo"
			if jekyll {
				whose = "a Jekyll"
			}
			drop(s.key, whose+" theme's layouts are not Paperboy's templates; `theme:` names a folder of those in themes/ (see Themes in the README)")
		case field == "baseURL":
			carry(s.key, field, folderURL(s.val))
		case field != "" && (s.settings == nil || field == "extra"):
			carry(s.key, field, s.val)
		case k == "taxonomies" && zolaTermFeeds(settings) != "":
			drop(s.key, parse.SiteHint(s.key)+"; "+zolaTermFeeds(settings))
		case jekyll && parse.SiteHint(s.key) == "" && !parse.HoldsNested(s.key): // but jekyll-feed's feed.posts_limit
			carry(s.key, "extra", map[string]any{s.key: s.val})
		default:
			nested(s.key, s, carry, drop)
		}
	}
	if len(done) > 0 {
		carried = append(carried, strings.Join(done, ", ")+": in site.yaml already, with the same value")
	}
	if !jekyll {
		if feeds, whose := oldFeeds(settings, cfg); len(feeds) > 0 {
			carried = append(carried, "and feedAliases: ["+strings.Join(feeds, ", ")+"], which keeps a copy of the RSS feed at "+whose+", so that readers subscribed there keep getting it")
		}
	}
	return "\n  " + strings.Join(slices.Concat(carried, dropped), "\n  ")
}

// absoluteURL reports whether v, a base URL, is an absolute http(s) URL,
// as site.yaml's baseURL must be: Hugo's may be a path (baseURL = "/"),
// its Pages workflow giving the published address with --baseURL.
func absoluteURL(v any) bool {
	s, _ := v.(string)
	u, err := url.Parse(strings.TrimSpace(s))
	return err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != ""
}

// relativeBaseHint is what to write for v, a base URL that is not
// absolute (/, or /blog/): the published site's whole address, which
// site.yaml's baseURL is, as a relative one has no equivalent.
func relativeBaseHint(v any) string {
	eg, what := "https://<user>.github.io/<repo>/", "an empty base URL"
	if p, _ := v.(string); p != "" {
		what = "a relative base URL (" + flowYAML(v) + ")"
		if strings.Trim(p, "/ ") != "" && strings.HasPrefix(p, "/") {
			eg = "https://<host>/" + strings.Trim(p, "/ ") + "/"
		}
	}
	return what + " has no equivalent: site.yaml's baseURL is the whole address the site is published at; write that, like `baseURL: " + eg + "` (`paperboy build -b URL` replaces it for a preview deploy, as hugo --baseURL did)"
}

// shownKey is the key k of a setting as the advice names it: as written,
// or in double quotes when it is empty, starts or ends with a space or
// holds a line break, which would leave the advice's line without a name
// or break it in two.
func shownKey(k string) string {
	if k == "" || strings.TrimSpace(k) != k || strings.ContainsAny(k, "\r\n") {
		return strconv.Quote(k)
	}
	return k
}

// setAlready reports whether site.yaml (cfg) has the setting field at the
// value v already, as paperboy new site writes title, baseURL,
// description and language from the configuration of the site it starts
// in: the advice then need not tell the curator to write them again.
func setAlready(cfg *model.Config, field string, v any) bool {
	if cfg == nil {
		return false
	}
	if m, ok := v.(map[string]any); ok && field == "extra" && len(m) == 1 {
		for k, val := range m {
			have, ok := cfg.Extra[k]
			return ok && fmt.Sprint(have) == fmt.Sprint(val)
		}
	}
	var have string
	switch field {
	case "title":
		have = cfg.Title
	case "baseURL":
		have = cfg.BaseURL
	case "description":
		have = cfg.Description
	case "language":
		have = cfg.Language
	case "author":
		have = cfg.Author
	// The counts: site.yaml's, or their defaults, which are the same to
	// the site.
	case "pageSize":
		have = strconv.Itoa(cfg.PageSize)
	case "feedSize":
		have = strconv.Itoa(cfg.FeedSize)
	case "homeDays":
		have = strconv.Itoa(cfg.HomeDays)
	case "topSize":
		have = strconv.Itoa(cfg.TopSize)
	case "authorPageSize":
		have = strconv.Itoa(cfg.AuthorPageSize)
	}
	switch v := v.(type) {
	case string:
		return have != "" && strings.EqualFold(strings.TrimSpace(have), strings.TrimSpace(v))
	case int, int64, float64:
		return have != "" && have != "0" && fmt.Sprint(v) == have
	}
	return false
}

// folderURL is the base URL v with the slash that ends a folder, as
// site.yaml's baseURL is written: Zola's base_url has none
// (https://x.org/blog), and its addresses are below it all the same.
func folderURL(v any) any {
	if s, ok := v.(string); ok && s != "" && !strings.HasSuffix(s, "/") && !strings.ContainsAny(s, "?#") {
		return s + "/"
	}
	return v
}

// oldFeeds are the addresses of a Hugo or Zola site's feeds that the
// build writes no feed at and cfg's feedAliases does not keep, and whose
// they are: Hugo's /index.xml (/rss.xml when its [outputFormats.RSS]
// baseName is rss), or the files of Zola's feed_filenames
// (feed_filename before Zola 0.19; atom.xml by default, which the build
// writes), none when its generate_feeds is false, as it is by default:
// Zola writes no feed unless told to.
func oldFeeds(settings []hugoSetting, cfg *model.Config) (feeds []string, whose string) {
	var names []any // Zola's feed_filenames, when given
	zola, generate := false, false
	hugoFeed := "index.xml"
	for _, s := range settings {
		switch v := s.val; strings.ToLower(s.key) {
		case "outputformats":
			if base := rssBaseName(s); base != "" {
				hugoFeed = base + ".xml"
			}
		case "base_url":
			zola = true
		case "feed_filenames":
			names, _ = v.([]any)
		case "feed_filename":
			names = []any{v}
		case "generate_feeds", "generate_feed":
			generate = v == true
		}
	}
	switch {
	case !zola:
		names, whose = []any{hugoFeed}, "Hugo's /"+hugoFeed
	case !generate:
		return nil, ""
	default:
		whose = "Zola's feed address"
	}
	for _, n := range names {
		name, _ := n.(string)
		name = strings.TrimPrefix(name, "/")
		if name == "" || name == "feed.xml" || name == "atom.xml" || name == "feed.json" ||
			slices.ContainsFunc(cfg.FeedAliases, func(a string) bool { return strings.TrimPrefix(a, "/") == name }) {
			continue
		}
		feeds = append(feeds, name)
	}
	return feeds, whose
}

// zolaTermFeeds says how the feeds of a Zola site's terms are kept, when
// its configuration, settings, has a taxonomy with feed = true (tags,
// whose feed of nlp was /tags/nlp/atom.xml, the first of feed_filenames):
// a topic's alias at the term's address and a feedAliases entry in that
// folder; "" for another site.
func zolaTermFeeds(settings []hugoSetting) string {
	var zola bool
	name, file := "", "atom.xml"
	for _, s := range settings {
		switch strings.ToLower(s.key) {
		case "base_url":
			zola = true
		case "feed_filenames":
			if names, _ := s.val.([]any); len(names) > 0 {
				file, _ = names[0].(string)
			}
		case "feed_filename":
			file, _ = s.val.(string)
		case "taxonomies":
			list, _ := s.val.([]any)
			for _, t := range list {
				if m, _ := t.(map[string]any); m["feed"] == true && name == "" {
					name, _ = m["name"].(string)
				}
			}
		}
	}
	file = strings.TrimPrefix(file, "/")
	if !zola || name == "" || file == "" || strings.Contains(name, "/") {
		return ""
	}
	return "Zola's feed of a term of " + name + " (/" + name + "/nlp/" + file + ") is kept by the topic's alias at the term's address, `aliases: [/" + name + "/nlp/]`, with a `feedAliases:` entry in that alias's folder, `feedAliases: [" +
		name + "/nlp/" + file + "]`, which keeps a copy of the topic's RSS feed there"
}

// rssBaseName is the baseName that Hugo's outputFormats setting s gives
// its RSS format ([outputFormats.RSS] baseName = "rss", which published
// the feed at /rss.xml), or "".
func rssBaseName(s hugoSetting) string {
	for _, f := range s.settings {
		if !strings.EqualFold(f.key, "rss") {
			continue
		}
		for _, o := range f.settings {
			if v, ok := o.val.(string); ok && strings.EqualFold(o.key, "baseName") {
				return strings.Trim(v, "/ ")
			}
		}
	}
	return ""
}

// nested carries over the setting s at the path key, or the settings
// below it that have a site.yaml field (parse.NestedField:
// pagination.pagerSize, jekyll-feed's feed.posts_limit), and drops the
// others: a table none of whose settings are named as a whole
// (taxonomies, services.disqus), with what takes its place where
// something does (services.googleAnalytics).
func nested(key string, s hugoSetting, carry func(from, field string, v any), drop func(key, hint string)) {
	switch {
	case parse.NestedField(key) != "":
		carry(key, parse.NestedField(key), s.val)
	case s.settings != nil && parse.HoldsNested(key):
		for _, sub := range s.settings {
			nested(key+"."+sub.key, sub, carry, drop)
		}
	default:
		drop(key, parse.SiteHint(s.key))
	}
}

// flowYAML is v as YAML on one line: a mapping or list in braces or
// brackets, a text of several lines in double quotes ("a\nb"), which YAML
// would otherwise write as a block of lines.
func flowYAML(v any) string {
	var n yaml.Node
	if err := n.Encode(v); err != nil {
		return "…"
	}
	var flow func(*yaml.Node)
	flow = func(n *yaml.Node) {
		switch {
		case n.Kind == yaml.MappingNode || n.Kind == yaml.SequenceNode:
			n.Style = yaml.FlowStyle
		case n.Kind == yaml.ScalarNode && strings.ContainsAny(n.Value, "\r\n"):
			n.Style = yaml.DoubleQuotedStyle
		}
		for _, c := range n.Content {
			flow(c)
		}
	}
	flow(&n)
	out, err := yaml.Marshal(&n)
	if err != nil {
		return "…"
	}
	return strings.TrimSpace(string(out))
}
