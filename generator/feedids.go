package generator

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io/fs"
	"net/url"
	"strings"
	"sync"

	"github.com/paperboy-digest/paperboy/generator/feeds"
	"github.com/paperboy-digest/paperboy/generator/model"
)

// changedFeedIDs warns at each paper whose items the feeds of the site
// in former (the destination before the build) gave another id than the
// build gives them: an alias elsewhere added to a published paper
// (aliases: [/notes/x/], whose address becomes the id), or a paper
// written with id: that got its arxiv:, its old id under aliases:.
// Readers and the bots that post each new item would show it again as
// new. The message names the feed_id: that keeps the old id; a paper
// with a feed_id: has the id its curator chose, and is not told.
//
// The build warns rather than keeping the old id itself: the id would
// then depend on the folder the site was built into, and the deploy
// workflow, which builds from the sources alone, would give the new one.
//
// Only the former whole-site feed.json and the topics' are read, the
// newest feedSize items of each, which are all a reader can have; ids
// made from another address than this build's (a move, a feedIDBase
// taken out) are changedBase's or movedIDs' to tell once, in site.yaml
// (every id changes), so they are none of this.
//
// ids are the former feeds' ids, as the build read them (formerIDs).
func changedFeedIDs(ids formerIDs, site *model.Site) []Problem {
	home, had := ids()
	if len(had) == 0 || !sameIDBase(home, had, site.Config) {
		return nil
	}
	idOf, err := feeds.ItemID(site)
	if err != nil {
		return nil // the feeds fail the build with it
	}
	var out []Problem
	for _, p := range site.Papers {
		if p.FeedID != "" {
			continue // the curator's choice, as this message advises
		}
		was, now := formerID(p, had), idOf(p)
		if was == "" || was == now {
			continue
		}
		keep := feedIDLine(was, site.Config, home)
		out = append(out, Problem{Kind: "setting", Path: p.Source, Line: cmp.Or(p.AliasesLine, p.Line), Msg: fmt.Sprintf(
			"its feed items now have the id %s, and the feeds of the site built before gave them %s: every feed reader, and a bot that posts each new item, would show the paper again as new; "+
				"add `feed_id: %s`, which keeps the old id (see the README's \"Ids and dates\")", now, was, keep)})
	}
	return out
}

// feedIDLine returns what a paper's feed_id: is written as to keep the id
// was, which the feeds of the site built at home gave its items: the
// path from the site's root when was is under the address ids are made
// from (feedIDBase, else home), else was.
func feedIDLine(was string, cfg *model.Config, home string) string {
	ids := cmp.Or(cfg.FeedIDBase, home)
	if !strings.HasSuffix(ids, "/") {
		ids += "/"
	}
	if rest, ok := strings.CutPrefix(was, ids); ok {
		return "/" + rest
	}
	return was
}

// formerID returns the id the former feeds (had, by page address from
// the site's root) gave the items of p, whose page was at its address
// now or at one of its former ids' (aliases:); "" when they had none.
func formerID(p *model.Paper, had map[string]string) string {
	if id, ok := had[model.EscapePath(p.Path())]; ok {
		return id
	}
	for _, a := range p.Aliases {
		if id, ok := had[model.EscapePath("papers/"+a+"/")]; ok {
			return id
		}
	}
	return ""
}

// formerIDs returns the address the feeds of the site built before were
// built at and their items' ids by page address, as formerFeedIDs reads
// them; "" and none when there is no such site. The build reads them
// once (readFormerIDs) for all that need them: changedBase's address
// (formerIDBase), the feed_id: of a paper whose page moved (keptFeedID)
// and the ids changed otherwise (changedFeedIDs), which, each reading
// them itself, read the whole site's feed and every topic's three times.
type formerIDs func() (home string, had map[string]string)

// readFormerIDs returns the formerIDs of the site in former (nil: none),
// whose topics are cfg's, read on the first call only.
func readFormerIDs(former fs.FS, cfg *model.Config) formerIDs {
	return sync.OnceValues(func() (string, map[string]string) {
		if former == nil {
			return "", nil
		}
		return formerFeedIDs(former, cfg)
	})
}

// formerFeedIDs reads the JSON Feeds of the site in former, the whole
// site's and each topic's of cfg, and returns the address they were
// built at (the whole site's home_page_url) and each item's id by the
// address of its page from the site's root ("papers/2401.00003/"); a
// feed missing or not parsing is left out.
func formerFeedIDs(former fs.FS, cfg *model.Config) (string, map[string]string) {
	var home string
	had := map[string]string{}
	paths := []string{feeds.JSONFile}
	for _, t := range cfg.Topics {
		paths = append(paths, "topics/"+t.Slug+"/"+feeds.JSONFile)
	}
	for i, name := range paths {
		data, err := readFormer(former, name)
		if err != nil {
			continue
		}
		var feed struct {
			Home  string `json:"home_page_url"`
			Items []struct {
				ID  string `json:"id"`
				URL string `json:"url"`
			} `json:"items"`
		}
		if json.Unmarshal(data, &feed) != nil {
			continue
		}
		if i == 0 {
			home = feed.Home
		}
		if home == "" {
			return "", nil // the whole site's feed says where the rest were
		}
		for _, it := range feed.Items {
			if page, ok := strings.CutPrefix(it.URL, home); ok && it.ID != "" {
				had[page] = it.ID
			}
		}
	}
	return home, had
}

// sameIDBase reports whether the ids had of the feeds of the site built
// at home (formerFeedIDs) were made from the address this build makes
// them from: feedIDBase, else baseURL.
func sameIDBase(home string, had map[string]string, cfg *model.Config) bool {
	return sameAddress(idBaseOf(home, had), cmp.Or(cfg.FeedIDBase, cfg.BaseURL))
}

// formerIDBase returns the address the feeds of the site built before
// made their items' ids from (idBaseOf of ids), "" when there are none.
func formerIDBase(ids formerIDs) string {
	return idBaseOf(ids())
}

// idBaseOf returns the address the ids had (by page address from the
// site's root, as formerFeedIDs reads them) were made from: the one most
// of them are their page's address on, the feedIDBase of the site built
// at home when it had one, else home. An id that is not its page's
// address on any (a feed_id:, a former address elsewhere) tells none.
// Ties go to the address first in byte order, so it never depends on
// the map's order.
func idBaseOf(home string, had map[string]string) string {
	count := map[string]int{}
	for page, id := range had {
		if base, ok := strings.CutSuffix(id, page); ok && page != "" && base != "" {
			count[base]++
		}
	}
	best := home
	for base, n := range count {
		if n > count[best] || n == count[best] && base < best {
			best = base
		}
	}
	return best
}

// sameAddress reports whether the base URLs a and b are one address: the
// same scheme, host, in any letter case, and path, with or without its
// closing slash. Feed ids are made from the whole address, so an
// http → https move changes every one of them (changedBase tells it).
func sameAddress(a, b string) bool {
	u, err1 := url.Parse(a)
	v, err2 := url.Parse(b)
	if err1 != nil || err2 != nil || u.Host == "" {
		return false
	}
	return u.Scheme == v.Scheme && strings.EqualFold(u.Host, v.Host) && strings.TrimSuffix(u.Path, "/") == strings.TrimSuffix(v.Path, "/")
}
