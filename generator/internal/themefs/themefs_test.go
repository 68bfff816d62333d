package themefs

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"
)

func stack() Stack {
	mine := fstest.MapFS{
		"static/custom.css":         {Data: []byte("mine")},
		"templates/partials/a.html": {Data: []byte("mine a")},
		"i18n/en.yaml":              {Data: []byte("x: y")},
	}
	lab := fstest.MapFS{
		"static/custom.css":         {Data: []byte("lab")},
		"static/img/logo.svg":       {Data: []byte("<svg/>")},
		"templates/partials/a.html": {Data: []byte("lab a")},
		"templates/partials/b.html": {Data: []byte("lab b")},
	}
	return Stack{{FS: mine, Dir: "themes/mine"}, {FS: lab, Dir: "themes/lab"}}
}

// TestStack: the first layer that has a file gives it, folders list every
// layer's files, and Origin names the folder a file comes from; the
// Stack is a well-behaved fs.FS (fstest.TestFS).
func TestStack(t *testing.T) {
	s := stack()
	if err := fstest.TestFS(s, "static/custom.css", "static/img/logo.svg", "templates/partials/a.html", "templates/partials/b.html", "i18n/en.yaml"); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"static/custom.css": "mine", "templates/partials/b.html": "lab b"} {
		if data, err := fs.ReadFile(s, name); err != nil || string(data) != want {
			t.Errorf("ReadFile(%s) = %q, %v; want %q", name, data, err, want)
		}
	}
	var files []string
	fs.WalkDir(s, "templates", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			files = append(files, p)
		}
		return err
	})
	if want := []string{"templates/partials/a.html", "templates/partials/b.html"}; !slices.Equal(files, want) {
		t.Errorf("WalkDir = %q, want %q", files, want)
	}
	for name, want := range map[string]string{
		"static/custom.css":   "themes/mine/static/custom.css",
		"static/img/logo.svg": "themes/lab/static/img/logo.svg",
		"static/nope.css":     "",
	} {
		if got := s.Origin(name); got != want {
			t.Errorf("Origin(%s) = %q, want %q", name, got, want)
		}
	}
	if s.Dir() != "themes/mine" || Stack(nil).Dir() != "" {
		t.Error("Dir of a Stack is wrong")
	}
}

// TestHas: a file or folder of any layer is had; a name no fs.FS takes,
// as a page's address is written ("static/img/"), is not, nor is it
// anyone's Origin. The disk's layer, as a site's, says so with
// fs.ErrInvalid where fstest.MapFS says fs.ErrNotExist.
func TestHas(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "static", "img"), 0o755); err != nil {
		t.Fatal(err)
	}
	s := append(Stack{{FS: os.DirFS(dir), Dir: "themes/disk"}}, stack()...)
	for _, tc := range []struct {
		s    Stack
		name string
		want bool
	}{
		{s, "static/img", true},
		{s, "static/img/logo.svg", true},
		{s, "templates/partials/b.html", true},
		{s, "static/nope.css", false},
		{s, "static/img/", false},
		{s, "static/archive/", false},
		{s, "/static/img", false},
		{s, "static/../static/img", false},
		{nil, "static", false},
	} {
		if got := tc.s.Has(tc.name); got != tc.want {
			t.Errorf("Has(%q) = %v, want %v", tc.name, got, tc.want)
		}
		if got := tc.s.Origin(tc.name); (got != "") != tc.want {
			t.Errorf("Origin(%q) = %q, want one only if Has", tc.name, got)
		}
	}
}

// TestUnused: a file is named in the first theme folder that has it and
// site.yaml does not name; a used theme's, a folder's and another
// file's are not.
func TestUnused(t *testing.T) {
	site := fstest.MapFS{
		"themes/lab/static/images/fig.png":  {Data: []byte("png")},
		"themes/mine/static/images/fig.png": {Data: []byte("png")},
		"themes/mine/static/css/x.css":      {Data: []byte("a{}")},
		"themes/README.md":                  {Data: []byte("themes")},
	}
	for _, tc := range []struct {
		used       []string
		name, want string
	}{
		{nil, "static/images/fig.png", "themes/lab"},
		{[]string{"lab"}, "static/images/fig.png", "themes/mine"},
		{[]string{"lab", "mine"}, "static/images/fig.png", ""},
		{nil, "static/css/x.css", "themes/mine"},
		{nil, "static/css", ""},
		{nil, "static/images/none.png", ""},
		{nil, "static/images/", ""},
	} {
		if got := Unused(site, tc.used, tc.name); got != tc.want {
			t.Errorf("Unused(%q, %s) = %q, want %q", tc.used, tc.name, got, tc.want)
		}
	}
	if got := Unused(fstest.MapFS{}, nil, "static/x.png"); got != "" {
		t.Errorf("Unused of a site without themes/ = %q, want \"\"", got)
	}
}
