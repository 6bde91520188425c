// Go 1.21 built-ins min and max: integers, floats, strings, constants,
// mixed untyped operands, and the float rules for NaN and negative zero.
// Go 1.19 cannot compile this file; its expected output comes from the spec.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(min(3, 1, 2), max(3, 1, 2))
	fmt.Println(min(2.5, 1), max(1, 2.5))
	x, y := 10, -4
	fmt.Println(min(x, y), max(x, y, 7), min(x), max(y))
	fmt.Println(min("banana", "apple", "cherry"), max("a", "ab", "b"))
	fmt.Printf("%T %v\n", max(int8(3), 5), max(int8(3), 5))
	const c = max(1, 2.5)
	fmt.Printf("%T %v\n", c, c)
	nan := math.NaN()
	fmt.Println(min(nan, 1), max(1, nan), min(1, 2, nan))
	negZero := math.Copysign(0, -1)
	fmt.Println(min(0.0, negZero), max(negZero, 0.0))
	fmt.Println(min(math.Inf(1), 5), max(math.Inf(-1), -5), max(math.Inf(1), 5))
	scores := []int{42, 17, 99, 63}
	lo, hi := scores[0], scores[0]
	for _, s := range scores[1:] {
		lo = min(lo, s)
		hi = max(hi, s)
	}
	fmt.Println(lo, hi)
	var u uint = 7
	fmt.Println(min(u, 3), max(u, 100))
}

// Output:
// 1 3
// 1 2.5
// -4 10 10 -4
// apple b
// int8 5
// float64 2.5
// NaN NaN NaN
// -0 0
// 5 -5 +Inf
// 17 99
// 3 100
