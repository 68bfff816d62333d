// Package related finds, for every paper of the archive, the papers most
// similar to it, for the "Related papers" list of its page.
//
// Input is one Doc per paper (id, title, abstract, topic slugs); output is,
// for each doc, the indexes of its k most similar docs, best first. The
// package does not know the content model, so the index stage converts
// papers to Docs and indexes back to papers.
//
// Similarity is the cosine of pruned TF-IDF vectors:
//
//   - Text is split into terms: runs of Unicode letters and digits, with
//     fenced code blocks, TeX math ($…$, $$…$$) and URLs left out, folded as
//     the search index folds them (textutil.Folder: lowercased, accents
//     dropped, so "Schrödinger" is "schrodinger"), and a run of Chinese,
//     Japanese or Korean characters, written without spaces between words,
//     taken as its pairs of neighbours (textutil.CJKPieces). A word of
//     ASCII alone is lowercased in place, without folding. Terms shorter
//     than two runes, pure numbers and English stopwords are dropped, and
//     a plural "s" is stripped (Harman's S-stemmer). Title terms count
//     twice.
//   - Each topic slug of a doc adds one pseudo-term ("#slug"), counted like a
//     single occurrence of a word. Its idf makes it worth about as much as a
//     word of the same rarity, so sharing a topic is a small bonus that
//     mostly decides between papers whose texts are about equally close.
//   - A term's weight is (1 + ln tf) · (1 + ln((1+N)/(1+df))). Terms found in
//     more than Options.MaxPosting docs are dropped like stopwords. Each doc
//     keeps its Options.TermsPerDoc heaviest terms (ties by term), and the
//     kept vector is L2-normalised.
//
// Instead of comparing every pair, Find builds posting lists (term → docs
// that kept it) and, for each doc, sums in a sparse accumulator the
// products along the postings of its own kept terms, over the docs after it
// (each pair is scored once and offered to both docs' lists). That yields
// the exact cosine for every pair sharing a kept term; docs sharing none
// score zero and are never listed, so a doc may get fewer than k results.
// The work grows with the sum over terms of (docs keeping the term)². So
// that it grows only linearly with the archive, a term kept by more than
// Options.PostingLimit docs counts only in the PostingLimit docs where it
// weighs most, its champion list; elsewhere it still weighs in the
// vector's norm. Up to 10,000 docs the default limit drops nothing that
// MaxPosting keeps; at 100,000 it cuts the scoring work tenfold, and on a
// generated corpus whose topical words are all in more docs than the
// limit, related pairs share a topic 97.6% of the time instead of 98.7%.
//
// Ranking is by score, then Doc.ID, then index: a total order, so the result
// never depends on Options.Workers or scheduling.
package related
