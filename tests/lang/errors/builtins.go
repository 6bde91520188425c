// Misused builtins: argument counts, argument types, make and new of what
// they cannot make.
package main

func main() {
	var m map[string]int
	delete(m) // ERROR "not enough arguments for delete(m) (expected 2, found 1)"
	var s []int
	_ = copy(s, "x")   // ERROR "arguments to copy s (variable of type []int) and \"x\" (untyped string constant) have different element types int and byte"
	_ = cap(m)         // ERROR "invalid argument: m (variable of type map[string]int) for"
	close(s)           // ERROR "invalid operation: cannot close non-channel s (variable of type []int)"
	_ = make(int)      // ERROR "cannot make int; type must be slice, map, or channel"
	_ = new(s)         // ERROR "s (variable of type []int) is not a type"
	_ = append(s, "x") // ERROR "cannot use \"x\" (untyped string constant) as int value in argument to append"
}
