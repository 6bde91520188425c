// Converting slices to arrays (Go 1.20) and array pointers (Go 1.17): a
// copy, or the slice's own array; a slice too short panics.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	a := [3]int(s)
	s[0] = 9
	p := (*[2]int)(s)
	p[1] = 7
	fmt.Println(a, *p, s, [0]int(s[:0]))
	var ns []int
	fmt.Println((*[0]int)(ns) == nil, (*[0]int)(s[:0]) != nil)
	defer func() { fmt.Println(recover()) }()
	_ = [4]int(s)
}

// Output:
// [1 2 3] [9 7] [9 7 3] []
// true true
// runtime error: cannot convert slice with length 3 to array or pointer to array with length 4
