package gorobench

import (
	"fmt"
	"testing"
)

// BenchmarkBuffered: the benchmark goroutine produces b.N items into a
// buffered channel, a consumer goroutine drains it; one op is one item.
func BenchmarkBuffered(b *testing.B) {
	for _, capacity := range []int{10, 100} {
		b.Run(fmt.Sprintf("cap=%d", capacity), func(b *testing.B) {
			items := make(chan int, capacity)
			done := make(chan int)
			go func() {
				sum := 0
				for v := range items {
					sum += v
				}
				done <- sum
			}()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				items <- i
			}
			b.StopTimer()
			close(items)
			<-done
		})
	}
}
