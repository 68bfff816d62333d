package mail

import (
	"strings"
	"testing"

	"github.com/paperboy-digest/paperboy/generator/internal/themefs"
	"github.com/paperboy-digest/paperboy/themes"
)

func TestCheck(t *testing.T) {
	at := map[string]int{"subject": 7, "preheader": 8}
	theme := func(files map[string]string) Theme {
		return Theme{Builtin: themes.Default(), Site: themefs.Stack{{FS: mapFS(files), Dir: "themes/mine"}}}
	}
	tests := []struct {
		name string
		s    Settings
		th   Theme
		want []string // substrings of the errors, in order; none for no error
	}{
		{"nothing of its own", Settings{}, builtin(), nil},
		{"good subject", Settings{Subject: "{{.Digest.Name}}"}, builtin(), nil},
		{"subject field misspelt", Settings{Subject: "{{.Config.Title}}: {{.Digest.Nmae}}"}, builtin(),
			[]string{`content/site.yaml:7: newsletter.subject: template error: .Digest.Nmae: a digest (*mail.Digest) has no field or method Nmae; did you mean .Digest.Name (text)?`}},
		{"subject and preheader", Settings{Subject: "{{.Nope", Preheader: "{{plurl 2 `a` `b`}}"}, builtin(),
			[]string{"content/site.yaml:7: newsletter.subject: template error: ", `content/site.yaml:8: newsletter.preheader: template error: function "plurl" not defined; did you mean "plural"?`}},
		{"run on the newest day", Settings{Preheader: "{{.Top2.Title}}"}, builtin(), // which has one paper
			[]string{`content/site.yaml:8: newsletter.preheader: template error: executing "preheader" at <.Top2.Title>: nil pointer evaluating *model.Paper.Title`}},
		{"own text template", Settings{}, theme(map[string]string{"email/digest.txt": "{{range .Papers}}\n{{.Titel}}{{end}}"}),
			[]string{`themes/mine/email/digest.txt:2: template error: .Titel: a paper (*model.Paper) has no field or method Titel; did you mean .Title (text)?`}},
		{"own templates, one broken", Settings{}, theme(map[string]string{"email/digest.txt": "{{.Digest.Name}}", "email/digest.html": "<p>{{range .Papers}}</p>"}),
			[]string{"themes/mine/email/digest.html:1: template error: "}},
		{"own template with an {{end}} too many", Settings{}, theme(map[string]string{"email/digest.html": "<p>{{range .Papers}}{{.Title}}{{end}}\n{{end}}</p>"}),
			[]string{"themes/mine/email/digest.html:2: template error: this {{end}} closes no block: every {{define}}, {{if}}, {{range}}, {{with}} and {{block}} before it is closed already; delete it"}},
		{"own function misspelt", Settings{}, theme(map[string]string{"email/digest.html": "<p>{{paperUrl .Top}}</p>"}),
			[]string{`themes/mine/email/digest.html:1: template error: function "paperUrl" not defined; did you mean "paperURL"?`}},
		{"the pages' arxivPDF", Settings{}, theme(map[string]string{"email/digest.txt": "{{range .Papers}}\n{{arxivPDF .}}{{end}}"}),
			[]string{`themes/mine/email/digest.txt:2: template error: function "arxivPDF" not defined; arxivPDF is the pages' name; in an email a paper's PDF is "pdfURL": {{pdfURL .}}. Or remove the override to use the built-in one`}},
		{"the pages' url", Settings{}, theme(map[string]string{"email/digest.txt": "\n{{url \"about/\"}}"}),
			[]string{`themes/mine/email/digest.txt:2: template error: function "url" not defined; an email has no url: every URL in it is absolute; write {{absURL "about/"}}, the path from the site's root. Or remove`}},
		{"the pages' static", Settings{}, theme(map[string]string{"email/digest.html": "<img src=\"{{static \"logo.png\"}}\" alt=\"\">"}),
			[]string{`themes/mine/email/digest.html:1: template error: function "static" not defined; an email has no static: every URL in it is absolute; write {{absURL "img/logo.png"}}, the file's path from the site's root (static/img/logo.png is published at img/logo.png). Or remove`}},
		{"the pages' inlineMath", Settings{}, theme(map[string]string{"email/digest.html": "{{range .Papers}}<p>{{inlineMath .Title}}</p>{{end}}"}),
			[]string{`themes/mine/email/digest.html:1: template error: function "inlineMath" not defined; an email has no inlineMath, which writes math as HTML for pages; "mathText" writes a title or TL;DR with math as text: {{mathText .Title}}. Or remove`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := Check(testSite(), tt.s, tt.th, at)
			if len(tt.want) == 0 {
				if err != nil {
					t.Errorf("Check = %v, want no error", err)
				}
				return
			}
			got := ""
			if err != nil {
				got = err.Error()
			}
			if lines := strings.Split(got, "\n"); len(lines) != len(tt.want) {
				t.Fatalf("Check =\n%s\nwant %d errors: %q", got, len(tt.want), tt.want)
			}
			for i, line := range strings.Split(got, "\n") {
				if !strings.Contains(line, tt.want[i]) {
					t.Errorf("error %d = %q, want it to contain %q", i+1, line, tt.want[i])
				}
			}
		})
	}
}

// TestCheckWithoutDays parses a site's templates when it has no digest to
// run them on, and checks the fields they ask for.
func TestCheckWithoutDays(t *testing.T) {
	site := testSite()
	site.Days, site.Weeks, site.Months = nil, nil, nil
	if err := Check(site, Settings{Subject: "{{.Digest.Name}}{{with .Top}}{{.Title}}{{end}}"}, builtin(), nil); err != nil {
		t.Errorf("Check of a good subject, on a site without days = %v; want nothing", err)
	}
	err := Check(site, Settings{Subject: "{{with .Top}}{{.Titel}}{{end}}"}, builtin(), map[string]int{"subject": 3})
	if want := "content/site.yaml:3: newsletter.subject: template error: .Titel: a paper (*model.Paper) has no field or method Titel; did you mean .Title (text)?"; err == nil || err.Error() != want {
		t.Errorf("Check of a subject with a misspelt field = %v; want %s", err, want)
	}
	err = Check(site, Settings{Subject: "{{if}}"}, builtin(), map[string]int{"subject": 3})
	if err == nil || !strings.HasPrefix(err.Error(), "content/site.yaml:3: newsletter.subject: template error: ") {
		t.Errorf("Check of a subject that does not parse = %v; want it at content/site.yaml:3", err)
	}
}
