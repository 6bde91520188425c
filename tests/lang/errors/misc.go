// Assorted type errors: indirection of a non-pointer, ranging over a
// non-iterable value (an int is iterable since Go 1.22), constant index out of range, struct literal mistakes,
// nil misuse, built-in misuse.
package main

import "fmt"

type P struct{ X, Y int }

func main() {
	n := 5
	fmt.Println(*n) // ERROR "invalid operation: cannot indirect n (variable of type int)"
	f := 1.5
	for range f { // ERROR "cannot range over f (variable of type float64)"
	}
	arr := [3]int{}
	fmt.Println(arr[5]) // ERROR "invalid argument: index 5 out of bounds [0:3]"
	_ = P{1}            // ERROR "too few values in"
	_ = P{Z: 1}         // ERROR "unknown field Z in struct literal of type P"
	var i int = nil     // ERROR "cannot use nil as int value in variable declaration"
	_ = append(n, 1)    // ERROR "first argument to append must be a slice"
	var m map[string]int
	m.x = 1 // ERROR "m.x undefined (type map[string]int has no field or method x)"
	s := "str"
	s[0] = 'S' // ERROR "cannot assign to s[0] ("
	fmt.Println(i)
}
