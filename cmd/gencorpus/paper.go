package main

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// paper is one generated paper file.
type paper struct {
	id      string // the paper's id: its arXiv id without version
	slug    string // the file name without .md: id with "/" as "-"
	undated bool   // no date: in front matter; its day file lists it
	src     []byte
}

// paper returns a paper listed on day. Most papers take newID, an arXiv id
// of day's month; a few carry an old-style id (hep-th/9901001) with a
// published date of that time.
func (c *corpus) paper(day time.Time, newID string) paper {
	p := paper{id: newID}
	arxiv := newID
	var published time.Time
	switch u := c.r.Float64(); {
	case u < 0.02:
		year, month := 1992+c.r.IntN(15), 1+c.r.IntN(12)
		archive := c.one(oldArchives)
		key := fmt.Sprintf("%s/%02d%02d", archive, year%100, month)
		c.oldSeq[key]++
		p.id = fmt.Sprintf("%s%03d", key, c.oldSeq[key])
		arxiv = p.id
		published = time.Date(year, time.Month(month), 1+c.r.IntN(28), 0, 0, 0, 0, time.UTC)
	case u < 0.62:
		first := time.Date(day.Year(), day.Month(), 1, 0, 0, 0, 0, time.UTC)
		published = day.AddDate(0, 0, -c.r.IntN(10))
		if published.Before(first) {
			published = first
		}
	}
	if c.r.Float64() < 0.05 {
		arxiv += fmt.Sprintf("v%d", 2+c.r.IntN(3))
	}
	p.slug = strings.ReplaceAll(p.id, "/", "-")
	p.undated = c.r.Float64() < 0.01

	var b strings.Builder
	b.WriteString("---\n")
	fmt.Fprintf(&b, "title: %s\n", yq(c.title()))
	fmt.Fprintf(&b, "arxiv: %s\n", yq(arxiv))
	b.WriteString("authors:\n")
	for _, a := range c.paperAuthors() {
		fmt.Fprintf(&b, "  - %s\n", yq(a))
	}
	if !p.undated {
		fmt.Fprintf(&b, "date: %s\n", day.Format(time.DateOnly))
	}
	if !published.IsZero() {
		fmt.Fprintf(&b, "published: %s\n", published.Format(time.DateOnly))
	}
	topics := c.paperTopics()
	b.WriteString("topics:\n")
	for _, t := range topics {
		fmt.Fprintf(&b, "  - %s\n", c.topics[t].slug)
	}
	if c.r.Float64() < 0.45 {
		fmt.Fprintf(&b, "code: %s\n", yq(fmt.Sprintf("https://github.com/%s%d/%s-%s",
			strings.Trim(c.one(words), "-"), c.r.IntN(100), strings.ToLower(c.one(modelNames)), c.one(words))))
	}
	if c.r.Float64() < 0.15 {
		fmt.Fprintf(&b, "project: %s\n", yq(fmt.Sprintf("https://%s-lab.github.io/%s/",
			strings.ToLower(c.one(modelNames)), p.slug)))
	}
	fmt.Fprintf(&b, "upvotes: %d\n", c.upvotes())
	b.WriteString("---\n\n")
	b.WriteString(c.body(topics))
	p.src = []byte(b.String())
	return p
}

// title returns a title; some have &, <, quotes, apostrophes, math or
// names with diacritics.
func (c *corpus) title() string {
	switch k := c.r.Float64(); {
	case k < 0.25:
		return fmt.Sprintf("%s: %s %s for %s", c.one(modelNames), c.one(titleAdjectives), c.one(titleNouns), c.one(titleTasks))
	case k < 0.40:
		return fmt.Sprintf("%s & %s: Revisiting %s", c.one(titleNouns), c.one(titleNouns), c.one(titleTasks))
	case k < 0.50:
		return fmt.Sprintf("%s %s via %s", c.one(titleAdjectives), c.one(titleNouns), c.one(titleOdd))
	case k < 0.58:
		return fmt.Sprintf("When Is \"%s\" Enough? %s <%s> at Scale", c.one(titleAdjectives), c.one(titleNouns), c.one(titleTasks))
	case k < 0.62:
		return fmt.Sprintf("Itô-style %s: It's Not What You Think", c.one(titleNouns))
	case k < 0.64:
		return fmt.Sprintf("%s in $O(n)$ Memory for %s", c.one(titleNouns), c.one(titleTasks))
	}
	return fmt.Sprintf("%s %s for %s", c.one(titleAdjectives), c.one(titleNouns), c.one(titleTasks))
}

// paperAuthors returns 1 to 12 distinct names, most from the pool's
// frequent authors.
func (c *corpus) paperAuthors() []string {
	n := 1 + (c.r.IntN(12)+c.r.IntN(12))/2
	var out []string
	for len(out) < n {
		var a string
		if c.r.Float64() < 0.7 {
			a = c.authors[c.pick(c.authCW)]
		} else {
			a = c.one(c.authors)
		}
		if !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// paperTopics returns 1 to 4 distinct topic numbers.
func (c *corpus) paperTopics() []int {
	n := []int{1, 1, 1, 2, 2, 2, 2, 3, 3, 4}[c.r.IntN(10)]
	var out []int
	for len(out) < n {
		if t := c.pick(c.topicCW); !slices.Contains(out, t) {
			out = append(out, t)
		}
	}
	return out
}

// upvotes returns a Pareto-distributed count: most papers get a few, some
// hundreds.
func (c *corpus) upvotes() int {
	return min(10000, int(1/math.Pow(1-c.r.Float64(), 1/1.2)))
}
