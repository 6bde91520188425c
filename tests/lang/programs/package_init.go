// Package initialization: package-level variables are initialized in
// dependency order, then init functions run in source order, then main.
package main

import "fmt"

var (
	a = b + 1 // depends on b, initialized after it
	b = f("b", 10)
	c = f("c", a*2)
)

var total = sum(1, 2, 3)

var table = map[string]int{"x": 1, "y": 2}

var initOrder []string

func f(name string, v int) int {
	fmt.Println("initializing", name, "=", v)
	return v
}

func sum(xs ...int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func init() {
	initOrder = append(initOrder, "first init")
	fmt.Println("init 1: a =", a, "c =", c)
}

func init() {
	initOrder = append(initOrder, "second init")
	table["z"] = 3
	fmt.Println("init 2")
}

const greeting = "hello"

var counter int

func next() int {
	counter++
	return counter
}

var x1, x2 = next(), next()

func main() {
	fmt.Println("main:", a, b, c, total, len(table), table["z"])
	fmt.Println(initOrder)
	fmt.Println(greeting, x1, x2, counter)
}

// Output:
// initializing b = 10
// initializing c = 22
// init 1: a = 11 c = 22
// init 2
// main: 11 10 22 6 3 3
// [first init second init]
// hello 1 2 2
