// Maps: insert, update, delete, comma-ok lookup, nil maps, iteration (printed
// sorted), %v printing (sorted by key), maps of slices/structs/maps.
package main

import (
	"fmt"
	"sort"
)

type point struct{ X, Y int }

func main() {
	ages := map[string]int{"alice": 31, "bob": 25}
	ages["carol"] = 40
	ages["bob"]++
	fmt.Println(len(ages), ages["bob"], ages["nobody"])
	v, ok := ages["alice"]
	fmt.Println(v, ok)
	v, ok = ages["dave"]
	fmt.Println(v, ok)
	if _, found := ages["carol"]; found {
		fmt.Println("carol found")
	}
	delete(ages, "alice")
	delete(ages, "missing") // no-op
	fmt.Println(ages, len(ages))

	// iteration order is unspecified: sort the keys
	scores := map[string]int{"z": 1, "m": 2, "a": 3, "q": 4}
	keys := make([]string, 0, len(scores))
	for k := range scores {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", scores[k], " ")
	}
	fmt.Println(len(keys))
	sum := 0
	for _, val := range scores {
		sum += val
	}
	fmt.Println("sum", sum)

	// fmt prints maps sorted by key
	fmt.Println(map[int]string{3: "c", 1: "a", 2: "b"})
	fmt.Println(map[float64]bool{2.5: true, -1: false})
	fmt.Printf("%v %d\n", map[string]int{"b": 2, "a": 1}, map[string]int{"y": 25, "x": 24})
	fmt.Println(map[point]string{{2, 1}: "p", {1, 9}: "q", {1, 2}: "r"})
	fmt.Println(map[bool]int{true: 1, false: 0})

	// nil map: reads and deletes work, len is 0
	var nilMap map[string]int
	fmt.Println(nilMap == nil, len(nilMap), nilMap["x"])
	delete(nilMap, "x")
	for range nilMap {
		fmt.Println("never")
	}
	_, ok = nilMap["x"]
	fmt.Println(ok, nilMap)

	// struct keys and values
	grid := map[point]int{}
	grid[point{1, 2}] += 5
	grid[point{1, 2}] += 5
	fmt.Println(grid[point{1, 2}], len(grid))

	// struct values are not addressable: replace the whole value
	type acct struct{ Balance int }
	accts := map[string]acct{"a": {10}}
	a := accts["a"]
	a.Balance += 5
	accts["a"] = a
	fmt.Println(accts)
	// pointer values can be mutated in place
	ptrs := map[string]*acct{"b": {1}}
	ptrs["b"].Balance = 99
	fmt.Println(ptrs["b"].Balance)

	// map of slices
	groups := map[string][]int{}
	for i := 0; i < 6; i++ {
		key := "odd"
		if i%2 == 0 {
			key = "even"
		}
		groups[key] = append(groups[key], i)
	}
	fmt.Println(groups)

	// map of maps
	nested := map[string]map[string]int{}
	for _, pair := range [][2]string{{"x", "a"}, {"x", "b"}, {"y", "a"}} {
		inner, ok := nested[pair[0]]
		if !ok {
			inner = map[string]int{}
			nested[pair[0]] = inner
		}
		inner[pair[1]]++
	}
	fmt.Println(nested, len(nested["x"]))

	// maps are references
	m1 := map[string]int{"k": 1}
	m2 := m1
	m2["k"] = 2
	fmt.Println(m1["k"])

	// deleting during iteration is allowed
	del := map[int]bool{1: true, 2: true, 3: true, 4: true}
	for k := range del {
		if k%2 == 0 {
			delete(del, k)
		}
	}
	fmt.Println(del)

	// interface-keyed maps
	anyKeys := map[interface{}]string{1: "int", "1": "string", 1.5: "float"}
	fmt.Println(anyKeys[1], anyKeys["1"], anyKeys[1.5], len(anyKeys))

	// counting words
	counts := make(map[rune]int)
	for _, r := range "mississippi" {
		counts[r]++
	}
	fmt.Println(counts['s'], counts['i'], counts['p'], counts['m'], len(counts))
	fmt.Printf("%c\n", []rune{'m', 'i'})
	fmt.Println(map[string][]string{"b": {"x"}, "a": nil})
}

// Output:
// 3 26 0
// 31 true
// 0 false
// carol found
// map[bob:26 carol:40] 2
// a=3 m=2 q=4 z=1 4
// sum 10
// map[1:a 2:b 3:c]
// map[-1:false 2.5:true]
// map[a:1 b:2] map[%!d(string=x):24 %!d(string=y):25]
// map[{1 2}:r {1 9}:q {2 1}:p]
// map[false:0 true:1]
// true 0 0
// false map[]
// 10 1
// map[a:{15}]
// 99
// map[even:[0 2 4] odd:[1 3 5]]
// map[x:map[a:1 b:1] y:map[a:1]] 2
// 2
// map[1:true 3:true]
// int string float 3
// 4 4 2 1 4
// [m i]
// map[a:[] b:[x]]
