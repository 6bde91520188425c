// runtime.Goexit in a goroutine runs its deferred calls, where recover()
// returns nil and does not stop it; main's Goexit leaves a blocked goroutine:
// the usual deadlock report.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	ch := make(chan int)
	go func() {
		defer fmt.Println("g deferred")
		func() {
			defer func() { fmt.Println("recover:", recover()) }()
			runtime.Goexit()
		}()
		fmt.Println("unreachable")
	}()
	go func() { <-ch }()
	runtime.Goexit()
}

// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Output:
// recover: <nil>
// g deferred
