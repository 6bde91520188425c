// A failed single-value type assertion panics with an interface conversion error.
package main

import "fmt"

func main() {
	var v interface{} = "hello"
	s := v.(string)
	fmt.Println(s)
	n := v.(int)
	fmt.Println(n)
}

// Exit: 2
// Stderr: panic: interface conversion: interface {} is string, not int
// Output:
// hello
