// select {} blocks forever; with no other goroutine left it is a deadlock.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker done")
		done <- true
	}()
	<-done
	select {}
}

// Exit: 2
// Stderr: fatal error: all goroutines are asleep - deadlock!
// Output:
// worker done
