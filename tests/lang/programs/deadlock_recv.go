// main blocks receiving from a channel nobody sends on: Go's deadlock detector
// reports it and exits with status 2.
package main

import "fmt"

func main() {
	ch := make(chan int)
	fmt.Println("waiting")
	<-ch
}

// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Output:
// waiting
