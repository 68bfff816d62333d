package search

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
)

// shard is one term file, a JSON object from term to postings with keys in
// order, as meta.json names it: the terms first … last it covers and the
// hash of its bytes.
type shard struct {
	first, last, hash string
}

// prefixRunes is how many leading runes of a term form its group: the
// packer starts a new shard rather than split a group it could keep whole.
const prefixRunes = 2

// packShards partitions sorted terms into shards of at most limit bytes,
// handing each to emit, with its number and hash, as soon as it is full.
// Terms sharing their first two runes form a group; groups are packed in
// order, several small ones to a shard, and a group is split across
// shards only when it does not fit in one alone. A term whose entry alone
// exceeds limit gets a shard of its own; oversize counts those. Each
// term's postings are dropped once its entry is made, so that the terms
// packed so far are freed as the rest are.
func packShards(terms []*postings, limit int, emit func(n int, data []byte, hash string) error) (shards []shard, oversize int, err error) {
	var cur []*postings
	var curEntries [][]byte
	size := 0 // bytes of cur as a shard: braces, entries and commas
	flush := func() error {
		if len(cur) == 0 {
			return nil
		}
		data := make([]byte, 0, size)
		data = append(data, '{')
		for i, e := range curEntries {
			if i > 0 {
				data = append(data, ',')
			}
			data = append(data, e...)
		}
		data = append(data, '}')
		if len(data) > limit {
			oversize++
		}
		sh := shard{first: cur[0].term, last: cur[len(cur)-1].term, hash: fileHash(data)}
		shards = append(shards, sh)
		cur, curEntries, size = nil, nil, 0
		return emit(len(shards)-1, data, sh.hash)
	}
	add := func(p *postings, e []byte) {
		if size == 0 {
			size = 2
		} else {
			size++
		}
		cur = append(cur, p)
		curEntries = append(curEntries, e)
		size += len(e)
	}
	for start := 0; start < len(terms); {
		end := start + 1
		key := groupKey(terms[start].term)
		for end < len(terms) && groupKey(terms[end].term) == key {
			end++
		}
		entries := make([][]byte, end-start)
		group := 0 // bytes the group adds to a non-empty shard: entries and commas
		for i, p := range terms[start:end] {
			entries[i] = p.entry()
			p.docs, p.codes = nil, nil
			group += len(entries[i]) + 1
		}
		if len(cur) > 0 && size+group > limit {
			if err := flush(); err != nil {
				return nil, 0, err
			}
		}
		for i, p := range terms[start:end] {
			if len(cur) > 0 && size+1+len(entries[i]) > limit {
				if err := flush(); err != nil {
					return nil, 0, err
				}
			}
			add(p, entries[i])
		}
		start = end
	}
	if err := flush(); err != nil {
		return nil, 0, err
	}
	return shards, oversize, nil
}

// groupKey returns the first prefixRunes runes of term.
func groupKey(term string) string { return firstRunes(term, prefixRunes) }

// fileHash is the name part that changes with a file's content: the first
// 8 hex digits of its SHA-256. Naming files by content means a deploy
// never serves one build's meta.json with another's shard, and a file that
// did not change keeps its name, and its place in browser caches.
func fileHash(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:4])
}

// filePath returns the path, relative to Dir, of file n of a kind:
// "terms/007-1a2b3c4d.json" for dir "terms/" and hash "1a2b3c4d".
func filePath(dir string, n int, hash string) string {
	return fmt.Sprintf("%s%03d-%s.json", dir, n, hash)
}
