// time: Duration arithmetic and String, Sleep ordering between goroutines,
// Timer Stop/Reset, Ticker, AfterFunc. Wall-clock times are never printed.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	durations := []time.Duration{
		0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Millisecond,
		time.Second, 90 * time.Second, time.Hour + 30*time.Minute + 5*time.Second,
		-2 * time.Minute, 1234567 * time.Microsecond, 100 * time.Hour,
	}
	for _, d := range durations {
		fmt.Print(d, ";")
	}
	fmt.Println()
	d := 2*time.Hour + 45*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), int64(d/time.Millisecond))
	fmt.Println(d.Round(time.Hour), d.Truncate(time.Hour), (1500 * time.Millisecond).Round(time.Second))
	fmt.Printf("%v %d %s %T\n", time.Second, time.Second, time.Millisecond*3, time.Second)
	pd, err := time.ParseDuration("1h15m30.5s")
	fmt.Println(pd, err, pd.Milliseconds())
	_, err = time.ParseDuration("5 parsecs")
	fmt.Println(err)

	// goroutines sleeping different amounts wake in order
	var mu sync.Mutex
	var order []int
	var wg sync.WaitGroup
	for _, ms := range []int{24, 8, 16} {
		wg.Add(1)
		go func(ms int) {
			defer wg.Done()
			time.Sleep(time.Duration(ms) * time.Millisecond)
			mu.Lock()
			order = append(order, ms)
			mu.Unlock()
		}(ms)
	}
	wg.Wait()
	fmt.Println("wake order", order)

	// elapsed time is at least the time slept
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	fmt.Println("slept at least 2ms:", time.Since(start) >= 2*time.Millisecond)

	// Timer: Stop before it fires
	t := time.NewTimer(time.Hour)
	fmt.Println("stopped before firing:", t.Stop())
	fmt.Println("stop again:", t.Stop())

	// Timer fires; Stop after it fired returns false
	t2 := time.NewTimer(time.Millisecond)
	<-t2.C
	fmt.Println("fired; stop returns", t2.Stop())

	// Reset a fired and drained timer
	t2.Reset(2 * time.Millisecond)
	<-t2.C
	fmt.Println("fired again after reset")

	// Ticker ticks until stopped
	ticker := time.NewTicker(time.Millisecond)
	ticks := 0
	for range ticker.C {
		ticks++
		if ticks == 3 {
			ticker.Stop()
			break
		}
	}
	fmt.Println("ticks", ticks)

	// AfterFunc runs in its own goroutine; Stop cancels a pending one
	fired := make(chan string, 1)
	time.AfterFunc(time.Millisecond, func() { fired <- "after func ran" })
	fmt.Println(<-fired)
	cancelled := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("cancel pending AfterFunc:", cancelled.Stop())

	// time.After in a select loop
	timeout := time.After(14 * time.Millisecond)
	tick := time.NewTicker(4 * time.Millisecond)
	defer tick.Stop()
	n := 0
loop:
	for {
		select {
		case <-tick.C:
			n++
		case <-timeout:
			break loop
		}
	}
	fmt.Println("ticks before timeout:", n)

	// time constants and unit conversion
	fmt.Println(time.Duration(1500)*time.Millisecond == 1500*time.Millisecond, time.Minute/time.Second)
	fmt.Println(time.Duration(2.5 * float64(time.Second)))
}

// Output:
// 0s;1ns;999ns;1µs;1.5ms;1ms;1s;1m30s;1h30m5s;-2m0s;1.234567s;100h0m0s;
// 2.75 165 9900 9900000
// 3h0m0s 2h0m0s 2s
// 1s 1000000000 3ms time.Duration
// 1h15m30.5s <nil> 4530500
// time: unknown unit " parsecs" in duration "5 parsecs"
// wake order [8 16 24]
// slept at least 2ms: true
// stopped before firing: true
// stop again: false
// fired; stop returns false
// fired again after reset
// ticks 3
// after func ran
// cancel pending AfterFunc: true
// ticks before timeout: 3
// true 60ns
// 2.5s
