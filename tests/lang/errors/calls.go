// Call errors: argument counts and types, calling a non-function, using a
// no-value call as a value, multiple values in a single-value context.
package main

import "fmt"

func f(a int, b string) int { return a }
func g()                    {}
func pair() (int, int)      { return 1, 2 }

func main() {
	f(1, "a", 3) // ERROR "too many arguments in call to f"
	f(1)         // ERROR "not enough arguments in call to f"
	f("x", "y")  // ERROR "cannot use \"x\" (untyped string constant) as int value in argument to f"
	n := 5
	n()             // ERROR "invalid operation: cannot call non-function n (variable of type int)"
	v := g()        // ERROR "g() (no value) used as value"
	w := pair() + 1 // ERROR "multiple-value pair() (value of type (int, int)) in single-value context"
	var s []int
	s.Len()                // ERROR "s.Len undefined (type []int has no field or method Len)"
	fmt.Println(len(1, 2)) // ERROR "too many arguments for len(1, 2)"
	fmt.Println(v, w)
}
