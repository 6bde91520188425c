// Writing to a nil map panics; reading from it does not.
package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m["x"], len(m))
	m["x"] = 1
}

// Exit: 2
// Stderr: panic: assignment to entry in nil map
// Output:
// 0 0
