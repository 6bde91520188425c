// Channels: unbuffered handoff, buffered len/cap, close and range, comma-ok
// receives, directional channel types, channels of channels, and
// synchronization that fixes the output order.
package main

import "fmt"

func producer(out chan<- int, n int) {
	for i := 1; i <= n; i++ {
		out <- i * i
	}
	close(out)
}

func sum(in <-chan int) int {
	total := 0
	for v := range in {
		total += v
	}
	return total
}

func stage(in <-chan int, f func(int) int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- f(v)
		}
	}()
	return out
}

type request struct {
	n     int
	reply chan int
}

func server(reqs <-chan request) {
	for r := range reqs {
		r.reply <- r.n * 2
	}
}

func main() {
	// unbuffered: the send completes when main receives
	ch := make(chan string)
	go func() { ch <- "ping" }()
	fmt.Println(<-ch)

	// buffered
	buf := make(chan int, 3)
	buf <- 1
	buf <- 2
	fmt.Println(len(buf), cap(buf))
	fmt.Println(<-buf, len(buf))

	// close and range
	sq := make(chan int)
	go producer(sq, 4)
	fmt.Println("sum of squares:", sum(sq))

	// receive from a closed channel: zero value and ok == false
	done := make(chan struct{})
	close(done)
	v, ok := <-done
	fmt.Println(v, ok)
	nums := make(chan int, 2)
	nums <- 7
	close(nums)
	x, ok1 := <-nums
	y, ok2 := <-nums
	fmt.Println(x, ok1, y, ok2)

	// pipeline of stages
	src := make(chan int)
	go func() {
		for i := 1; i <= 5; i++ {
			src <- i
		}
		close(src)
	}()
	doubled := stage(src, func(v int) int { return v * 2 })
	plusOne := stage(doubled, func(v int) int { return v + 1 })
	for v := range plusOne {
		fmt.Print(v, ";")
	}
	fmt.Println()

	// request/response with a reply channel
	reqs := make(chan request)
	go server(reqs)
	for i := 1; i <= 3; i++ {
		reply := make(chan int)
		reqs <- request{i, reply}
		fmt.Print(<-reply, ";")
	}
	close(reqs)
	fmt.Println()

	// ping-pong between two goroutines keeps strict alternation
	ping, pong := make(chan int), make(chan int)
	finished := make(chan bool)
	go func() {
		for v := range ping {
			fmt.Println("ping", v)
			pong <- v + 1
		}
		close(pong)
	}()
	go func() {
		for v := range pong {
			fmt.Println("pong", v)
			if v >= 4 {
				close(ping)
				continue
			}
			ping <- v + 1
		}
		finished <- true
	}()
	ping <- 0
	<-finished

	// a buffered channel used as a semaphore / queue preserves FIFO order
	queue := make(chan string, 5)
	for _, s := range []string{"a", "b", "c"} {
		queue <- s
	}
	close(queue)
	for s := range queue {
		fmt.Print(s)
	}
	fmt.Println()

	// nil channel comparisons and channel equality
	var nilCh chan int
	c1 := make(chan int)
	c2 := c1
	fmt.Println(nilCh == nil, c1 == c2, c1 == make(chan int))
	fmt.Println(len(nilCh), cap(nilCh))

	// channel of channels
	chOfCh := make(chan chan string, 1)
	inner := make(chan string, 1)
	chOfCh <- inner
	(<-chOfCh) <- "through"
	fmt.Println(<-inner)

	// results gathered by index are printed in order regardless of timing
	results := make([]int, 5)
	doneCh := make(chan int)
	for i := 0; i < 5; i++ {
		go func(i int) {
			results[i] = i * 100
			doneCh <- i
		}(i)
	}
	for i := 0; i < 5; i++ {
		<-doneCh
	}
	fmt.Println(results)
}

// Output:
// ping
// 2 3
// 1 1
// sum of squares: 30
// {} false
// 7 true 0 false
// 3;5;7;9;11;
// 2;4;6;
// ping 0
// pong 1
// ping 2
// pong 3
// ping 4
// pong 5
// abc
// true true false
// 0 0
// through
// [0 100 200 300 400]
