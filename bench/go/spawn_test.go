package gorobench

import (
	"sync"
	"testing"
)

// spawnBatch bounds how many spawned goroutines may be alive at once: the
// benchmark goroutine waits for each batch, so b.N never piles up b.N stacks.
const spawnBatch = 1024

// BenchmarkSpawn: one op is starting one goroutine that calls wg.Done and exits.
func BenchmarkSpawn(b *testing.B) {
	var wg sync.WaitGroup
	for i := 0; i < b.N; i++ {
		wg.Add(1)
		go func() { wg.Done() }()
		if i%spawnBatch == spawnBatch-1 || i == b.N-1 {
			wg.Wait()
		}
	}
}
