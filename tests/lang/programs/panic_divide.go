// Integer division by a zero variable panics (a constant zero divisor is a
// compile error instead).
package main

import "fmt"

func div(a, b int) int { return a / b }

func main() {
	fmt.Println(div(7, 2))
	fmt.Println(div(1, 0))
}

// Exit: 2
// Stderr: panic: runtime error: integer divide by zero
// Output:
// 3
