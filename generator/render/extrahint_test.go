package render

import (
	"testing"

	"github.com/paperboy-digest/paperboy/generator/model"
)

// TestExtraCompareHint: a comparison that fails on a paper's or a day's
// extra: value names the first source that lacks it or gives it as
// another kind, with its line and how many more do, and what to write.
func TestExtraCompareHint(t *testing.T) {
	site := &model.Site{
		Papers: []*model.Paper{
			{ID: "2405.00001", Source: "content/papers/2405.00001.md", Line: 2, Extra: map[string]any{"score": 7}, ExtraLines: map[string]int{"score": 7}},
			{ID: "2405.00002", Source: "content/papers/2405.00002.md", Line: 2, Extra: map[string]any{"score": "high"}, ExtraLines: map[string]int{"score": 8}},
			{ID: "2405.00003", Source: "content/papers/2405.00003.md", Line: 2},
			{ID: "2405.00004", Source: "content/papers/2405.00004.md", Line: 2, Extra: map[string]any{"score": []any{1}}, ExtraLines: map[string]int{"score": 6}},
			{ID: "2405.00005", Source: "content/papers/2405.00005.md", Line: 2},
		},
		Days: []*model.Day{
			{Slug: "2024-05-27", Source: "content/days/2024-05-27.md", Line: 1, Extra: map[string]any{"editor": 3}, ExtraLines: map[string]int{"editor": 3}},
			{Slug: "2024-05-28", Source: "content/days/2024-05-28.md", Line: 1},
		},
	}
	tm := &templates{site: site}
	const at = `executing "x" at <`
	tests := []struct{ msg, want string }{
		{at + `gt .Extra.score 5>: error calling gt: incompatible types for comparison: string and int`,
			`content/papers/2405.00002.md:8, the paper 2405.00002, gives extra: score as text, "high", which gt cannot compare with 5; write it as a whole number (no quotes, no decimal point) there`},
		{at + `lt 5 $p.Extra.score>: error calling lt: incompatible types for comparison: int and string`,
			`content/papers/2405.00002.md:8, the paper 2405.00002, gives extra: score as text, "high", which lt cannot compare with 5; write it as a whole number (no quotes, no decimal point) there`},
		{at + `gt .Extra.score 5>: error calling gt: invalid type for comparison`,
			`content/papers/2405.00003.md:2, the paper 2405.00003, has no score under extra: (and 2 more papers); add it there, or compare only where it is set: {{if and .Extra.score (gt .Extra.score 5)}}`},
		{at + `ge .Day.Extra.editor 2>: error calling ge: invalid type for comparison`,
			`content/days/2024-05-28.md:1, the day 2024-05-28, has no editor under extra:; add it there, or compare only where it is set: {{if and .Day.Extra.editor (ge .Day.Extra.editor 2)}}`},
		{at + `gt .Config.Extra.score 5>: error calling gt: invalid type for comparison`, ""},
		{at + `gt .Extra.nowhere 5>: error calling gt: incompatible types for comparison: string and int`, ""},
		{at + `gt .Upvotes 5>: error calling gt: invalid type for comparison`, ""},
	}
	for _, tt := range tests {
		if got := tm.extraCompareHint(tt.msg); got != tt.want {
			t.Errorf("extraCompareHint(%q) =\n%q, want\n%q", tt.msg, got, tt.want)
		}
	}
}
