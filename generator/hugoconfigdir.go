package generator

import (
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// Hugo's configuration folder, config/ at a site's root, in place of a
// hugo.toml: a folder for each environment, config/_default/ read by
// every build and config/production/ (or another environment's) merged
// over it, each of files that Hugo merges in path order. hugo.toml (or
// config.toml) holds the top level; any other file the table of the key
// it is named after (params.toml is params, menus.en.toml the menus of
// the language en); yaml, yml and json files are read as toml ones are.

// hugoConfigExts are the extensions of the files Hugo reads in config/.
var hugoConfigExts = []string{".toml", ".yaml", ".yml", ".json"}

// hugoConfigName splits the name of a file in Hugo's configuration
// folder into its key and language (params.en.toml is params and en;
// hugo.toml and config.toml are the top level, key ""). ok is false for
// a file Hugo does not read.
func hugoConfigName(name string) (key, lang string, ok bool) {
	ext := path.Ext(name)
	if !slices.Contains(hugoConfigExts, ext) {
		return "", "", false
	}
	base := strings.TrimSuffix(name, ext)
	if base == "hugo" || base == "config" {
		return "", "", true
	}
	key, lang, _ = strings.Cut(base, ".")
	return key, lang, key != ""
}

// hugoConfigFolder reports whether config/ in fsys is Hugo's
// configuration folder: one of its environments' folders holds a hugo or
// params file, or config/_default/ a config file. Other repositories
// keep files of their own in a config/ (a CI script, an app's
// config/app/config.yaml), which are let be.
func hugoConfigFolder(fsys fs.FS) bool {
	found := false
	fs.WalkDir(fsys, "config", func(p string, d fs.DirEntry, err error) error {
		if err != nil || found {
			return fs.SkipAll
		}
		key, _, ok := hugoConfigName(d.Name())
		hugos := key == "params" || strings.HasPrefix(d.Name(), "hugo.") || strings.HasPrefix(p, "config/_default/") && key == ""
		found = !d.IsDir() && path.Dir(p) != "config" && ok && hugos
		return nil
	})
	return found
}

// hugoEnvSettings reads the files of the environment folder dir as Hugo
// merges them: in path order, the later file's value of a key winning,
// each file's settings under the key its name gives (hugoConfigName) and
// those of a language's file under languages.<lang>. A file that holds
// only the table of the key it is named after (params.toml of
// [params]) is that table, as Hugo unwraps it.
func hugoEnvSettings(fsys fs.FS, dir string) ([]hugoSetting, error) {
	var out []hugoSetting
	err := fs.WalkDir(fsys, dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		key, lang, ok := hugoConfigName(d.Name())
		if d.IsDir() || !ok {
			return nil
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		settings, err := readHugoConfig(p, data)
		if err != nil {
			return err
		}
		if len(settings) == 1 && key != "" && strings.EqualFold(settings[0].key, key) && settings[0].settings != nil {
			settings = settings[0].settings
		}
		keys := []string{key}
		if lang != "" {
			keys = []string{"languages", lang}
			if key == "params" || key == "menus" || key == "menu" {
				keys = append(keys, key)
			}
		}
		for i := len(keys) - 1; i >= 0 && keys[i] != ""; i-- {
			settings = []hugoSetting{{key: keys[i], val: tableVal(settings), settings: settings}}
		}
		out = mergeSettings(out, settings)
		return nil
	})
	return out, err
}

// mergeSettings merges the settings src over dst, as Hugo merges a later
// file over an earlier one: a table's settings one by one, any other
// value replacing dst's. Settings stay in the order they first came.
func mergeSettings(dst, src []hugoSetting) []hugoSetting {
	for _, s := range src {
		j := slices.IndexFunc(dst, func(d hugoSetting) bool { return strings.EqualFold(d.key, s.key) })
		switch {
		case j < 0:
			dst = append(dst, s)
		case dst[j].settings != nil && s.settings != nil:
			dst[j].settings = mergeSettings(dst[j].settings, s.settings)
			dst[j].val = tableVal(dst[j].settings)
		default:
			dst[j] = s
		}
	}
	return dst
}

// tableVal is the table whose settings are settings.
func tableVal(settings []hugoSetting) map[string]any {
	m := make(map[string]any, len(settings))
	for _, s := range settings {
		m[s.key] = s.val
		if s.settings != nil {
			m[s.key] = tableVal(s.settings)
		}
	}
	return m
}

// hugoConfigFolderMsg is what check and build say of Hugo's
// configuration folder in fsys: what the settings of config/_default/
// are in site.yaml, as for a hugo.toml, and then each other
// environment's folder, which overrides them in Hugo where site.yaml has
// one value a setting.
func hugoConfigFolderMsg(fsys fs.FS, cfg *model.Config) string {
	msg := "no build reads config/ at the site's root, Hugo's configuration folder: the site's configuration is content/site.yaml"
	advice := ""
	if settings, err := hugoEnvSettings(fsys, "config/_default"); err == nil {
		advice = settingsAdvice(settings, cfg)
	}
	if advice != "" {
		msg += "; write the settings of config/_default/ there, and " + deleteLast("config/") + ":" + advice
	} else {
		msg += " (title:, baseURL:, language:…)"
	}
	envs, _ := fs.ReadDir(fsys, "config")
	var lines []string
	for _, e := range envs {
		if !e.IsDir() || e.Name() == "_default" {
			continue
		}
		dir := "config/" + e.Name()
		settings, _ := hugoEnvSettings(fsys, dir)
		var keys []string
		for _, s := range settings {
			keys = append(keys, s.key)
		}
		these := "its settings"
		if len(keys) > 0 {
			these += " (" + strings.Join(keys, ", ") + ")"
		}
		lines = append(lines, dir+"/: not carried over; in Hugo "+these+" override config/_default/'s "+hugoEnvWhen(e.Name())+
			"; site.yaml has one value a setting, so write there the one the published site needs (for a preview deploy elsewhere, `paperboy build --base-url URL` replaces baseURL)")
	}
	if len(lines) == 0 {
		return msg
	}
	if advice == "" {
		msg += ":"
	}
	return msg + "\n  " + strings.Join(lines, "\n  ")
}

// hugoEnvWhen says when Hugo reads the environment env.
func hugoEnvWhen(env string) string {
	switch env {
	case "production":
		return "in a `hugo` build, whose environment is production"
	case "development":
		return "under `hugo server`, whose environment is development"
	}
	return "in a `hugo --environment " + env + "` build"
}
