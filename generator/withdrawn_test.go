package generator

import (
	"strings"
	"testing"
)

// TestWithdrawnEverywhere: a withdrawn paper is marked so, in words, on
// its card in the day's list, its row on an author's page and in the
// home page's latest days, its feed
// item's title and its page's <title> and og:title (all a search result,
// a tab or a link preview shows of it), not in its page's notice alone;
// the meta descriptions (and og:description) of its author's, its
// organization's, its day's, week's and month's pages, which name their
// papers' titles; its <h1> and citation_title stay its own title. A live
// paper whose comment only uses the word is marked nowhere.
func TestWithdrawnEverywhere(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		comment   string
		withdrawn bool
	}{
		{"This paper has been withdrawn by the author due to a crucial error in Lemma 3", true},
		{"Withdrawn: an error in Table 2", true},
		{"v2: the claim of Section 5 in v1 is withdrawn and replaced by Theorem 5.2", false},
	} {
		site := strings.Replace(smallSite, "upvotes: 5\n", "upvotes: 5\norganization: Vienna Lab\ncomment: \""+tt.comment+"\"\n", 1)
		out := mustBuild(t, site)
		for _, c := range []struct {
			path, want string
			marks      bool // whether a withdrawn paper has it, else none
		}{
			{"authors/erwin-schrödinger/index.html", `<meta name="description" content="Papers by Erwin Schrödinger — [Withdrawn] Alpha">`, true},
			{"organizations/vienna-lab/index.html", `<meta name="description" content="Papers from Vienna Lab — [Withdrawn] Alpha">`, true},
			{"days/2024-05-31/index.html", `<meta name="description" content="Papers of May` + "\u00a0" + `31, 2024 ranked — Beta · Gamma · [Withdrawn] Alpha">`, true},
			{"days/2024-05-31/index.html", `<meta property="og:description" content="Papers of May` + "\u00a0" + `31, 2024 ranked — Beta · Gamma · [Withdrawn] Alpha">`, true},
			{"weeks/2024-W22/index.html", `· [Withdrawn] Alpha">`, true},
			{"months/2024-05/index.html", `· [Withdrawn] Alpha">`, true},
			{"papers/2405.00001/index.html", `<p class="withdrawn" role="note">`, true},
			{"days/2024-06-03/index.html", `>Alpha</a></h3>` + "\n" + `  <p class="withdrawn-label"><strong>Withdrawn</strong></p>`, true},
			{"authors/erwin-schrödinger/index.html", `>Alpha</a> <strong class="withdrawn-label">Withdrawn</strong>`, true},
			{"index.html", `<li><a href="/repo/papers/2405.00001/">Alpha</a> <strong class="withdrawn-label">Withdrawn</strong>&nbsp;`, true}, // the latest days' compact list
			{"feed.xml", `<title>[Withdrawn] Alpha</title>`, true},
			{"papers/2405.00001/index.html", `<title>[Withdrawn] Alpha · `, true},
			{"papers/2405.00001/index.html", `<meta property="og:title" content="[Withdrawn] Alpha">`, true},
			{"papers/2405.00001/index.html", `<h1 id="paper-title">[Withdrawn]`, false},
			{"papers/2405.00001/index.html", `<meta name="citation_title" content="[Withdrawn]`, false},
		} {
			want := tt.withdrawn && c.marks
			if got := strings.Contains(out.file(t, c.path), c.want); got != want {
				t.Errorf("comment %q: %s has %s: %v, want %v", tt.comment, c.path, c.want, got, want)
			}
		}
	}
}

// TestWithdrawnNotRelated: a withdrawn paper is on no other paper's
// related list, which is what a reader goes on to read and cite; its own
// page still lists its related papers.
func TestWithdrawnNotRelated(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		comment   string
		withdrawn bool
	}{
		{"This paper has been withdrawn by the author due to an error in Lemma 3", true},
		{"12 pages, 3 figures", false},
	} {
		site := strings.Replace(smallSite, "upvotes: 5\n", "upvotes: 5\ncomment: \""+tt.comment+"\"\n", 1)
		out := mustBuild(t, site)
		alpha := `<li><a href="/repo/papers/2405.00001/">Alpha</a></li>`
		for _, p := range []string{"papers/2405.00003/index.html", "papers/2406.00004/index.html"} {
			if got := strings.Contains(out.file(t, p), alpha); got == tt.withdrawn {
				t.Errorf("comment %q: %s lists Alpha as related: %v, want %v", tt.comment, p, got, !tt.withdrawn)
			}
		}
		out.contains(t, "papers/2405.00001/index.html", `id="related"`, `<li><a href="/repo/papers/2405.00003/">Gamma</a></li>`)
	}
}

// TestWithdrawnByArXivNotice: a submission arXiv's administrators
// withdrew is not said, on its page or in its feed item, to be withdrawn
// by its authors; one its authors withdrew is.
func TestWithdrawnByArXivNotice(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		comment, notice string
	}{
		{"This submission has been withdrawn by arXiv administrators due to inappropriate text overlap", "<strong>Withdrawn:</strong>"},
		{"This paper has been withdrawn by the authors", "<strong>Withdrawn by its authors:</strong>"},
	} {
		site := strings.Replace(smallSite, "upvotes: 5\n", "upvotes: 5\ncomment: \""+tt.comment+"\"\n", 1)
		out := mustBuild(t, site)
		for _, c := range []struct{ path, want string }{
			{"papers/2405.00001/index.html", tt.notice},
			{"feed.xml", tt.notice}, // in the item's content:encoded, a CDATA section
		} {
			if !strings.Contains(out.file(t, c.path), c.want) {
				t.Errorf("comment %q: %s lacks %s", tt.comment, c.path, c.want)
			}
		}
	}
}
