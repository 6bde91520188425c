// A WaitGroup that is never done: every goroutine is blocked.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		fmt.Println("one worker finished")
	}()
	wg.Wait()
	fmt.Println("not reached")
}

// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Output:
// one worker finished
