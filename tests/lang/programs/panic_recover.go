// panic and recover: recovering values of different types, runtime errors
// recovered as errors, deferred calls run while panicking, recover outside a
// panic returns nil, re-panicking, and named results set by a recovering defer.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func safeDivide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	return a / b, nil
}

func catch(f func()) (msg string) {
	defer func() {
		r := recover()
		msg = fmt.Sprintf("%T: %v", r, r)
	}()
	f()
	return "no panic"
}

func runtimeErrorKind(f func()) (kind string) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			kind = "runtime.Error: " + re.Error()
			return
		}
		if e, ok := r.(error); ok {
			kind = "error: " + e.Error()
			return
		}
		kind = fmt.Sprint("value: ", r)
	}()
	f()
	return "none"
}

func deferredDuringPanic() {
	defer fmt.Println("deferred 1 runs")
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	defer fmt.Println("deferred 3 runs first")
	panic("boom")
}

func recoverNotDirect() (s string) {
	defer func() {
		helper := func() interface{} { return recover() } // not called directly by the deferred function
		r := helper()
		s = fmt.Sprint("helper got ", r)
		recover() // this one stops the panic
	}()
	panic("indirect")
}

func rePanic() (s string) {
	defer func() {
		s = fmt.Sprint("outer caught: ", recover())
	}()
	func() {
		defer func() {
			r := recover()
			panic(fmt.Sprint("re-panic of ", r))
		}()
		panic("first")
	}()
	return "unreachable"
}

type MyErr struct{ code int }

func (e MyErr) Error() string { return fmt.Sprint("my error ", e.code) }

func main() {
	fmt.Println(safeDivide(10, 2))
	fmt.Println(safeDivide(1, 0))

	fmt.Println(catch(func() { panic("a string") }))
	fmt.Println(catch(func() { panic(42) }))
	fmt.Println(catch(func() { panic(errors.New("an error")) }))
	fmt.Println(catch(func() { panic(MyErr{7}) }))
	fmt.Println(catch(func() { panic(fmt.Sprintf("formatted %d", 3)) }))
	fmt.Println(catch(func() {}))

	fmt.Println(runtimeErrorKind(func() {
		var s []int
		_ = s[3]
	}))
	fmt.Println(runtimeErrorKind(func() {
		s := make([]int, 3)
		i := 5
		_ = s[1:i]
	}))
	fmt.Println(runtimeErrorKind(func() {
		var m map[string]int
		m["x"] = 1
	}))
	fmt.Println(runtimeErrorKind(func() {
		var p *MyErr
		_ = p.code
	}))
	fmt.Println(runtimeErrorKind(func() {
		var i interface{} = "s"
		_ = i.(int)
	}))
	fmt.Println(runtimeErrorKind(func() {
		a, b := 1, 0
		_ = a % b
	}))
	fmt.Println(runtimeErrorKind(func() {
		arr := [3]int{}
		idx := -1
		_ = arr[idx+0]
	}))
	fmt.Println(runtimeErrorKind(func() {
		ch := make(chan int)
		close(ch)
		close(ch)
	}))
	fmt.Println(runtimeErrorKind(func() { panic(MyErr{1}) }))
	fmt.Println(runtimeErrorKind(func() { panic(3.5) }))

	deferredDuringPanic()
	fmt.Println(recover()) // not panicking: nil
	fmt.Println(recoverNotDirect())
	fmt.Println(rePanic())

	// a recovered panic lets the caller continue normally
	for i := 0; i < 3; i++ {
		func() {
			defer func() {
				if r := recover(); r != nil {
					fmt.Println("iteration", i, "recovered", r)
				}
			}()
			if i == 1 {
				panic("odd one")
			}
			fmt.Println("iteration", i, "fine")
		}()
	}
}

// Output:
// 5 <nil>
// 0 recovered: runtime error: integer divide by zero
// string: a string
// int: 42
// *errors.errorString: an error
// main.MyErr: my error 7
// string: formatted 3
// <nil>: <nil>
// runtime.Error: runtime error: index out of range [3] with length 0
// runtime.Error: runtime error: slice bounds out of range [:5] with capacity 3
// runtime.Error: assignment to entry in nil map
// runtime.Error: runtime error: invalid memory address or nil pointer dereference
// runtime.Error: interface conversion: interface {} is string, not int
// runtime.Error: runtime error: integer divide by zero
// runtime.Error: runtime error: index out of range [-1]
// runtime.Error: close of closed channel
// error: my error 1
// value: 3.5
// deferred 3 runs first
// recovered: boom
// deferred 1 runs
// <nil>
// helper got <nil>
// outer caught: re-panic of first
// iteration 0 fine
// iteration 1 recovered odd one
// iteration 2 fine
