package render

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/paperboy-digest/paperboy/generator/diag"
	"github.com/paperboy-digest/paperboy/generator/textutil"
)

var (
	// undefinedVarRE matches text/template's complaint about a variable
	// the template uses and never declares where it is used.
	undefinedVarRE = regexp.MustCompile(`^undefined variable "(\$\w*)"$`)
	// declRE matches the declaration of one or two variables, {{$p :=
	// .Paper}} or {{range $i, $d := …}}.
	declRE = regexp.MustCompile(`(\$\w+)\s*(?:,\s*(\$\w+)\s*)?:=`)
)

// undefinedVar says what to do about msg, text/template's complaint
// about a variable used in src, the source of a template file, where it
// is not declared: when the file declares it elsewhere, that a variable
// is known only from its declaration to the {{end}} of the block around
// it, and of its own {{define}}; else the variable the file declares
// and nothing uses (a declaration renamed and not its uses), or the
// nearest, or those it declares (a use renamed). "" for any other
// message.
func undefinedVar(msg string, src []byte) string {
	m := undefinedVarRE.FindStringSubmatch(msg)
	if m == nil {
		return ""
	}
	name := m[1]
	var declared []string
	lines := map[string]int{}
	for i, line := range strings.Split(string(src), "\n") {
		for _, d := range declRE.FindAllStringSubmatch(line, -1) {
			for _, v := range d[1:] {
				if v != "" && !slices.Contains(declared, v) {
					declared = append(declared, v)
					lines[v] = i + 1
				}
			}
		}
	}
	if l, ok := lines[name]; ok {
		return fmt.Sprintf("%s is declared on line %d, but a variable is known only from its declaration to the {{end}} of the block around it ({{with}}, {{range}}, {{if}}, {{define}}): declare it where it is used, or before the block, with {{%s := …}} (and set it in the block with {{%s = …}})", name, l, name, name)
	}
	var unused []string // declared and used nowhere: renamed where its uses were not
	for _, v := range declared {
		if len(regexp.MustCompile(regexp.QuoteMeta(v)+`\b`).FindAllIndex(src, 2)) == 1 {
			unused = append(unused, v)
		}
	}
	if len(unused) == 1 {
		return fmt.Sprintf("did you mean %s, which line %d declares and nothing uses?", unused[0], lines[unused[0]])
	}
	if s := diag.Suggest(name, declared); s != "" && len(name) > 3 {
		return fmt.Sprintf("did you mean %s?", s)
	}
	if len(declared) == 0 {
		return fmt.Sprintf("declare it before its use with {{%s := …}}, or write . or a field of it", name)
	}
	var at []string
	for _, v := range declared {
		at = append(at, fmt.Sprintf("%s (line %d)", v, lines[v]))
	}
	return fmt.Sprintf("the file declares %s; use the one meant, or declare %s before its use with {{%s := …}}", textutil.List(at), name, name)
}
