// Slicing past the capacity panics: slice bounds out of range [:5] with capacity 3.
package main

import "fmt"

func main() {
	s := make([]int, 2, 3)
	n := 3
	fmt.Println(s[:n])
	n = 5
	fmt.Println(s[:n])
}

// Exit: 2
// Stderr: panic: runtime error: slice bounds out of range [:5] with capacity 3
// Output:
// [0 0 0]
