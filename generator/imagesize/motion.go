package imagesize

import (
	"bufio"
	"errors"
	"io"
	"time"
)

// Motion is how a GIF plays: its frames, how long one play of them
// takes, and how many times it plays (0: forever).
type Motion struct {
	Frames int
	Play   time.Duration
	Plays  int
}

// maxFrames bounds the frames GIFMotion counts: past them a GIF moves,
// and the rest of a file of many megabytes need not be read.
const maxFrames = 1000

// Moves says the GIF shows motion for longer than five seconds, which
// WCAG 2.2.2 asks a page to let a reader pause: it has more than one
// frame, and plays forever or for more than five seconds in all.
func (m Motion) Moves() bool {
	return m.Frames > 1 && (m.Plays == 0 || m.Play*time.Duration(m.Plays) > 5*time.Second)
}

// GIFMotion reads how the GIF whose bytes r reads plays, walking its
// blocks without decoding a pixel: each frame's delay (its graphic
// control extension's, 1/100 s; 0 or 1 is shown as 1/10 s, as browsers
// show it) and the loop count of its NETSCAPE2.0 extension (none: it
// plays once). A file that is not a GIF, or ends before its trailer, is
// an error, with what it read so far.
func GIFMotion(r io.Reader) (Motion, error) {
	br := bufio.NewReader(r)
	m := Motion{Plays: 1}
	head := make([]byte, 13)
	if _, err := io.ReadFull(br, head); err != nil || string(head[:4]) != "GIF8" {
		return m, errors.New("not a GIF")
	}
	if head[10]&0x80 != 0 {
		if _, err := br.Discard(3 << (head[10]&7 + 1)); err != nil {
			return m, err
		}
	}
	delay := time.Duration(0)
	for m.Frames < maxFrames {
		b, err := br.ReadByte()
		if err != nil {
			return m, err
		}
		switch b {
		case 0x3b: // trailer
			return m, nil
		case 0x21: // extension
			if err := m.extension(br, &delay); err != nil {
				return m, err
			}
		case 0x2c: // image descriptor
			if err := skipImage(br); err != nil {
				return m, err
			}
			m.Frames++
			if delay <= 10*time.Millisecond {
				delay = 100 * time.Millisecond
			}
			m.Play += delay
			delay = 0
		default:
			return m, errors.New("broken GIF block")
		}
	}
	return m, nil
}

// extension reads one extension block after its introducer: a graphic
// control extension sets the next frame's delay, a NETSCAPE2.0 (or
// ANIMEXTS1.0) one m's plays; any other is skipped.
func (m *Motion) extension(br *bufio.Reader, delay *time.Duration) error {
	label, err := br.ReadByte()
	if err != nil {
		return err
	}
	first := true
	app := ""
	for {
		block, err := subBlock(br)
		if err != nil || block == nil {
			return err
		}
		switch {
		case label == 0xf9 && first && len(block) >= 3:
			*delay = time.Duration(int(block[1])|int(block[2])<<8) * 10 * time.Millisecond
		case label == 0xff && first:
			app = string(block)
		case label == 0xff && (app == "NETSCAPE2.0" || app == "ANIMEXTS1.0") && len(block) >= 3 && block[0] == 1:
			m.Plays = int(block[1]) | int(block[2])<<8
			if m.Plays > 0 {
				m.Plays++ // the count is of repeats after the first play
			}
		}
		first = false
	}
}

// skipImage reads past one image after its descriptor's separator: the
// rest of the descriptor, its local colour table and its data.
func skipImage(br *bufio.Reader) error {
	desc := make([]byte, 9)
	if _, err := io.ReadFull(br, desc); err != nil {
		return err
	}
	if desc[8]&0x80 != 0 {
		if _, err := br.Discard(3 << (desc[8]&7 + 1)); err != nil {
			return err
		}
	}
	if _, err := br.ReadByte(); err != nil { // LZW minimum code size
		return err
	}
	for {
		n, err := br.ReadByte()
		if err != nil || n == 0 {
			return err
		}
		if _, err := br.Discard(int(n)); err != nil {
			return err
		}
	}
}

// subBlock reads one data sub-block: nil for the terminator.
func subBlock(br *bufio.Reader) ([]byte, error) {
	n, err := br.ReadByte()
	if err != nil || n == 0 {
		return nil, err
	}
	b := make([]byte, n)
	_, err = io.ReadFull(br, b)
	return b, err
}
