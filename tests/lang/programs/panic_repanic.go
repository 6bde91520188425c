// A deferred call that recovers and then panics with a new value: the crash
// report lists the first panic marked [recovered], then the new one.
package main

import "fmt"

type Code int

func main() {
	fmt.Println("start")
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		panic(Code(7))
	}()
	panic(42)
}

// Exit: 2
// Stderr: panic: 42 [recovered]
// Output:
// start
// recovered 42
