package related

import (
	"os"
	"path/filepath"
	"reflect"
	"syscall"
	"time"
	"strings"
	"testing"
)

func loadGC(b *testing.B) []Doc {
	files, _ := filepath.Glob("/tmp/gc100k/papers/*.md")
	var docs []Doc
	for _, f := range files {
		bb, _ := os.ReadFile(f)
		s := string(bb)
		fm, body, _ := strings.Cut(strings.TrimPrefix(s, "---\n"), "\n---\n")
		d := Doc{ID: filepath.Base(f), Text: body}
		inTopics := false
		for _, l := range strings.Split(fm, "\n") {
			if strings.HasPrefix(l, "title: ") {
				d.Title = strings.Trim(l[7:], `"`)
			}
			if l == "topics:" {
				inTopics = true
				continue
			}
			if inTopics && strings.HasPrefix(l, "  - ") {
				d.Topics = append(d.Topics, l[4:])
			} else {
				inTopics = false
			}
		}
		docs = append(docs, d)
	}
	return docs
}

func BenchmarkTmpRankGC(b *testing.B) {
	docs := loadGC(b)
	opts := Options{}.withDefaults(len(docs))
	vecs, terms := vectors(docs, opts)
	post := buildPostings(vecs, terms)
	want := rank(docs, vecs, post, 5, 2)
	for b.Loop() {
		got := rank(docs, vecs, post, 5, 2)
		if !reflect.DeepEqual(got, want) {
			b.Fatal("diff")
		}
	}
	if os.Getenv("SAVE") != "" {
		f, _ := os.Create("/tmp/gc_rank.txt")
		for _, r := range want {
			for _, j := range r {
				f.WriteString(docs[j].ID + " ")
			}
			f.WriteString("\n")
		}
		f.Close()
	}
}

func TestTmpStats(t *testing.T) {
	docs := loadGC(nil)
	opts := Options{}.withDefaults(len(docs))
	vecs, terms := vectors(docs, opts)
	post := buildPostings(vecs, terms)
	var sum2 float64
	for tt := range terms {
		p := float64(post.start[tt+1] - post.start[tt])
		sum2 += p * p
	}
	tot := 0
	for _, v := range vecs { tot += len(v) }
	t.Logf("sum P^2 %.3g, avg kept %.1f", sum2, float64(tot)/float64(len(vecs)))
}

func postOf(p postings, t uint32) []posting { return p.list[p.start[t]:p.start[t+1]] }

// rank finds each doc's k best-scoring other docs, by summing, for each of
// its kept terms, the products of weights along the term's postings.
func rankOld(docs []Doc, vecs [][]entry, post postings, k, workers int) [][]int {
	n := len(docs)
	out := make([][]int, n)
	parallel(workers, n, func() func(lo, hi int) {
		acc := make([]float32, n) // doc → score so far; all zero between docs
		var touched []int32       // docs with a nonzero score
		var best []hit            // the k best so far, best first
		var found []int           // the chunk's results, back to back
		ends := make([]int, chunk)
		return func(lo, hi int) {
			found = found[:0]
			for i := lo; i < hi; i++ {
				for _, e := range vecs[i] {
					for _, p := range postOf(post, e.term) {
						if acc[p.doc] == 0 {
							touched = append(touched, p.doc)
						}
						acc[p.doc] += e.w * p.w
					}
				}
				best = best[:0]
				for _, j := range touched {
					h := hit{doc: j, score: acc[j]}
					acc[j] = 0
					if int(j) == i || len(best) == k && h.score < best[k-1].score {
						continue // itself, or certainly not among the best
					}
					best = insert(best, h, k, docs)
				}
				touched = touched[:0]
				for _, h := range best {
					found = append(found, int(h.doc))
				}
				ends[i-lo] = len(found)
			}
			// One allocation per chunk holds the lists of all its docs.
			all := append([]int(nil), found...)
			start := 0
			for i := lo; i < hi; i++ {
				if end := ends[i-lo]; end > start {
					out[i] = all[start:end:end]
					start = end
				}
			}
		}
	})
	return out
}


func cpu() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano())
}

func TestTmpCPU(t *testing.T) {
	docs := loadGC(nil)
	opts := Options{}.withDefaults(len(docs))
	vecs, terms := vectors(docs, opts)
	post := buildPostings(vecs, terms)
	for range 2 {
		c0 := cpu()
		a := rankOld(docs, vecs, post, 5, 1)
		c1 := cpu()
		b := rank(docs, vecs, post, 5, 1)
		c2 := cpu()
		t.Logf("old %v new %v same %v", c1-c0, c2-c1, reflect.DeepEqual(a, b))
	}
}
