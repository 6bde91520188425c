// spawn: 100k goroutines started at once, each storing its result, joined
// with a sync.WaitGroup.
package main

import (
	"fmt"
	"sync"
)

func main() {
	const n = 100_000
	results := make([]int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * 3
		}(i)
	}
	wg.Wait()
	sum := 0
	for _, r := range results {
		sum += r
	}
	fmt.Println(sum)
}
