package gorobench

import "testing"

// BenchmarkPingPong: one op is one round trip over two unbuffered channels
// (two channel operations, two goroutine switches).
func BenchmarkPingPong(b *testing.B) {
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v
		}
	}()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		ping <- i
		<-pong
	}
	b.StopTimer()
	close(ping)
}
