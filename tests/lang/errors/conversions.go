// Conversion and method set errors: conversions Go does not allow,
// unexported fields of another package, a method promoted from an embedded
// value with a pointer receiver, truncated constants, untyped operands that
// cannot mix.
package main

import (
	"fmt"
	"strings"
)

type Celsius float64

type Shape interface{ Area() float64 }

type Sq struct{ s float64 }

func (q *Sq) Area() float64 { return q.s * q.s }

type Outer struct {
	Sq
}

func main() {
	c := Celsius(36.6)
	f := float64(c)
	s := string(f) // ERROR "cannot convert f (variable of type float64) to type string"
	_ = []byte(42) // ERROR "cannot convert 42 (untyped int constant) to type []byte"
	var b strings.Builder
	_ = b.buf              // ERROR "b.buf undefined"
	var sh Shape = Outer{} // ERROR "Outer does not implement Shape (method Area has pointer receiver)"
	var i int = 3.5        // ERROR "cannot use 3.5 (untyped float constant) as int value in variable declaration (truncated)"
	var p *int
	_ = *p + "x" // ERROR "invalid operation: *p + \"x\" (mismatched types int and untyped string)"
	fmt.Println(s, sh, i)
}
