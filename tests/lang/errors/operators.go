// Operator and condition errors: mismatched operand types, operators not
// defined on a type, non-boolean conditions, invalid comparisons.
package main

import "fmt"

func main() {
	x, y := 1, "two"
	fmt.Println(x + y) // ERROR "invalid operation: x + y (mismatched types int and string)"
	if x {             // ERROR "non-boolean condition in if statement"
	}
	for y { // ERROR "non-boolean condition in for statement"
	}
	var f float64 = 1.5
	fmt.Println(f % 2) // ERROR "invalid operation: operator % not defined on f (variable of type float64)"
	fmt.Println(!x)    // ERROR "invalid operation: operator ! not defined on x (variable of type int)"
	var i8 int8 = 1
	fmt.Println(i8 + x) // ERROR "invalid operation: i8 + x (mismatched types int8 and int)"
	s1, s2 := []int{}, []int{}
	fmt.Println(s1 == s2) // ERROR "invalid operation: s1 == s2 (slice can only be compared to nil)"
	m := map[string]int{}
	fmt.Println(m < m) // ERROR "invalid operation: m < m (operator < not defined on map)"
	fmt.Println(-"s")  // ERROR "invalid operation: operator - not defined on \"s\" (untyped string constant)"
}
