// Go 1.22 range over integers: the iteration variable takes the type of the
// range operand, the count is evaluated once, zero and negative counts run
// no iterations. Go 1.19 cannot compile this file; its expected output
// comes from the spec.
package main

import "fmt"

type Count int

func main() {
	for i := range 3 {
		fmt.Print(i)
	}
	fmt.Println()

	n, sum := 5, 0
	for i := range n {
		sum += i
	}
	fmt.Println(sum)

	for range 2 {
		fmt.Println("hi")
	}

	var u uint8 = 3
	for i := range u {
		fmt.Printf("%T %v;", i, i)
	}
	fmt.Println()

	const N = 2
	for i := range N {
		fmt.Printf("%T;", i)
	}
	var c Count = 2
	for i := range c {
		fmt.Printf("%T;", i)
	}
	fmt.Println()

	for i := range 0 {
		fmt.Println("never", i)
	}
	neg := -2
	for i := range neg {
		fmt.Println("never", i)
	}

	m := 3
	for i := range m {
		m = 10 // the count was evaluated once
		fmt.Print(i)
	}
	fmt.Println(" m =", m)

	pairs := 0
	for i := range 4 {
		for j := range i {
			_ = j
			pairs++
		}
	}
	fmt.Println("pairs", pairs)

	for i := range 10 {
		if i%2 == 0 {
			continue
		}
		if i > 6 {
			break
		}
		fmt.Print(i)
	}
	fmt.Println()

	var last int
	for last = range 4 {
	}
	fmt.Println("last", last)
}

// Output:
// 012
// 10
// hi
// hi
// uint8 0;uint8 1;uint8 2;
// int;int;main.Count;main.Count;
// 012 m = 10
// pairs 6
// 135
// last 3
