// Package os, the part a playground program uses: Args, Exit, Getenv and
// friends, Getpid, and the standard files Stdin, Stdout, Stderr with the
// methods of *File that write and read them.
//
// Go here: File's methods, built on the natives write (one write of b to
// the run's stdout or stderr event stream). Native: Exit, the environment
// functions, Getpid, runtimeArgs (Args' value) and write.
//
// Differences from Go's os: there are no files to open; a File is only one
// of the three standard ones (Stdin reads as empty, as on the playground).
// Errors on a closed File print as Go's ("write /dev/stdout: file already
// closed") but are not *fs.PathError values.
package os

import (
	"errors"
	"io"
)

// File represents an open file descriptor. Like Go's it is a pointer to a
// hidden struct, so %v of os.Stdout prints &{0xc...} as Go's does.
type File struct {
	*file
}

// file is File's state: the descriptor (0, 1 or 2) and the name Go gives it.
type file struct {
	fd     int
	name   string
	closed bool
}

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	return &File{&file{fd: int(fd), name: name}}
}

// Stdin, Stdout and Stderr are open Files for the standard descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// runtimeArgs returns the run's arguments (native).
func runtimeArgs() []string

// ErrInvalid indicates an invalid argument (a method called on a nil *File).
var ErrInvalid = errors.New("invalid argument")

// closedError is the error of an operation on a closed File, printed as Go's *PathError is.
type closedError struct {
	op   string
	path string
}

func (e *closedError) Error() string { return e.op + " " + e.path + ": file already closed" }

// Name returns the name of the file as presented to NewFile.
func (f *File) Name() string { return f.name }

// Fd returns the file descriptor.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// Write writes len(b) bytes from b to the File.
func (f *File) Write(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &closedError{"write", f.name}
	}
	if f.fd != 1 && f.fd != 2 {
		return 0, &badFdError{"write", f.name}
	}
	write(f.fd, b)
	return len(b), nil
}

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Read reads up to len(b) bytes from the File; standard input is empty.
func (f *File) Read(b []byte) (n int, err error) {
	if f == nil {
		return 0, ErrInvalid
	}
	if f.closed {
		return 0, &closedError{"read", f.name}
	}
	if f.fd != 0 {
		return 0, &badFdError{"read", f.name}
	}
	return 0, io.EOF
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &closedError{"close", f.name}
	}
	f.closed = true
	return nil
}

// Sync commits the file's contents; the standard files need nothing.
func (f *File) Sync() error {
	if f == nil {
		return ErrInvalid
	}
	return nil
}

// badFdError is reading stdout or writing stdin, as Linux words it.
type badFdError struct {
	op   string
	path string
}

func (e *badFdError) Error() string { return e.op + " " + e.path + ": bad file descriptor" }

// write writes b to the run's stdout (fd 1) or stderr (fd 2) (native).
func write(fd int, b []byte)

// Exit causes the program to exit with the given status code at once;
// deferred functions are not run (native).
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key (native).
func Getenv(key string) string

// LookupEnv retrieves the value of the environment variable named by the key and whether it is set (native).
func LookupEnv(key string) (string, bool)

// Setenv sets the value of the environment variable named by the key (native).
func Setenv(key, value string) error

// Unsetenv unsets a single environment variable (native).
func Unsetenv(key string) error

// Environ returns a copy of strings representing the environment, in the form "key=value" (native).
func Environ() []string

// Getpid returns the process id of the caller (native).
func Getpid() int

// Hostname returns the host name reported by the kernel (native).
func Hostname() (name string, err error)
