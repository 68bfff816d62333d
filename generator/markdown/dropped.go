package markdown

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/yuin/goldmark/ast"

	"github.com/paperboy-digest/paperboy/generator/textutil"
)

// droppedSchemes are the schemes of the addresses that goldmark's
// renderer empties (html.IsDangerousURL), but for raw HTML kept.
var droppedSchemes = []string{"javascript", "vbscript", "data", "file"}

// droppedLinks returns a warning for each link, image or autolink whose
// address the page empties, as goldmark's renderer does for safety
// (html.IsDangerousURL: javascript:, vbscript:, file: and data: but
// data:image/png, gif, jpeg or webp), where the author meant it to go
// somewhere. With raw HTML kept (Options.UnsafeHTML) the renderer keeps
// them, and so do they. Only a source with one of those schemes before a
// colon is parsed for it.
func (s *source) droppedLinks() []Hidden {
	if s.r.unsafe || !mayDrop(s.text) {
		return nil
	}
	src := s.bytes()
	var out []Hidden
	ast.Walk(s.root(), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if dest, ok := linkDest(n, src); entering && ok && s.r.drops(dest) {
			what := "link"
			if n.Kind() == ast.KindImage {
				what = "image"
			}
			scheme, _, _ := strings.Cut(string(dest), ":")
			out = append(out, Hidden{s.line(destOffset(n, src, dest)), fmt.Sprintf("the %s to %q was dropped: the page shows a %s: address as none, for the reader's safety; write an http(s) address instead (https://…), or remove the %[1]s", what, shortDest(string(dest)), strings.ToLower(scheme))})
		}
		return ast.WalkContinue, nil
	})
	return out
}

// mayDrop reports whether s has one of droppedSchemes before a colon, in
// any letter case, as a dropped address needs.
func mayDrop(s string) bool {
	for i := strings.IndexByte(s, ':'); i >= 0; {
		for _, scheme := range droppedSchemes {
			if i >= len(scheme) && strings.EqualFold(s[i-len(scheme):i], scheme) {
				return true
			}
		}
		k := strings.IndexByte(s[i+1:], ':')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// shortDest returns an address cut to about 40 bytes, for a message to
// quote (a data: address may run to thousands).
func shortDest(d string) string {
	if len(d) <= 40 {
		return d
	}
	cut := 37
	for cut > 0 && !utf8.RuneStart(d[cut]) {
		cut--
	}
	return d[:cut] + "…"
}

// wrappers are bytes each link textutil.Unwrapped unwraps has.
var wrappers = []string{"google.", "safelinks.protection.outlook.com", "urldefense", "facebook.com/l.php", "linkedin.com/redir", "youtube.com/redirect", "slack-redir.net"}

// wrappedLinks returns a warning for each link, image or autolink to an
// address wrapped by a mail, search or chat service that sends readers
// through itself first (textutil.Unwrapped), with the address it leads
// to. Only a source with such a service's name is parsed for it.
func (s *source) wrappedLinks() []Hidden {
	if !strings.Contains(s.text, "://") || !textutil.ContainsAny(s.text, wrappers...) { // ':' is rare, and found fast
		return nil
	}
	src := s.bytes()
	var out []Hidden
	ast.Walk(s.root(), func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if dest, ok := linkDest(n, src); entering && ok {
			if to, via := textutil.Unwrapped(string(dest)); to != "" {
				out = append(out, Hidden{s.line(destOffset(n, src, dest)), fmt.Sprintf("the link to %q: %s", shortDest(string(dest)), textutil.WrappedMessage(to, via))})
			}
		}
		return ast.WalkContinue, nil
	})
	return out
}

// destOffset is where in src the link n writes its address dest: after
// where the text before it ends (offsetOf), which for an autolink after
// a line break is the line before.
func destOffset(n ast.Node, src, dest []byte) int {
	at := offsetOf(n)
	if i := bytes.Index(src[at:], dest); i >= 0 {
		return at + i
	}
	return at
}
