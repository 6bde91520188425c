// panic with a value of a named non-error, non-Stringer type prints it with
// Go's built-in print formatting: main.Code(7).
package main

import "fmt"

type Code int

func main() {
	fmt.Println("start")
	panic(Code(7))
}

// Exit: 2
// Stderr: panic: main.Code(7)
// Output:
// start
