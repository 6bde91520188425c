// Go 1.21 built-in clear: empties maps (including NaN keys that delete
// cannot remove) and zeroes slice elements without changing the length.
// Go 1.19 cannot compile this file; its expected output comes from the spec.
package main

import (
	"fmt"
	"math"
)

type P struct {
	X int
	S string
}

func main() {
	m := map[string]int{"a": 1, "b": 2}
	alias := m
	clear(m)
	fmt.Println(len(m), len(alias), m)
	m["c"] = 3
	fmt.Println(alias)

	s := []int{1, 2, 3, 4}
	t := s[1:3]
	clear(t)
	fmt.Println(s, len(t), cap(t))

	ps := []P{{1, "a"}, {2, "b"}}
	clear(ps)
	fmt.Printf("%+v\n", ps)

	var nilMap map[int]bool
	clear(nilMap)
	var nilSlice []int
	clear(nilSlice)
	fmt.Println(nilMap == nil, nilSlice == nil)

	ptrs := []*int{new(int)}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil, len(ptrs))

	fm := map[float64]int{}
	nan := math.NaN()
	fm[nan] = 1
	fm[nan] = 2
	fmt.Println(len(fm))
	for k := range fm {
		delete(fm, k) // NaN != NaN: nothing is deleted
	}
	fmt.Println(len(fm))
	clear(fm)
	fmt.Println(len(fm))
}

// Output:
// 0 0 map[]
// map[c:3]
// [1 0 0 4] 2 3
// [{X:0 S:} {X:0 S:}]
// true true
// true 1
// 2
// 2
// 0
