// Asserting to an interface the dynamic type does not implement panics and
// names the missing method.
package main

import "fmt"

type Walker interface{ Walk() }

type Rock struct{}

func main() {
	var v interface{} = Rock{}
	fmt.Println("asserting")
	w := v.(Walker)
	w.Walk()
}

// Exit: 2
// Stderr: panic: interface conversion: main.Rock is not main.Walker: missing method Walk
// Output:
// asserting
