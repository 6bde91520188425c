// Package slices as Go 1.22 declares it, less the iterator functions of
// Go 1.23.
//
// All native: the functions are generic, and the interpreter runs generic
// library functions natively on its type-erased values. Sort, SortFunc and
// SortStableFunc must follow Go's algorithms (pdqsort and insertion sort +
// SymMerge, as sort.go spells them out), so equal elements end where Go
// puts them; Insert, Delete, Replace and Grow must give Go's capacities.
// Go 1.22's Delete, DeleteFunc, Compact, CompactFunc and Replace zero the
// elements they drop off the end.
package slices

import "cmp"

// Equal reports whether two slices are equal: the same length and all elements equal.
func Equal[S ~[]E, E comparable](s1, s2 S) bool

// EqualFunc reports whether two slices are equal using an equality function on each pair of elements.
func EqualFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, eq func(E1, E2) bool) bool

// Compare compares the elements of s1 and s2, using cmp.Compare on each pair of elements.
func Compare[S ~[]E, E cmp.Ordered](s1, s2 S) int

// CompareFunc is like Compare but uses a custom comparison function on each pair of elements.
func CompareFunc[S1 ~[]E1, S2 ~[]E2, E1, E2 any](s1 S1, s2 S2, cmp func(E1, E2) int) int

// Index returns the index of the first occurrence of v in s, or -1 if not present.
func Index[S ~[]E, E comparable](s S, v E) int

// IndexFunc returns the first index i satisfying f(s[i]), or -1 if none do.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int

// Contains reports whether v is present in s.
func Contains[S ~[]E, E comparable](s S, v E) bool

// ContainsFunc reports whether at least one element e of s satisfies f(e).
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool

// Insert inserts the values v... into s at index i, returning the modified slice.
func Insert[S ~[]E, E any](s S, i int, v ...E) S

// Delete removes the elements s[i:j] from s, returning the modified slice.
func Delete[S ~[]E, E any](s S, i, j int) S

// DeleteFunc removes any elements from s for which del returns true, returning the modified slice.
func DeleteFunc[S ~[]E, E any](s S, del func(E) bool) S

// Replace replaces the elements s[i:j] by the given v, and returns the modified slice.
func Replace[S ~[]E, E any](s S, i, j int, v ...E) S

// Clone returns a copy of the slice (nil for nil).
func Clone[S ~[]E, E any](s S) S

// Compact replaces consecutive runs of equal elements with a single copy.
func Compact[S ~[]E, E comparable](s S) S

// CompactFunc is like Compact but uses an equality function to compare elements.
func CompactFunc[S ~[]E, E any](s S, eq func(E, E) bool) S

// Grow increases the slice's capacity, if necessary, to guarantee space for another n elements.
func Grow[S ~[]E, E any](s S, n int) S

// Clip removes unused capacity from the slice, returning s[:len(s):len(s)].
func Clip[S ~[]E, E any](s S) S

// Reverse reverses the elements of the slice in place.
func Reverse[S ~[]E, E any](s S)

// Concat returns a new slice concatenating the passed in slices.
func Concat[S ~[]E, E any](slices ...S) S

// Sort sorts a slice of any ordered type in ascending order; NaNs are ordered before other values.
func Sort[S ~[]E, E cmp.Ordered](x S)

// SortFunc sorts the slice x in ascending order as determined by the cmp function; it is not stable.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int)

// SortStableFunc sorts the slice x while keeping the original order of equal elements, using cmp to compare elements.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int)

// IsSorted reports whether x is sorted in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool

// IsSortedFunc reports whether x is sorted in ascending order, with cmp as the comparison function.
func IsSortedFunc[S ~[]E, E any](x S, cmp func(a, b E) int) bool

// Min returns the minimal value in x; it panics if x is empty.
func Min[S ~[]E, E cmp.Ordered](x S) E

// MinFunc returns the minimal value in x, using cmp to compare elements; it panics if x is empty.
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E

// Max returns the maximal value in x; it panics if x is empty.
func Max[S ~[]E, E cmp.Ordered](x S) E

// MaxFunc returns the maximal value in x, using cmp to compare elements; it panics if x is empty.
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E

// BinarySearch searches for target in a sorted slice and returns the position where target is found, or would appear, and whether it was found.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool)

// BinarySearchFunc works like BinarySearch, but uses a custom comparison function.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool)
