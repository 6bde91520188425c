package gorobench

import "testing"

// BenchmarkSelect2: two producers send on two unbuffered channels, the
// benchmark goroutine receives with a 2-way select; one op is one select.
// The producers send ceil(N/2) and floor(N/2) values, so N selects take
// exactly every value and both producers finish.
func BenchmarkSelect2(b *testing.B) {
	a, c := make(chan int), make(chan int)
	produce := func(ch chan<- int, n int) {
		for i := 0; i < n; i++ {
			ch <- i
		}
	}
	go produce(a, (b.N+1)/2)
	go produce(c, b.N/2)
	b.ResetTimer()
	sum := 0
	for i := 0; i < b.N; i++ {
		select {
		case v := <-a:
			sum += v
		case v := <-c:
			sum += v
		}
	}
	_ = sum
}
