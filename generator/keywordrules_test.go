package generator

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// TestDeletedRuleTopicNote: a topic an import's keyword rule wrote into a
// paper (imported: topics:) that site.yaml defines no longer is a note at
// its line, once for all the papers it leaves, and the papers are off
// it; a topic the curator wrote, or one still defined, is neither.
func TestDeletedRuleTopicNote(t *testing.T) {
	site := siteYAML + "topics:\n  agents: {name: Agents}\n" +
		paper("a", "title: A\narxiv: \"2401.00001\"\ndate: 2024-01-01\ntopics: [models, agents, nlp]\nimported:\n  sources: [hf]\n  topics: [agents, models]\n") +
		paper("b", "title: B\narxiv: \"2401.00002\"\ndate: 2024-01-01\ntopics: [models]\n") +
		paper("c", "title: C\narxiv: \"2401.00003\"\ndate: 2024-01-01\ntopics: [models]\nimported:\n  sources: [hf]\n  topics: [models]\n")
	res, err := Build(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range ownWarnings(res) {
		got = append(got, p.String())
	}
	want := []string{`content/papers/a.md:5: note: topic "models" is left off the paper: site.yaml defines it no longer, and the import recorded it as its keyword rule's (imported: topics:); delete it from topics:, or, to keep the paper on it, define ` + "`models:`" + ` under topics: in site.yaml (and so for 1 other paper)`}
	if !slices.Equal(got, want) {
		t.Errorf("warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	for _, p := range res.Site.Papers {
		want := map[string][]string{"2401.00001": {"agents", "nlp"}, "2401.00002": {"models"}, "2401.00003": nil}[p.ID]
		if !slices.Equal(p.Topics, want) {
			t.Errorf("topics of %s = %q, want %q", p.ID, p.Topics, want)
		}
	}
}

// TestKeywordRuleNotes: on a site of enough papers, check notes a topic
// whose keyword rule tags no paper, at its keyword's line, and one whose
// rule tags every paper, at the line of the keyword that does; a rule
// that tags some is not noted, nor any rule of a site of fewer papers.
func TestKeywordRuleNotes(t *testing.T) {
	topics := "topics:\n  models:\n    keywords:\n      - world model\n      - model\n  gan:\n    keywords: [GANN]\n  rl:\n    keywords: [reward]\n"
	for _, n := range []int{ruleNotesFloor, ruleNotesFloor - 1} {
		site := siteYAML + topics
		for i := range n {
			abstract := "We propose a model."
			if i == 0 {
				abstract = "A reward."
			}
			site += fmt.Sprintf("-- content/papers/p%d.md --\n---\ntitle: P\narxiv: \"2401.0000%d\"\ndate: 2024-01-01\n---\n%s\n", i, i, abstract)
			if i == 1 {
				site = strings.Replace(site, "A reward.", "A model of reward.", 1)
			}
		}
		problems, err := Check(context.Background(), Options{Site: siteFS(site)})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, p := range problems {
			if p.Note() && strings.Contains(p.Msg, "keyword rule") {
				got = append(got, p.String())
			}
		}
		var want []string
		if n >= ruleNotesFloor {
			want = []string{
				fmt.Sprintf(`content/site.yaml:7: note: topic "models": its keyword rule tags %d of the site's %d papers (keyword "model" alone is in %d), so the topic sets hardly any paper apart; write narrower keywords, phrases a paper on the topic writes (`+"`world model`, not `model`)", n, n, n),
				fmt.Sprintf(`content/site.yaml:9: note: topic "gan": its keyword rule (GANN) tags none of the site's %d papers; check each keyword's spelling (a keyword matches whole words and their plurals, ignoring case), or delete the rule if no paper is meant for it`, n),
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%d papers: notes:\n%s\nwant:\n%s", n, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestWhy: Why names the line of the paper's topics: that puts it on a
// topic, each keyword of site.yaml found in it with the keyword's line
// and the text it is in, and a topic a deleted rule left it on.
func TestWhy(t *testing.T) {
	site := siteYAML + "topics:\n  rl:\n    keywords: [RL, reward model, policy gradient]\n" +
		"-- content/papers/a.md --\n---\ntitle: Speech with a reward model\narxiv: \"2401.00001\"\ndate: 2024-01-01\ntopics: [nlp, gone]\nimported:\n  topics: [gone]\n---\nWith policy-\ngradients.\n"
	got, err := Why(context.Background(), Options{Site: siteFS(site)}, "2401.00001")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"content/papers/a.md: paper 2401.00001 is on 2 topics",
		`  nlp: its topics: at content/papers/a.md:5 writes "nlp"`,
		`  rl: keyword "reward model" at content/site.yaml:5 is in its title`,
		`  rl: keyword "policy gradient" at content/site.yaml:5 is in its abstract`,
		"  gone: left off: content/papers/a.md:5 writes it, as an import's keyword rule suggested (imported: topics:), but site.yaml defines the topic no longer",
	}
	if !slices.Equal(got, want) {
		t.Errorf("Why:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := Why(context.Background(), Options{Site: siteFS(site)}, "2401.0000"); err == nil || !strings.Contains(err.Error(), `no paper the build publishes has the id "2401.0000"`) {
		t.Errorf("Why of no paper: %v", err)
	}
}

// TestNotTopics: a paper's not_topics: keeps a keyword rule's topic off
// it, which --why tells at that line; an entry that names no topic with
// keywords:, and one its topics: names too (which wins), is a warning at
// its line; and check notes a `topics: []` the rules fill all the same.
func TestNotTopics(t *testing.T) {
	site := siteYAML + "topics:\n  llm:\n    keywords: [LLM]\n  agents:\n    keywords: [agent]\n  vision: {name: Vision}\n" +
		paper("a", "title: Speech without an LLM agent\narxiv: \"2401.00001\"\ndate: 2024-01-01\nnot_topics: [llm]\n") +
		paper("b", "title: An LLM\narxiv: \"2401.00002\"\ndate: 2024-01-01\ntopics: [llm]\nnot_topics:\n  - LLM\n  - lmm\n  - vision\n") +
		paper("c", "title: An LLM\narxiv: \"2401.00003\"\ndate: 2024-01-01\ntopics: []\n")
	problems, err := Check(context.Background(), Options{Site: siteFS(site)})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range problems {
		if strings.Contains(p.Msg, "not_topics") {
			got = append(got, p.String())
		}
	}
	want := []string{
		`content/papers/b.md:7: not_topics: "LLM" and topics: (line 5, "llm") both name the topic "llm"; topics: wins and the paper stays on it: delete it from topics: to keep the paper off the topic, or delete this entry`,
		`content/papers/b.md:8: not_topics: "lmm" names no topic of site.yaml, so it keeps no keyword rule off the paper; did you mean "llm"?`,
		`content/papers/b.md:9: not_topics: "vision" names the topic "vision", which has no keywords: in site.yaml, so no rule puts the paper on it; delete the entry (a paper is on that topic only when its topics: names it)`,
		"content/papers/c.md:5: note: topics: is empty, but the keyword rules of site.yaml put paper 2401.00003 on llm all the same (topics: only adds topics); to keep it off a rule's topic, write `not_topics: [llm]` (check --why 2401.00003 tells which keyword tags it)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("problems:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	why, err := Why(context.Background(), Options{Site: siteFS(site)}, "2401.00001")
	if err != nil {
		t.Fatal(err)
	}
	wantWhy := []string{
		"content/papers/a.md: paper 2401.00001 is on 1 topic",
		`  agents: keyword "agent" at content/site.yaml:7 is in its title`,
		`  llm: kept off: its not_topics: at content/papers/a.md:5 writes "llm", so the topic's keyword rule does not tag it`,
		`  llm: keyword "LLM" at content/site.yaml:5 is in its title`,
	}
	if !slices.Equal(why, wantWhy) {
		t.Errorf("Why:\n%s\nwant:\n%s", strings.Join(why, "\n"), strings.Join(wantWhy, "\n"))
	}
}
