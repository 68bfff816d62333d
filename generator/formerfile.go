package generator

import (
	"fmt"
	"io"
	"io/fs"
)

// formerFileLimit is the most readFormer reads of one file of the site
// in the destination. The files it reads are ones the build writes: a
// feed.json of the default feedSize is some 150 KB, a paper page tens
// of KB, and a page's template is stopped at 64 MB (render's
// maxPageBytes); a file past it is not the build's and is left unread.
const formerFileLimit = 128 << 20

// readFormer returns the file name of former, the site in the
// destination (Options.Former), as the build wrote it: a regular file,
// not a symbolic link, of at most formerFileLimit bytes. The destination
// is a folder of the repository, and a pull request can commit anything
// there (git add -f public/feed.json, a link to /dev/zero), which a
// plain fs.ReadFile would read until memory runs out. Every read of a
// former file's contents goes through it; listings and fs.Stat, which
// read none, do not need to.
func readFormer(former fs.FS, name string) ([]byte, error) {
	return readRegular(former, name, formerFileLimit)
}

// readRegular is readFormer with the limit given, for its tests.
func readRegular(fsys fs.FS, name string, limit int64) ([]byte, error) {
	info, err := fs.Lstat(fsys, name)
	if err != nil {
		return nil, err
	}
	if err := regularWithin(info, limit); err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	f, err := fsys.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// Stat the opened file too: the name may have been replaced since.
	if info, err = f.Stat(); err != nil {
		return nil, err
	}
	if err := regularWithin(info, limit); err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	data, err := io.ReadAll(io.LimitReader(f, limit+1))
	if err == nil && int64(len(data)) > limit {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("past %d bytes", limit)}
	}
	return data, err
}

// regularWithin returns an error unless info is of a regular file of at
// most limit bytes.
func regularWithin(info fs.FileInfo, limit int64) error {
	if !info.Mode().IsRegular() {
		return fmt.Errorf("not a regular file (%v)", info.Mode().Type())
	}
	if info.Size() > limit {
		return fmt.Errorf("%d bytes, past %d", info.Size(), limit)
	}
	return nil
}
