// Assignment errors: mismatched types, counts, := misuse and assignments to
// things that cannot be assigned.
package main

import "fmt"

func two() (int, int) { return 1, 2 }
func one() int        { return 1 }

const limit = 10

func main() {
	x := 1
	var s string
	s = x               // ERROR "cannot use x (variable of type int) as string value in assignment"
	var n int = "hello" // ERROR "cannot use \"hello\" (untyped string constant) as int value in variable declaration"
	a, b := one()       // ERROR "assignment mismatch: 2 variables but one returns 1 value"
	c := two()          // ERROR "assignment mismatch: 1 variable but two returns 2 values"
	d, e := 1, 2, 3     // ERROR "assignment mismatch: 2 variables but 3 values"
	x := 2              // ERROR "no new variables on left side of :="
	limit = 5           // ERROR "cannot assign to limit ("
	var f float64 = x   // ERROR "cannot use x (variable of type int) as float64 value in variable declaration"
	"str" = s           // ERROR "cannot assign to \"str\" ("
	fmt.Println(s, n, a, b, c, d, e, f)
}
