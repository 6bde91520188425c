// pingpong: 1e6 round trips between two goroutines over two unbuffered
// channels (2e6 channel sends, 2e6 receives, 2e6 goroutine switches).
package main

import "fmt"

func main() {
	const n = 1_000_000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	sum := 0
	for i := 0; i < n; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	fmt.Println(sum)
}
