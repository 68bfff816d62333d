package generator

import (
	"encoding/json"
	"testing"
)

// TestProblemJSON: check --json writes every key the README names,
// {kind, path, line, message}, line null for a problem of no line (a
// stray file): with omitempty the key was missing, and p["line"] failed
// in a consumer written from the README.
func TestProblemJSON(t *testing.T) {
	for _, tt := range []struct {
		p    Problem
		want string
	}{
		{Problem{Kind: "source", Path: "content/papers/a.md", Line: 3, Msg: "m"},
			`{"kind":"source","path":"content/papers/a.md","line":3,"message":"m"}`},
		{Problem{Kind: "orphan", Path: "content/notes.txt", Msg: "no build reads this file"},
			`{"kind":"orphan","path":"content/notes.txt","line":null,"message":"no build reads this file"}`},
	} {
		got, err := json.Marshal([]Problem{tt.p})
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != "["+tt.want+"]" {
			t.Errorf("json.Marshal(%+v) = %s, want [%s]", tt.p, got, tt.want)
		}
		var back []Problem
		if err := json.Unmarshal(got, &back); err != nil || len(back) != 1 || back[0] != tt.p {
			t.Errorf("json.Unmarshal(%s) = %+v, %v; want %+v", got, back, err, tt.p)
		}
	}
}
