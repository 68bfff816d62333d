package importer

import "testing"

// TestFilesLeavesPapersAlone: listing a plan's files (for Changes and
// Report) appends the day file to a copy, never into spare room behind
// Papers, which Prepare's appends may have left there.
func TestFilesLeavesPapersAlone(t *testing.T) {
	room := make([]Change, 2)
	room[1] = Change{Path: "content/papers/spare.md"}
	pl := &Plan{Papers: room[:1], DayFile: Change{Path: "content/days/2024-05-27.md"}}
	if got := pl.files(); len(got) != 2 || got[1].Path != pl.DayFile.Path {
		t.Errorf("files() = %v, want the paper, then the day file", got)
	}
	if room[1].Path != "content/papers/spare.md" {
		t.Errorf("files() wrote %q into the array behind Papers", room[1].Path)
	}
}
