package serve

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/model"
)

func TestNormalizeBase(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", "/"},
		{"/", "/"},
		{"/repo/", "/repo/"},
		{"/repo", "/repo/"},
		{"repo", "/repo/"},
		{"/a/b/", "/a/b/"},
		{"/a/../b/", "/b/"},
	}
	for _, tt := range tests {
		if got := normalizeBase(tt.in); got != tt.want {
			t.Errorf("normalizeBase(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestMessages(t *testing.T) {
	list := diag.List{diag.Errorf("content/b.md", 3, "bad; fix"), diag.Errorf("content/a.md", 1, "worse; fix")}
	tests := []struct {
		err  error
		want []string
	}{
		{list.Err(), []string{"content/a.md:1: worse; fix", "content/b.md:3: bad; fix"}},
		{errors.New("render: one\n\n  two  \n"), []string{"render: one", "two"}},
		{errors.New(""), []string{"build failed without a message"}},
	}
	for _, tt := range tests {
		if got := messages(tt.err); !slices.Equal(got, tt.want) {
			t.Errorf("messages(%q) = %q, want %q", tt.err, got, tt.want)
		}
	}
}

func TestSnapshotDropsBadPaths(t *testing.T) {
	snap, warnings := newSnapshot(Site{Files: []model.File{
		{Path: "ok.html"}, {Path: "../x.html"}, {Path: "/abs.html"}, {Path: `a\b.html`}, {Path: "a//b"}, {Path: "ok.html"},
	}})
	if len(snap.files) != 1 || len(warnings) != 5 {
		t.Errorf("newSnapshot kept %d files with %d warnings %q, want 1 and 5", len(snap.files), len(warnings), warnings)
	}
}

// TestUnchangedBuildKeepsPages: a build that found nothing to rebuild
// (Site.Unchanged) is logged with its reason and publishes nothing, so no
// open page reloads; after a failed build it publishes the site, which
// takes the errors off the pages.
func TestUnchangedBuildKeepsPages(t *testing.T) {
	var logged []string
	var fail bool
	site := Site{Files: []model.File{{Path: "index.html", Data: []byte("<p>hi</p>")}}}
	s, err := New(Options{
		Build: func(ctx context.Context, changed []string) (Site, error) {
			if fail {
				return Site{}, errors.New("content/papers/a.md:2: bad; fix")
			}
			if changed == nil {
				return site, nil
			}
			unchanged := site
			unchanged.Unchanged = changed[0] + " is in themes/other/, a theme site.yaml does not use"
			return unchanged, nil
		},
		Logf: func(format string, args ...any) { logged = append(logged, fmt.Sprintf(format, args...)) },
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	s.rebuild(ctx, nil)
	gen := s.state.Load().gen
	s.rebuild(ctx, []string{"themes/other/email/digest.txt"})
	if g := s.state.Load().gen; g != gen {
		t.Errorf("a build with nothing to rebuild published the site again (generation %d, was %d): open pages reload", g, gen)
	}
	if last := logged[len(logged)-1]; !strings.Contains(last, "themes/other/email/digest.txt is in themes/other/, a theme site.yaml does not use; nothing to rebuild") {
		t.Errorf("logged %q; want the reason and nothing to rebuild", last)
	}
	fail = true
	s.rebuild(ctx, []string{"content/papers/a.md"})
	fail = false
	s.rebuild(ctx, []string{"content/papers/a.md"})
	if st := s.state.Load(); st.errs != nil || st.site == nil {
		t.Errorf("after a failed build, a build with nothing to rebuild left the errors %q on the pages", st.errs)
	}
}
