package parse

import (
	"strings"
	"testing"
)

// bomb is a YAML "billion laughs" under key, indented by indent: seven
// lines whose aliases would expand to millions of values.
func bomb(key, indent string) string {
	s := key + ":\n" + indent + `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]` + "\n"
	for i, name := range []string{"b", "c", "d", "e", "f", "g"} {
		prev := "*" + string(rune('a'+i))
		s += indent + name + ": &" + name + " [" + strings.Repeat(prev+",", 8) + prev + "]\n"
	}
	return s
}

// TestAliasBomb: a YAML alias bomb in any source is refused at the line
// where its aliases start to multiply (the first alias of an anchor that
// holds aliases), naming them and saying what to do, not as "expected a
// mapping …, found a mapping", which the YAML library's "excessive
// aliasing" became. (A translation file reads no alias as text.)
func TestAliasBomb(t *testing.T) {
	const want = `too many YAML aliases (*name) expand here (*b, *c and *d, each repeating an anchor that holds aliases itself), to more values than Paperboy reads; write the values out, or remove the anchors (&name) and the aliases`
	lim := DefaultLimits()
	for _, tt := range []struct {
		name, at string
		parse    func() error
	}{
		{"paper extra", "p.md:9: extra: ", func() error {
			_, err := Paper("p.md", []byte("---\ntitle: T\narxiv: \"2506.11111\"\nauthors: [Ada]\ndate: 2025-06-16\n"+bomb("extra", "  ")+"---\nAbstract.\n"), lim)
			return err
		}},
		{"day extra", "content/days/2025-06-16.md:6: extra: ", func() error {
			_, _, err := Day("content/days/2025-06-16.md", []byte("---\ndate: 2025-06-16\n"+bomb("extra", "  ")+"---\n"), lim)
			return err
		}},
		{"site extra", "site.yaml:6: extra: ", func() error {
			_, err := Config("site.yaml", []byte("title: T\nbaseURL: https://example.org/\n"+bomb("extra", "  ")), "")
			return err
		}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.parse()
			if err == nil || !strings.Contains(err.Error(), tt.at+want) {
				t.Errorf("error = %v\nwant %q", err, tt.at+want)
			}
		})
	}
}
