package generator

import (
	"strings"
	"testing"
)

// paperFactsSite has an arXiv paper first posted in 2010 whose v3 is of
// December 2024, with cross-lists, an MSC class and a link in its
// comment; a v1 paper; a journal article not on arXiv; a v2 of unknown
// first date; a paper revised after its first version whose version is
// unknown, a v1 with a later updated: and one revised the day it was
// submitted; and a withdrawn paper whose comment links its successor.
const paperFactsSite = `
-- content/site.yaml --
title: T
baseURL: https://example.org/repo/
-- content/papers/1010.0001.md --
---
title: "The Neumann problem"
arxiv: "1010.0001"
version: 3
authors: ["Ana Silva"]
date: 2025-01-03
published: 2010-10-01T12:00:00Z
updated: 2024-12-31T09:00:00Z
primary_category: math.CV
categories: [math.AP, math.CV, 35Q30, physics.flu-dyn]
comment: "18 pages. Code at https://github.com/ex/solver (MIT), data at <https://ex.org/d?a=1&b=2>."
---
An abstract.
-- content/papers/2501.00001.md --
---
title: "New"
arxiv: "2501.00001v1"
authors: ["Bo Li"]
date: 2025-01-03
published: 2025-01-02
---
New.
-- content/papers/smith-2024-nature.md --
---
title: "Folding"
id: smith-2024-nature
authors: ["Ada Smith"]
date: 2025-01-03
published: 2024-05-29
journal: Nature
---
Proteins fold.
-- content/papers/2412.00002.md --
---
title: "Second"
arxiv: "2412.00002v2"
authors: ["Cy Doe"]
date: 2025-01-03
updated: 2024-12-20
---
Second.
-- content/papers/2412.00011.md --
---
title: "Revised"
arxiv: "2412.00011"
authors: ["Ed Poe"]
date: 2025-01-03
published: 2024-12-01
updated: 2024-12-20
---
Revised.
-- content/papers/2412.00012.md --
---
title: "Revised v1"
arxiv: "2412.00012"
version: 1
authors: ["Ed Poe"]
date: 2025-01-03
published: 2024-12-01
updated: 2024-12-20T10:00:00Z
---
Revised v1.
-- content/papers/2412.00013.md --
---
title: "Same day"
arxiv: "2412.00013"
authors: ["Ed Poe"]
date: 2025-01-03
published: 2024-12-01T09:00:00Z
updated: 2024-12-01T17:00:00Z
---
Same day.
-- content/papers/2412.00003.md --
---
title: "Gone"
arxiv: "2412.00003"
authors: ["Di Roe"]
date: 2025-01-03
comment: "This paper has been withdrawn; see https://arxiv.org/abs/2501.00009."
---
Gone.
`

// TestPaperFacts: a paper page says when the paper was first submitted
// to arXiv and last revised, as arxiv.org does (the revision's date
// without a version when its version is unknown), lists its arXiv
// categories (the primary one first, marked, each linked to arXiv's
// listing of it) and links the addresses in its arXiv comment, all in
// the site's language.
func TestPaperFacts(t *testing.T) {
	out := mustBuild(t, paperFactsSite)
	const old = "papers/1010.0001/index.html"
	out.contains(t, old,
		`<p>Comment: 18 pages. Code at <a href="https://github.com/ex/solver" rel="noopener">https://github.com/ex/solver</a> (MIT), data at &lt;<a href="https://ex.org/d?a=1&amp;b=2" rel="noopener">https://ex.org/d?a=1&amp;b=2</a>&gt;.</p>`,
		`<p>arXiv categories: <a href="https://arxiv.org/list/math.CV/recent" rel="noopener">math.CV</a> (primary), <a href="https://arxiv.org/list/math.AP/recent" rel="noopener">math.AP</a>, <a href="https://arxiv.org/list/physics.flu-dyn/recent" rel="noopener">physics.flu-dyn</a></p>`,
		"<p>Submitted Oct\u00a01, 2010 (v1), last revised Dec\u00a031, 2024 (v3)</p>")
	out.lacks(t, old, "35Q30</a>", "Version\u00a03")
	out.contains(t, "papers/2501.00001/index.html", "<p>Submitted Jan\u00a02, 2025</p>")
	out.lacks(t, "papers/2501.00001/index.html", "arXiv categories", "Version")
	out.lacks(t, "papers/smith-2024-nature/index.html", "Submitted") // a journal's date
	// The short date, as paperRevised writes it.
	out.contains(t, "papers/2412.00002/index.html", "<p>Version\u00a02, updated Dec\u00a020, 2024</p>")
	// A revision whose version is unknown still says when it was.
	for _, p := range []string{"papers/2412.00011/index.html", "papers/2412.00012/index.html"} {
		out.contains(t, p, "<p>Submitted Dec\u00a01, 2024, last revised Dec\u00a020, 2024</p>")
		out.lacks(t, p, "(v1)", "Version")
	}
	out.contains(t, "papers/2412.00013/index.html", "<p>Submitted Dec\u00a01, 2024</p>")
	out.lacks(t, "papers/2412.00013/index.html", "revised")
	out.lacks(t, "papers/2412.00002/index.html", "Submitted")
	out.contains(t, "papers/2412.00003/index.html",
		`<strong>Withdrawn by its authors:</strong> This paper has been withdrawn; see <a href="https://arxiv.org/abs/2501.00009" rel="noopener">https://arxiv.org/abs/2501.00009</a>.</p>`)

	fr := mustBuild(t, strings.Replace(paperFactsSite, "title: T\n", "title: T\nlanguage: fr\n", 1))
	fr.contains(t, old, "Catégories arXiv\u00a0:", "math.CV</a> (principale)",
		"<p>Soumis le 1er\u00a0oct.\u00a02010 (v1), dernière révision le 31\u00a0déc.\u00a02024 (v3)</p>")
	fr.contains(t, "papers/2412.00011/index.html", "<p>Soumis le 1er\u00a0déc.\u00a02024, dernière révision le 20\u00a0déc.\u00a02024</p>")
}
