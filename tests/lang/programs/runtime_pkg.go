// runtime: NumGoroutine as goroutines start and finish, Gosched letting
// other goroutines run, GOMAXPROCS(0) queries without changing anything.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	fmt.Println("goroutines at start:", runtime.NumGoroutine())
	fmt.Println("GOMAXPROCS >= 1:", runtime.GOMAXPROCS(0) >= 1)

	block := make(chan struct{})
	var started sync.WaitGroup
	for i := 0; i < 5; i++ {
		started.Add(1)
		go func() {
			started.Done()
			<-block
		}()
	}
	started.Wait()
	fmt.Println("while blocked:", runtime.NumGoroutine())
	close(block)
	// wait (bounded) until they have all exited
	for i := 0; i < 1000 && runtime.NumGoroutine() > 1; i++ {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("after exit:", runtime.NumGoroutine())

	// Gosched yields; a goroutine that only needs CPU time gets to run
	done := false
	var mu sync.Mutex
	go func() {
		mu.Lock()
		done = true
		mu.Unlock()
	}()
	for {
		mu.Lock()
		d := done
		mu.Unlock()
		if d {
			break
		}
		runtime.Gosched()
	}
	fmt.Println("other goroutine ran:", done)

	// Goexit runs deferred calls and ends only that goroutine
	out := make(chan string, 2)
	go func() {
		defer func() { out <- "deferred in Goexit goroutine" }()
		runtime.Goexit()
		out <- "never"
	}()
	fmt.Println(<-out)
	fmt.Println(runtime.GOOS != "", runtime.NumCPU() >= 1)
}

// Output:
// goroutines at start: 1
// GOMAXPROCS >= 1: true
// while blocked: 6
// after exit: 1
// other goroutine ran: true
// deferred in Goexit goroutine
// true true
