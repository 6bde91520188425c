// Closing a nil channel panics.
package main

import "fmt"

func main() {
	var ch chan int
	fmt.Println(ch == nil)
	close(ch)
}

// Exit: 2
// Stderr: panic: close of nil channel
// Output:
// true
