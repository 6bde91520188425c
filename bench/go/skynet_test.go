package gorobench

import "testing"

// BenchmarkSkynet: one op is one skynet run: a 10-ary tree of goroutines
// with 1,000,000 leaves (1,111,111 goroutines), each leaf sends its index,
// each inner node sums its children's.
func BenchmarkSkynet(b *testing.B) {
	const want = 499_999_500_000
	for i := 0; i < b.N; i++ {
		c := make(chan int64)
		go skynet(c, 0, 1_000_000, 10)
		if sum := <-c; sum != want {
			b.Fatalf("skynet sum = %d, want %d", sum, want)
		}
	}
}

func skynet(c chan<- int64, num, size, div int64) {
	if size == 1 {
		c <- num
		return
	}
	rc := make(chan int64)
	for i := int64(0); i < div; i++ {
		go skynet(rc, num+i*(size/div), size/div, div)
	}
	var sum int64
	for i := int64(0); i < div; i++ {
		sum += <-rc
	}
	c <- sum
}
