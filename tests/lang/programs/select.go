// select: default for non-blocking operations, nil channels disabling cases,
// merging until both inputs are closed, timeouts with time.After, and a
// quit channel.
package main

import (
	"fmt"
	"time"
)

func main() {
	// non-blocking receive and send
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	select {
	case ch <- 1:
		fmt.Println("sent 1")
	default:
		fmt.Println("buffer full")
	}
	select {
	case ch <- 2:
		fmt.Println("sent 2")
	default:
		fmt.Println("buffer full")
	}

	// merge two channels; a nil channel blocks forever, disabling its case
	a := make(chan int)
	b := make(chan int)
	go func() {
		for i := 0; i < 3; i++ {
			a <- i
		}
		close(a)
	}()
	go func() {
		for i := 10; i < 12; i++ {
			b <- i
		}
		close(b)
	}()
	sumA, sumB, countA, countB := 0, 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				continue
			}
			sumA += v
			countA++
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			sumB += v
			countB++
		}
	}
	fmt.Println(countA, sumA, countB, sumB)

	// select on a nil channel with default
	var nilCh chan int
	select {
	case <-nilCh:
		fmt.Println("impossible")
	default:
		fmt.Println("nil channel never ready")
	}

	// timeout: the worker takes longer than the deadline
	result := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		result <- "slow result"
	}()
	select {
	case r := <-result:
		fmt.Println(r)
	case <-time.After(5 * time.Millisecond):
		fmt.Println("timed out")
	}
	// ... and then arrives within a longer deadline
	select {
	case r := <-result:
		fmt.Println(r)
	case <-time.After(time.Second):
		fmt.Println("timed out again")
	}

	// quit channel stops a generator
	quit := make(chan struct{})
	gen := make(chan int)
	stopped := make(chan bool)
	go func() {
		defer close(stopped)
		for i := 0; ; i++ {
			select {
			case gen <- i:
			case <-quit:
				fmt.Println("generator stopping")
				return
			}
		}
	}()
	for i := 0; i < 4; i++ {
		fmt.Print(<-gen, ";")
	}
	fmt.Println()
	close(quit)
	<-stopped

	// a select with only one ready case picks it
	ready := make(chan string, 1)
	ready <- "only ready one"
	never := make(chan string)
	select {
	case s := <-ready:
		fmt.Println(s)
	case s := <-never:
		fmt.Println(s)
	}

	// select with send and receive cases in a loop
	out := make(chan int, 2)
	in := make(chan int, 2)
	in <- 100
	var log []string
	for i := 0; i < 3; i++ {
		select {
		case out <- i:
			log = append(log, fmt.Sprint("sent ", i))
		case v := <-in:
			log = append(log, fmt.Sprint("got ", v))
		default:
			log = append(log, "default")
		}
	}
	fmt.Println(len(log), len(out), len(in)+len(out))

	// empty select in a goroutine blocks it forever; main is unaffected
	go func() { select {} }()
	fmt.Println("done")
}

// Output:
// nothing ready
// sent 1
// buffer full
// 3 3 2 21
// nil channel never ready
// timed out
// slow result
// 0;1;2;3;
// generator stopping
// only ready one
// 3 2 2
// done
