package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/paperboy-digest/paperboy/generator"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// formerSettings fills in body, a new site.yaml, the settings of the
// Hugo, Jekyll or Zola site in dir (generator.ReadFormerSite) in place of
// its placeholders, and returns the fields it filled and what it says of
// them ("" when none).
func formerSettings(dir, yml, body string) (string, []string, string) {
	site, ok := generator.ReadFormerSite(os.DirFS(dir))
	if !ok {
		return body, nil, ""
	}
	var filled []string
	for _, f := range []struct{ field, placeholder, v string }{
		{"title", `title: "` + generator.NewSiteTitle + `"`, site.Title},
		{"baseURL", `baseURL: "` + generator.NewSiteBaseURL + `"`, site.BaseURL},
		{"description", `description: ""`, site.Description},
		{"language", "language: en", site.Language},
	} {
		if f.v != "" {
			body = strings.Replace(body, "\n"+f.placeholder+"\n", "\n"+f.field+": "+strconv.Quote(f.v)+"\n", 1)
			filled = append(filled, f.field)
		}
	}
	from := filepath.Join(dir, filepath.FromSlash(site.From))
	if strings.HasSuffix(site.From, "/") { // config/_default/
		from += string(filepath.Separator)
	}
	if len(filled) == 0 {
		return body, nil, fmt.Sprintf("%s, the %s site's configuration, has no title, baseURL, description or language for %s", from, site.Generator, yml)
	}
	return body, filled, fmt.Sprintf("took %s for %s from %s, the %s site's configuration", textutil.List(filled), yml, from, site.Generator)
}
