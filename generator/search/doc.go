// Package search builds the full-archive search index of a static site: a
// set of small JSON files, split by term, so that a query in the browser
// downloads only the parts it needs (the approach of Pagefind, without
// wasm). themes/default/static/search.js reads it; Index is the same
// reader in Go, for tests and for measuring downloads.
//
// # Input and output
//
// Build takes one Doc per paper and returns files under "search/":
//
//	search/meta.json                 the entry point, always loaded first
//	search/terms/NNN-HHHHHHHH.json   term shards
//	search/docs/NNN-HHHHHHHH.json    doc-store chunks
//	search/text/NNN-HHHHHHHH.json    abstracts, for snippets
//	search/dates-HHHHHHHH.json       every document's day, for the date filter
//
// NNN is the file's number and HHHHHHHH the first 8 hex digits of the
// SHA-256 of its bytes, so a deploy never pairs one build's meta.json with
// another's shard and an unchanged file keeps its name (and browser cache
// entry). Paths inside meta.json are relative to its folder; meta.json
// stores only the hashes and the script rebuilds the names.
//
// Documents are numbered in the order given. Build is deterministic: the
// same docs and options give byte-identical files. Pass documents oldest
// first: equally ranked results show the later document first, and numbers
// (so the names of older doc-store chunks) stay put as the archive grows.
//
// # Tokens
//
// Text is folded — NFKD, nonspacing marks removed, lowercased, NFC, then
// the letters Unicode does not decompose mapped to ASCII (ł→l, ø→o, ß→ss,
// ı→i, …), the Arabic-script letters that Arabic and Persian keyboards
// type differently mapped to one of them (ک→ك, ی→ي, ى→ي, ة→ه, ٱ→ا),
// Arabic-Indic and Persian digits to 0-9 and the tatweel ـ dropped — so
// "schrodinger" finds "Schrödinger", "lukasz" "Łukasz" and "فارسي"
// "فارسی".
// A word is a run of letters, numbers and marks, apostrophes allowed
// inside; a token is a word without its apostrophes ("O'Brien" → "obrien"),
// except that Han, Hiragana, Katakana and Hangul characters are tokens one
// by one and in pairs of neighbours, which a query of two or more asks
// for; in the index, such words a single space parts are one ("山田 太郎"
// also holds 田太), so a query typed without the space finds them.
// Tokens are cut to MaxTokenRunes runes. The index also holds the parts
// of an apostrophe word ("brien"). Stopwords are dropped from abstracts
// only. The folding table and the stopwords are shipped in meta.json
// ("fold", "stop"), so the script tokenises exactly as the builder, and
// the abbreviations that end no sentence ("abbrev"), so it cuts snippets as
// the builder does.
//
// Indexed per document: title, every word of every author name and its
// first and last query tokens joined ("Wei Wang": weiwang, in the author
// field), topic slugs and names, the id and the DOI (both in the id
// field), and the abstract; plus a filter term "#"+slug per topic, which
// no typed word can produce. arXiv's DOI of a paper (10.48550/arXiv.<id>)
// is not indexed: a query's is read as the id.
//
// # Term shards
//
// A shard is a JSON object {"term":[posting,…],…} with keys in code point
// order. A posting is gap*64 + code: gap is the document number minus the
// previous posting's (the first counts from 0); code has bit 1 title,
// 2 author, id or DOI, 4 topic, 8 one of the title's first two words that
// are not stopwords (its lead), and in bits 4–5 (16, 32, 48) how often the
// term occurs in the abstract, capped at 3.
//
// Terms are sorted and cut into shards of at most Options.ShardBytes
// (default 24 KiB, uncompressed). Terms sharing their first two runes form
// a group; small groups share a shard, and a group is split only when it
// does not fit in a shard alone, so a prefix of two or more runes touches
// one shard or a few. The one exception to the bound is a term whose
// postings alone exceed it (a word in most abstracts): it gets a shard of
// its own, counted in Stats.Oversize. meta.json's "terms" lists each
// shard as [first term, last term, hash]: a word needs the shard whose
// range holds it, a prefix every shard whose range meets the prefix's.
//
// # Doc store and filters
//
// Chunk i holds documents i*chunk … as records
// [url, title, [authors…], day, [topic numbers…], excerpt, text] and then
// the language of title and excerpt for a document that has one or is
// withdrawn ("" for none), and then true for a withdrawn one (its result
// says so), so the records of the others have no field for it; a topic
// number is a position in meta.json's "topics" ([slug, name, count], by
// name, then slug), the excerpt the first ExcerptChars runes of the
// abstract, text the hash of the document's text file, or "" when the
// excerpt is all of its abstract. Text file i (meta.json's "textChunk",
// TextDocs, documents each) holds documents i*textChunk … as a JSON array
// of their abstracts' first TextChars runes ("" for those without text);
// a file of none is not written. Only the chunks of the results shown are
// loaded, and the text files of those whose snippet is not their excerpt. meta.json also carries
// the date range ("from", "to") and the path of the dates file
// {"days":[distinct days],"runs":[day number, count,…]}, run-length over
// documents in order, day number -1 for none; it is loaded only when a
// date filter is set.
//
// # Queries
//
// A "-word" (a minus sign first or after a space, then a letter) is
// taken out of the text: a document that holds one of its tokens, or its
// singular or plural, is no result. A quoted phrase stays in the text
// and its tokens (stopwords too) are a phrase (see Phrases). Of the
// query tokens, a name of two ASCII letters or more and a version (one
// to three digits and at most a letter) after spaces alone are one
// compound word ("llama 3": llama3, as "llama-3"), and a word that is a
// name and a version joined has them as its parts ("llama3": llama, 3).
//
// A query's words are tokenised as above and deduplicated. While text
// ends inside its last word, that word is a prefix (of two runes or more).
// Every other word is matched exactly. Stopwords and a one-rune last word
// count only when nothing else is left. Of more than MaxQueryWords (16)
// words the longest are kept, in order (a pasted abstract is searched by
// its rare words, not by most of the index's shards); search.js's status
// line then names the words it searched. A document must match every word
// (AND) and pass the filters: a topic (its "#slug" term) and a day range.
//
// A word also matches its singular or plural: for a word of ASCII letters
// whose root (the word without a last "ies", "es", "s" or "y", a "y" after
// a vowel kept) has three letters or more, every term with the same
// S-stem (Harman: "ies" → "y", "es" → "e" but not after a, e, o, "s"
// dropped but not after u, s) or that is the other plus "s" (not after s)
// or plus "es" after s, x, z, ch or sh ("transformer" and "transformers",
// "query" and "queries", "gpu" and "gpus", "box" and "boxes"); the shards
// read are those a prefix query for the root reads. A word that matches
// no term at all, of five letters or more (letters only: never an id),
// matches the terms one edit away (a rune inserted, dropped, changed, or
// two neighbours swapped) that start with one of four pairs of its runes,
// the first and second, second and first, first and third, or second and
// third, each read as a prefix query: a mistake after the first two
// letters ("atention" finds "attention"), the first two swapped
// ("tatention"), a letter typed before the word or second ("xattention",
// "axttention"), the second and third swapped ("dfifusion"). A first or
// second letter left out or changed is not looked for, as the word may
// then start with any letter: at 10,000 papers the shards of every start
// with the same first letter weigh 39 KB gzipped on average and 105 KB
// for "s", every shard 1 MB. An index of four shards or fewer is read
// whole instead, and there a mistake in any letter is found. The rule,
// not what a shard holds by chance, decides: the same query finds the
// same words however the index is cut. search.js names the correction of
// each such word in its status line ("Showing results for attention"):
// of the words one mistake away, the one in the most documents, of
// equally common ones the first in code point order (Index.Corrections).
// Query.NoTypos turns that off: search.js searches a submitted query so
// first, so that "atten" completes to "attention" rather than corrects
// to "attend".
//
// Each word scores a document by its best matching term's
// points × factor, times the word's idf. Points add title 20, title lead
// 10, author or id 16, topic 10 and abstract 2/3/4 (one/two/three-plus
// occurrences), so a title that starts with the query's words ranks first;
// factor is 4 for the word itself, 3 for a longer word a prefix reaches
// or its singular or plural, and 2 for a typo's correction; idf is
// round(100·ln(1 + docs/df)), df being the number of documents the word
// matches (a prefix counts all its terms, so a rare completion does not
// outrank the common word typed). Scores are summed over words. A
// compound word that no document holds matches the documents that hold
// its parts (the least of their scores); one whose last part starts with
// a digit (a name and its version) matches them as well as those that
// hold it joined (the best of the two). A query of two words or more
// adds to each result the score of its first and last words joined, as
// a word matched exactly (an author's name term: bonus points for Wei
// Wang's own papers). Results sort by score, then the later document
// first. All integers, so Go and JavaScript rank alike.
//
// # Phrases
//
// Of the results in that order, a query with phrases keeps, of the first
// PhraseChecks, those where one of title, an author's name, the excerpt
// or, when those lack it and there is one, the text file holds each
// phrase. A phrase's tokens are its query tokens but that a compound is
// its words ("state-space": state, space), a name and version two
// ("llama 3": llama, 3) and a CJK word its characters. A text holds it
// when its index tokens hold them one after the other by the units of
// the text they span: a word, each word of a compound, each capitalised
// part of a word and each CJK character is a unit; a word's variants
// ("model" of "model's", "تعلم" of "التعلم") span its units, a compound's
// joined form ("statespace") those of its words. So a phrase copied as
// the text writes it is held, and "state space" is in "state-space".
//
// # Snippets
//
// A result shows its excerpt, unless the excerpt lacks a query word that
// the abstract holds (a posting's abstract count says so; the TL;DR and
// the like count as the abstract, so such a word may be in none of its
// text). Then its text file is loaded and the text cut, as the excerpt is
// (meta.json's "excerpt" runes, at a word, "…" at the end), from each
// sentence start (after ". ", "! " or "? ", but not after an abbreviation
// of meta.json's "abbrev" before a lower-case word or a digit, "e.g.
// transformers", nor after an initial before a name, "J. Smith": see
// folder.continues), "…" before: of the cuts that
// hold more query words than the excerpt, the one that holds the most,
// and of those the one whose first sentence holds the most, the first of
// equals; else the excerpt. A query word is held by a text word whose
// index tokens include a term the word matched (the terms that are
// marked).
package search
