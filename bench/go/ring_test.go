package gorobench

import (
	"fmt"
	"testing"
)

// BenchmarkRing: a ring of n goroutines (n-1 forwarders plus the benchmark
// goroutine) passes a token around; one op is one lap, n hops. The runner
// divides by n to report ns per hop.
func BenchmarkRing(b *testing.B) {
	for _, n := range []int{1000, 100_000} {
		b.Run(fmt.Sprintf("n=%d", n), func(b *testing.B) {
			first := make(chan int)
			in := first
			for i := 1; i < n; i++ {
				out := make(chan int)
				go forward(in, out)
				in = out
			}
			last := in
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				first <- i
				if <-last != i {
					b.Fatal("token lost")
				}
			}
			b.StopTimer()
			close(first) // the close travels the ring and ends every forwarder
			<-last
		})
	}
}

// forward passes each token from in to out, and the close of in on to out.
func forward(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v
	}
	close(out)
}
