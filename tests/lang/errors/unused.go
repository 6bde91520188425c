// Unused variables and imports. Go 1.19 words these "x declared but not
// used" and `imported and not used: "os"`; Go 1.22 (the wording expected
// here) says "declared and not used: x" and `"os" imported and not used`.
package main

import (
	"fmt"
	"os"          // ERROR "\"os\" imported and not used"
	str "strings" // ERROR "\"strings\" imported as str and not used"
)

func f() {
	x := 1 // ERROR "declared and not used: x"
	y := 2 // ERROR "declared and not used: y"
	y = 3  // assigned but never read: y is still unused
	_ = 4
	var z int // ERROR "declared and not used: z"
	func() {
		inner := "s" // ERROR "declared and not used: inner"
	}()
}

func main() {
	a, b := 1, 2 // ERROR "declared and not used: b"
	fmt.Println(a)
	f()
}
