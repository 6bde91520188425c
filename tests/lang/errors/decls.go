// Declaration errors: redeclarations, duplicate cases and keys, invalid
// recursive types, constants that overflow or divide by zero.
package main

import "fmt"

type Node struct { // ERROR "invalid recursive type: Node refers to itself"
	next Node
}

type A struct{ b B } // ERROR "invalid recursive type A"
type B struct{ a A }

func dup() {}
func dup() {} // ERROR "dup redeclared in this block"

func main() {
	x := 1
	var x int // ERROR "x redeclared in this block"
	switch x {
	case 1:
	case 1: // ERROR "duplicate case 1 (constant of type int) in expression switch"
	}
	m := map[string]int{"a": 1, "a": 2} // ERROR "duplicate key \"a\" in map literal"
	var small int8 = 300                // ERROR "cannot use 300 (untyped int constant) as int8 value in variable declaration (overflows)"
	const big = 1 << 64
	var i int = big    // ERROR "cannot use big (untyped int constant 18446744073709551616) as int value in variable declaration (overflows)"
	fmt.Println(x / 0) // ERROR "invalid operation: division by zero"
	var u uint = -1    // ERROR "cannot use -1 (untyped int constant) as uint value in variable declaration (overflows)"
	fmt.Println(m, small, i, u)
}
