// sync/atomic: Add, Load, Store, Swap, CompareAndSwap on integers, the typed
// atomics (atomic.Int64, atomic.Bool, atomic.Uint64) and atomic.Value.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type config struct{ name string }

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 50; j++ {
				atomic.AddInt64(&n, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))

	var u32 uint32
	atomic.StoreUint32(&u32, 10)
	old := atomic.SwapUint32(&u32, 20)
	fmt.Println(old, atomic.LoadUint32(&u32))
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 10, 30), u32)
	fmt.Println(atomic.CompareAndSwapUint32(&u32, 20, 30), u32)
	atomic.AddUint32(&u32, ^uint32(0)) // subtract 1
	fmt.Println(u32)

	var i32 int32 = 5
	fmt.Println(atomic.AddInt32(&i32, -7))

	// typed atomics
	var counter atomic.Int64
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(d int64) {
			defer wg.Done()
			counter.Add(d)
		}(int64(i))
	}
	wg.Wait()
	fmt.Println(counter.Load())
	counter.Store(-1)
	fmt.Println(counter.Swap(7), counter.Load(), counter.CompareAndSwap(7, 8), counter.Load())

	var flag atomic.Bool
	fmt.Println(flag.Load())
	flag.Store(true)
	fmt.Println(flag.Load(), flag.CompareAndSwap(true, false), flag.Load())

	var u atomic.Uint64
	u.Add(3)
	u.Add(4)
	fmt.Println(u.Load())

	var v atomic.Value
	fmt.Println(v.Load() == nil)
	v.Store(config{"cfg"})
	fmt.Println(v.Load().(config).name)
	v.Store(config{"cfg2"})
	fmt.Printf("%+v\n", v.Load())

	// a spin-free once using CompareAndSwap
	var done int32
	winners := int32(0)
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if atomic.CompareAndSwapInt32(&done, 0, 1) {
				atomic.AddInt32(&winners, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println("winners", winners)
}

// Output:
// 1000
// 10 20
// false 20
// true 30
// 29
// -2
// 45
// -1 7 true 8
// false
// true true false
// 7
// true
// cfg
// {name:cfg2}
// winners 1
