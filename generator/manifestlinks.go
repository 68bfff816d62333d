package generator

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/generator/linkcheck"
	"github.com/paperboy-digest/paperboy/generator/model"
	"github.com/paperboy-digest/paperboy/generator/render"
)

// manifestKeys are the members of a web app manifest, at any depth, whose
// value is an address a browser opens or fetches: the app's start page
// and scope, an icon's or screenshot's src, a shortcut's url and a share
// target's action.
var manifestKeys = map[string]bool{"start_url": true, "scope": true, "src": true, "url": true, "action": true}

// manifestProblems reports each address of a theme's manifest.webmanifest
// (in files, as the build published it) that names no file of the site
// (exists has their paths), at its line in the theme's file: a root path
// that leaves out the base path, as PWA tutorials write them ("start_url":
// "/"), opens another site from the home screen and loses the icons. The
// generated manifest is the build's, and not read.
func manifestProblems(theme themefs.Stack, cfg *model.Config, files []model.File, exists map[string]bool) []Problem {
	src := theme.Origin("static/" + render.ManifestFile)
	if src == "" {
		return nil
	}
	var out []Problem
	for _, f := range files {
		if f.Path != render.ManifestFile {
			continue
		}
		jsonStrings(f.Data, func(key, ref string, line int) {
			if !manifestKeys[key] {
				return
			}
			_, _, why := linkcheck.Resolve(f.Path, ref, cfg.BasePath(), exists)
			if why == "" {
				return
			}
			msg := fmt.Sprintf("%q: %q names no file of the site: %s; put the file in the theme's static/ folder, or fix the address (relative to the manifest)", key, ref, why)
			if rel, ok := strings.CutPrefix(ref, "/"); ok && !strings.HasPrefix(ref, cfg.BasePath()) {
				msg = fmt.Sprintf("%q: %q is outside the site's base path %s, so a phone that adds the site to its home screen takes it from the server's root, another site; write %q, or %q relative to the manifest",
					key, ref, cfg.BasePath(), cfg.BasePath()+rel, relOrDot(rel))
			}
			out = append(out, Problem{Kind: "link", Path: src, Line: line, Msg: msg})
		})
	}
	return out
}

// relOrDot is rel, or "./" for the manifest's own folder.
func relOrDot(rel string) string {
	if rel == "" {
		return "./"
	}
	return rel
}

// jsonStrings calls fn with each string value of an object member in the
// JSON data (a byte-order mark let be), its member's name and its line;
// it stops at the end or at a syntax error, which the build reported.
func jsonStrings(data []byte, fn func(key, val string, line int)) {
	type level struct {
		object, wantKey bool
		key             string
	}
	var stack []level
	body := bytes.TrimPrefix(data, []byte("\uFEFF"))
	skip := len(data) - len(body)
	dec := json.NewDecoder(bytes.NewReader(body))
	for {
		tok, err := dec.Token()
		if err != nil { // io.EOF, or a syntax error the build reported
			return
		}
		var top *level
		if len(stack) > 0 {
			top = &stack[len(stack)-1]
		}
		if d, ok := tok.(json.Delim); ok {
			switch d {
			case '{', '[':
				if top != nil && top.object {
					top.wantKey = true
				}
				stack = append(stack, level{object: d == '{', wantKey: d == '{'})
			default:
				stack = stack[:len(stack)-1]
			}
			continue
		}
		if top == nil || !top.object {
			continue
		}
		if top.wantKey {
			top.key, top.wantKey = tok.(string), false
			continue
		}
		top.wantKey = true
		if s, ok := tok.(string); ok {
			fn(top.key, s, diag.LineAt(data, skip+int(dec.InputOffset())))
		}
	}
}
