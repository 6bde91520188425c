// Package errors as Go 1.22 declares it: New, Is, As, Unwrap, Join,
// ErrUnsupported.
//
// Go here: New, Unwrap, Is, Join and the error types (named as Go's, so %T
// prints *errors.errorString and *errors.joinError). Native: As, which
// assigns through a pointer of any type (reflection), and isComparable,
// the reflectlite check Is needs before comparing with ==.
package errors

// New returns an error whose Error method returns text; each call returns a distinct error.
func New(text string) error {
	return &errorString{text}
}

// errorString is the error New returns.
type errorString struct {
	s string
}

func (e *errorString) Error() string { return e.s }

// ErrUnsupported indicates that a requested operation cannot be performed.
var ErrUnsupported = New("unsupported operation")

// Unwrap returns the result of err's Unwrap() error method, or nil if it has none.
// It does not unwrap errors returned by Join (their Unwrap returns []error).
func Unwrap(err error) error {
	u, ok := err.(interface{ Unwrap() error })
	if !ok {
		return nil
	}
	return u.Unwrap()
}

// Is reports whether any error in err's tree matches target, walking the
// tree depth-first through Unwrap() error and Unwrap() []error.
func Is(err, target error) bool {
	if err == nil || target == nil {
		return err == target
	}
	// == on interfaces panics when both hold the same uncomparable type,
	// so equality is tried only when target's type is comparable.
	return is(err, target, isComparable(target))
}

func is(err, target error, targetComparable bool) bool {
	for {
		if targetComparable && err == target {
			return true
		}
		if x, ok := err.(interface{ Is(error) bool }); ok && x.Is(target) {
			return true
		}
		switch x := err.(type) {
		case interface{ Unwrap() error }:
			err = x.Unwrap()
			if err == nil {
				return false
			}
		case interface{ Unwrap() []error }:
			for _, child := range x.Unwrap() {
				if child != nil && is(child, target, targetComparable) {
					return true
				}
			}
			return false
		default:
			return false
		}
	}
}

// isComparable reports whether v's dynamic type is comparable (native).
func isComparable(v any) bool

// As finds the first error in err's tree that matches target, and if one
// is found, sets target to that error value and returns true (native).
func As(err error, target any) bool

// Join returns an error that wraps the given errors, discarding nils; it
// returns nil if every err is nil. Its Error joins the messages with newlines.
func Join(errs ...error) error {
	n := 0
	for _, err := range errs {
		if err != nil {
			n++
		}
	}
	if n == 0 {
		return nil
	}
	e := &joinError{errs: make([]error, 0, n)}
	for _, err := range errs {
		if err != nil {
			e.errs = append(e.errs, err)
		}
	}
	return e
}

// joinError is the error Join returns.
type joinError struct {
	errs []error
}

func (e *joinError) Error() string {
	var b []byte
	for i, err := range e.errs {
		if i > 0 {
			b = append(b, '\n')
		}
		b = append(b, err.Error()...)
	}
	return string(b)
}

func (e *joinError) Unwrap() []error { return e.errs }
