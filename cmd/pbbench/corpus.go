package main

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"time"
)

// Files in a corpus folder that are not part of the site.
const (
	stampFile   = ".pbbench-stamp"   // the cache key the corpus was made with
	editingFile = ".pbbench-editing" // present while the incremental edits change a paper
)

// corpusKey identifies a corpus: its size and seed, and the source of the
// generator, so a change to cmd/gencorpus regenerates cached corpora.
func corpusKey(root string, n int, seed uint64) (string, error) {
	dir := filepath.Join(root, "cmd", "gencorpus")
	names, err := filepath.Glob(filepath.Join(dir, "*.go"))
	if err != nil {
		return "", err
	}
	slices.Sort(names)
	h := sha256.New()
	for _, name := range names {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		data, err := os.ReadFile(name)
		if err != nil {
			return "", err
		}
		fmt.Fprintf(h, "%s %d\n", filepath.Base(name), len(data))
		h.Write(data)
	}
	return fmt.Sprintf("n=%d seed=%d gencorpus=%s", n, seed, hex.EncodeToString(h.Sum(nil))[:16]), nil
}

// ensureCorpus returns the site folder of the corpus of n papers with seed,
// generating it with the gencorpus binary unless the work folder has it.
func ensureCorpus(ctx context.Context, gencorpus, root, work string, n int, seed uint64, logf func(string, ...any)) (string, error) {
	key, err := corpusKey(root, n, seed)
	if err != nil {
		return "", err
	}
	site := filepath.Join(work, fmt.Sprintf("corpus-%d-s%d", n, seed))
	stamp, err := os.ReadFile(filepath.Join(site, stampFile))
	_, editErr := os.Stat(filepath.Join(site, editingFile))
	if err == nil && string(stamp) == key && os.IsNotExist(editErr) {
		logf("corpus: reusing %s", site)
		return site, nil
	}
	tmp := site + ".tmp"
	for _, d := range []string{site, tmp} {
		if err := os.RemoveAll(d); err != nil {
			return "", err
		}
	}
	start := time.Now()
	cmd := exec.CommandContext(ctx, gencorpus, "-n", fmt.Sprint(n), "-seed", fmt.Sprint(seed), "-o", tmp)
	if msg, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("gencorpus: %v\n%s", err, msg)
	}
	if err := os.WriteFile(filepath.Join(tmp, stampFile), []byte(key), 0o644); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, site); err != nil {
		return "", err
	}
	logf("corpus: generated %s in %s", site, time.Since(start).Round(time.Millisecond))
	return site, nil
}
