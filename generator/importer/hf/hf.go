// Package hf reads the Hugging Face daily papers list: the response of
// GET https://huggingface.co/api/daily_papers?date=YYYY-MM-DD, a bare JSON
// array with one item per paper.
//
// The shape has drifted over the years (the 2024 items carry mediaUrl; 2025
// adds submittedOnDailyAt, ai_summary, ai_keywords, githubRepo, projectPage;
// 2026 adds githubStars and organization), so every field is optional except
// the arXiv id; unknown fields are ignored. A field that is present must have
// the expected JSON type, or the whole input is refused, naming the item;
// but a count (upvotes, numComments, githubStars) may also be a number in
// quotes or with a fraction or exponent (1000.0, 1e3), and one that is no
// whole number ("1.2k") or too large to hold is left out of its paper,
// with a note (Paper.Dropped), rather than fail the day; so is an author
// without a name (importer.Authors).
//
// Parse turns the list into an importer.Batch in the list's order (Hugging
// Face ranks by upvotes). Each paper's Listed day is the day it was
// submitted to the daily list: paper.submittedOnDailyAt, or for the 2024
// shape that lacks it, the item's publishedAt. The batch's day is the one
// most items are listed on; on a tie, the latest of the tied days (the
// newest list), so the same file always gives the same day. The importer
// names the papers listed on another day (importer.Plan.Elsewhere).
//
// A paper id with a version suffix (2506.90005v2) is split like the arXiv
// importer splits it (arxivid.Split): the paper is 2506.90005 at
// version 2. Author names are converted from TeX (tex.Name), and a
// title's TeX dashes written as Unicode's (tex.TitleDashes), as the arXiv
// importer writes them: Hugging Face copies arXiv's titles, so a paper
// imported from either shows one title.
package hf

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/filename"
	"github.com/paperboy-digest/paperboy/generator/importer"
	"github.com/paperboy-digest/paperboy/generator/tex"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// item is one entry of the list. Pointers tell absent from zero.
type item struct {
	Paper       *paper   `json:"paper"`
	PublishedAt *string  `json:"publishedAt"`
	Title       *string  `json:"title"`
	Summary     *string  `json:"summary"`
	NumComments count    `json:"numComments"`
	MediaURL    *string  `json:"mediaUrl"`
	MediaURLs   []string `json:"mediaUrls"`
	// Organization is also on the paper; of the two, the paper's counts.
	Organization *organization `json:"organization"`
}

// paper is an item's paper object.
type paper struct {
	ID                 *string       `json:"id"`
	Authors            []author      `json:"authors"`
	PublishedAt        *string       `json:"publishedAt"`
	SubmittedOnDailyAt *string       `json:"submittedOnDailyAt"`
	Title              *string       `json:"title"`
	Summary            *string       `json:"summary"`
	Upvotes            count         `json:"upvotes"`
	GithubRepo         *string       `json:"githubRepo"`
	GithubStars        count         `json:"githubStars"`
	ProjectPage        *string       `json:"projectPage"`
	AISummary          *string       `json:"ai_summary"`
	AIKeywords         []string      `json:"ai_keywords"`
	MediaURLs          []string      `json:"mediaUrls"`
	Organization       *organization `json:"organization"`
}

// organization is the Hugging Face organization that lists a paper (2026):
// its account name, which is also its page's address
// (https://huggingface.co/nvidia), and the name it shows ("NVIDIA").
type organization struct {
	Name     string `json:"name"`
	Fullname string `json:"fullname"`
}

// author is one entry of paper.authors.
type author struct {
	Name string `json:"name"`
	User *struct {
		Fullname string `json:"fullname"`
	} `json:"user"`
}

// Parse reads a daily papers list. name (a file path, or "stdin") prefixes
// every message, with the line of the item at fault.
func Parse(name string, data []byte) (importer.Batch, error) {
	b := importer.Batch{Source: "hf", Input: name}
	data, err := importer.Input(name, data)
	if err != nil {
		return b, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	tok, err := dec.Token()
	if err != nil {
		return b, syntaxError(name, data, err)
	}
	if d, ok := tok.(json.Delim); ok && d == '{' {
		return stream(name, data)
	}
	if d, ok := tok.(json.Delim); !ok || d != '[' {
		return b, shapeError(name, data, tok)
	}
	for n := 1; dec.More(); n++ {
		line := lineAt(data, dec.InputOffset())
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return b, syntaxError(name, data, err)
		}
		p, err := convert(raw, name, line, n)
		if err != nil {
			return b, err
		}
		b.Papers = append(b.Papers, p)
	}
	if _, err := dec.Token(); err != nil {
		return b, syntaxError(name, data, err)
	}
	if _, err := dec.Token(); err != io.EOF {
		return b, fmt.Errorf("%s:%d: unexpected data after the list; the input must be one JSON array", name, lineAt(data, dec.InputOffset()))
	}
	b.Day = ListDay(b.Papers)
	b.Whole = true // a list, as the API answers it; items one after another are a selection
	return b, nil
}

// stream reads data, which starts with a JSON object, as items of the
// daily list one after another: one paper's page of the API, or an item
// of the list saved alone, or several, as jq '.[] | select(…)' writes
// the list it filters (and JSON Lines are). An object that is no paper
// is refused as shapeError tells it: an error answer's, or another.
func stream(name string, data []byte) (importer.Batch, error) {
	b := importer.Batch{Source: "hf", Input: name}
	dec := json.NewDecoder(bytes.NewReader(data))
	for n := 1; ; n++ {
		line := lineAt(data, dec.InputOffset())
		var raw json.RawMessage
		if err := dec.Decode(&raw); err == io.EOF {
			break
		} else if err != nil {
			return b, syntaxError(name, data, err)
		}
		it, ok := onePaper(raw)
		if !ok {
			if n == 1 {
				return b, shapeError(name, raw, json.Delim('{'))
			}
			return b, fmt.Errorf("%s:%d: item %d is not a paper of the daily list ({\"paper\": {\"id\": …}, …}); the file holds items one after another, each of which must be one", name, line, n)
		}
		p, err := convert(it, name, line, n)
		if err != nil {
			return b, err
		}
		b.Papers = append(b.Papers, p)
	}
	b.Day = ListDay(b.Papers)
	return b, nil
}

// ListDay is the day most of papers are listed on (their Listed), on a
// tie the latest of the tied days (the newest list), so the same papers
// in any order give the same day; zero when none says.
func ListDay(papers []importer.Paper) time.Time {
	var best time.Time
	n := map[time.Time]int{}
	for _, p := range papers {
		if p.Listed.IsZero() {
			continue
		}
		n[p.Listed]++
		if c := n[p.Listed]; best.IsZero() || c > n[best] || c == n[best] && p.Listed.After(best) {
			best = p.Listed
		}
	}
	return best
}

// PaperURL is the address of one paper's page of the API below base, by
// its arXiv id: /api/papers/<id>, which Parse reads as it reads a list.
func PaperURL(base, id string) string {
	return strings.TrimRight(base, "/") + "/api/papers/" + url.PathEscape(id)
}

// onePaper returns data, one JSON object, as an item of the daily list
// when it is one paper: an item of the list saved alone ({"paper": {…}}),
// or what /api/papers/<id> answers ({"id": …, "title": …}, put in an
// item's paper). ok is false for any other object, an error answer's.
func onePaper(data []byte) (item json.RawMessage, ok bool) {
	var keys map[string]json.RawMessage
	if json.Unmarshal(data, &keys) != nil || keys["error"] != nil {
		return nil, false
	}
	switch {
	case keys["paper"] != nil:
		return data, true
	case keys["id"] != nil && (keys["title"] != nil || keys["authors"] != nil):
		return append(append([]byte(`{"paper":`), bytes.TrimSpace(data)...), '}'), true
	}
	return nil, false
}

// convert decodes item n of the list in the file name, raw, which starts
// at its line, into a Paper.
func convert(raw json.RawMessage, name string, line, n int) (importer.Paper, error) {
	where := fmt.Sprintf("%s:%d: item %d", name, line, n)
	var it item
	if err := json.Unmarshal(raw, &it); err != nil {
		var te *json.UnmarshalTypeError
		if errors.As(err, &te) {
			if te.Field == "" {
				return importer.Paper{}, fmt.Errorf("%s: an item must be a JSON object, not %s", where, article(te.Value))
			}
			// At the value's own line, in an item written over many.
			at := line + bytes.Count(raw[:min(max(te.Offset, 0), int64(len(raw)))], []byte("\n"))
			return importer.Paper{}, fmt.Errorf("%s:%d: item %d: %s must be %s, not %s", name, at, n, te.Field, kind(te.Type.String()), article(te.Value))
		}
		return importer.Paper{}, fmt.Errorf("%s: %v", where, err)
	}
	if it.Paper == nil {
		return importer.Paper{}, fmt.Errorf("%s: the item has no paper object; each item of the daily list is {\"paper\": {\"id\": …}, …}", where)
	}
	pp := it.Paper
	if pp.ID == nil || strings.TrimSpace(*pp.ID) == "" {
		return importer.Paper{}, fmt.Errorf("%s: paper.id is missing; every paper needs its arXiv id", where)
	}
	id, version := arxivid.Split(strings.TrimSpace(*pp.ID))
	p := importer.Paper{
		ID: id, Version: version, Item: importer.ItemName(where, id),
		Title: tex.TitleDashes(first(pp.Title, it.Title)), Abstract: first(pp.Summary, it.Summary),
		Upvotes: pp.Upvotes.n, Comments: it.NumComments.n, Stars: pp.GithubStars.n,
		Code: first(pp.GithubRepo), Project: first(pp.ProjectPage), AISummary: first(pp.AISummary),
		Image: figure(pp.MediaURLs, it.MediaURLs, []string{first(it.MediaURL)}),
	}
	for _, c := range []struct {
		field string
		count
	}{{"paper.upvotes", pp.Upvotes}, {"numComments", it.NumComments}, {"paper.githubStars", pp.GithubStars}} {
		if c.bad != "" {
			p.Dropped = append(p.Dropped, fmt.Sprintf("%s %s %s; left out", c.field, c.bad, c.why))
		}
	}
	if org := cmp.Or(pp.Organization, it.Organization); org != nil {
		p.Organization = cmp.Or(textutil.CollapseSpace(org.Fullname), textutil.CollapseSpace(org.Name))
		if hfName.MatchString(org.Name) {
			p.OrganizationURL = "https://huggingface.co/" + org.Name
		}
	}
	names := make([]string, len(pp.Authors))
	for i, a := range pp.Authors {
		name := a.Name
		if strings.TrimSpace(name) == "" && a.User != nil {
			name = a.User.Fullname
		}
		names[i] = tex.Name(name)
	}
	var nameless string
	if p.Authors, nameless = importer.Authors(names); nameless != "" {
		p.Dropped = append(p.Dropped, nameless)
	}
	for _, k := range pp.AIKeywords {
		if k = textutil.CollapseSpace(k); k != "" {
			p.Keywords = append(p.Keywords, k)
		}
	}
	var err error
	if p.Published, err = date(pp.PublishedAt, p.Item, "paper.publishedAt"); err != nil {
		return p, err
	}
	listedAt, field := pp.SubmittedOnDailyAt, "paper.submittedOnDailyAt"
	if listedAt == nil {
		listedAt, field = it.PublishedAt, "publishedAt"
	}
	listed, err := date(listedAt, p.Item, field)
	if err != nil {
		return p, err
	}
	if !listed.IsZero() {
		y, m, d := listed.UTC().Date()
		p.Listed = time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
	}
	return p, nil
}

// count is an optional count of an item (paper.upvotes, numComments,
// paper.githubStars): a whole number, however JSON writes it (123, 1000.0,
// as a script that re-serialises the list may write it, 1e3), or one
// written as a string ("123"), as the API has sent githubStars. Any other
// value ("1.2k", 1.5, true, an object), and a number too large to hold,
// is no count: bad holds it, as the JSON writes it (cut short), and why
// says what is wrong with it; convert leaves it out of the paper with a
// note, rather than fail the whole list over a number no page needs.
type count struct {
	n   *int
	bad string
	why string // "is not a whole number", "is too large"
}

// UnmarshalJSON reads a count; it never fails, but records a value that
// is none in bad. null is no count, as a field left out is.
func (c *count) UnmarshalJSON(data []byte) error {
	text := string(bytes.TrimSpace(data))
	if text == "null" {
		return nil
	}
	var s string
	if json.Unmarshal(data, &s) == nil {
		text = strings.TrimSpace(s)
	}
	n, why := whole(text)
	if why != "" {
		c.bad, c.why = textutil.CollapseSpace(string(data)), why
		if r := []rune(c.bad); len(r) > 40 {
			c.bad = string(r[:39]) + "…"
		}
		return nil
	}
	c.n = &n
	return nil
}

// numberRE is a JSON number: its sign, integer digits, fraction digits
// and exponent.
var numberRE = regexp.MustCompile(`^(-?)([0-9]+)(?:\.([0-9]+))?(?:[eE]([-+]?[0-9]+))?$`)

// whole returns the whole number text writes as JSON does (123, 1000.0,
// 1e3, 1.5e2), exactly, with no float's rounding; or why it is none: "is
// not a whole number" (1.5, "1.2k"), or "is too large" for one an int
// cannot hold ("is negative" below it, as the importer calls a negative
// count).
func whole(text string) (int, string) {
	m := numberRE.FindStringSubmatch(text)
	if m == nil {
		return 0, "is not a whole number"
	}
	digits := strings.TrimLeft(m[2]+m[3], "0")
	exp := -len(m[3])
	if m[4] != "" {
		e, err := strconv.Atoi(m[4])
		if err != nil { // an exponent of more than 18 digits
			e = math.MaxInt32
			if strings.HasPrefix(m[4], "-") {
				e = math.MinInt32
			}
		}
		exp += max(min(e, math.MaxInt32), math.MinInt32)
	}
	trimmed := strings.TrimRight(digits, "0")
	exp += len(digits) - len(trimmed)
	switch {
	case trimmed == "":
		return 0, ""
	case exp < 0:
		return 0, "is not a whole number"
	case len(trimmed)+exp > 19: // more digits than any int64 has
		return 0, tooLarge(m[1])
	}
	n, err := strconv.Atoi(m[1] + trimmed + strings.Repeat("0", exp))
	if err != nil {
		return 0, tooLarge(m[1])
	}
	return n, ""
}

// tooLarge says why a whole number of the sign sign ("-" or "") that an
// int cannot hold is no count.
func tooLarge(sign string) string {
	if sign == "-" {
		return "is negative"
	}
	return "is too large"
}

// hfName is a Hugging Face account name, as it stands in the address of
// the account's page.
var hfName = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._-]*$`)

// figure returns the first of the media URLs that is an image the authors
// uploaded: an http(s) URL whose path ends in an image extension (media
// also holds videos) and not one of the cards Hugging Face draws for every
// paper under /social-thumbnails/, which show only its title and authors.
// It returns "" when there is none.
func figure(lists ...[]string) string {
	for _, list := range lists {
		for _, raw := range list {
			raw = strings.TrimSpace(raw)
			u, err := url.Parse(raw)
			if err != nil || !textutil.IsWebURL(raw) || u.Scheme != "https" || !hfHost(u.Hostname()) || strings.Contains(u.Path, "/social-thumbnails/") {
				continue
			}
			if filename.IsImage(u.Path) {
				return raw
			}
		}
	}
	return ""
}

// PageSize is how many papers a page of the daily list holds at most, as
// URL asks (its limit): the API answers fewer unless asked for more, and
// a busy day lists more than fit a page.
const PageSize = 100

// URL is the address of page (0 for the first) of the daily list for day
// (YYYY-MM-DD) below base, e.g. https://huggingface.co, PageSize papers a
// page.
func URL(base, day string, page int) string {
	u := strings.TrimRight(base, "/") + "/api/daily_papers?date=" + url.QueryEscape(day) + "&limit=" + strconv.Itoa(PageSize)
	if page > 0 {
		u += "&p=" + strconv.Itoa(page)
	}
	return u
}

// hfHost reports whether host is Hugging Face's, where its uploads live
// (cdn-uploads.huggingface.co): a figure from anywhere else, or over plain
// http, would make every reader's browser and feed reader ask a host the
// paper's owner chose, and an https page load mixed content.
func hfHost(host string) bool {
	host = strings.ToLower(host)
	return host == "huggingface.co" || strings.HasSuffix(host, ".huggingface.co")
}
