// runtime.Goexit in main: its deferred calls run, the other goroutines go on,
// and when none is left Go reports that main called Goexit (exit 2).
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	go func() {
		time.Sleep(10 * time.Millisecond)
		fmt.Println("worker done")
	}()
	defer fmt.Println("main deferred")
	runtime.Goexit()
	fmt.Println("unreachable")
}

// Exit: 2
// Stderr: fatal error: no goroutines (main called runtime.Goexit) - deadlock!
// Output:
// main deferred
// worker done
