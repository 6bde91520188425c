// Goroutines with sync.WaitGroup: a worker pool whose results are collected
// and printed in a fixed order, fan-out/fan-in, and goroutines started with
// arguments evaluated at the go statement.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type job struct {
	id int
	n  int
}

type result struct {
	id     int
	square int
}

func worker(jobs <-chan job, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- result{j.id, j.n * j.n}
	}
}

func main() {
	jobs := make(chan job)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 0; w < 3; w++ {
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		for i := 0; i < 10; i++ {
			jobs <- job{i, i + 1}
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	for r := range results {
		all = append(all, r)
	}
	sort.Slice(all, func(i, j int) bool { return all[i].id < all[j].id })
	for _, r := range all {
		fmt.Print(r.square, ",")
	}
	fmt.Println(len(all))

	// each goroutine writes its own slot: no locking needed
	out := make([]string, 4)
	var wg2 sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg2.Add(1)
		go func(i int) {
			defer wg2.Done()
			out[i] = fmt.Sprintf("g%d", i)
		}(i)
	}
	wg2.Wait()
	fmt.Println(out)

	// arguments are evaluated when the go statement runs
	var wg3 sync.WaitGroup
	msgs := make([]string, 3)
	x := "before"
	wg3.Add(1)
	go func(s string) {
		defer wg3.Done()
		msgs[0] = s
	}(x)
	x = "after"
	wg3.Wait()
	fmt.Println(msgs[0], x)

	// fan-in: sum results from many goroutines through one channel
	total := make(chan int)
	for i := 1; i <= 100; i++ {
		go func(n int) { total <- n }(i)
	}
	sum := 0
	for i := 0; i < 100; i++ {
		sum += <-total
	}
	fmt.Println("sum", sum)

	// WaitGroup reuse and nested spawning
	var wg4 sync.WaitGroup
	var mu sync.Mutex
	count := 0
	for i := 0; i < 5; i++ {
		wg4.Add(1)
		go func() {
			defer wg4.Done()
			for j := 0; j < 3; j++ {
				wg4.Add(1)
				go func() {
					defer wg4.Done()
					mu.Lock()
					count++
					mu.Unlock()
				}()
			}
		}()
	}
	wg4.Wait()
	fmt.Println("count", count)

	// a method value as a goroutine body
	c := &collector{}
	var wg5 sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg5.Add(1)
		go c.add(i*i, &wg5)
	}
	wg5.Wait()
	sort.Ints(c.items)
	fmt.Println(c.items)
}

type collector struct {
	mu    sync.Mutex
	items []int
}

func (c *collector) add(v int, wg *sync.WaitGroup) {
	defer wg.Done()
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items = append(c.items, v)
}

// Output:
// 1,4,9,16,25,36,49,64,81,100,10
// [g0 g1 g2 g3]
// before after
// sum 5050
// count 15
// [0 1 4]
