// make with a negative length computed at run time panics.
package main

import "fmt"

func main() {
	n := 3
	s := make([]int, n)
	fmt.Println(len(s))
	n -= 5
	s = make([]int, n)
	fmt.Println(len(s))
}

// Exit: 2
// Stderr: panic: runtime error: makeslice: len out of range
// Output:
// 3
