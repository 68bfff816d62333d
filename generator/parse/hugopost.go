package parse

import (
	"bytes"
	"strings"

	"github.com/BurntSushi/toml"
	"go.yaml.in/yaml/v3"

	"github.com/paperboy-digest/paperboy/generator/diag"
)

// PostAddress is what in the front matter of data, a Hugo or Zola post
// still in its section (or a Jekyll page), gave it its address: the slug:
// that replaced its file's name, and the url: (Zola's path:, Jekyll's
// permalink:) that replaced the whole, in
// YAML between --- lines or TOML between +++ lines, keys in any letter
// case as Hugo reads them; "" for each it does not have, or when the
// front matter does not parse (its own message says so).
func PostAddress(data []byte) (slug, url string) {
	data, err := diag.Text("", data)
	if err != nil {
		return "", ""
	}
	first, rest, _ := bytes.Cut(data, []byte("\n"))
	delim := string(bytes.TrimRight(first, " \t"))
	if delim != "---" && delim != "+++" {
		return "", ""
	}
	var front []byte
	for off := 0; ; {
		line, _, ok := bytes.Cut(rest[off:], []byte("\n"))
		if string(bytes.TrimRight(line, " \t")) == delim {
			front = rest[:off]
			break
		}
		if !ok {
			return "", ""
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
		return "", ""
	}
	for k, v := range m {
		s, _ := v.(string)
		switch strings.ToLower(k) {
		case "slug":
			slug = strings.TrimSpace(s)
		case "url", "path", "permalink":
			url = strings.TrimSpace(s)
		}
	}
	return slug, url
}
