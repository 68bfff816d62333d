package textutil

import "strings"

// TextAlign is the text-align of the inline style s, "left", "right" or
// "center", or "" for any other or none. The Markdown renderer writes a
// table column's alignment (|--:|) as style="text-align:right" on its
// cells; the feeds and the email, which drop every other style, keep this
// one in the form their readers honour.
func TextAlign(s string) string {
	for _, decl := range strings.Split(s, ";") {
		prop, val, ok := strings.Cut(decl, ":")
		if !ok || !strings.EqualFold(strings.TrimSpace(prop), "text-align") {
			continue
		}
		switch v := strings.ToLower(strings.TrimSpace(val)); v {
		case "left", "right", "center":
			return v
		}
	}
	return ""
}
