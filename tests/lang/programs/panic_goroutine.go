// A panic in any goroutine crashes the whole program, even while main is
// blocked waiting for it.
package main

import "fmt"

func main() {
	done := make(chan bool)
	go func() {
		fmt.Println("worker starting")
		var arr []string
		fmt.Println(arr[0])
		done <- true
	}()
	<-done
	fmt.Println("not reached")
}

// Exit: 2
// Stderr: panic: runtime error: index out of range [0] with length 0
// Output:
// worker starting
