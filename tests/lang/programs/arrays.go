// Arrays: value semantics, literals ([...], indexed), comparison, nested
// arrays, arrays as map keys and pointers to arrays.
package main

import "fmt"

type Grid [3][3]int

func double(a [4]int) [4]int {
	for i := range a {
		a[i] *= 2
	}
	return a
}

func fill(p *[4]int, v int) {
	for i := range p {
		p[i] = v
	}
}

func main() {
	var a [4]int
	fmt.Println(a, len(a), cap(a))
	b := [4]int{1, 2, 3, 4}
	c := double(b)
	fmt.Println(b, c)
	d := b // copy
	d[0] = 100
	fmt.Println(b[0], d[0])
	fill(&d, 7)
	fmt.Println(d)

	e := [...]string{"x", "y", "z"}
	fmt.Println(len(e), e)
	f := [5]int{1: 10, 3: 30}
	fmt.Println(f)
	g := [...]int{4: -1, 1}
	fmt.Println(len(g), g)

	fmt.Println(b == [4]int{1, 2, 3, 4}, b != c)

	var grid Grid
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			grid[i][j] = i * j
		}
	}
	fmt.Println(grid)
	row := grid[2]
	row[0] = 99
	fmt.Println(grid[2], row)

	seen := map[[2]int]string{}
	seen[[2]int{1, 2}] = "a"
	seen[[2]int{2, 1}] = "b"
	fmt.Println(seen[[2]int{1, 2}], seen[[2]int{2, 1}], len(seen))

	p := &b
	p[1] = 20
	fmt.Println(b, len(p))
	for i, v := range p {
		fmt.Print(i, "=", v, ";")
	}
	fmt.Println()

	// range over an array evaluates a copy of it
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 10
		if i == 2 {
			fmt.Println("range saw", v, "array has", arr[2])
		}
	}
	// range over a pointer to an array sees updates
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 10
		if i == 2 {
			fmt.Println("range saw", v)
		}
	}

	// arrays of structs
	type point struct{ X, Y int }
	pts := [2]point{{1, 2}, {X: 3}}
	pts[1].Y = 4
	fmt.Println(pts)
	fmt.Printf("%v %+v\n", pts[0], pts[1])

	// slicing an array shares its storage
	s := b[1:3]
	s[0] = -1
	fmt.Println(b, s, len(s), cap(s))
}

// Output:
// [0 0 0 0] 4 4
// [1 2 3 4] [2 4 6 8]
// 1 100
// [7 7 7 7]
// 3 [x y z]
// [0 10 0 30 0]
// 6 [0 0 0 0 -1 1]
// true true
// [[0 0 0] [0 1 2] [0 2 4]]
// [0 2 4] [99 2 4]
// a b 2
// [1 20 3 4] 4
// 0=1;1=20;2=3;3=4;
// range saw 3 array has 10
// range saw 10
// [{1 2} {3 4}]
// {1 2} {X:3 Y:4}
// [1 -1 3 4] [-1 3] 2 3
