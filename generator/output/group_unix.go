//go:build unix

package output

import (
	"errors"
	"io/fs"
	"os"
	"syscall"
)

// keepGroup gives the folder path the group of the folder fi describes,
// where the process may: an owner may only give a group it is in, and a
// folder it cannot give that group keeps the process's own.
func keepGroup(path string, fi fs.FileInfo) error {
	st, ok := fi.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	err := os.Lchown(path, -1, int(st.Gid))
	if errors.Is(err, fs.ErrPermission) {
		return nil
	}
	return err
}

// sameOwner reports whether the files a and b describe have the same
// owner and group.
func sameOwner(a, b fs.FileInfo) bool {
	sa, ok := a.Sys().(*syscall.Stat_t)
	sb, ok2 := b.Sys().(*syscall.Stat_t)
	return ok && ok2 && sa.Uid == sb.Uid && sa.Gid == sb.Gid
}
