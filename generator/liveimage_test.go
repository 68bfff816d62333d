package generator

import (
	"context"
	"strings"
	"testing"
)

// imageSite is fieldsSite with files beside the papers: fig.svg and
// bad.png (which does not read as an image), which Gamma's abstract
// shows, alone.svg, which no source shows yet, and notes.txt, which
// Delta's abstract links.
var imageSite = strings.NewReplacer("Gamma abstract.\n", "Gamma abstract.\n\n![A chart](fig.svg) ![Not a chart](bad.png)\n",
	"Delta abstract.\n", "Delta abstract, with [notes](notes.txt).\n").Replace(fieldsSite) + `-- content/papers/fig.svg --
<svg xmlns="http://www.w3.org/2000/svg" width="40" height="30"></svg>
-- content/papers/alone.svg --
<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"></svg>
-- content/papers/bad.png --
not a PNG
-- content/papers/notes.txt --
Notes.
`

// TestLiveImageEdits: an edit of a paper's figure (image:), written,
// changed or taken out on its own line, takes the quick path where the
// site publishes the same files after it: an http(s) URL, a file beside
// the sources that is published already (written beside the paper or
// from the site's root), whose size the page gives. It renders again the
// paper's page, its feed items and the pages of its days, which show the
// best paper's figure when shared; the files and warnings are then a
// clean build's. A figure whose file the site does not publish yet, one
// that was the only link to its file (as a body's link can be), one that
// does not read as an image or one that names no file takes the full
// build.
func TestLiveImageEdits(t *testing.T) {
	t.Parallel()
	dir := writeArchive(t, imageSite)
	ctx := context.Background()
	live := liveEdits(t, dir, []sourceEdit{
		{"a URL written", epsilonFile, "upvotes: 3\n", "upvotes: 3\nimage: https://example.org/eps.png\n", true, false},
		{"a URL changed", epsilonFile, "example.org/eps.png", "example.org/eps2.png", true, false},
		{"a published file beside it", epsilonFile, "image: https://example.org/eps2.png", "image: fig.svg", true, false},
		{"the same file from the site's root", epsilonFile, "image: fig.svg", "image: \"/papers/fig.svg\"", true, false},
		// Alpha is listed on two days, one of which no paper with a
		// figure has yet: its page shares Alpha's.
		{"a figure of a paper on two days", alphaFile, "upvotes: 5\n", "upvotes: 5\nimage: fig.svg\n", true, false},
		{"and taken out", alphaFile, "image: fig.svg\n", "", true, false},
		{"a file not published yet", epsilonFile, "image: \"/papers/fig.svg\"", "image: alone.svg", false, false},
		{"the only link to its file", epsilonFile, "image: alone.svg", "image: https://example.org/eps.png", false, false},
		{"a figure with new upvotes", alphaFile, "upvotes: 5\n", "upvotes: 8\nimage: https://example.org/alpha.png\n", true, false},
		// A figure the page cannot size warns at its line, which a quick
		// rebuild leaves as it was.
		{"a file that does not read as an image", epsilonFile, "image: https://example.org/eps.png", "image: bad.png", false, false},
		{"and a URL again", epsilonFile, "image: bad.png", "image: https://example.org/eps.png", false, false},
		// So with a body's link.
		{"a body's only link to its file", deltaFile, "[notes](notes.txt)", "notes", false, false},
	})
	// A figure from the site's root that names no file fails as a full
	// build does.
	path := editFile(t, dir, epsilonFile, "image: https://example.org/eps.png", "image: /figures/none.png")
	if _, _, err := live.Build(ctx, []string{path}); err == nil || !strings.Contains(err.Error(), "names no file the site publishes") {
		t.Errorf("an image that names no file: %v; want the build's error", err)
	}
}
