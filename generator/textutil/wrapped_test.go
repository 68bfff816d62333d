package textutil

import "testing"

// TestUnwrapped: a link wrapped by a service that sends readers through
// itself gives the address it leads to and the service; any other link,
// and a wrapping of something that is no http(s) URL, gives none.
func TestUnwrapped(t *testing.T) {
	for _, tt := range []struct{ in, to, via string }{
		{"https://www.google.com/url?sa=t&rct=j&q=&esrc=s&source=web&url=https%3A%2F%2Fgithub.com%2Fa%2Fb&usg=AOv", "https://github.com/a/b", "Google's redirect"},
		{"https://www.google.com/url?q=https://github.com/a/b&sa=D&source=editors", "https://github.com/a/b", "Google's redirect"},
		{"https://google.co.uk/url?q=https://example.org/p", "https://example.org/p", "Google's redirect"},
		{"https://scholar.google.com/scholar_url?url=https://arxiv.org/pdf/1706.03762&hl=en", "https://arxiv.org/pdf/1706.03762", "Google Scholar's redirect"},
		{"https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fgithub.com%2Fa%2Fb&data=05%7C01&reserved=0", "https://github.com/a/b", "Outlook's Safe Links"},
		{"https://urldefense.com/v3/__https://github.com/a/b__;!!Abc123$", "https://github.com/a/b", "Proofpoint's URL Defense"},
		{"https://urldefense.proofpoint.com/v2/url?u=https-3A__github.com_a_b-3Ftab-3Dreadme&d=DwMF&c=x", "https://github.com/a/b?tab=readme", "Proofpoint's URL Defense"},
		{"https://l.facebook.com/l.php?u=https%3A%2F%2Fexample.org%2F&h=AT0", "https://example.org/", "Facebook's redirect"},
		{"https://www.linkedin.com/redir/redirect?url=https%3A%2F%2Fexample.org%2Fx&urlhash=abc", "https://example.org/x", "LinkedIn's redirect"},
		{"https://www.youtube.com/redirect?event=video_description&q=https%3A%2F%2Fgithub.com%2Fa%2Fb", "https://github.com/a/b", "YouTube's redirect"},
		{"https://slack-redir.net/link?url=https%3A%2F%2Fexample.org", "https://example.org", "Slack's redirect"},
		{"https://github.com/a/b", "", ""},
		{"https://www.google.com/search?q=https://github.com/a/b", "", ""},
		{"https://www.google.com/url?q=javascript:alert(1)", "", ""},
		{"https://urldefense.com/v3/__https://example.org/a*b__;JQ!!x$", "", ""},
		{"github.com/a/b", "", ""},
	} {
		if to, via := Unwrapped(tt.in); to != tt.to || via != tt.via {
			t.Errorf("Unwrapped(%q) = %q, %q; want %q, %q", tt.in, to, via, tt.to, tt.via)
		}
	}
}

// FuzzUnwrapped: any link unwraps to an http(s) URL named with its
// service, or to nothing, without a panic; its seeds run as a test.
func FuzzUnwrapped(f *testing.F) {
	for _, s := range []string{"https://www.google.com/url?q=https://x.org/", "https://urldefense.proofpoint.com/v2/url?u=https-3A__x.org_a-2", "https://urldefense.com/v3/__https://x.org__;!!", "https://l.facebook.com/l.php?u=http://x"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		to, via := Unwrapped(s)
		if (to == "") != (via == "") || to != "" && !IsWebURL(to) {
			t.Fatalf("Unwrapped(%q) = %q, %q", s, to, via)
		}
	})
}
