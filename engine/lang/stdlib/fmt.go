// Package fmt as Go 1.22 declares it: printing (Print*, Sprint*, Fprint*,
// Append*, Errorf) and scanning (Scan*, Sscan*, Fscan*), with every verb
// and flag, Stringer, GoStringer, Formatter and error formatting.
//
// Native: the formatter (Sprint*, Append*, FormatString, errorf, the core
// of Errorf) and the scanners. Go here: Fprint*, which write the formatted
// bytes to the io.Writer in one Write call as Go's do, Print*, which are
// Fprint*(os.Stdout) as in Go (so reassigning os.Stdout redirects them),
// and Errorf's wrapping of %w operands into Go's error types.
package fmt

import (
	"errors"
	"io"
	"os"
)

// Stringer is implemented by any value that has a String method, which defines the “native” format for that value.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines the Go syntax for that value (%#v).
type GoStringer interface {
	GoString() string
}

// Formatter is implemented by any value that has a Format method; the implementation controls how State and rune are interpreted.
type Formatter interface {
	Format(f State, verb rune)
}

// State represents the printer state passed to custom formatters.
type State interface {
	// Write is the function to call to emit formatted output to be printed.
	Write(b []byte) (n int, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Precision returns the value of the precision option and whether it has been set.
	Precision() (prec int, ok bool)

	// Flag reports whether the flag c, a character, has been set.
	Flag(c int) bool
}

// pp is the State a Formatter's Format method is given (named as Go's
// printer is, so %T of it agrees): the native printer fills in the
// directive's width, precision and flags, calls Format, and prints the bytes
// Format wrote in the operand's place.
type pp struct {
	buf                             []byte
	wid, prec                       int
	widOK, precOK                   bool
	minus, plus, sharp, space, zero bool
}

func (p *pp) Write(b []byte) (n int, err error) {
	p.buf = append(p.buf, b...)
	return len(b), nil
}

func (p *pp) WriteString(s string) (n int, err error) {
	p.buf = append(p.buf, s...)
	return len(s), nil
}

func (p *pp) Width() (wid int, ok bool) { return p.wid, p.widOK }

func (p *pp) Precision() (prec int, ok bool) { return p.prec, p.precOK }

func (p *pp) Flag(c int) bool {
	switch c {
	case '-':
		return p.minus
	case '+':
		return p.plus
	case '#':
		return p.sharp
	case ' ':
		return p.space
	case '0':
		return p.zero
	}
	return false
}

// Scanner is implemented by any value that has a Scan method, which scans the input for the representation of a value.
type Scanner interface {
	Scan(state ScanState, verb rune) error
}

// ScanState represents the scanner state passed to custom scanners.
type ScanState interface {
	// ReadRune reads the next rune (Unicode code point) from the input.
	ReadRune() (r rune, size int, err error)
	// UnreadRune causes the next call to ReadRune to return the same rune.
	UnreadRune() error
	// SkipSpace skips space in the input.
	SkipSpace()
	// Token skips space in the input if skipSpace is true, then returns the run of Unicode code points c satisfying f(c).
	Token(skipSpace bool, f func(rune) bool) (token []byte, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Because ReadRune is implemented by the interface, Read should never be called by the scanning routines.
	Read(buf []byte) (n int, err error)
}

// FormatString returns a string representing the fully qualified formatting directive captured by the State, followed by the argument verb (native).
func FormatString(state State, verb rune) string

// Sprint formats using the default formats for its operands and returns the resulting string; spaces are added between operands when neither is a string (native).
func Sprint(a ...any) string

// Sprintf formats according to a format specifier and returns the resulting string (native).
func Sprintf(format string, a ...any) string

// Sprintln formats using the default formats for its operands and returns the resulting string; spaces between operands, a newline at the end (native).
func Sprintln(a ...any) string

// Append formats using the default formats for its operands, appends the result to the byte slice, and returns the updated slice (native).
func Append(b []byte, a ...any) []byte

// Appendf formats according to a format specifier, appends the result to the byte slice, and returns the updated slice (native).
func Appendf(b []byte, format string, a ...any) []byte

// Appendln formats using the default formats for its operands, appends the result to the byte slice, and returns the updated slice (native).
func Appendln(b []byte, a ...any) []byte

// Fprint formats using the default formats for its operands and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error) {
	return w.Write(Append(nil, a...))
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error) {
	return w.Write(Appendf(nil, format, a...))
}

// Fprintln formats using the default formats for its operands and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error) {
	return w.Write(Appendln(nil, a...))
}

// Print formats using the default formats for its operands and writes to standard output.
func Print(a ...any) (n int, err error) {
	return Fprint(os.Stdout, a...)
}

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error) {
	return Fprintf(os.Stdout, format, a...)
}

// Println formats using the default formats for its operands and writes to standard output.
func Println(a ...any) (n int, err error) {
	return Fprintln(os.Stdout, a...)
}

// errorf formats like Sprintf and returns, as Go's printer records them,
// the argument indexes of the %w verbs whose operand is an error (in
// ascending order when explicit argument indexes reordered them) (native).
func errorf(format string, a []any) (msg string, wrapped []int)

// Errorf formats according to a format specifier and returns the string
// as an error; with one %w operand the error has Unwrap() error, with
// several Unwrap() []error, as Go's.
func Errorf(format string, a ...any) error {
	msg, wrapped := errorf(format, a)
	switch len(wrapped) {
	case 0:
		return errors.New(msg)
	case 1:
		w := &wrapError{msg: msg}
		w.err, _ = a[wrapped[0]].(error)
		return w
	}
	var errs []error
	for i, argNum := range wrapped {
		if i > 0 && wrapped[i-1] == argNum {
			continue // the same operand wrapped twice is one error
		}
		if e, ok := a[argNum].(error); ok {
			errs = append(errs, e)
		}
	}
	return &wrapErrors{msg, errs}
}

// wrapError is Errorf's error for one %w operand.
type wrapError struct {
	msg string
	err error
}

func (e *wrapError) Error() string { return e.msg }

func (e *wrapError) Unwrap() error { return e.err }

// wrapErrors is Errorf's error for several %w operands.
type wrapErrors struct {
	msg  string
	errs []error
}

func (e *wrapErrors) Error() string { return e.msg }

func (e *wrapErrors) Unwrap() []error { return e.errs }

// Scan scans text read from standard input (empty here), storing successive space-separated values into successive arguments (native).
func Scan(a ...any) (n int, err error)

// Scanln is similar to Scan, but stops scanning at a newline (native).
func Scanln(a ...any) (n int, err error)

// Scanf scans text read from standard input, storing successive space-separated values into successive arguments as determined by the format (native).
func Scanf(format string, a ...any) (n int, err error)

// Sscan scans the argument string, storing successive space-separated values into successive arguments; newlines count as space (native).
func Sscan(str string, a ...any) (n int, err error)

// Sscanln is similar to Sscan, but stops scanning at a newline (native).
func Sscanln(str string, a ...any) (n int, err error)

// Sscanf scans the argument string, storing successive space-separated values into successive arguments as determined by the format (native).
func Sscanf(str string, format string, a ...any) (n int, err error)

// Fscan scans text read from r, storing successive space-separated values into successive arguments (native).
func Fscan(r io.Reader, a ...any) (n int, err error)

// Fscanln is similar to Fscan, but stops scanning at a newline (native).
func Fscanln(r io.Reader, a ...any) (n int, err error)

// Fscanf scans text read from r, storing successive space-separated values into successive arguments as determined by the format (native).
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)
