package generator

import (
	"context"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestRemovedCNAME: a CNAME in the output folder that the build does not
// write (GitHub commits docs/CNAME for a branch deploy's custom domain) is
// deleted with the folder, which is warned of with the domain: to write;
// a build that writes the CNAME itself, and a --noindex preview, which
// writes none on purpose, are not.
func TestRemovedCNAME(t *testing.T) {
	t.Parallel()
	const warn = "content/site.yaml: the output folder's CNAME (the custom domain GitHub Pages reads, set in Settings → Pages or copied in by hand) was not written by the build, which replaces the whole folder, " +
		"so it is deleted and the next deploy drops the custom domain; write "
	withDomain := strings.Replace(smallSite, "baseURL: https://example.org/repo/\n", "baseURL: https://papers.example.org/\ndomain: papers.example.org\n", 1)
	for _, c := range []struct {
		name, site, cname string
		opts              Options
		want              []string
	}{
		{"by hand", smallSite, "Papers.Example.org\n", Options{}, []string{warn + "`domain: papers.example.org` in site.yaml, which writes CNAME on every build"}},
		{"a byte order mark and a blank line", smallSite, "\uFEFF\r\npapers.example.org\r\n", Options{}, []string{warn + "`domain: papers.example.org` in site.yaml, which writes CNAME on every build"}},
		{"not a host", smallSite, "<html>\n", Options{}, []string{warn + "the custom domain as `domain:` (e.g. `domain: papers.example.org`) in site.yaml, which writes CNAME on every build"}},
		{"written by domain:", withDomain, "papers.example.org\n", Options{}, nil},
		{"a preview", smallSite, "papers.example.org\n", Options{NoIndex: true}, nil},
		{"none", smallSite, "", Options{}, nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			former := fstest.MapFS{"index.html": {Data: []byte("<!doctype html>")}}
			if c.cname != "" {
				former["CNAME"] = &fstest.MapFile{Data: []byte(c.cname)}
			}
			opts := c.opts
			opts.Site, opts.Former = siteFS(c.site), former
			res, err := Build(context.Background(), opts)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, p := range res.Warnings {
				if strings.Contains(p.Msg, "CNAME") {
					got = append(got, p.String())
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("warnings:\n%q\nwant\n%q", got, c.want)
			}
		})
	}
}
