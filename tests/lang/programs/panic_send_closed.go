// Sending on a closed channel panics; receiving from it does not.
package main

import "fmt"

func main() {
	ch := make(chan string, 2)
	ch <- "a"
	close(ch)
	v, ok := <-ch
	fmt.Println(v, ok)
	v, ok = <-ch
	fmt.Printf("%q %v\n", v, ok)
	ch <- "b"
}

// Exit: 2
// Stderr: panic: send on closed channel
// Output:
// a true
// "" false
