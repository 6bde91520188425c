// Locking a sync.Mutex twice in the same goroutine deadlocks.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
	fmt.Println("not reached")
}

// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Output:
// locked once
