package generator

import (
	"strings"
	"testing"
)

// TestShortcodesAreErrors: a Hugo shortcode in a paper's body, a day's
// intro or an inline paper's abstract is a build error at its line, since
// it would show as text on the page, in every feed and in search; one in
// code is shown as written.
func TestShortcodesAreErrors(t *testing.T) {
	archive := siteYAML + "-- content/papers/a.md --\n---\ntitle: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n---\nAbstract.\n\n" +
		"{{< figure src=\"f.png\" >}}\n\nSee [B]({{< ref \"b.md\" >}}); in Hugo write `{{< ref >}}`.\n" +
		"-- content/days/2024-01-01.md --\n---\npapers:\n  - 2401.00001\n  - {title: C, id: c, abstract: \"{{% notice %}}x{{% /notice %}}\"}\n---\nToday.\n\n{{< math >}}x{{< /math >}}\n"
	_, err := buildSite(t, archive, Options{})
	want := []string{
		"content/days/2024-01-01.md:4: {{% notice %}} is a Hugo shortcode, which Paperboy does not have (it would show as text); write a quote",
		"content/days/2024-01-01.md:8: {{< math >}} is a Hugo shortcode, which Paperboy does not have (it would show as text); write the formula as $$…$$",
		"content/papers/a.md:8: {{< figure >}} is a Hugo shortcode, which Paperboy does not have (it would show as text); write an image as ![alt text](https://…)",
		"content/papers/a.md:10: {{< ref >}} is a Hugo shortcode, which Paperboy does not have (it would show as text); link to the page's address from the site root",
	}
	if err == nil {
		t.Fatal("build succeeded, want shortcode errors")
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != len(want) {
		t.Fatalf("errors:\n%v\nwant %d", err, len(want))
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("error %d = %q, want %q…", i, lines[i], w)
		}
	}
	mustBuild(t, siteYAML+paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\n")+
		"-- content/days/2024-01-01.md --\nIn Hugo: `{{< ref \"x\" >}}`.\n\n```\n{{% notice %}}\n```\n").
		contains(t, "days/2024-01-01/index.html", "<code>{{&lt; ref &quot;x&quot; &gt;}}</code>")
}
