// Package feeds writes the site's syndication feeds: RSS 2.0, Atom 1.0 and
// JSON Feed 1.1, each for the whole site, for the daily and the weekly
// digest and for every topic.
//
// Input is an indexed model.Site, which Build only reads; output is the
// feed files as model.File values (paths below the output root):
//
//	feed.xml  atom.xml  feed.json                    every paper, newest digest day first
//	days/feed.xml  days/atom.xml  days/feed.json     one item per daily digest, newest first
//	weeks/feed.xml  weeks/atom.xml  weeks/feed.json  one item per finished week (its top papers), newest first
//	topics/<slug>/feed.xml  …/atom.xml  …/feed.json  one topic, newest digest day first, then rank
//
// A topic's feeds are also written in the folder of each of its aliases
// (former slugs), its feed.xml at index.xml in each of its Redirects and
// at each of its FeedAliases, and feed.xml at each of Config.FeedAliases, so that
// readers subscribed there keep getting them.
//
// Each feed holds at most Config.FeedSize items (model.DefaultFeedSize when
// it is not positive), but a paper feed the whole of its newest day,
// which may have more. The whole-site feed walks site.Days in order and
// each day's Papers in rank order, listing every paper once, on its own digest day
// (Paper.Date; the first day that lists it when that one does not).
//
// OPML makes feeds.opml, an OPML 2.0 list of those feeds (their RSS
// versions) for readers that subscribe to a list at once.
//
// Showing makes only the feeds whose items show given papers, byte for
// byte as Build makes them: what the preview server remakes after an edit
// to those papers' abstracts or to a day. A Cache keeps each item written
// in the three formats (an entry) between Emit and the Showing calls
// that follow, so that each remakes only the items the edit changed
// (which the caller tells it to Forget) and copies the others' bytes into
// the feeds: a feed document is written without items, and its items'
// bytes go before its closing tags.
//
// The documents are github.com/gorilla/feeds' exported RSS, Atom and JSON
// Feed structs, embedded in small wrappers that add what the library's
// generic Feed lacks: an atom:link rel="self" in RSS, one <category> per
// topic, the authors (one <author> each in Atom, an authors array in JSON
// Feed with 1.0's single author beside it for older readers, and in RSS
// one dc:creator each), xml:lang
// (also on the title and summary of a paper in another language, and
// JSON Feed's item language), a paper item's data in JSON Feed's
// extension object "_paperboy" (paperData), and HTML in CDATA sections. Atom's entry is
// a struct of our own, in the order gorilla writes its fields.
//
// Invariants:
//
//   - Every URL is absolute, built from Config.BaseURL with each slug
//     percent-encoded as one path segment. Relative href, src, srcset, …
//     values in item HTML are resolved against the item's page URL; URLs
//     with a scheme other than http, https or mailto are dropped.
//   - An item's id (Atom <id>, RSS <guid isPermaLink="true">, JSON id) is
//     the absolute URL of its page: <base>papers/<slug>/ for a paper,
//     <base>days/<slug>/ for a day (its first former date's,
//     days/<Day.Aliases[0]>/, for a digest moved to another date),
//     <base>weeks/<slug>/ for a week, or the same path on
//     Config.FeedIDBase,
//     a moved site's former base URL, when it has one. It never changes
//     between builds and is the same in every feed that lists the item. A
//     feed's Atom id is the feed's own URL, on FeedIDBase likewise.
//   - Dates come from the content, never the clock. A day is published and
//     updated at noon UTC of its date, a week at noon UTC of its Sunday, and a paper at noon UTC of its
//     digest day (Paper.Date) less a second per place after the first in
//     the day's ranking (Paper.Rank), so that readers sorting by time keep
//     it (one taken off its own day, at noon of the first day that lists
//     it less a second per place there: homeTime); its updated date is Paper.Updated when that is later, else when
//     it was published. A feed's updated date (Atom <updated>, RSS
//     lastBuildDate) is the newest updated date of its items and RSS
//     pubDate the newest published date; a feed without items has Atom
//     <updated> 1970-01-01T00:00:00Z and no RSS dates.
//   - Item HTML is made readable without CSS or JavaScript: inline <math>
//     that tex.Unicode can write becomes that Unicode text, any other its TeX
//     source in <code>$…$</code> (display math in <pre><code>$$…$$),
//     code blocks stay <pre><code> with chroma's class-only spans removed,
//     and script, style, iframe, form elements, comments and event handler
//     attributes are dropped. A paper's figure, put before it, has a width
//     and height at most 512 pixels wide when the build read its size; it,
//     and an image of the paper's own HTML with a width and height, are the
//     elements with a style (max-width:100%;height:auto), and images lose
//     the page's loading hints (loading, decoding, fetchpriority).
//   - A paper in another language than the site's has its abstract in a
//     <div lang> of its language, and the whole of its HTML, which is
//     otherwise in the site's (the figure's alt text, the TL;DR, notes,
//     links), in a <div lang> of the site's.
//   - Output bytes depend only on the site: no map order, clock or
//     randomness.
package feeds
