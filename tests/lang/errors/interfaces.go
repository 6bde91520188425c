// Interface satisfaction errors: a missing method, a pointer receiver, a
// method with the wrong signature, impossible type assertions.
package main

import "fmt"

type Shape interface {
	Area() float64
}

type Square struct{ side float64 }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3.14 * c.r * c.r }

type Bad struct{}

func (Bad) Area() int { return 0 }

func main() {
	var s Shape = Square{2} // ERROR "cannot use Square{…} (value of type Square) as Shape value in variable declaration: Square does not implement Shape (missing method Area)"
	var c Shape = Circle{1} // ERROR "cannot use Circle{…} (value of type Circle) as Shape value in variable declaration: Circle does not implement Shape (method Area has pointer receiver)"
	var b Shape = Bad{}     // ERROR "cannot use Bad{} (value of type Bad) as Shape value in variable declaration: Bad does not implement Shape (wrong type for method Area)"
	var ok Shape = &Circle{1}
	_ = ok.(Square) // ERROR "impossible type assertion: ok.(Square)"
	n := 5
	_ = n.(int) // ERROR "invalid operation: n (variable of type int) is not an interface"
	fmt.Println(s, c, b)
}
