package main

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"testing"
	"time"
)

func TestParseStages(t *testing.T) {
	for _, c := range []struct {
		name, stderr string
		want         string
		timings      bool
	}{
		{"timings", "stage load 1.5ms\nstage parse 2s\nbuilt 3 papers: 9 files (0.1 MB) in 3s\nstage write 40\nwrote public in 3.1s\n",
			"[load 1.5ms parse 2s write 40ms]", true},
		{"summary only", "built 3 papers, 1 days: 9 files (0.1 MB) in 1.2s\nwrote /x/public in 1.5s\n", "[write 300ms]", false},
		{"nothing", "warning: something\n", "[]", false},
		{"bad duration", "stage load soon\n", "[]", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, timings := parseStages(c.stderr)
			if s := fmt.Sprint(got); s != c.want || timings != c.timings {
				t.Errorf("parseStages(%q) = %s, %v, want %s, %v", c.stderr, s, timings, c.want, c.timings)
			}
		})
	}
}

func TestMedian(t *testing.T) {
	for _, c := range []struct {
		in   []time.Duration
		want time.Duration
	}{
		{nil, 0},
		{[]time.Duration{5}, 5},
		{[]time.Duration{9, 1, 5}, 5},
		{[]time.Duration{4, 1, 3, 2}, 2},
	} {
		if got := median(c.in); got != c.want {
			t.Errorf("median(%v) = %v, want %v", c.in, got, c.want)
		}
	}
	got := fmt.Sprint(medianStages([][]stage{{{"a", 1}, {"b", 10}}, {{"a", 3}, {"c", 7}}, {{"a", 2}}}))
	if want := "[a 2ns b 10ns c 7ns]"; got != want {
		t.Errorf("medianStages = %s, want %s", got, want)
	}
}

func TestEditAbstract(t *testing.T) {
	for _, c := range []struct {
		in   string
		k    int
		want string
	}{
		{"---\ntitle: x\n---\n\nFirst line.\nSecond.\n", 1, "---\ntitle: x\n---\n\nFirst line. edited1\nSecond.\n"},
		{"---\ntitle: x\n---\nBody", 2, "---\ntitle: x\n---\nBody edited1 edited2"},
		{"No front matter\n", 1, "No front matter edited1\n"},
	} {
		if got := string(editAbstract([]byte(c.in), c.k)); got != c.want {
			t.Errorf("editAbstract(%q, %d) = %q, want %q", c.in, c.k, got, c.want)
		}
	}
}

func TestPGO(t *testing.T) {
	for _, c := range []struct {
		settings []debug.BuildSetting
		want     string
	}{
		{[]debug.BuildSetting{{Key: "-compiler", Value: "gc"}, {Key: "-pgo", Value: "/src/cmd/paperboy/default.pgo"}}, "PGO default.pgo"},
		{[]debug.BuildSetting{{Key: "-compiler", Value: "gc"}}, "no PGO"},
		{[]debug.BuildSetting{{Key: "-pgo", Value: ""}}, "no PGO"},
	} {
		if got := pgoSetting(&debug.BuildInfo{Settings: c.settings}); got != c.want {
			t.Errorf("pgoSetting(%v) = %q, want %q", c.settings, got, c.want)
		}
	}
	if got := pgoOf(filepath.Join(t.TempDir(), "missing")); got != "build settings unknown" {
		t.Errorf("pgoOf(missing file) = %q", got)
	}
	// This test binary: make test compiles it with -pgo=off, and cmd/pbbench has no profile.
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	if got := pgoOf(self); got != "no PGO" {
		t.Errorf("pgoOf(test binary) = %q, want %q", got, "no PGO")
	}
}
