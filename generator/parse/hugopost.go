package parse

import (
	"bytes"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// Post is what in the front matter of a Hugo or Zola post (or a Jekyll
// page) made its address: the slug: that replaced its file's name, the
// url: (Zola's path:, Jekyll's permalink:) that replaced the whole, and
// the title and date a permalink pattern of Hugo's fills in (:title,
// :year); each zero when it does not have it.
type Post struct {
	Slug, URL, Title string
	Date             time.Time
}

// PostAddress is what in the front matter of data, a Hugo or Zola post
// still in its section (or a Jekyll page), gave it its address: the slug:
// that replaced its file's name, and the url: (Zola's path:, Jekyll's
// permalink:) that replaced the whole; "" for each it does not have. See
// PostOf.
func PostAddress(data []byte) (slug, url string) {
	p := PostOf(data)
	return p.Slug, p.URL
}

// PostOf reads the Post of data, its front matter in YAML between ---
// lines or TOML between +++ lines, keys in any letter case as Hugo reads
// them; the zero Post when the front matter does not parse (its own
// message says so).
func PostOf(data []byte) Post {
	data, err := diag.Text("", data)
	if err != nil {
		return Post{}
	}
	first, rest, _ := bytes.Cut(data, []byte("\n"))
	delim := string(bytes.TrimRight(first, " \t"))
	if delim != "---" && delim != "+++" {
		return Post{}
	}
	var front []byte
	for off := 0; ; {
		line, _, ok := bytes.Cut(rest[off:], []byte("\n"))
		if string(bytes.TrimRight(line, " \t")) == delim {
			front = rest[:off]
			break
		}
		if !ok {
			return Post{}
		}
		off += len(line) + 1
	}
	var m map[string]any
	if delim == "+++" {
		err = toml.Unmarshal(front, &m)
	} else {
		err = yaml.Unmarshal(front, &m)
	}
	if err != nil {
		return Post{}
	}
	var p Post
	for k, v := range m {
		s, _ := v.(string)
		switch strings.ToLower(k) {
		case "slug":
			p.Slug = strings.TrimSpace(s)
		case "url", "path", "permalink":
			p.URL = strings.TrimSpace(s)
		case "title":
			p.Title = strings.TrimSpace(s)
		case "date":
			p.Date = postDate(v)
		}
	}
	return p
}

// postDate is the date: v of a post's front matter as YAML or TOML decode
// it: a time, or a string of a date or time; zero when it is neither.
func postDate(v any) time.Time {
	switch v := v.(type) {
	case time.Time:
		return v
	case string:
		for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", time.DateTime, time.DateOnly} {
			if t, err := time.Parse(layout, strings.TrimSpace(v)); err == nil {
				return t
			}
		}
	}
	return time.Time{}
}
