package arxiv

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/arxivid"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// DefaultEndpoint is the arXiv API's query address.
const DefaultEndpoint = "https://export.arxiv.org/api/query"

// idsPerRequest is how many ids one id_list request asks for.
const idsPerRequest = 100

// MaxResults is the most results one search request may ask for.
const MaxResults = 2000

// URLs returns the requests that fetch args from the API at endpoint. When
// every arg names an arXiv paper (an id, with or without version, or its
// arxiv.org or Hugging Face URL; see arxivid.Ref) they are asked for
// by id_list, at most 100 per request; otherwise the args joined by spaces
// are one search_query (arXiv syntax: "cat:cs.CL AND ti:transformer"), newest
// submissions first, at most results of them.
func URLs(endpoint string, args []string, results int) ([]string, error) {
	if len(args) == 0 {
		return nil, fmt.Errorf("give arXiv ids (2405.15738 …) or a search query (\"cat:cs.CL\") to fetch")
	}
	var ids, words []string // the args that name a paper, and the others
	for _, a := range args {
		// An id with a digit dropped or a version arXiv never gives would
		// be searched for as text, and fetch papers it does not name.
		if _, _, err := arxivid.Parse(a); err != nil && !errors.Is(err, arxivid.ErrNotID) {
			return nil, fmt.Errorf("%q: %v; write the id as the paper's page on arXiv shows it", a, err)
		}
		if m := arxivid.Mistyped(a); m != "" { // searched for as text, it would fetch other papers
			return nil, fmt.Errorf("%q is the arXiv id %s typed otherwise; write %[2]s", a, m)
		}
		if id, version, ok := arxivid.Ref(a); ok {
			ids = append(ids, arxivid.Format(id, version))
		} else {
			words = append(words, strconv.Quote(a))
		}
	}
	if len(ids) > 0 && len(words) > 0 {
		// A search for both would fetch the papers its words find, not
		// the ones named.
		return nil, fmt.Errorf("%s %s no arXiv %s, beside %d that %s; give ids (or links) only, or a search query only (\"cat:cs.CL AND ti:retrieval\")",
			textutil.List(words), textutil.Word(len(words), "is", "are"), textutil.Word(len(words), "id or link", "ids or links"), len(ids), textutil.Word(len(ids), "is", "are"))
	}
	if len(words) > 0 {
		ids = nil
	}
	var urls []string
	if ids != nil {
		for i := 0; i < len(ids); i += idsPerRequest {
			chunk := ids[i:min(i+idsPerRequest, len(ids))]
			q := url.Values{"id_list": {strings.Join(chunk, ",")}, "max_results": {strconv.Itoa(len(chunk))}}
			urls = append(urls, endpoint+"?"+q.Encode())
		}
		return urls, nil
	}
	if results < 1 || results > MaxResults {
		return nil, fmt.Errorf("--max %d is out of range; the arXiv API returns 1 to %d results per request", results, MaxResults)
	}
	q := url.Values{
		"search_query": {strings.Join(args, " ")}, "start": {"0"}, "max_results": {strconv.Itoa(results)},
		"sortBy": {"submittedDate"}, "sortOrder": {"descending"},
	}
	return append(urls, endpoint+"?"+q.Encode()), nil
}
