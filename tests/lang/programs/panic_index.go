// An index out of range panics with the index and the length; output
// printed before the panic is kept, deferred calls still run.
package main

import "fmt"

func get(s []int, i int) int { return s[i] }

func main() {
	defer fmt.Println("deferred runs before the crash report")
	s := []int{1, 2, 3}
	fmt.Println(get(s, 2))
	fmt.Println(get(s, 5))
	fmt.Println("not reached")
}

// Exit: 2
// Stderr: panic: runtime error: index out of range [5] with length 3
// Output:
// 3
// deferred runs before the crash report
