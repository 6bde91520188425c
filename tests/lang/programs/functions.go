// Functions: multiple and named results, variadic parameters, recursion,
// function values and types, higher-order functions.
package main

import (
	"fmt"
	"strings"
)

func divmod(a, b int) (int, int) { return a / b, a % b }

func split(sum int) (x, y int) {
	x = sum * 4 / 9
	y = sum - x
	return // naked return of named results
}

func namedZero() (n int, s string, err error) { return }

func sum(nums ...int) int {
	total := 0
	for _, n := range nums {
		total += n
	}
	return total
}

func joinAll(sep string, parts ...string) string {
	return fmt.Sprint(len(parts), ":", strings.Join(parts, sep))
}

func variadicNil(xs ...int) bool { return xs == nil }

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func ackermann(m, n int) int {
	switch {
	case m == 0:
		return n + 1
	case n == 0:
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

type binop func(int, int) int

func apply(op binop, a, b int) int { return op(a, b) }

func mapInts(xs []int, f func(int) int) []int {
	out := make([]int, len(xs))
	for i, x := range xs {
		out[i] = f(x)
	}
	return out
}

func compose(f, g func(int) int) func(int) int {
	return func(x int) int { return g(f(x)) }
}

func pair() (int, string) { return 7, "seven" }

func takesPair(n int, s string) string { return fmt.Sprint(n, "=", s) }

func hanoi(n int, from, to, via string, moves *[]string) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves = append(*moves, from+to)
	hanoi(n-1, via, to, from, moves)
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(split(17))
	n, s, err := namedZero()
	fmt.Printf("%d %q %v\n", n, s, err)
	_, r2 := divmod(9, 4)
	fmt.Println(r2)

	fmt.Println(sum(), sum(1), sum(1, 2, 3))
	nums := []int{4, 5, 6}
	fmt.Println(sum(nums...))
	fmt.Println(joinAll("-", "a", "b", "c"), joinAll("-"))
	fmt.Println(variadicNil(), variadicNil([]int{}...), variadicNil(nil...))

	fmt.Println(fib(20), isEven(10), isOdd(7), ackermann(2, 3))

	add := func(a, b int) int { return a + b }
	fmt.Println(apply(add, 2, 3), apply(func(a, b int) int { return a * b }, 4, 5))
	var op binop = add
	fmt.Println(op(1, 1))
	fmt.Println(mapInts([]int{1, 2, 3}, func(x int) int { return x * x }))
	inc := func(x int) int { return x + 1 }
	dbl := func(x int) int { return x * 2 }
	fmt.Println(compose(inc, dbl)(5), compose(dbl, inc)(5))

	fmt.Println(takesPair(pair()))

	var nilFunc func()
	fmt.Println(nilFunc == nil)

	// recursive function literal
	var fact func(int) int
	fact = func(n int) int {
		if n <= 1 {
			return 1
		}
		return n * fact(n-1)
	}
	fmt.Println(fact(10), fact(20))

	var moves []string
	hanoi(3, "A", "C", "B", &moves)
	fmt.Println(len(moves), moves)

	// functions in maps and slices
	ops := map[string]func(float64, float64) float64{
		"+": func(a, b float64) float64 { return a + b },
		"/": func(a, b float64) float64 { return a / b },
	}
	fmt.Println(ops["+"](1, 2), ops["/"](1, 4))
	pipeline := []func(string) string{strings.ToUpper, strings.TrimSpace, func(s string) string { return s + "!" }}
	text := "  go  "
	for _, f := range pipeline {
		text = f(text)
	}
	fmt.Printf("%q\n", text)

	// immediately invoked function literal
	res := func(a int) int { return a * 3 }(7)
	fmt.Println(res)

	// deep recursion
	var depth func(int) int
	depth = func(n int) int {
		if n == 0 {
			return 0
		}
		return 1 + depth(n-1)
	}
	fmt.Println(depth(100000))
}

// Output:
// 3 2
// 7 10
// 0 "" <nil>
// 1
// 0 1 6
// 15
// 3:a-b-c 0:
// true false true
// 6765 true true 9
// 5 20
// 2
// [1 4 9]
// 12 11
// 7=seven
// true
// 3628800 2432902008176640000
// 7 [AC AB CB AC BA BC AC]
// 3 0.25
// "GO!"
// 21
// 100000
