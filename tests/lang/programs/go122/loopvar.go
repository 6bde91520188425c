// Go 1.22 per-iteration loop variables: closures, pointers and goroutines
// that capture a for-loop variable see that iteration's value. (Go 1.21 and
// earlier share one variable: this program prints 333 there.) Go 1.19
// cannot run this file with Go 1.22 semantics; its expected output comes
// from the spec.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f())
	}
	fmt.Println()

	var ps []*int
	for i := 0; i < 3; i++ {
		ps = append(ps, &i)
	}
	fmt.Println(*ps[0], *ps[1], *ps[2], ps[0] != ps[1])

	var gs []func() string
	for _, s := range []string{"a", "b", "c"} {
		gs = append(gs, func() string { return s })
	}
	for _, g := range gs {
		fmt.Print(g())
	}
	fmt.Println()

	// changes made in the body carry over to the next iteration's copy
	for i := 0; i < 5; i++ {
		if i == 1 {
			i += 2
		}
		fmt.Print(i)
	}
	fmt.Println()

	results := make([]int, 3)
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = i * i
		}()
	}
	wg.Wait()
	fmt.Println(results)

	// a closure that modifies its iteration's variable does not affect the loop
	var incs []func() int
	for i := 0; i < 3; i++ {
		incs = append(incs, func() int { i += 10; return i })
	}
	fmt.Println(incs[0](), incs[0](), incs[2]())
}

// Output:
// 012
// 0 1 2 true
// abc
// 034
// [0 1 4]
// 10 20 12
