package generator

import (
	"bytes"
	"path"
	"regexp"
	"strings"
	"unicode"

	"github.com/paperboy-digest/paperboy/generator/model"
	"golang.org/x/net/html"
)

// offline makes the files of a build into a copy that works opened from
// disk (file://, a zip on a USB stick), where a link that starts with the
// base path (/repo/style.css) names the root of the disk, and a folder
// shows as a listing, not its index.html. It is a pass over each file as
// the sink takes it: an HTML page's attributes that hold a link into the
// site, and a style sheet's url()s, are made relative to the file's own
// folder, a link to a folder ending in index.html. Every other byte is
// the build's own, and so is every absolute URL (canonical, og:url, the
// feeds' and JSON-LD's addresses), which names the published site.
type offline struct {
	bases []string // the base path, with a slash at the end, as the pages write it (escaped) and as it reads
}

// newOffline returns the pass for the site cfg builds.
func newOffline(cfg *model.Config) offline {
	var o offline
	for _, b := range []string{cfg.BasePath(), escapedBase(cfg)} {
		if b = strings.TrimSuffix(b, "/") + "/"; !strings.Contains(strings.Join(o.bases, "\n"), b) {
			o.bases = append(o.bases, b)
		}
	}
	return o
}

// escapedBase is the base path as a link writes it, with its
// percent-escapes (/my%20digest/).
func escapedBase(cfg *model.Config) string {
	if cfg.Base == nil {
		return "/"
	}
	return cfg.Base.EscapedPath()
}

// file returns f with its links made relative: an HTML page's and a
// style sheet's; any other file as it is.
func (o offline) file(f model.File) model.File {
	up := strings.Repeat("../", strings.Count(f.Path, "/"))
	switch strings.ToLower(path.Ext(f.Path)) {
	case ".html", ".htm":
		f.Data = o.page(f.Data, up)
	case ".css":
		f.Data = o.css(f.Data, up)
	}
	return f
}

// link returns the link v made relative to a file up (../../) from the
// site's root, and whether it is a link into the site: one that starts
// with the base path. With index, a link to a folder (papers/x/, the
// root) ends in index.html, as a browser shows a folder on disk as a
// listing; a script's folder (data-root) keeps its slash.
func (o offline) link(v, up string, index bool) (string, bool) {
	for _, b := range o.bases {
		rest, ok := strings.CutPrefix(v, b)
		if !ok {
			// The base path alone, without its slash (/repo, /repo#x).
			if base := strings.TrimSuffix(b, "/"); base != "" && strings.HasPrefix(v, base) && (len(v) == len(base) || strings.ContainsRune("?#", rune(v[len(base)]))) {
				rest, ok = v[len(base):], true
			}
		}
		if !ok || b == "/" && strings.HasPrefix(v, "//") { // //host/x is another site
			continue
		}
		p, tail := rest, ""
		if i := strings.IndexAny(rest, "?#"); i >= 0 {
			p, tail = rest[:i], rest[i:]
		}
		if index && (p == "" || strings.HasSuffix(p, "/")) {
			p += "index.html"
		}
		if up+p == "" {
			return "./" + tail, true
		}
		return up + p + tail, true
	}
	return v, false
}

// page returns the HTML page data with the links of its attributes made
// relative (see attrLink), and those of its <style> elements (css): each
// tag the tokenizer reads is copied as it is, but for the values of the
// attributes it changes. A page with none is returned as it is.
func (o offline) page(data []byte, up string) []byte {
	z := html.NewTokenizer(bytes.NewReader(data))
	var out bytes.Buffer
	changed, inStyle, read := false, false, 0
	for {
		tt := z.Next()
		raw := z.Raw()
		read += len(raw)
		next := raw
		switch tt {
		case html.ErrorToken:
			out.Write(raw)
			// The tokenizer read every byte, or the page is kept as the
			// build made it rather than cut.
			if !changed || read != len(data) {
				return data
			}
			return out.Bytes()
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			inStyle = tt == html.StartTagToken && string(name) == "style"
			next = o.tag(raw, tagAttrs(z), up)
		case html.TextToken:
			if inStyle {
				next = o.css(raw, up)
			}
		default:
			inStyle = false
		}
		changed = changed || !bytes.Equal(next, raw)
		out.Write(next)
	}
}

// tagAttrs returns the attributes of the tag z has just read, as the
// tokenizer reads them: name in lower case, value unescaped.
func tagAttrs(z *html.Tokenizer) []html.Attribute {
	var attrs []html.Attribute
	for more := true; more; {
		var k, v []byte
		k, v, more = z.TagAttr()
		if k == nil {
			break
		}
		attrs = append(attrs, html.Attribute{Key: string(k), Val: string(v)})
	}
	return attrs
}

// tag returns the raw start tag with the values of attrs (its attributes,
// as the tokenizer read them) that hold links into the site made
// relative, or raw itself when it has none, or when the spans its bytes
// give differ from the tokenizer's attributes.
func (o offline) tag(raw []byte, attrs []html.Attribute, up string) []byte {
	spans := attrSpans(raw)
	if len(spans) != len(attrs) {
		return raw
	}
	refresh := false
	for _, a := range attrs {
		refresh = refresh || a.Key == "http-equiv" && strings.EqualFold(strings.TrimSpace(a.Val), "refresh")
	}
	var out []byte
	at := 0
	for i, a := range attrs {
		s := spans[i]
		if !strings.EqualFold(string(raw[s.key:s.keyEnd]), a.Key) {
			return raw
		}
		v, ok := o.attrLink(a, up, refresh)
		if !ok || s.val < 0 {
			continue
		}
		out = append(out, raw[at:s.val]...)
		if s.quoted {
			out = append(out, html.EscapeString(v)...)
		} else {
			out = append(out, '"')
			out = append(out, html.EscapeString(v)...)
			out = append(out, '"')
		}
		at = s.valEnd
	}
	if out == nil {
		return raw
	}
	return append(out, raw[at:]...)
}

// attrLink returns the value of the attribute a of a tag with its links
// into the site made relative, and whether it changed: the attributes
// that hold a link (href, src, action…) and srcset's list of them, the
// data-* attributes that hold one (the built-in search form's data-root
// and data-index), a refresh's content (0; url=…, the pages at former
// addresses), and a style attribute's url()s.
func (o offline) attrLink(a html.Attribute, up string, refresh bool) (string, bool) {
	switch {
	case linkAttrs[a.Key]:
		return o.link(a.Val, up, true)
	case a.Key == "srcset":
		return o.srcset(a.Val, up)
	case strings.HasPrefix(a.Key, "data-"):
		return o.link(a.Val, up, false)
	case a.Key == "content" && refresh:
		i := strings.Index(strings.ToLower(a.Val), "url=")
		if i < 0 {
			return a.Val, false
		}
		v, ok := o.link(strings.TrimSpace(a.Val[i+4:]), up, true)
		return a.Val[:i+4] + v, ok
	case a.Key == "style":
		v := string(o.css([]byte(a.Val), up))
		return v, v != a.Val
	}
	return a.Val, false
}

// linkAttrs are the attributes whose value is one link.
var linkAttrs = map[string]bool{
	"href": true, "src": true, "action": true, "formaction": true, "poster": true,
	"cite": true, "background": true, "data": true, "xlink:href": true, "manifest": true,
}

// srcset returns a srcset's list (a.png 1x, b.png 2x) with its links into
// the site made relative, and whether one was.
func (o offline) srcset(v, up string) (string, bool) {
	parts := strings.Split(v, ",")
	changed := false
	for i, p := range parts {
		lead := len(p) - len(strings.TrimLeft(p, " \t\n\r\f"))
		u := strings.FieldsFunc(p[lead:], unicode.IsSpace)
		if len(u) == 0 {
			continue
		}
		if rel, ok := o.link(u[0], up, false); ok {
			parts[i], changed = p[:lead]+rel+p[lead+len(u[0]):], true
		}
	}
	return strings.Join(parts, ","), changed
}

// cssURL is a style sheet's url(…) or @import "…", with the link in its
// second group.
var cssURL = regexp.MustCompile(`(url\(\s*["']?|@import\s+["'])([^"'()\s]+)`)

// css returns the style sheet data with the links of its url()s and
// @imports into the site made relative to a file up from the root; a
// style sheet's links are never to a folder.
func (o offline) css(data []byte, up string) []byte {
	if !bytes.Contains(data, []byte("url(")) && !bytes.Contains(data, []byte("@import")) {
		return data
	}
	return cssURL.ReplaceAllFunc(data, func(m []byte) []byte {
		g := cssURL.FindSubmatchIndex(m)
		v, ok := o.link(string(m[g[4]:g[5]]), up, false)
		if !ok {
			return m
		}
		return append(append([]byte(nil), m[:g[4]]...), v...)
	})
}

// span is where an attribute's name and value are in a raw tag; val is -1
// for an attribute without a value.
type span struct {
	key, keyEnd, val, valEnd int
	quoted                   bool
}

// attrSpans returns where the attributes of the raw start tag are, read
// as the tokenizer reads them: after the tag's name, each name ends at a
// space, =, / or >, and its value, after an =, is quoted or ends at a
// space or >.
func attrSpans(raw []byte) []span {
	space := func(c byte) bool { return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' }
	i, n := 1, len(raw)
	for i < n && !space(raw[i]) && raw[i] != '/' && raw[i] != '>' {
		i++
	}
	var spans []span
	seen := map[string]bool{}
	for {
		for i < n && (space(raw[i]) || raw[i] == '/') {
			i++
		}
		if i >= n || raw[i] == '>' {
			return spans
		}
		s := span{key: i, val: -1}
		i++ // a name may start with =
		for i < n && !space(raw[i]) && raw[i] != '/' && raw[i] != '=' && raw[i] != '>' {
			i++
		}
		s.keyEnd = i
		j := i
		for j < n && space(raw[j]) {
			j++
		}
		if j < n && raw[j] == '=' {
			j++
			for j < n && space(raw[j]) {
				j++
			}
			if j < n && (raw[j] == '"' || raw[j] == '\'') {
				q := raw[j]
				s.val, s.quoted = j+1, true
				j = s.val
				for j < n && raw[j] != q {
					j++
				}
				s.valEnd = j
				if j < n {
					j++
				}
			} else {
				s.val = j
				for j < n && !space(raw[j]) && raw[j] != '>' {
					j++
				}
				s.valEnd = j
			}
			i = j
		}
		// The tokenizer keeps the first of two attributes of one name.
		if k := strings.ToLower(string(raw[s.key:s.keyEnd])); !seen[k] {
			seen[k] = true
			spans = append(spans, s)
		}
	}
}
