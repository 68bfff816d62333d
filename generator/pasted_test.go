package generator

import (
	"slices"
	"strings"
	"testing"
)

// TestAbstractLabel: an abstract pasted with its label (Abstract—, a
// heading, in bold, alone on its line) is a warning at the label's line,
// in a paper's file and in a day's inline paper; a sentence that begins
// with the word is none.
func TestAbstractLabel(t *testing.T) {
	site := siteYAML +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [Ada Lovelace]\n---\n\nAbstract—We propose a method.\n" +
		"-- content/papers/b.md --\n---\ntitle: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\nauthors: [Ada Lovelace]\n---\n## Abstract\n\nWe propose.\n" +
		"-- content/papers/c.md --\n---\ntitle: C\narxiv: \"2401.00003\"\ndate: 2024-01-03\nauthors: [Ada Lovelace]\n---\nAbstract reasoning is hard.\n" +
		paper("e", "title: E\narxiv: \"2401.00005\"\ndate: 2024-01-05\nauthors: [Ada Lovelace]\n") + // Abstract. alone
		"-- content/papers/f.md --\n---\ntitle: F\narxiv: \"2401.00006\"\ndate: 2024-01-06\nauthors: [Ada Lovelace]\n---\nAbstract.\n\n## Notes\n\nMine.\n" +
		"-- content/days/2024-01-04.md --\n---\npapers:\n  - title: D\n    arxiv: \"2401.00004\"\n    authors: [Ada Lovelace]\n    abstract: \"ABSTRACT: We propose.\"\n---\n"
	got := warningsOf(t, site)
	const msg = "pasted with it: the paper's page heads the abstract with a heading of that word already, so it shows twice; remove it"
	want := []string{
		`content/days/2024-01-04.md:6: the abstract begins with "ABSTRACT:", ` + msg,
		`content/papers/a.md:8: the abstract begins with "Abstract—", ` + msg,
		`content/papers/b.md:7: the abstract begins with "## Abstract", ` + msg,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestArXivStamp: arXiv's margin stamp in an abstract, old id or new,
// mid-sentence or on a line of its own, is a warning at its line; an
// arXiv id in a sentence is none.
func TestArXivStamp(t *testing.T) {
	site := siteYAML +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"1706.03762\"\ndate: 2024-01-01\nauthors: [Ada Lovelace]\n---\nWe propose the Transformer, based\narXiv:1706.03762v7  [cs.CL]  2 Aug 2023\nsolely on attention.\n" +
		"-- content/papers/b.md --\n---\ntitle: B\narxiv: \"cond-mat/0603029\"\ndate: 2024-01-02\nauthors: [Ada Lovelace]\n---\nCheckerboards arXiv:cond-mat/0603029v1 [cond-mat.str-el] 1 Mar 2006 of spins.\n\nAs arXiv:1706.03762v7 shows, attention suffices.\n"
	got := warningsOf(t, site)
	want := []string{
		`content/papers/a.md:8: "arXiv:1706.03762v7 [cs.CL] 2 Aug 2023" is the stamp arXiv prints down the margin of a paper's first page, copied with the text from the PDF: the page shows it amid the text; remove it`,
		`content/papers/b.md:7: "arXiv:cond-mat/0603029v1 [cond-mat.str-el] 1 Mar 2006" is the stamp arXiv prints down the margin of a paper's first page, copied with the text from the PDF: the page shows it amid the text; remove it`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestArXivPagePasted: a paper copied from arXiv's page with its labels
// (Title:, Authors:, Abstract:) and the facts under its abstract is told
// (and a title copied from Google Scholar with its [PDF])
// each, at its line, with the field to write; a curator's note that
// begins "Comments:" in a body without arXiv's own lines is let be.
func TestArXivPagePasted(t *testing.T) {
	site := siteYAML +
		"-- content/papers/a.md --\n---\ntitle: \"Title:Attention Is All You Need\"\narxiv: \"1706.03762\"\ndate: 2024-01-01\nauthors: [\"Authors:Ashish Vaswani\", Noam Shazeer]\n---\n" +
		"Abstract:The dominant sequence transduction models.\nComments:\t15 pages, 5 figures\nSubjects:\tComputation and Language (cs.CL); Machine Learning (cs.LG)\nCite as:\tarXiv:1706.03762 [cs.CL]\n" +
		"Journal reference:\tNeurIPS 2017\nRelated DOI:\thttps://doi.org/10.5555/3295222 \n[Submitted on 12 Jun 2017 (v1), last revised 2 Aug 2023 (this version, v7)]\n" +
		"-- content/papers/b.md --\n---\ntitle: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\nauthors: [Ada Lovelace]\n---\nAn abstract.\n\nComments: I liked it.\n" +
		"-- content/papers/c.md --\n---\ntitle: \"[PDF] Attention is all you need\"\narxiv: \"2401.00003\"\ndate: 2024-01-03\nauthors: [Ada Lovelace]\n---\nAn abstract.\n"
	got := warningsOf(t, site)
	const copied = "copied from the paper's page with the abstract: the page shows it as text of the abstract; "
	want := []string{
		`content/papers/a.md:2: the title begins with "Title:", the label arXiv's page of a paper sets before it, copied with it: pages, feeds and citations show it; write "Attention Is All You Need"`,
		`content/papers/a.md:5: author "Authors:Ashish Vaswani" begins with "Authors:", the label arXiv's page of a paper sets before its authors, copied with them: the pages and citations show it as part of the name; write "Ashish Vaswani"`,
		`content/papers/a.md:7: the abstract begins with "Abstract:", pasted with it: the paper's page heads the abstract with a heading of that word already, so it shows twice; remove it`,
		`content/papers/a.md:8: this line is arXiv's "Comments" line, ` + copied + `write it as comment: "15 pages, 5 figures" in the front matter`,
		`content/papers/a.md:9: this line is arXiv's "Subjects" line, ` + copied + `write it as categories: [cs.CL, cs.LG] in the front matter`,
		`content/papers/a.md:10: this line is arXiv's "Cite as" line, ` + copied + `remove it: the page cites the paper by its arxiv: already`,
		`content/papers/a.md:11: this line is arXiv's "Journal reference" line, ` + copied + `write it as journal_ref: "NeurIPS 2017" in the front matter`,
		`content/papers/a.md:12: this line is arXiv's "Related DOI" line, ` + copied + `write it as doi: 10.5555/3295222 in the front matter`,
		`content/papers/a.md:13: this line is arXiv's "Submitted on" line, ` + copied + `remove it; its days are the paper's published: and updated:`,
		`content/papers/c.md:2: the title begins with "[PDF]", the label a result of Google Scholar's sets before it, copied with it: pages, feeds and citations show it; write "Attention is all you need"`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestWrappedPaperLinks: a paper's code:, project: or pdf: wrapped by a
// mail or search service is a warning at its line, with the address.
func TestWrappedPaperLinks(t *testing.T) {
	site := siteYAML +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [Ada Lovelace]\ncode: https://github.com/a/b\n" +
		"project: \"https://www.google.com/url?q=https://a.github.io/b/&sa=D\"\npdf: https://urldefense.com/v3/__https://example.org/b.pdf__;!!x$\n---\nAn abstract.\n"
	got := warningsOf(t, site)
	want := []string{
		`content/papers/a.md:7: project "https://www.google.com/url?q=https://a.github.io/b/&sa=D": it is https://a.github.io/b/ wrapped by Google's redirect, as a link copied from a mail or a search page is: readers go through Google's redirect first (and nowhere once it drops the link); write https://a.github.io/b/`,
		`content/papers/a.md:8: pdf "https://urldefense.com/v3/__https://example.org/b.pdf__;!!x$": it is https://example.org/b.pdf wrapped by Proofpoint's URL Defense, as a link copied from a mail or a search page is: readers go through Proofpoint's URL Defense first (and nowhere once it drops the link); write https://example.org/b.pdf`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestMisplacedLinks: a pdf: that is arXiv's page of a paper, and a
// code: that is a page about the paper or on Papers with Code, are
// warnings at their lines; a repository and arXiv's PDF are none.
func TestMisplacedLinks(t *testing.T) {
	site := siteYAML +
		"-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [Ada Lovelace]\npdf: https://arxiv.org/abs/2401.00001v2\ncode: https://paperswithcode.com/paper/a\n---\nAn abstract.\n" +
		"-- content/papers/b.md --\n---\ntitle: B\narxiv: \"2401.00002\"\ndate: 2024-01-02\nauthors: [Ada Lovelace]\npdf: https://arxiv.org/html/2401.00009\ncode: https://huggingface.co/papers/2401.00002\n---\nAn abstract.\n" +
		"-- content/papers/c.md --\n---\ntitle: C\narxiv: \"2401.00003\"\ndate: 2024-01-03\nauthors: [Ada Lovelace]\npdf: https://arxiv.org/pdf/2401.00003v2\ncode: https://github.com/a/c\n---\nAn abstract.\n"
	got := warningsOf(t, site)
	want := []string{
		`content/papers/a.md:6: pdf "https://arxiv.org/abs/2401.00001v2" is arXiv's page of the paper, not a PDF, and the page's PDF link would lead there; remove the line: the page links arXiv's PDF of the paper from its arxiv: already`,
		`content/papers/a.md:7: code "https://paperswithcode.com/paper/a" is a page of Papers with Code, which closed in July 2025 and whose pages now lead to Hugging Face's page of the paper: the page's Code link would lead there, not to code; write the repository's address (https://github.com/…), or remove the line`,
		`content/papers/b.md:6: pdf "https://arxiv.org/html/2401.00009" is arXiv's page of the paper, not a PDF, and the page's PDF link would lead there; write its PDF's address, https://arxiv.org/pdf/2401.00009`,
		`content/papers/b.md:7: code "https://huggingface.co/papers/2401.00002" is the paper's page on Hugging Face (which the page links already): the page's Code link would lead there, not to code; write the repository's address (https://github.com/…), or remove the line`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestCapitals: a title or an author's name in capitals throughout is a
// warning at its line with the words in title case; a short title, an
// acronym, a group's name and a title with small letters are none.
func TestCapitals(t *testing.T) {
	site := siteYAML +
		"-- content/papers/a.md --\n---\ntitle: \"ATTENTION IS ALL YOU NEED: A STUDY OF THE TRANSFORMER\"\narxiv: \"2401.00001\"\ndate: 2024-01-01\nauthors: [\"ASHISH VASWANI\", \"JEAN-PIERRE O'BRIEN\", \"THE ATLAS COLLABORATION\", NVIDIA]\n---\nAn abstract.\n" +
		"-- content/papers/b.md --\n---\ntitle: \"LLAMA 2\"\narxiv: \"2401.00002\"\ndate: 2024-01-02\nauthors: [Ada Lovelace]\n---\nAn abstract.\n" +
		"-- content/papers/c.md --\n---\ntitle: \"BERT: Pre-training of Deep Bidirectional Transformers\"\narxiv: \"2401.00003\"\ndate: 2024-01-03\nauthors: [Ada Lovelace]\n---\nAn abstract.\n"
	got := warningsOf(t, site)
	want := []string{
		`content/papers/a.md:2: the title is in capitals, as some papers' title blocks set it: pages, feeds and citations show it so; write it as the paper's arXiv page does, such as "Attention Is All You Need: A Study of the Transformer"`,
		`content/papers/a.md:5: author "ASHISH VASWANI" is in capitals, as some papers' title blocks set names: citations of the paper show it so, as do its pages unless another paper spells the name otherwise; write it as the author does, such as "Ashish Vaswani"`,
		`content/papers/a.md:5: author "JEAN-PIERRE O'BRIEN" is in capitals, as some papers' title blocks set names: citations of the paper show it so, as do its pages unless another paper spells the name otherwise; write it as the author does, such as "Jean-Pierre O'Brien"`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTitleMarkup: Markdown or HTML in a title or a tldr, outside its
// math, is a warning at its line with the text to write (a superscript as
// math, an HTML character reference as its character: &amp; as &); a
// title's own asterisks (Q*), underscores (__init__) and ampersands (AT&T)
// are none.
func TestTitleMarkup(t *testing.T) {
	title := func(name, id, t string) string {
		return "-- content/papers/" + name + ".md --\n---\ntitle: \"" + t + "\"\narxiv: \"" + id + "\"\ndate: 2024-01-01\nauthors: [Ada Lovelace]\n---\nAn abstract.\n"
	}
	site := siteYAML + title("a", "2401.00001", "**Attention** Is $a**b$ All *You* Need") + title("b", "2401.00002", "[FlashAttention](https://arxiv.org/abs/2205.14135): Fast") +
		title("c", "2401.00003", "O(n<sup>2</sup>) and `GPT-4`") + title("d", "2401.00004", "Q* and A* Search for __init__") +
		title("f", "2401.00006", "Q&amp;A agents &#8212; a benchmark") + title("g", "2401.00007", "<i>R&amp;D</i> agents at AT&T & co") +
		"-- content/papers/e.md --\n---\ntitle: E\narxiv: \"2401.00005\"\ndate: 2024-01-01\ntldr: \"A **linear** bound, [code](https://example.org) and $O(n*m)$.\"\n---\nAn abstract.\n"
	got := warningsOf(t, site)
	const says = ", which a title does not read (it is text, with $…$ for math): pages, feeds and citations show it as written; write "
	want := []string{
		`content/papers/a.md:2: the title has Markdown's bold` + says + `"Attention Is $a**b$ All You Need"`,
		`content/papers/b.md:2: the title has a Markdown link` + says + `"FlashAttention: Fast"`,
		`content/papers/c.md:2: the title has HTML's <sup>` + says + `"O(n$^{2}$) and GPT-4"`,
		`content/papers/e.md:5: tldr has Markdown's bold, which a tldr does not read (it is text, with $…$ for math): pages, cards and feeds show it as written; write "A linear bound, code and $O(n*m)$."`,
		`content/papers/f.md:2: the title has HTML's &amp; and &#8212;` + says + `"Q&A agents — a benchmark"`,
		`content/papers/g.md:2: the title has HTML's <i>` + says + `"R&D agents at AT&T & co"`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestFieldMarkup: Markdown or HTML in a day's title, a page's title or
// description, or the site's description is a warning at its line with
// the text to write, as in a paper's title; and the descriptions' $…$
// math is Unicode where they show, as a day's or a page's title's is.
func TestFieldMarkup(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\ndescription: \"A *daily* digest on $O(n^2)$ attention\"\n" +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-05-27\nauthors: [Ada Lovelace]\n") +
		"-- content/days/2024-05-27.md --\n---\ntitle: \"Long-context **week**\"\n---\nIntro.\n" +
		"-- content/pages/week-21.md --\n---\ntitle: \"Week 21: *Attention* everywhere\"\ndescription: \"This week: `LoRA` and [BERT](../papers/a.md)\"\n---\nEssay.\n" +
		"-- content/pages/about.md --\n---\ntitle: \"About [sic] Q* search\"\ndescription: 'Bounds on $\\epsilon$, in 2 * 3 steps'\n---\nAbout us.\n"
	got := warningsOf(t, site)
	want := []string{
		`content/days/2024-05-27.md:2: the day's title has Markdown's bold, which a title does not read (it is text, with $…$ for math): its page, the window's title, feeds and the email's subject show it as written; write "Long-context week"`,
		`content/pages/week-21.md:2: the title has Markdown's italics, which a title does not read (it is text, with $…$ for math): its heading, the window's title and menus show it as written; write "Week 21: Attention everywhere"`,
		`content/pages/week-21.md:3: description has Markdown's code, which a description does not read (it is text, with $…$ for math): meta tags and link previews show it as written; write "This week: LoRA and BERT"`,
		`content/site.yaml:3: description has Markdown's italics, which a description does not read (it is text, with $…$ for math): the home page, meta tags and feeds show it as written; write "A daily digest on O(n²) attention"`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	b := mustBuild(t, site)
	b.contains(t, "about/index.html", `<meta name="description" content="Bounds on ϵ, in 2 * 3 steps">`)
	b.contains(t, "index.html", `<meta name="description" content="A *daily* digest on O(n²) attention">`)
	b.contains(t, "feed.xml", "A *daily* digest on O(n²) attention")
}

// TestImageAltMarkup: Markdown or HTML in a figure's alt text (a paper's
// or a page's image_alt:, the site's imageAlt:) is a warning at its line
// with the words alone, as in a tldr: screen readers would read out its
// stars, brackets and address, where a Markdown image's alt text is its
// words alone. Its math is Unicode already.
func TestImageAltMarkup(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\nimage: https://cdn.example.net/card.png\nimageAlt: The <b>lab</b> logo\n" +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-05-27\nauthors: [Ada Lovelace]\nimage: https://example.org/loss.png\nimage_alt: 'The **loss** curve of [our model](https://example.com/m) at $\\alpha$'\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-05-27\nauthors: [Ada Lovelace]\nimage: https://example.org/b.png\nimage_alt: 'Q* search, 2 * 3 steps [sic]'\n") +
		"-- content/pages/about.md --\n---\ntitle: About\nimage: https://example.org/team.png\nimage_alt: The *whole* team\n---\nAbout us.\n"
	got := warningsOf(t, site)
	want := []string{
		`content/pages/about.md:4: image_alt has Markdown's italics, which an alt text does not read (it is text, with $…$ for math): pages, feeds, the email and link previews (og:image:alt) show it as written; write "The whole team"`,
		`content/papers/a.md:7: image_alt has Markdown's bold, which an alt text does not read (it is text, with $…$ for math): pages, feeds, the email and link previews (og:image:alt) show it as written; write "The loss curve of our model at α"`,
		`content/site.yaml:4: imageAlt has HTML's <b>, which an alt text does not read (it is text, with $…$ for math): pages, feeds, the email and link previews (og:image:alt) show it as written; write "The lab logo"`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTopicMarkup: Markdown or HTML in a topic's name or description in
// site.yaml is a warning at its line with the text to write, as in the
// site's description; a star or brackets that are no markup are not.
func TestTopicMarkup(t *testing.T) {
	site := "-- content/site.yaml --\ntitle: T\nbaseURL: https://example.org/\ntopics:\n" +
		"  medizin:\n    name: Medizin\n    description: Paper über **medizinische** Diagnostik, siehe [DIN](https://din.de).\n" +
		"  llm:\n    name: \"<i>Large</i> language models\"\n    description: Models of text.\n" +
		"  c-star:\n    name: C*-algebras\n    description: \"Bounds in [0, 1] and 2 * 3 steps\"\n" +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-05-27\nauthors: [Ada Lovelace]\n")
	got := warningsOf(t, site)
	want := []string{
		`content/site.yaml:6: topic "medizin": description has Markdown's bold, which a description does not read (it is text, with $…$ for math): its page, the topics list, meta tags and its feed show it as written; write "Paper über medizinische Diagnostik, siehe DIN."`,
		`content/site.yaml:8: topic "llm": name has HTML's <i>, which a name does not read (it is text, with $…$ for math): its page, the window's title, the pages that list it and feeds show it as written; write "Large language models"`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestMarkupLinks: a link in a title or a tldr is Markdown whatever
// its address (another site's, from the root, a fragment, another
// source's file), told with its text alone; brackets with no address
// after them are text.
func TestMarkupLinks(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Distils [BERT](1810.04805.md) into a tiny model", "Distils BERT into a tiny model"},
		{"As in [LoRA](../papers/2106.09685.md#method)", "As in LoRA"},
		{"See [the code](https://github.com/ada/x)", "See the code"},
		{"See [our day](/days/2024-05-27/)", "See our day"},
		{"See [results](#results)", "See results"},
		{"Write to [us](mailto:ada@example.org)", "Write to us"},
		{"Bounds [sic] on [1] and [2]", ""},
		{"The mean E[X](t) of a process", ""},
		{"A [draft] (2024) note", ""},
		{"Cost $[a](b.c)$ in math", ""},
	} {
		var warn []Problem
		textMarkup("content/papers/a.md", "tldr", "a tldr", tt.in, 6, "pages", &warn)
		got := ""
		if len(warn) > 0 {
			_, got, _ = strings.Cut(warn[0].Msg, "; write ")
			got = strings.Trim(got, `"`)
		}
		if got != tt.want {
			t.Errorf("textMarkup(%q) tells %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestTitleEntities: an HTML character reference in a title, named or
// by number, is told with the character it stands for; one HTML does not
// know, an ampersand with no semicolon and one in math are text.
func TestTitleEntities(t *testing.T) {
	for _, tt := range []struct{ in, has, want string }{
		{"Q&amp;A agents &#8212; a benchmark", "HTML's &amp; and &#8212;", "Q&A agents — a benchmark"},
		{"&lt;think&gt; tokens &amp; &#x2014; &amp; more", "HTML's &lt;, &gt;, &amp; and &#x2014;", "<think> tokens & — & more"},
		{"GPT&nbsp;4 at scale", "HTML's &nbsp;", "GPT 4 at scale"},
		{"**Fast** Q&amp;A", "Markdown's bold", "Fast Q&A"},
		{"AT&T, R&D and &foo; agents", "", ""},
		{"Bounds $a &lt; b$ on Q&A", "", ""},
	} {
		var warn []Problem
		textMarkup("content/papers/a.md", "the title", "a title", tt.in, 2, "pages", &warn)
		has, got := "", ""
		if len(warn) > 0 {
			has, _, _ = strings.Cut(warn[0].Msg, ", which a title")
			has = strings.TrimPrefix(has, "the title has ")
			_, got, _ = strings.Cut(warn[0].Msg, "; write ")
			got = strings.Trim(got, `"`)
		}
		if has != tt.has || got != tt.want {
			t.Errorf("textMarkup(%q) tells %q, write %q; want %q, write %q", tt.in, has, got, tt.has, tt.want)
		}
	}
}

// TestKeywordsLine: the keywords line a PDF sets under an abstract
// (Keywords:, **Keywords:**, Index Terms—) is a warning at its line with
// the keywords: to write; a sentence beginning with the word is none.
func TestKeywordsLine(t *testing.T) {
	body := func(name, id, b string) string {
		return "-- content/papers/" + name + ".md --\n---\ntitle: T\narxiv: \"" + id + "\"\ndate: 2024-01-01\nauthors: [Ada Lovelace]\n---\n" + b + "\n"
	}
	site := siteYAML + body("a", "2401.00001", "We propose X.\n\n**Keywords:** transformers; attention") +
		body("b", "2401.00002", "We propose X.\nIndex Terms—Transformers, attention.") + body("c", "2401.00003", "Keywords are important, as we show.")
	got := warningsOf(t, site)
	const says = "this line is the paper's keywords, copied from its PDF with the abstract: the page shows it as text of the abstract; write them as keywords: "
	want := []string{
		`content/papers/a.md:9: ` + says + `[transformers, attention] in the front matter (search and topic rules read them)`,
		`content/papers/b.md:8: ` + says + `[Transformers, attention] in the front matter (search and topic rules read them)`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
