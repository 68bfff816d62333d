package imagesize

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"testing"
	"time"
)

// animated returns a GIF of frames frames, each shown delay hundredths
// of a second, looped as Go's encoder reads loop (0 forever, -1 once, n
// n+1 times).
func animated(t testing.TB, frames, delay, loop int) []byte {
	t.Helper()
	g := &gif.GIF{LoopCount: loop}
	for i := range frames {
		m := image.NewPaletted(image.Rect(0, 0, 4, 3), color.Palette{color.Black, color.White})
		m.SetColorIndex(i%4, 0, 1)
		g.Image, g.Delay = append(g.Image, m), append(g.Delay, delay)
	}
	var b bytes.Buffer
	if err := gif.EncodeAll(&b, g); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestGIFMotion: GIFMotion counts a GIF's frames, times one play by
// their delays and reads its loop count; only one with more than one
// frame that plays forever or over five seconds in all moves.
func TestGIFMotion(t *testing.T) {
	tests := []struct {
		name  string
		gif   []byte
		want  Motion
		moves bool
	}{
		{"still", animated(t, 1, 0, 0), Motion{Frames: 1, Play: 100 * time.Millisecond, Plays: 1}, false},
		{"forever", animated(t, 2, 50, 0), Motion{Frames: 2, Play: time.Second, Plays: 0}, true},
		{"once", animated(t, 3, 50, -1), Motion{Frames: 3, Play: 1500 * time.Millisecond, Plays: 1}, false},
		{"twice, 4 s", animated(t, 2, 100, 1), Motion{Frames: 2, Play: 2 * time.Second, Plays: 2}, false},
		{"six times, 12 s", animated(t, 2, 100, 5), Motion{Frames: 2, Play: 2 * time.Second, Plays: 6}, true},
		{"no delays", animated(t, 4, 0, 0), Motion{Frames: 4, Play: 400 * time.Millisecond, Plays: 0}, true},
	}
	for _, tt := range tests {
		got, err := GIFMotion(bytes.NewReader(tt.gif))
		if err != nil || got != tt.want || got.Moves() != tt.moves {
			t.Errorf("%s: GIFMotion = %+v, %v (moves %v), want %+v (moves %v)", tt.name, got, err, got.Moves(), tt.want, tt.moves)
		}
	}
	for _, bad := range [][]byte{nil, []byte("\x89PNG\r\n\x1a\n"), animated(t, 2, 50, 0)[:40]} {
		if _, err := GIFMotion(bytes.NewReader(bad)); err == nil {
			t.Errorf("GIFMotion(%q) reads no error", bad)
		}
	}
}

// FuzzGIFMotion: no file makes GIFMotion panic or loop, and what it
// reads is a count of frames within maxFrames and a play of no
// negative length.
func FuzzGIFMotion(f *testing.F) {
	for _, s := range [][]byte{animated(f, 1, 0, 0), animated(f, 2, 50, 0), animated(f, 3, 7, 5), []byte("GIF89a"), nil} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		m, _ := GIFMotion(bytes.NewReader(data))
		if m.Frames < 0 || m.Frames > maxFrames || m.Play < 0 || m.Plays < 0 {
			t.Fatalf("GIFMotion(%q) = %+v", data, m)
		}
	})
}
