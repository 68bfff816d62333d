package markdown

import (
	"regexp"
	"strings"
)

// A Zola site's pages bring Tera shortcodes along, which Paperboy reads
// as text: each is found at its line with what to write instead.

// zolaCallRE is the call of a Zola shortcode, name(args), that opens an
// inline shortcode ({{ youtube(id="x") }}, group 1 and 2) or one with a
// body ({% note(kind="info") %}, group 3 and 4).
var zolaCallRE = regexp.MustCompile(`\{\{-?\s*([A-Za-z_]\w*)\(((?:[^()"'\n]|"[^"\n]*"|'[^'\n]*')*)\)\s*-?\}\}` +
	`|\{%-?\s*([A-Za-z_]\w*)\(((?:[^()"'\n]|"[^"\n]*"|'[^'\n]*')*)\)\s*-?%\}` +
	`|\{%-?\s*end\s*-?%\}` +
	`|\{\{/\*\s*(.*?)\s*\*/\}\}|\{%/\*\s*(.*?)\s*\*/%\}`)

// zolaShortcodes returns the Zola shortcodes of s outside the verbatim
// ranges: inline ones, those with a body (whose {% end %} goes with them),
// an {% end %} that closes none, and the escaped ones ({{/* … */}}),
// which Zola shows as the shortcode itself.
func zolaShortcodes(s *source, verbatim ranges) []Shortcode {
	src := s.bytes()
	var out []Shortcode
	open := 0 // bodies not yet closed
	for _, m := range zolaCallRE.FindAllSubmatchIndex(src, -1) {
		i := m[0]
		if verbatim.contains(i) || i > 0 && src[i-1] == '{' { // {{%/* … */%}} is Hugo's
			continue
		}
		sc := Shortcode{Line: s.line(i), Of: "a Zola shortcode", at: i}
		switch {
		case m[2] >= 0:
			sc.Name = string(src[m[2]:m[3]])
			sc.Text = "{{ " + sc.Name + "(…) }}"
			sc.Hint = zolaHint(sc.Name, string(src[m[4]:m[5]]))
		case m[6] >= 0:
			open++
			sc.Name = string(src[m[6]:m[7]])
			sc.Text = "{% " + sc.Name + "(…) %}"
			sc.Hint = zolaHint(sc.Name, string(src[m[8]:m[9]])) + ", in place of " + sc.Text + " and its {% end %}"
		case m[10] >= 0 || m[12] >= 0:
			call := string(src[max(m[10], m[12]):max(m[11], m[13])])
			sc.Name, sc.Of, sc.Escaped = call, "a Zola shortcode escaped with /* */", true
			sc.Text = "{{/* … */}}"
			shown := "{{ " + call + " }}"
			if m[12] >= 0 {
				sc.Text, shown = "{%/* … */%}", "{% "+call+" %}"
			}
			sc.Hint = escapedHint("Zola", shown)
		case open > 0:
			open--
			continue
		default:
			sc.Name, sc.Text = "end", "{% end %}"
			sc.Hint = "it closes a Zola shortcode whose opening tag is gone: remove it"
		}
		out = append(out, sc)
	}
	return out
}

// zolaHint says what to write in place of Zola's shortcode name called
// with the arguments args (id="x", autoplay=true).
func zolaHint(name, args string) string {
	a := shortcodeArgs(strings.ReplaceAll(args, ",", " "))
	switch id := a["id"]; {
	case name == "youtube" && id != "":
		return "write a link to it: [the video](https://www.youtube.com/watch?v=" + id + ")"
	case name == "vimeo" && id != "":
		return "write a link to it: [the video](https://vimeo.com/" + id + ")"
	case name == "gist" && a["url"] != "":
		return "write a link to it: [the gist](" + a["url"] + ")"
	}
	if a["body"] != "" && (name == "katex" || name == "math") {
		return "write the formula as $$" + a["body"] + "$$ (display) or $" + a["body"] + "$ (inline)"
	}
	return shortcodeHint(name, a)
}
