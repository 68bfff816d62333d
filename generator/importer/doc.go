// Package importer merges papers delivered by an outside source (the Hugging
// Face daily list, the arXiv API) into a site's sources: one file per paper
// under content/papers/, dated on the digest day.
//
// Input: a Batch (the source's name, the digest day and its papers, as the
// parsers in importer/hf and importer/arxiv produce them) and the site folder
// as an fs.FS. Output: a Plan that holds the complete new bytes of every file
// the import touches, computed and validated before anything is written, so a
// run is all or nothing. Plan.Write writes each changed file through a
// temporary file and a rename.
//
// Invariants:
//
//   - Deterministic: the same batch and the same existing files give the same
//     bytes, and importing the same batch twice changes no byte.
//   - Ownership: every front matter field has one owner. Source fields
//     (upvotes, comments, stars, version, dates, categories, …) follow the
//     source; a newer arXiv version that lacks a DOI, journal reference or
//     comment removes the one the import wrote for an earlier version
//     (imported: records a digest of each), but not one the curator
//     wrote or edited; of one an import wrote before the digests, arXiv's
//     withdrawal sentence goes and anything else stays, named in the
//     report (Plan.Unrecorded). Shared fields (title, authors, abstract, code, project,
//     organization, organization_url, image) follow the source only while
//     the file still holds the value the last import recorded under
//     imported:; once the curator edits one, theirs is kept. Curator fields
//     (topics, tldr, image_alt, journal, conference, volume, issue, pages,
//     draft, extra, date, notes after the abstract) are never changed,
//     except that topics the site's keyword rules suggest for the first
//     time are added.
//   - Precedence: of a field both sources give, one source has authority:
//     arXiv, the publisher, over title, authors, abstract, version,
//     published and updated; Hugging Face over upvotes, comments, stars,
//     code, project, image, ai_summary and keywords. Once the authority has
//     imported a paper (its imported.sources names it), the other source
//     leaves the field's value, and the record of it, alone; it only fills a
//     field the file lacks. A published time at midnight UTC (a date, as
//     Hugging Face gives it) never replaces one with a time of day, and no
//     import sets published later than updated. So imports of the same data
//     from both sources, in any order, settle after one of each.
//   - Days are the curator's: a paper is on the import's day by its date:
//     (set on the first import), so the build ranks the day by upvotes as
//     later imports change them, and a day file's papers: holds the
//     curator's pins. The importer never writes removed: or papers:; it
//     appends an id to listed: (ranked by upvotes among the day's papers)
//     only for a paper dated on another day that the source lists on
//     this one, and never one in removed:, or one it listed here before
//     that is no longer (the curator took it off the day, or moved its
//     date). It writes a day file only to append.
//   - Existing files are edited as YAML node trees, so the curator's key
//     order, comments, quoting and indentation survive; a file with
//     nothing to change is left byte for byte as it was.
package importer
