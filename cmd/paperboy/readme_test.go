package main

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/mail"
)

// TestNewSiteNamesEverySetting: the site.yaml that paperboy new site
// writes, "with every setting documented" as the README says, has a line
// (commented out or not) for each setting of the README's site.yaml table.
func TestNewSiteNamesEverySetting(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	start := strings.Index(readme, "\n### `content/site.yaml`\n")
	end := strings.Index(readme, "\n### `content/papers/<id>.md`\n")
	if start < 0 || end < start {
		t.Fatal("the README has no section ### `content/site.yaml` before ### `content/papers/<id>.md`")
	}
	rows := regexp.MustCompile("(?m)^\\| `([A-Za-z]+)` \\|").FindAllStringSubmatch(readme[start:end], -1)
	if len(rows) < 20 {
		t.Fatalf("found %d rows in the README's site.yaml table, want its every setting", len(rows))
	}
	for _, r := range rows {
		if !regexp.MustCompile(`(?m)^(# )?` + r[1] + `:`).MatchString(siteTemplate) {
			t.Errorf("paperboy new site's site.yaml has no line for %s", r[1])
		}
	}
}

// usageEntries returns the entries of a usage's Flags: list by each flag
// their first line names (-s and --source both), each with its
// continuation lines.
func usageEntries(usage string) map[string]string {
	entries := map[string]string{}
	_, list, _ := strings.Cut(usage, "\nFlags:\n")
	var names []string
	for _, line := range strings.Split(list, "\n") {
		trimmed := strings.TrimSpace(line)
		switch {
		case trimmed == "":
			names = nil
		case strings.HasPrefix(trimmed, "-"):
			head, _, _ := strings.Cut(trimmed, "  ")
			names = nil
			for f := range namedFlags(head) {
				names = append(names, f)
			}
		}
		for _, n := range names {
			entries[n] += trimmed + "\n"
		}
	}
	return entries
}

// defaultRE matches the value a usage entry gives as a flag's default.
var defaultRE = regexp.MustCompile(`\(default "?([^\s;),:"]+)`)

// TestUsageStatesDefaults: each flag whose default is a value (-p's 1313,
// --max's 50, --timeout's 30s) has it stated in paperboy help, and the
// default a flag's help states is the one the flag has.
func TestUsageStatesDefaults(t *testing.T) {
	checked := 0
	for _, c := range commands() {
		fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
		commandFlags[c.name](fs)
		entries := usageEntries(c.usage)
		fs.VisitAll(func(f *flag.Flag) {
			entry, ok := entries[dashed(f.Name)]
			if !ok {
				return // TestUsageNamesEveryFlag tells it
			}
			m := defaultRE.FindStringSubmatch(entry)
			switch {
			case m != nil && m[1] != f.DefValue && f.DefValue != "":
				t.Errorf("paperboy help %s says %s's default is %s; it is %s", c.name, dashed(f.Name), m[1], f.DefValue)
			case m == nil && f.DefValue != "" && f.DefValue != "false":
				t.Errorf("paperboy help %s does not give %s's default, %s", c.name, dashed(f.Name), f.DefValue)
			case m != nil:
				checked++
			}
		})
	}
	if checked < 10 {
		t.Errorf("checked %d defaults; the usages state more", checked)
	}
}

// TestEveryCommandTakesSource: as the README's Command line says, every
// command but version and help takes the site folder as -s and --source.
func TestEveryCommandTakesSource(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "The site folder is `-s DIR` (or `--source DIR`) in every command but\n`version` and `help`") {
		t.Fatal("the README's Command line no longer says which commands take -s; update this test with it")
	}
	for _, c := range commands() {
		fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
		commandFlags[c.name](fs)
		takes := fs.Lookup("s") != nil && fs.Lookup("source") != nil
		if want := c.name != "version" && c.name != "help"; takes != want {
			t.Errorf("paperboy %s takes -s and --source: %v, want %v", c.name, takes, want)
		}
	}
}

// TestSMTPVariablesDocumented: paperboy help mail and the README's table
// of the environment name each variable mail reads, and no other.
func TestSMTPVariablesDocumented(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, v := range []string{mail.EnvHost, mail.EnvPort, mail.EnvUser, mail.EnvPassword, mail.EnvFrom, mail.EnvTLS, mail.EnvInsecure} {
		known[v] = true
	}
	table := strings.Join(regexp.MustCompile("(?m)^\\| `PAPERBOY_[A-Z_]+` \\|").FindAllString(string(data), -1), "\n")
	for name, text := range map[string]string{"paperboy help mail": mailUsage, "the README's table": table, "the README": string(data)} {
		named := map[string]bool{}
		for _, v := range regexp.MustCompile(`PAPERBOY_SMTP_[A-Z_]+`).FindAllString(text, -1) {
			named[v] = true
			if !known[v] {
				t.Errorf("%s names %s, which paperboy mail does not read", name, v)
			}
		}
		for v := range known {
			if !named[v] && name != "the README" {
				t.Errorf("%s does not name %s, which paperboy mail reads", name, v)
			}
		}
	}
}

// TestNewSourcesNameEveryField: the paper, day and page that paperboy new
// writes, "with every field documented" as the README's Command line says,
// name each field of the README's table for their kind: on a line of its
// own (commented out or not), or in a comment's list.
func TestNewSourcesNameEveryField(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	dir := writeSite(t, map[string]string{"content/site.yaml": goodSite["content/site.yaml"]})
	for _, tt := range []struct {
		heading, next string
		args          []string
		file          string
	}{
		{"### `content/papers/<id>.md`", "### Images and other files beside your Markdown", []string{"paper", "2410.07166"}, "content/papers/2410.07166.md"},
		{"### `content/days/YYYY-MM-DD.md`", "### `content/pages/<name>.md`", []string{"day", "2024-10-09"}, "content/days/2024-10-09.md"},
		{"### `content/pages/<name>.md`", "### Pages and URLs", []string{"page", "about"}, "content/pages/about.md"},
	} {
		start, end := strings.Index(readme, "\n"+tt.heading+"\n"), strings.Index(readme, "\n"+tt.next+"\n")
		if start < 0 || end < start {
			t.Fatalf("the README has no section %s before %s", tt.heading, tt.next)
		}
		if code, _, stderr := runCLI(append([]string{"new", "-s", dir}, tt.args...)...); code != 0 {
			t.Fatal(stderr)
		}
		source, err := os.ReadFile(filepath.Join(dir, tt.file))
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, r := range regexp.MustCompile("(?m)^\\| (`[a-zA-Z_]+`(?:, `[a-zA-Z_]+`)*) \\|").FindAllStringSubmatch(readme[start:end], -1) {
			for _, k := range regexp.MustCompile("`([a-zA-Z_]+)`").FindAllStringSubmatch(r[1], -1) {
				n++
				own := regexp.MustCompile(`(?m)^(# *)?` + k[1] + `:`)
				listed := regexp.MustCompile(`(?m)^#.*[\s(]` + k[1] + `[,.:;)]`)
				if !own.Match(source) && !listed.Match(source) {
					t.Errorf("paperboy new %s does not name %s, a field of the README's %s", tt.args[0], k[1], tt.heading)
				}
			}
		}
		if n < 5 {
			t.Errorf("found %d fields in the README's %s table", n, tt.heading)
		}
	}
}
