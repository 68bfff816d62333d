package main

import (
	"errors"
	"flag"
	"os"
	"regexp"
	"strings"
	"testing"
)

// isUsage reports whether err is (or wraps) a usageError.
func isUsage(err error) bool {
	var u *usageError
	return errors.As(err, &u)
}

// TestUsageMessages: each mistake on the command line exits 2 with a
// message that says what is wrong (with "paperboy: " once) and names the
// help that explains it.
func TestUsageMessages(t *testing.T) {
	for _, tc := range []struct {
		args       []string
		want, help string
	}{
		{[]string{"bulid"}, `unknown command "bulid"; did you mean "build"?`, "paperboy help"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"; the commands are build, new, check, serve, import, mail, version, help`, "paperboy help"},
		{[]string{"help", "bulid"}, `unknown command "bulid"; did you mean "build"?`, "paperboy help"},
		{[]string{"help", "build", "new"}, `help explains one command`, "paperboy help"},
		{[]string{"version", "--foo"}, `version: flag provided but not defined: -foo`, "paperboy help version"},
		{[]string{"version", "now"}, `version takes no arguments, got "now"`, "paperboy help version"},
		// The site folder is a flag, which goes after the command; a folder
		// given otherwise gets the command line that passes it.
		{[]string{"check", "."}, `check takes no arguments, got "."; pass the site folder with --source: paperboy check --source .`, "paperboy help check"},
		{[]string{"serve", ".", "--port", "0"}, `serve takes no arguments, got "."; pass the site folder with --source: paperboy serve --source . --port 0`, "paperboy help serve"},
		{[]string{"build", "-D", "."}, `build takes no arguments, got "."; pass the site folder with --source: paperboy build -D --source .`, "paperboy help build"},
		{[]string{"build", "nothere"}, `build takes no arguments, got "nothere"; use --source DIR for the site folder`, "paperboy help build"},
		{[]string{"--source", "my digest", "build", "-D"}, `"--source" is a flag, which goes after the command: paperboy build --source 'my digest' -D`, "paperboy help"},
		{[]string{"-s", "x"}, `"-s" is a flag, which goes after the command: paperboy <command> -s x; the commands are build, new, check, serve, import, mail, version, help`, "paperboy help"},
		{[]string{"build", "--nope"}, "build: flag provided but not defined: -nope\n", "paperboy help build"},
		// An unknown flag near one of the command's names it, as the usage
		// writes it; a one-letter flag is near only itself in the other case.
		{[]string{"build", "--sorce", "."}, `build: flag provided but not defined: -sorce; did you mean --source?`, "paperboy help build"},
		{[]string{"build", "-S", "."}, `build: flag provided but not defined: -S; did you mean -s?`, "paperboy help build"},
		{[]string{"serve", "--prot", "8080"}, `serve: flag provided but not defined: -prot; did you mean --port?`, "paperboy help serve"},
		{[]string{"mail", "--to-fil", "list.txt"}, `mail: flag provided but not defined: -to-fil; did you mean --to-file?`, "paperboy help mail"},
		{[]string{"new", "day", "2024-03-14", "--sourc", "."}, `new: flag provided but not defined: -sourc; did you mean --source?`, "paperboy help new"},
		{[]string{"import", "hf", "--fetsh"}, `import: flag provided but not defined: -fetsh; did you mean --fetch?`, "paperboy help import"},
		// An abbreviation is suggested whole, not taken: a script should
		// write the flag; one that starts several flags gets no guess.
		{[]string{"build", "--dest", "out"}, `build: flag provided but not defined: -dest; did you mean --destination?`, "paperboy help build"},
		{[]string{"import", "hf", "--dry", "x.json"}, `import: flag provided but not defined: -dry; did you mean --dry-run?`, "paperboy help import"},
		{[]string{"mail", "--if-ex", "--out", "-"}, `mail: flag provided but not defined: -if-ex; did you mean --if-exists?`, "paperboy help mail"},
		{[]string{"mail", "--re", "--out", "-"}, "mail: flag provided but not defined: -re\n", "paperboy help mail"},
		{[]string{"build", "-w", "many"}, `build: invalid value "many" for flag -w`, "paperboy help build"},
		{[]string{"build", "-s", ""}, `build: invalid value "" for flag -s: the folder is empty (an unset variable?)`, "paperboy help build"},
		{[]string{"import", "hf", "--source", " ", "x.json"}, `import: invalid value " " for flag -source: the folder is empty`, "paperboy help import"},
		{[]string{"mail", "-s=", "--out", "x.eml"}, `mail: invalid value "" for flag -s: the folder is empty`, "paperboy help mail"},
		{[]string{"build", "-d", ""}, `build: invalid value "" for flag -d: the folder is empty (an unset variable?); name the output folder, or leave the flag out for public in the site folder`, "paperboy help build"},
		{[]string{"build", "--destination", " "}, `build: invalid value " " for flag -destination: the folder is empty`, "paperboy help build"},
		// A malformed --base-url is the command line's mistake, named as typed.
		{[]string{"build", "-b", "notaurl"}, `build: -b "notaurl" is not an absolute http(s) URL; write it like https://user.github.io/repo/`, "paperboy help build"},
		{[]string{"check", "--base-url", "./"}, `check: --base-url "./" is not an absolute http(s) URL; write it like https://user.github.io/repo/; for a copy that works opened from disk`, "paperboy help check"},
		{[]string{"serve", "--port", "0", "-b", "https://x.org/a/?p=1"}, `serve: -b "https://x.org/a/?p=1" has a ?query or #fragment`, "paperboy help serve"},
		{[]string{"mail", "--base-url=x.org", "--out", "-"}, `mail: --base-url "x.org" is not an absolute http(s) URL`, "paperboy help mail"},
		// serve and check take only the flags their usage lists; Hugo's
		// flags get what takes their place.
		{[]string{"serve", "-q"}, "serve: flag provided but not defined: -q\n", "paperboy help serve"},
		{[]string{"serve", "-d", "out"}, "serve: flag provided but not defined: -d; only build writes the site to a folder: paperboy build -d DIR", "paperboy help serve"},
		{[]string{"serve", "-w", "3"}, "serve: flag provided but not defined: -w\n", "paperboy help serve"},
		{[]string{"check", "-d", "/nonexistent"}, "check: flag provided but not defined: -d; only build writes the site to a folder", "paperboy help check"},
		{[]string{"check", "-w", "3"}, "check: flag provided but not defined: -w\n", "paperboy help check"},
		{[]string{"build", "--buildDrafts"}, "build: flag provided but not defined: -buildDrafts; did you mean -D (--drafts)?", "paperboy help build"},
		{[]string{"serve", "--buildDrafts"}, "serve: flag provided but not defined: -buildDrafts; did you mean -D (--drafts)?", "paperboy help serve"},
		{[]string{"build", "-f"}, "build: flag provided but not defined: -f\n", "paperboy help build"},
		{[]string{"build", "-F"}, "build: flag provided but not defined: -F; future dates are always built (check warns about them); leave it out", "paperboy help build"},
		{[]string{"build", "--buildFuture"}, "build: flag provided but not defined: -buildFuture; future dates are always built (check warns about them); leave it out", "paperboy help build"},
		// Hugo's Pages workflow runs hugo --gc --minify, and -e production.
		{[]string{"build", "--minify"}, "build: flag provided but not defined: -minify; the built-in stylesheet and scripts are minified already, by site.yaml's `minify:` (true unless it says false); HTML is not; leave it out", "paperboy help build"},
		{[]string{"build", "--gc"}, "build: flag provided but not defined: -gc; there is no cache to clean up: each build writes the site whole; leave it out", "paperboy help build"},
		{[]string{"build", "-e", "production"}, "build: flag provided but not defined: -e; there are no environments: site.yaml has one value a setting, the published site's (a preview deploy replaces its baseURL with -b URL); leave it out", "paperboy help build"},
		{[]string{"serve", "--environment", "production"}, "serve: flag provided but not defined: -environment; there are no environments", "paperboy help serve"},
		{[]string{"new", "content/papers/x.md"}, `new: "content/papers/x.md" is a file, as hugo new takes; here name the kind and the id, and new writes the file: paperboy new paper 2410.07166`, "paperboy help new"},
		// -C and --site are not the site folder anywhere; import says which flag is.
		{[]string{"build", "-C", "."}, "build: flag provided but not defined: -C\n", "paperboy help build"},
		{[]string{"import", "--site", ".", "hf", "x.json"}, `import: flag provided but not defined: -site; the site folder is -s DIR (or --source DIR)`, "paperboy help import"},
		{[]string{"import", "--verbose", "hf", "x.json"}, "import: flag provided but not defined: -verbose\n", "paperboy help import"},
		{[]string{"import"}, `import: name the source, hf or arxiv`, "paperboy help import"},
		{[]string{"import", "hff", "x.json"}, `import: unknown source "hff"; did you mean "hf"?`, "paperboy help import"},
		{[]string{"import", "hf", "--date", "2024-02-30", "x.json"}, `import: --date "2024-02-30" is not a date: February 2024 has days 1 to 29; correct the day`, "paperboy help import"},
		{[]string{"import", "hf", "--date", "2024-2-3", "x.json"}, `import: --date "2024-2-3" is not a date; write YYYY-MM-DD: 2024-02-03`, "paperboy help import"},
		{[]string{"import", "hf", "--date", "02/03/2024", "x.json"}, `import: --date "02/03/2024" is not a date; write YYYY-MM-DD, like 2024-03-14`, "paperboy help import"},
		{[]string{"import", "hf", "--date", "tommorow", "x.json"}, `import: --date "tommorow" is not a date; did you mean tomorrow? Write YYYY-MM-DD (like 2024-03-14), today, yesterday or tomorrow (days in UTC)`, "paperboy help import"},
		{[]string{"new", "day", "next"}, `new day: "next" is not a date; write YYYY-MM-DD (like 2024-03-14), today, yesterday or tomorrow (days in UTC)`, "paperboy help new"},
		{[]string{"mail", "--date", "Yesterday", "--out", "-"}, `mail: --date "Yesterday" is not a date; did you mean yesterday? Write YYYY-MM-DD`, "paperboy help mail"},
		{[]string{"import", "unpin", "2023-02-29"}, `import unpin: "2023-02-29" is not a date: February 2023 has days 1 to 28; correct the day`, "paperboy help import"},
		{[]string{"new"}, `new needs a kind and a name`, "paperboy help new"},
		{[]string{"new", "foo", "x"}, `new: unknown kind "foo"; the kinds are site, paper, day, page and theme`, "paperboy help new"},
		{[]string{"new", "papr", "x"}, `new: unknown kind "papr"; did you mean "paper"?`, "paperboy help new"},
		{[]string{"new", "paper"}, `new paper needs an arXiv id, arxiv.org URL or id: paperboy new paper 2410.07166`, "paperboy help new"},
		{[]string{"new", "paper", "My Own Notes"}, `new paper: id "My Own Notes" is not a safe file name; ids are arXiv ids (2405.15738, cond-mat/0603029) or letters, digits, '.', '_' and '-' (at most 128, no '..'); name it my-own-notes (an arXiv paper is named by its id or arxiv.org URL, not its title)`, "paperboy help new"},
		{[]string{"new", "paper", "https://example.org/papers/x.html"}, `new paper: "https://example.org/papers/x.html" is not an address new paper reads (arXiv, OpenReview, the ACL Anthology, PubMed, PubMed Central, a DOI or a bioRxiv or medRxiv preprint); give the paper an id of your own, by its first author and year: paperboy new paper smith-2024`, "paperboy help new"},
		{[]string{"new", "paper", "www.nature.com/articles/x"}, `new paper: "www.nature.com/articles/x" is not an address new paper reads`, "paperboy help new"},
		{[]string{"new", "paper", "openreview.net/group?id=ICLR.cc"}, `new paper: "openreview.net/group?id=ICLR.cc" is not an address new paper reads`, "paperboy help new"},
		{[]string{"new", "paper", "2506.1089"}, `new paper: id "2506.1089": arXiv ids from 2015 on have 5 digits after the dot; a digit is missing; write it as the paper's page on arXiv shows it`, "paperboy help new"},
		{[]string{"new", "site"}, `new site needs a folder`, "paperboy help new"},
		{[]string{"new", "theme"}, `new theme needs a name: paperboy new theme mytheme`, "paperboy help new"},
		{[]string{"new", "theme", "../mine"}, `new theme: "../mine" is not a folder name; use letters, digits, '.', '_' and '-', like mytheme`, "paperboy help new"},
		{[]string{"new", "theme", "default"}, `new theme: "default" is the built-in theme's name, which messages would confuse with yours; choose another, like mytheme`, "paperboy help new"},
		// As new page and new paper refuse them: one folder Windows cannot hold.
		{[]string{"new", "theme", "Aux"}, `new theme: Aux is a reserved device name on Windows, so a Windows checkout could not hold its folder themes/Aux/; choose another name, like mytheme`, "paperboy help new"},
		{[]string{"new", "theme", "lab."}, `new theme: lab. ends in a dot or a space, which Windows drops from file names, so a Windows checkout could not hold its folder themes/lab./; choose another name`, "paperboy help new"},
		{[]string{"new", "day", "2024-03-14", "2024-03-15"}, `new day takes one name, got ["2024-03-14" "2024-03-15"]; run it once for each`, "paperboy help new"},
		{[]string{"new", "day", "2024-02-30"}, `new day: "2024-02-30" is not a date: February 2024 has days 1 to 29; correct the day`, "paperboy help new"},
		{[]string{"new", "paper", "x", "--date", "2024-13-01"}, `new paper: --date "2024-13-01" is not a date: there is no month 13 (the month comes second: YYYY-MM-DD; did you mean 2024-01-13?); correct the day`, "paperboy help new"},
		{[]string{"mail", "--date", "2024-13-01", "--out", "-"}, `mail: --date "2024-13-01" is not a date: there is no month 13 (the month comes second: YYYY-MM-DD; did you mean 2024-01-13?); correct the day`, "paperboy help mail"},
		{[]string{"mail", "--date", "2024-04-30", "--out", "-", "--send"}, `mail: give --out FILE (write the message) or --send (deliver it), not both; to keep a copy of what --send delivers, run mail --out first`, "paperboy help mail"},
		{[]string{"mail", "--date", "2024-04-30"}, `mail: give either --out FILE (write the message) or --send (deliver it)`, "paperboy help mail"},
		{[]string{"mail", "--date", "2024-04-31", "--out", "-"}, `mail: --date "2024-04-31" is not a date: April 2024 has days 1 to 30; correct the day`, "paperboy help mail"},
		{[]string{"mail", "--date", "2024-02-30T10:00:00Z", "--out", "-"}, `mail: --date "2024-02-30T10:00:00Z" is not a date; write YYYY-MM-DD, like 2024-03-14`, "paperboy help mail"},
		{[]string{"mail", "--date", "20240101", "--out", "-"}, `mail: --date "20240101" is not a date`, "paperboy help mail"},
		{[]string{"mail", "--month", "2024-13", "--out", "-"}, `mail: --month "2024-13" is not a month; write YYYY-MM`, "paperboy help mail"},
		{[]string{"mail", "--week", "2024-W53", "--out", "-"}, `mail: --week "2024-W53" is not a week; 2024 has weeks W01 to W52`, "paperboy help mail"},
		{[]string{"mail", "--week", "previous", "--out", "-"}, `mail: week "previous" is not a valid week; write it like 2024-W22, or last for the last whole week (in UTC)`, "paperboy help mail"}, // as typed, not "PREVIOUS"
		{[]string{"mail", "--month", "Last", "--out", "-"}, `mail: month "Last" is not a valid month; write it like 2024-06, or last for the last whole month (in UTC)`, "paperboy help mail"},
		{[]string{"mail", "--week", "2025-W1", "--out", "-"}, `mail: week "2025-W1" is not a valid week; write 2025-W01 (ISO weeks`, "paperboy help mail"},
		{[]string{"mail", "--to", "bad@", "--out", "-"}, `mail: --to, address 1 of 1: "b•••@" is not an email address: nothing follows the @; write one address like ada@example.org`, "paperboy help mail"},
		{[]string{"mail", "--to", "Ada <@example.org>", "--out", "-"}, `mail: --to, address 1 of 1: "A•••@example.org>" is not an email address: nothing comes before the @`, "paperboy help mail"},
		{[]string{"mail", "--to", `"Doe, Jane" <jane@example.org>,ada@example.org,x`, "--out", "-"}, `mail: --to, address 3 of 3: "x•••" is not an email address: it has no @`, "paperboy help mail"}, // the quoted comma separates nothing
		{[]string{"mail", "--to", "ada.example.org", "--out", "-"}, `mail: --to, address 1 of 1: "a•••" is not an email address: it has no @`, "paperboy help mail"},
		{[]string{"mail", "--to", "mailto:ada@example.org", "--out", "-"}, `mail: --to, address 1 of 1: "a•••@example.org" has mailto: before it, a link's prefix and no part of the address; write the address without it`, "paperboy help mail"},
		// --max counts the results of an arXiv search, and nothing else.
		{[]string{"import", "arxiv", "--max", "5", "feed.xml"}, `import: --max sets how many results an arXiv search asks for (paperboy import arxiv --fetch --max 20 'cat:cs.CL'); it does not apply to a file, which is imported whole, so leave it out`, "paperboy help import"},
		{[]string{"import", "hf", "--fetch", "--max", "5"}, `import: --max sets how many results an arXiv search asks for (paperboy import arxiv --fetch --max 20 'cat:cs.CL'); it does not apply to Hugging Face's list`, "paperboy help import"},
		{[]string{"import", "arxiv", "--fetch", "--max", "5", "2405.15738", "arXiv:2405.15739v2"}, `import: --max sets how many results an arXiv search asks for (paperboy import arxiv --fetch --max 20 'cat:cs.CL'); it does not apply to a list of arXiv ids`, "paperboy help import"},
		// An argument that names no file says what was meant: a day or ids for --fetch.
		{[]string{"import", "hf", "nothere.json"}, `import hf: nothere.json: no such file; give the path of Hugging Face's daily list saved as JSON, or download it with --fetch`, "paperboy help import"},
		{[]string{"import", "arxiv", "nothere.xml"}, `import arxiv: nothere.xml: no such file; give the path of an arXiv API answer saved as Atom XML, or download it with --fetch`, "paperboy help import"},
		{[]string{"import", "hf", "2024-05-27"}, `import hf: 2024-05-27 is a day, not a file; to download that day's list: paperboy import hf --fetch --date 2024-05-27`, "paperboy help import"},
		{[]string{"import", "arxiv", "2024-05-27"}, `import arxiv: 2024-05-27 is a day, not a file; to date the imported papers on it, give --date 2024-05-27 with a saved feed or --fetch`, "paperboy help import"},
		{[]string{"import", "arxiv", "2406.01234"}, `import arxiv: 2406.01234 is an arXiv id, not a file; to download it from arXiv: paperboy import arxiv --fetch 2406.01234`, "paperboy help import"},
		{[]string{"import", "arxiv", "2406.01234", "arXiv:2405.15738v2"}, `import arxiv: 2406.01234 is an arXiv id, not a file; to download it from arXiv: paperboy import arxiv --fetch 2406.01234 arXiv:2405.15738v2`, "paperboy help import"},
		{[]string{"import", "hf", "2406.01234"}, `import hf: 2406.01234 is an arXiv id, not a file; to download the paper's page from Hugging Face, with its upvotes: paperboy import hf --fetch 2406.01234 (or from arXiv: paperboy import arxiv --fetch 2406.01234)`, "paperboy help import"},
		// --timeout, --endpoint and --retries shape the download, and nothing else.
		{[]string{"import", "hf", "--timeout", "1m", "daily.json"}, `import: --timeout sets how long --fetch waits for each answer (paperboy import hf --fetch --timeout 2m); it does not apply to reading a file, so leave it out`, "paperboy help import"},
		{[]string{"import", "arxiv", "-", "--endpoint", "http://localhost:8080"}, `import: --endpoint sets the API address --fetch downloads from (paperboy import hf --fetch --endpoint http://localhost:8080); it does not apply to reading a file, so leave it out`, "paperboy help import"},
		{[]string{"import", "hf", "--retries", "5", "daily.json"}, `import: --retries sets how many more times --fetch asks after a temporary failure (paperboy import hf --fetch --retries 5); it does not apply to reading a file, so leave it out`, "paperboy help import"},
		{[]string{"import", "hf", "--fetch", "--retries", "-1"}, `import: --retries must be 0 or more`, "paperboy help import"},
		{[]string{"import", "unpin", "--retries", "1"}, `import unpin: name the days (YYYY-MM-DD), or none for every day; it takes -s, --dry-run and -q only`, "paperboy help import"},
	} {
		code, _, stderr := runCLI(tc.args...)
		want := "paperboy: " + tc.want
		if code != 2 || !strings.Contains(stderr, want) || !strings.HasSuffix(stderr, "\nRun '"+tc.help+"' for usage.\n") || strings.Count(stderr, "paperboy:") != 1 {
			t.Errorf("paperboy %q: exit %d, stderr:\n%s\nwant exit 2, %q and Run '%s' for usage.", tc.args, code, stderr, want, tc.help)
		}
	}
}

// TestEmptyFolderRefused: new site "" (new site "$DIR", DIR unset) is
// refused, as -s "" is, and writes nothing in the current folder, where it
// made a site.
func TestEmptyFolderRefused(t *testing.T) {
	t.Chdir(t.TempDir())
	for _, name := range []string{"", " "} {
		code, _, stderr := runCLI("new", "site", name)
		if want := "paperboy: new site: the folder is empty (an unset variable?); name the new site's folder, or . for the current one\n"; code != 2 || !strings.HasPrefix(stderr, want) {
			t.Errorf("new site %q: exit %d, %q; want 2, %q", name, code, stderr, want)
		}
	}
	if entries, _ := os.ReadDir("."); len(entries) > 0 {
		t.Errorf(`new site "" wrote %d entries in the current folder`, len(entries))
	}
}

// TestHelp: help lists every command, itself included, and explains each,
// as -h does.
func TestHelp(t *testing.T) {
	code, list, _ := runCLI("help")
	if code != 0 {
		t.Fatalf("paperboy help: exit %d", code)
	}
	for _, c := range commands() {
		if !strings.Contains(list, "\n  "+c.name+" ") {
			t.Errorf("paperboy help does not list %s:\n%s", c.name, list)
		}
		code, out, stderr := runCLI("help", c.name)
		if code != 0 || !strings.HasPrefix(out, "usage: paperboy "+c.name) {
			t.Errorf("paperboy help %s: exit %d, %q %q; want its usage", c.name, code, out, stderr)
		}
		if code, dashH, _ := runCLI(c.name, "-h"); code != 0 || dashH != out {
			t.Errorf("paperboy %s -h: exit %d, printed\n%s\nwant the same as paperboy help %s:\n%s", c.name, code, dashH, c.name, out)
		}
	}
}

// TestFlagsAfterArguments: new and import take their flags before, between
// or after the arguments; after "--" everything is an argument.
func TestFlagsAfterArguments(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": goodSite["content/site.yaml"]})
	for _, args := range [][]string{
		{"new", "-s", dir, "day", "2024-10-09"},
		{"new", "paper", "--date", "2024-10-09", "2410.07166", "-s", dir},
	} {
		if code, _, stderr := runCLI(args...); code != 0 {
			t.Errorf("paperboy %q: exit %d: %s", args, code, stderr)
		}
	}
	if code, _, stderr := runCLI("new", "-s", dir, "paper", "--", "-s"); code != 2 || !strings.Contains(stderr, `"-s"`) {
		t.Errorf(`paperboy new paper -- -s: exit %d, %q; want -s taken as the paper's name, and refused`, code, stderr)
	}
}

// commandFlags adds each command's flags to a flag set, as the command
// does before it parses its line.
var commandFlags = map[string]func(*flag.FlagSet){
	"build":   new(buildFlags).register,
	"check":   new(checkFlags).register,
	"serve":   new(serveFlags).register,
	"import":  new(importFlags).register,
	"mail":    new(mailFlags).register,
	"new":     new(newFlags).register,
	"version": func(*flag.FlagSet) {},
	"help":    func(*flag.FlagSet) {},
}

// flagWord finds the flags a text names: -s, --source, --to-file.
var flagWord = regexp.MustCompile(`(?:^|[\s\[(|,])(--?[a-zA-Z][a-zA-Z-]*)`)

// namedFlags returns the flags text names, each as written (-s, --source).
func namedFlags(text string) map[string]bool {
	named := map[string]bool{}
	for _, m := range flagWord.FindAllStringSubmatch(text, -1) {
		named[m[1]] = true
	}
	return named
}

// dashed writes a flag's name as the usage does: -s, --source.
func dashed(name string) string {
	if len(name) == 1 {
		return "-" + name
	}
	return "--" + name
}

// flagGroups returns fs's flags as the usage writes them, grouped by the
// variable they set: -s and --source are one flag.
func flagGroups(fs *flag.FlagSet) [][]string {
	var groups [][]string
	index := map[flag.Value]int{}
	fs.VisitAll(func(f *flag.Flag) {
		i, ok := index[f.Value]
		if !ok {
			i = len(groups)
			index[f.Value] = i
			groups = append(groups, nil)
		}
		groups[i] = append(groups[i], dashed(f.Name))
	})
	return groups
}

// readmeCommands returns the entry of each command in the README's
// "Command line" section: its synopsis lines and the text under them.
func readmeCommands(t *testing.T, readme string) map[string]string {
	t.Helper()
	_, section, ok := strings.Cut(readme, "\n## Command line\n\n```\n")
	block, _, ok2 := strings.Cut(section, "\n```\n")
	if !ok || !ok2 {
		t.Fatal(`README.md has no "## Command line" section with a code block`)
	}
	entries := map[string]string{}
	name := ""
	for _, line := range strings.Split(block, "\n") {
		if rest, ok := strings.CutPrefix(line, "paperboy "); ok {
			name, _, _ = strings.Cut(rest, " ")
		}
		entries[name] += line + "\n"
	}
	return entries
}

// readmeUses returns, for each command, what follows "paperboy <command>"
// anywhere in the README (a synopsis, an example, a name in prose) up to
// the end of its line, a comment or the end of the code span.
func readmeUses(readme string) map[string]string {
	uses := map[string]string{}
	for _, m := range regexp.MustCompile("paperboy ([a-z]+)([^`#\"\n]*)").FindAllStringSubmatch(readme, -1) {
		uses[m[1]] += m[2] + "\n"
	}
	return uses
}

// TestUsageNamesEveryFlag: each command's help, and its entry in the
// README's "Command line", name every flag the command takes, and no flag
// it does not take; nor does the README anywhere else it writes the
// command out.
func TestUsageNamesEveryFlag(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme, uses := readmeCommands(t, string(data)), readmeUses(string(data))
	for _, c := range commands() {
		register, ok := commandFlags[c.name]
		if !ok {
			t.Errorf("commandFlags has no entry for %s; add its flags' register", c.name)
			continue
		}
		fs := flag.NewFlagSet(c.name, flag.ContinueOnError)
		register(fs)
		defined := map[string]bool{"-h": true, "--help": true} // the flag package's own
		inHelp, inREADME := namedFlags(c.usage), namedFlags(readme[c.name])
		if readme[c.name] == "" {
			t.Errorf("README's Command line has no entry for paperboy %s", c.name)
		}
		for _, group := range flagGroups(fs) {
			named := false
			for _, f := range group {
				defined[f] = true
				named = named || inREADME[f]
				if !inHelp[f] {
					t.Errorf("paperboy help %s does not name %s, which %s takes", c.name, f, c.name)
				}
			}
			if !named {
				t.Errorf("README's Command line entry for paperboy %s does not name %s, which %s takes", c.name, strings.Join(group, " or "), c.name)
			}
		}
		for f := range inHelp {
			if !defined[f] {
				t.Errorf("paperboy help %s names %s, which %s does not take", c.name, f, c.name)
			}
		}
		for f := range inREADME {
			if !defined[f] {
				t.Errorf("README's Command line entry for paperboy %s names %s, which %s does not take", c.name, f, c.name)
			}
		}
		for f := range namedFlags(uses[c.name]) {
			if !defined[f] {
				t.Errorf("README writes paperboy %s with %s, which %s does not take", c.name, f, c.name)
			}
		}
	}
}

// TestNewPaperRefusesDOI: a DOI cannot name a paper (its / would make a
// folder), nor can a bioRxiv or medRxiv address, which holds one; new
// paper says what to name it and the DOI to write.
func TestNewPaperRefusesDOI(t *testing.T) {
	dir := writeSite(t, map[string]string{"content/site.yaml": goodSite["content/site.yaml"]})
	for name, want := range map[string]string{
		"https://doi.org/10.1038/s41586-024-07421-0":                             `new paper: "https://doi.org/10.1038/s41586-024-07421-0" is a DOI, which cannot be a paper's id (its / would make a folder); name the paper by its first author and year, paperboy new paper smith-2024, and write doi: 10.1038/s41586-024-07421-0 in it`,
		"https://www.medrxiv.org/content/10.1101/2024.02.10.24302615v1.full.pdf": `new paper: "https://www.medrxiv.org/content/10.1101/2024.02.10.24302615v1.full.pdf" is a bioRxiv or medRxiv preprint, whose DOI 10.1101/2024.02.10.24302615 cannot be a paper's id (its / would make a folder); name the paper by its first author and year, paperboy new paper smith-2024, and write doi: 10.1101/2024.02.10.24302615 in it`,
		"10.1101/2024.03.01.582937v2":                                            `new paper: "10.1101/2024.03.01.582937v2" is a bioRxiv or medRxiv preprint, whose DOI 10.1101/2024.03.01.582937 cannot be`,
	} {
		code, _, stderr := runCLI("new", "paper", name, "-s", dir)
		if code != 2 || !strings.Contains(stderr, want) {
			t.Errorf("paperboy new paper %s: exit %d, stderr:\n%s\nwant exit 2 and %s", name, code, stderr, want)
		}
	}
}
