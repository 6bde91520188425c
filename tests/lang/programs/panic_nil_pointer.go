// Dereferencing a nil pointer panics with a runtime error (Go adds a second
// line about SIGSEGV, which is not compared).
package main

import "fmt"

type T struct{ field int }

func main() {
	var t *T
	fmt.Println(t == nil)
	fmt.Println(t.field)
}

// Exit: 2
// Stderr: panic: runtime error: invalid memory address or nil pointer dereference
// Output:
// true
