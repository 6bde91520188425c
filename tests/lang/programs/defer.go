// Defer: LIFO order, arguments evaluated when deferred, closures seeing final
// values, deferred calls modifying named results, defer in loops, and defers
// running on return paths.
package main

import (
	"fmt"
	"strings"
)

func order() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	fmt.Println("body done")
}

func argsNow() {
	x := 1
	defer fmt.Println("arg evaluated at defer:", x)
	defer func() { fmt.Println("closure sees final:", x) }()
	x = 2
}

func double(n int) (result int) {
	defer func() { result *= 2 }()
	return n + 1 // result = n+1, then the deferred call doubles it
}

func countCalls() (n int) {
	defer func() { n++ }()
	defer func() { n += 10 }()
	return 100
}

func unnamed() int {
	x := 5
	defer func() { x = 50 }() // cannot change the returned value
	return x
}

type resource struct{ name string }

func (r *resource) Close() { fmt.Println("close", r.name) }

func open(name string) *resource {
	fmt.Println("open", name)
	return &resource{name}
}

func useResources() {
	a := open("a")
	defer a.Close()
	b := open("b")
	defer b.Close()
	fmt.Println("using", a.name, b.name)
}

type logger struct{ prefix string }

func (l logger) log(msg string) { fmt.Println(l.prefix + msg) }

func methodReceiverEvaluated() {
	l := logger{"first: "}
	defer l.log("deferred") // receiver copied now
	l.prefix = "second: "
	l.log("direct")
}

func earlyReturn(flag bool) (out string) {
	var sb strings.Builder
	defer func() { out = sb.String() }()
	sb.WriteString("start")
	if flag {
		sb.WriteString("-early")
		return
	}
	sb.WriteString("-late")
	return "ignored"
}

func trace(name string) func() {
	fmt.Println("enter", name)
	return func() { fmt.Println("exit", name) }
}

func nested() {
	defer trace("nested")() // trace runs now, its result runs at exit
	fmt.Println("in nested")
}

func deferInClosureLoop() {
	for i := 0; i < 3; i++ {
		func() {
			defer fmt.Print("d", i, "|")
			fmt.Print("b", i, "|")
		}()
	}
	fmt.Println()
}

func main() {
	order()
	argsNow()
	fmt.Println(double(4), countCalls(), unnamed())
	useResources()
	methodReceiverEvaluated()
	fmt.Println(earlyReturn(true), earlyReturn(false))
	nested()
	deferInClosureLoop()
	defer fmt.Println("main's deferred call runs last")
	fmt.Println("main ends")
}

// Output:
// body done
// deferred 2
// deferred 1
// deferred 0
// closure sees final: 2
// arg evaluated at defer: 1
// 10 111 5
// open a
// open b
// using a b
// close b
// close a
// second: direct
// first: deferred
// start-early start-late
// enter nested
// in nested
// exit nested
// b0|d0|b1|d1|b2|d2|
// main ends
// main's deferred call runs last
