// Package cmp as Go 1.22 declares it: Ordered, Less, Compare, Or.
//
// All native: the functions are generic, and the interpreter runs generic
// library functions natively rather than instantiating Go bodies.
package cmp

// Ordered is a constraint that permits any ordered type: any type that supports <, <=, >= and >.
type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 |
		~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr |
		~float32 | ~float64 |
		~string
}

// Less reports whether x is less than y; a NaN is less than any non-NaN.
func Less[T Ordered](x, y T) bool

// Compare returns -1, 0 or +1 as x is less than, equal to or greater than
// y; a NaN is less than any non-NaN, and NaNs are equal to each other.
func Compare[T Ordered](x, y T) int

// Or returns the first of its arguments that is not the zero value, or the zero value.
func Or[T comparable](vals ...T) T
