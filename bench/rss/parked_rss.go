// parked_rss measures the memory cost of parked goroutines in Go: it starts
// N goroutines that each block on a receive from one channel and prints the
// process's peak RSS (getrusage ru_maxrss) as one JSON line. bench/run.mjs
// runs it with N = 0 too and reports the difference. Its C++ twin is
// parked_rss.cpp; changes here must also be made there.
//
// Usage: parked_rss <procs> <goroutines>
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"sync"
	"syscall"
)

func main() {
	procs, n := parseArgs()
	runtime.GOMAXPROCS(procs)
	block := make(chan int)
	var started sync.WaitGroup
	started.Add(n)
	for i := 0; i < n; i++ {
		go func() {
			started.Done()
			<-block
		}()
	}
	started.Wait()
	runtime.Gosched() // let the last goroutines reach their receive
	fmt.Printf("{\"lang\":\"go\",\"procs\":%d,\"goroutines\":%d,\"peak_kib\":%d}\n", procs, n, maxRSSKiB())
}

func parseArgs() (procs, n int) {
	if len(os.Args) == 3 {
		var err1, err2 error
		procs, err1 = strconv.Atoi(os.Args[1])
		n, err2 = strconv.Atoi(os.Args[2])
		if err1 == nil && err2 == nil && procs > 0 && n >= 0 {
			return procs, n
		}
	}
	fmt.Fprintln(os.Stderr, "usage: parked_rss <procs> <goroutines>")
	os.Exit(2)
	return 0, 0
}

// maxRSSKiB returns the process's peak resident set size in KiB.
func maxRSSKiB() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		panic(err)
	}
	return ru.Maxrss
}
