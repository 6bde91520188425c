// Closures: captured variables are shared, counters and generators,
// closures capturing a variable declared inside the loop body (the same in
// every Go version), and closures that outlive their frame.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 0 }
}

func fibGen() func() int {
	a, b := 0, 1
	return func() int {
		r := a
		a, b = b, a+b
		return r
	}
}

func adders() []func(int) int {
	var fs []func(int) int
	for i := 0; i < 3; i++ {
		base := i * 10 // a fresh variable per iteration
		fs = append(fs, func(x int) int { return base + x })
	}
	return fs
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	other, _ := counter()
	fmt.Println(other(), next())

	f := fibGen()
	for i := 0; i < 10; i++ {
		fmt.Print(" ", f())
	}
	fmt.Println()

	for _, add := range adders() {
		fmt.Print(" ", add(1))
	}
	fmt.Println()

	// capture a copy explicitly with a parameter
	var printers []func() string
	for _, s := range []string{"a", "b", "c"} {
		s := s
		printers = append(printers, func() string { return s })
	}
	for _, p := range printers {
		fmt.Print(p())
	}
	fmt.Println()

	// a closure sees later writes to the captured variable
	x := 1
	show := func() int { return x }
	x = 2
	fmt.Println(show())

	// a closure can modify captured variables
	total := 0
	addTo := func(n int) { total += n }
	for _, n := range []int{1, 2, 3} {
		addTo(n)
	}
	fmt.Println(total)

	// closures sharing one variable
	shared := 0
	incA := func() { shared++ }
	incB := func() { shared += 10 }
	incA()
	incB()
	incA()
	fmt.Println(shared)

	// nested closures
	mul := func(a int) func(int) func(int) int {
		return func(b int) func(int) int {
			return func(c int) int { return a * b * c }
		}
	}
	fmt.Println(mul(2)(3)(4))

	// memoization through a captured map
	calls := 0
	memo := map[int]int{}
	var slowSquare func(int) int
	slowSquare = func(n int) int {
		if v, ok := memo[n]; ok {
			return v
		}
		calls++
		memo[n] = n * n
		return memo[n]
	}
	slowSquare(4)
	slowSquare(4)
	slowSquare(5)
	fmt.Println(calls, len(memo))

	// a loop variable read after the loop ends (3-clause loop)
	var last func() int
	for i := 0; i < 3; i++ {
		v := i
		last = func() int { return v }
	}
	fmt.Println(last())

	// defer-free accumulation via a closure returned from a function with state
	acc := func() func(string) []string {
		var items []string
		return func(s string) []string {
			items = append(items, s)
			return items
		}
	}()
	acc("x")
	acc("y")
	fmt.Println(acc("z"))
}

// Output:
// 1 2 3
// 1
// 1 2
//  0 1 1 2 3 5 8 13 21 34
//  1 11 21
// abc
// 2
// 6
// 12
// 24
// 2 2
// 2
// [x y z]
