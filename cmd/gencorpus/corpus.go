package main

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// options configure a corpus.
type options struct {
	papers int       // number of papers
	seed   uint64    // the random source's seed
	start  time.Time // the first digest day
	perDay int       // mean papers per day
}

// emitFunc receives each generated file: a slash path below the site folder
// and its bytes. Files arrive in a fixed order for a given options.
type emitFunc func(path string, data []byte) error

// summary counts what generate wrote.
type summary struct {
	papers, days, dayFiles int
	bytes                  int64
}

// corpus is the state of one generation: the random source and the pools
// every paper draws from.
type corpus struct {
	r       *rand.Rand
	topics  []topic
	topicCW []float64 // cumulative weights of topics
	authors []string
	authCW  []float64 // cumulative weights of authors
	oldSeq  map[string]int
}

// generate writes a site of o.papers papers through emit: content/site.yaml,
// content/papers/<slug>.md and content/days/<date>.md. The same options
// always give the same files, byte for byte.
func generate(o options, emit emitFunc) (summary, error) {
	if o.papers < 1 || o.perDay < 1 {
		return summary{}, fmt.Errorf("need at least one paper and one paper per day, got -n %d -per-day %d", o.papers, o.perDay)
	}
	var sum summary
	out := func(path string, data []byte) error {
		sum.bytes += int64(len(data))
		return emit(path, data)
	}
	c := &corpus{r: rand.New(rand.NewPCG(o.seed, 0x5eed)), topics: parseTopics(), oldSeq: map[string]int{}}
	c.topicCW = zipf(len(c.topics), 0.7)
	if err := out("content/site.yaml", siteYAML(c.topics)); err != nil {
		return sum, err
	}
	c.authors = c.authorPool(max(200, o.papers/4))
	c.authCW = zipf(len(c.authors), 0.8)

	ndays := max(1, int(math.Round(float64(o.papers)/float64(o.perDay))))
	days := make([]time.Time, ndays)
	for i := range days {
		days[i] = o.start.AddDate(0, 0, i)
	}
	// An even spread over the days with jitter; ids are numbered per month.
	dayOf := make([]int, o.papers)
	for i := range dayOf {
		dayOf[i] = min(ndays-1, int((float64(i)+c.r.Float64())*float64(ndays)/float64(o.papers)))
	}
	slices.Sort(dayOf)
	monthSeq := map[string]int{}
	listed := make([][]string, ndays)  // ids of each day's papers
	undated := make([][]string, ndays) // ids that only the day file dates
	for _, d := range dayOf {
		ym := days[d].Format("0601")
		monthSeq[ym]++
		p := c.paper(days[d], fmt.Sprintf("%s.%05d", ym, monthSeq[ym]))
		if err := out("content/papers/"+p.slug+".md", p.src); err != nil {
			return sum, err
		}
		listed[d] = append(listed[d], p.id)
		if p.undated {
			undated[d] = append(undated[d], p.id)
		}
	}
	sum.papers, sum.days = o.papers, ndays
	for d, day := range days {
		if c.r.Float64() >= 1.0/3 && len(undated[d]) == 0 {
			continue
		}
		src := c.dayFile(day, listed[d], undated[d])
		if err := out("content/days/"+day.Format(time.DateOnly)+".md", src); err != nil {
			return sum, err
		}
		sum.dayFiles++
	}
	return sum, nil
}

// zipf returns cumulative weights 1/(i+1)^s for n items, so that a few items
// are drawn often and most rarely.
func zipf(n int, s float64) []float64 {
	cw := make([]float64, n)
	total := 0.0
	for i := range cw {
		total += 1 / math.Pow(float64(i+1), s)
		cw[i] = total
	}
	return cw
}

// pick draws an index with the cumulative weights cw.
func (c *corpus) pick(cw []float64) int {
	x := c.r.Float64() * cw[len(cw)-1]
	i, _ := slices.BinarySearch(cw, x)
	return min(i, len(cw)-1)
}

// one returns a random element of list.
func (c *corpus) one(list []string) string {
	return list[c.r.IntN(len(list))]
}

// authorPool returns size distinct author names. A few are the upper-case
// spelling of another's name, whose slugs then collide.
func (c *corpus) authorPool(size int) []string {
	seen := make(map[string]bool, size)
	pool := make([]string, 0, size)
	for len(pool) < size {
		var nm string
		switch u := c.r.Float64(); {
		case u < 0.03:
			nm = c.one(scriptNames)
		case u < 0.30:
			nm = fmt.Sprintf("%s %c. %s", c.one(firstNames), 'A'+c.r.IntN(26), c.one(lastNames))
		default:
			nm = c.one(firstNames) + " " + c.one(lastNames)
		}
		if c.r.IntN(200) == 0 {
			nm = strings.ToUpper(nm)
		}
		if seen[nm] {
			nm = fmt.Sprintf("%s %c%d", nm, 'A'+len(pool)%26, len(pool))
		}
		seen[nm] = true
		pool = append(pool, nm)
	}
	return pool
}

// yq quotes s as a YAML double-quoted scalar.
func yq(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}

// siteYAML returns content/site.yaml with every topic defined.
func siteYAML(topics []topic) []byte {
	var b strings.Builder
	b.WriteString("# A generated paper digest for benchmarks (cmd/gencorpus).\n")
	b.WriteString("title: \"Paperboy Bench Digest\"\n")
	b.WriteString("baseURL: https://bench.example.org/digest/\n")
	b.WriteString("description: \"A synthetic daily digest of machine-learning papers — generated, not real.\"\n")
	b.WriteString("language: en\n")
	b.WriteString("author: \"The Paperboy Benchmarks\"\n")
	b.WriteString("topics:\n")
	for _, t := range topics {
		fmt.Fprintf(&b, "  %s:\n    name: %s\n    description: %s\n", t.slug, yq(t.name), yq("Papers on "+t.phrase+"."))
		if len(t.keywords) > 0 {
			q := make([]string, len(t.keywords))
			for i, k := range t.keywords {
				q[i] = yq(k)
			}
			fmt.Fprintf(&b, "    keywords: [%s]\n", strings.Join(q, ", "))
		}
	}
	return []byte(b.String())
}

// dayFile returns the day file of day: sometimes a title, an intro, and an
// explicit order when the curator set one or some papers have no date.
func (c *corpus) dayFile(day time.Time, ids, undated []string) []byte {
	var b strings.Builder
	var order []string
	if c.r.Float64() < 0.1 && len(ids) >= 2 {
		order = []string{ids[len(ids)-1], ids[0]}
	}
	for _, id := range undated {
		if !slices.Contains(order, id) {
			order = append(order, id)
		}
	}
	title := c.r.Float64() < 0.7
	if title || len(order) > 0 {
		b.WriteString("---\n")
		if title {
			fmt.Fprintf(&b, "title: %s\n", yq(fmt.Sprintf("Digest for %s: %s & more", day.Format("January 02, 2006"), c.one(titleTasks))))
		}
		if len(order) > 0 {
			q := make([]string, len(order))
			for i, id := range order {
				q[i] = yq(id)
			}
			fmt.Fprintf(&b, "papers: [%s]\n", strings.Join(q, ", "))
		}
		b.WriteString("---\n\n")
	}
	n := 2 + c.r.IntN(3)
	for i := range n {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.Join(c.sentence(6, 14), " ") + ".")
	}
	b.WriteByte('\n')
	return []byte(b.String())
}
