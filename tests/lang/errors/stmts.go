// Statement errors: type and expression switches, sends and receives on
// one-way channels, go and defer of non-calls, ++ on a non-number, select
// cases that do not communicate, unused results, range variables.
package main

import "fmt"

type T struct{ n int }

func main() {
	var x any = 1
	switch v := x.(type) { // ERROR "declared and not used: v"
	case int, int: // ERROR "duplicate case int in type switch"
	}
	s := "abc"
	switch s {
	case "a", "a": // ERROR "duplicate case \"a\""
	}
	var recvOnly <-chan int
	recvOnly <- 1 // ERROR "invalid operation: cannot send to receive-only channel recvOnly"
	var sendOnly chan<- int
	<-sendOnly   // ERROR "invalid operation: cannot receive from send-only channel sendOnly"
	defer int(3) // ERROR "defer requires function call, not conversion"
	t := T{}
	t.n++
	s++ // ERROR "invalid operation: s++ (non-numeric type string)"
	select {
	case x == nil: // ERROR "select case must be send or receive"
	}
	len(s) // ERROR "len(s) (value of type int) is not used"
	for i, v := range make(chan int) { // ERROR "permits only one iteration variable"
		fmt.Println(i, v)
	}
}
