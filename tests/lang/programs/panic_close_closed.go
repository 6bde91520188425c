// Closing a channel twice panics.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	close(ch)
	fmt.Println(<-ch)
	close(ch)
}

// Exit: 2
// Stderr: panic: close of closed channel
// Output:
// 1
