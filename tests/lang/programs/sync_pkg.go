// sync: Mutex protecting a counter, RWMutex with concurrent readers, Once,
// Cond with Wait/Signal/Broadcast, and a mutex embedded in a struct.
package main

import (
	"fmt"
	"sort"
	"sync"
)

type SafeMap struct {
	mu sync.RWMutex
	m  map[string]int
}

func (s *SafeMap) Inc(k string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[k]++
}

func (s *SafeMap) Get(k string) int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return s.m[k]
}

type Queue struct {
	mu    sync.Mutex
	cond  *sync.Cond
	items []int
}

func NewQueue() *Queue {
	q := &Queue{}
	q.cond = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	q.items = append(q.items, v)
	q.mu.Unlock()
	q.cond.Signal()
}

func (q *Queue) Get() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 {
		q.cond.Wait()
	}
	v := q.items[0]
	q.items = q.items[1:]
	return v
}

func main() {
	// Mutex
	var mu sync.Mutex
	counter := 0
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				mu.Lock()
				counter++
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Println("counter", counter)

	// RWMutex
	sm := &SafeMap{m: map[string]int{}}
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			sm.Inc([]string{"a", "b"}[i%2])
		}(i)
	}
	wg.Wait()
	readers := make([]int, 5)
	for i := range readers {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			readers[i] = sm.Get("a") + sm.Get("b")
		}(i)
	}
	wg.Wait()
	fmt.Println(sm.Get("a"), sm.Get("b"), readers)

	// TryLock (Go 1.18+)
	var tm sync.Mutex
	fmt.Println(tm.TryLock(), tm.TryLock())
	tm.Unlock()

	// Once
	var once sync.Once
	initCount := 0
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(func() { initCount++ })
		}()
	}
	wg.Wait()
	once.Do(func() { initCount += 100 })
	fmt.Println("init ran", initCount, "time(s)")

	// Cond: a blocking queue
	q := NewQueue()
	got := make(chan int)
	go func() {
		sum := 0
		for i := 0; i < 5; i++ {
			sum += q.Get()
		}
		got <- sum
	}()
	for i := 1; i <= 5; i++ {
		q.Put(i)
	}
	fmt.Println("queue sum", <-got)

	// Cond: Broadcast wakes every waiter
	var ready bool
	var rmu sync.Mutex
	cond := sync.NewCond(&rmu)
	woke := make([]int, 0, 4)
	var wmu sync.Mutex
	var started sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		started.Add(1)
		go func(id int) {
			defer wg.Done()
			rmu.Lock()
			started.Done()
			for !ready {
				cond.Wait()
			}
			rmu.Unlock()
			wmu.Lock()
			woke = append(woke, id)
			wmu.Unlock()
		}(i)
	}
	started.Wait()
	rmu.Lock()
	ready = true
	cond.Broadcast()
	rmu.Unlock()
	wg.Wait()
	sort.Ints(woke)
	fmt.Println("woken", woke)

	// sync.Map
	var m sync.Map
	m.Store("x", 1)
	m.Store("y", 2)
	v, ok := m.Load("x")
	fmt.Println(v, ok)
	actual, loaded := m.LoadOrStore("x", 10)
	fmt.Println(actual, loaded)
	actual, loaded = m.LoadOrStore("z", 3)
	fmt.Println(actual, loaded)
	m.Delete("y")
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
}

// Output:
// counter 5000
// 10 10 [20 20 20 20 20]
// true false
// init ran 1 time(s)
// queue sum 15
// woken [0 1 2 3]
// 1 true
// 1 true
// 3 false
// [x=1 z=3]
