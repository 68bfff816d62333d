package generator

import (
	"io/fs"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/parse"
)

// FormerSite is what the configuration of a Hugo, Jekyll or Zola site
// says of the settings a new site.yaml starts with, so that paperboy new
// site in such a site's folder keeps its name and address.
type FormerSite struct {
	From      string // what was read: hugo.toml, config/_default/, _config.yml…
	Generator string // Hugo, Jekyll or Zola
	// The settings, "" where the configuration has none: BaseURL only an
	// absolute http(s) address, ending with a slash.
	Title, BaseURL, Language, Description string
}

// ReadFormerSite reads the configuration at the root of fsys that check
// names (hugoPlaces): Hugo's configuration folder's config/_default/, or
// else the first of hugoConfigs there, with the readers check's advice
// uses. ok is false when there is none, or it does not parse.
func ReadFormerSite(fsys fs.FS) (site FormerSite, ok bool) {
	var settings []hugoSetting
	var err error
	if hugoConfigFolder(fsys) {
		settings, err = hugoEnvSettings(fsys, "config/_default")
		site.From = "config/_default/"
	} else {
		for _, name := range hugoConfigs {
			var data []byte
			if data, err = fs.ReadFile(fsys, name); err == nil {
				settings, err = readHugoConfig(name, data)
				site.From = name
				break
			}
		}
	}
	if err != nil || site.From == "" {
		return FormerSite{}, false
	}
	site.Generator = "Hugo"
	var jekyllURL, jekyllBase string
	for _, s := range settings {
		v, _ := s.val.(string)
		v = strings.TrimSpace(v)
		k := strings.ToLower(s.key)
		switch {
		case k == "base_url" && site.From == "config.toml":
			site.Generator = "Zola"
		case site.From == "_config.yml" && k == "url":
			jekyllURL = v
		case site.From == "_config.yml" && k == "baseurl":
			jekyllBase = v
		case k == "params" || k == "extra": // Hugo's params.description
			for _, p := range s.settings {
				if d, _ := p.val.(string); strings.EqualFold(p.key, "description") && site.Description == "" {
					site.Description = strings.TrimSpace(d)
				}
			}
		}
		if v == "" {
			continue
		}
		switch parse.SiteField(k) {
		case "title":
			site.Title = v
		case "baseURL":
			site.BaseURL, _ = folderURL(v).(string)
		case "language":
			if site.Language == "" { // languageCode before defaultContentLanguage
				site.Language = v
			}
		case "description":
			site.Description = v
		}
	}
	if site.From == "_config.yml" {
		site.Generator, site.BaseURL = "Jekyll", ""
		if jekyllURL != "" {
			site.BaseURL = parse.JekyllBaseURL(jekyllURL, jekyllBase)
		}
	}
	if !strings.HasPrefix(site.BaseURL, "https://") && !strings.HasPrefix(site.BaseURL, "http://") {
		site.BaseURL = "" // Hugo's baseURL = '/', Jekyll's url: without a scheme
	}
	return site, true
}
