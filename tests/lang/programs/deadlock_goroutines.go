// Two goroutines waiting on each other while main waits on both: after the
// output so far, the runtime finds every goroutine asleep.
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	started := make(chan bool)
	done := make(chan bool)
	go func() {
		fmt.Println("g1 waits for b")
		started <- true
		<-b
		a <- 1
		done <- true
	}()
	<-started
	go func() {
		fmt.Println("g2 waits for a")
		started <- true
		<-a
		b <- 1
		done <- true
	}()
	<-started
	<-done
}

// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Output:
// g1 waits for b
// g2 waits for a
