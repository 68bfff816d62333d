//go:build !unix

package osfile

import "os"

// ReadFile returns the bytes of the file path, like os.ReadFile.
func ReadFile(path string) ([]byte, error) { return os.ReadFile(path) }

// WriteNew creates the file path, which must not exist yet, and writes data
// to it.
func WriteNew(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err == nil {
		err = err1
	}
	return err
}
