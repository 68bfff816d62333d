package tex

import (
	"bufio"
	"os"
	"testing"
)

func TestScratch(t *testing.T) {
	f, _ := os.Open("/tmp/texin.txt")
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		t.Logf("%s\n  => %s", sc.Text(), MathML(sc.Text(), false))
	}
}
