package gorobench

import "testing"

// sievePrimes is how many primes one sieve finds; the last is sieveLimit.
const (
	sievePrimes = 2000
	sieveLimit  = 17389
)

// BenchmarkSieve: one op is one whole concurrent prime sieve (the classic
// Go example), finding the first 2000 primes. The generator stops at the
// 2000th prime and every filter closes its output when its input closes, so
// a sieve leaves no goroutine behind.
func BenchmarkSieve(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if last := sieve(sievePrimes); last != sieveLimit {
			b.Fatalf("2000th prime = %d, want %d", last, sieveLimit)
		}
	}
}

func sieve(n int) int {
	ch := make(chan int)
	go generate(ch, sieveLimit)
	prime := 0
	for i := 0; i < n; i++ {
		prime = <-ch
		if i < n-1 {
			next := make(chan int)
			go filter(ch, next, prime)
			ch = next
		}
	}
	for range ch { // wait until the closes have run down the chain
	}
	return prime
}

// generate sends 2, 3, ..., limit to ch, then closes it.
func generate(ch chan<- int, limit int) {
	for i := 2; i <= limit; i++ {
		ch <- i
	}
	close(ch)
}

// filter copies the values from in to out, except those divisible by prime.
func filter(in <-chan int, out chan<- int, prime int) {
	for i := range in {
		if i%prime != 0 {
			out <- i
		}
	}
	close(out)
}
