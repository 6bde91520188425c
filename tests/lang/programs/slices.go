// Slices: make, len/cap, sharing and aliasing, append within capacity,
// nil vs empty, copy, deleting and inserting, slices of slices.
// (Capacities after append grows a slice differ between Go versions and are
// not printed.)
package main

import "fmt"

func main() {
	var nilSlice []int
	empty := []int{}
	fmt.Println(nilSlice == nil, empty == nil, len(nilSlice), cap(nilSlice), nilSlice, empty)
	fmt.Printf("%v %v %d\n", nilSlice, empty, len(empty))

	s := make([]int, 3, 10)
	fmt.Println(s, len(s), cap(s))
	t := s[1:5]
	fmt.Println(t, len(t), cap(t))
	t[0] = 7
	fmt.Println(s, s[:cap(s)][4])

	// append within capacity writes into the shared array
	u := append(s, 42)
	fmt.Println(s, u, len(u), cap(u))
	u[0] = -1
	fmt.Println(s[0])

	// append to a full slice copies
	full := []int{1, 2, 3}
	grown := append(full, 4)
	grown[0] = 100
	fmt.Println(full, grown)

	// append to nil
	var words []string
	for _, w := range []string{"a", "b", "c"} {
		words = append(words, w)
	}
	words = append(words, "d", "e")
	words = append(words, []string{"f", "g"}...)
	fmt.Println(words, len(words))

	// copy
	dst := make([]int, 2)
	n := copy(dst, []int{9, 8, 7})
	fmt.Println(n, dst)
	nums := []int{1, 2, 3, 4, 5}
	n = copy(nums[1:], nums) // overlapping
	fmt.Println(n, nums)
	bs := make([]byte, 3)
	n = copy(bs, "hello")
	fmt.Println(n, string(bs))

	// delete element i, insert at i
	xs := []int{0, 1, 2, 3, 4}
	i := 2
	xs = append(xs[:i], xs[i+1:]...)
	fmt.Println(xs, len(xs))
	xs = append(xs[:1], append([]int{10, 11}, xs[1:]...)...)
	fmt.Println(xs)

	// filter in place
	vals := []int{1, 2, 3, 4, 5, 6}
	kept := vals[:0]
	for _, v := range vals {
		if v%2 == 0 {
			kept = append(kept, v)
		}
	}
	fmt.Println(kept, vals)

	// 2D slices
	matrix := make([][]int, 3)
	for r := range matrix {
		matrix[r] = make([]int, r+1)
		for c := range matrix[r] {
			matrix[r][c] = r*10 + c
		}
	}
	fmt.Println(matrix, len(matrix[2]))

	// slice expressions with omitted bounds
	letters := []string{"a", "b", "c", "d"}
	fmt.Println(letters[:2], letters[2:], letters[:], letters[1:1], len(letters[4:]))

	// reverse in place
	for l, r := 0, len(letters)-1; l < r; l, r = l+1, r-1 {
		letters[l], letters[r] = letters[r], letters[l]
	}
	fmt.Println(letters)

	// slices of structs modified via index
	type item struct {
		name string
		qty  int
	}
	items := []item{{"x", 1}, {"y", 2}}
	for _, it := range items {
		it.qty *= 10 // modifies a copy
	}
	fmt.Println(items)
	for i := range items {
		items[i].qty *= 10
	}
	fmt.Println(items)

	// make with len only: cap == len
	m := make([]string, 2)
	fmt.Println(len(m), cap(m), m[0] == "")
	fmt.Printf("%q\n", m)

	// a slice of a slice keeps the original capacity after the low bound
	base := make([]int, 5, 8)
	sub := base[2:4]
	fmt.Println(len(sub), cap(sub))
	sub = sub[:cap(sub)]
	fmt.Println(len(sub))
}

// Output:
// true false 0 0 [] []
// [] [] 0
// [0 0 0] 3 10
// [0 0 0 0] 4 9
// [0 7 0] 0
// [0 7 0] [0 7 0 42] 4 10
// -1
// [1 2 3] [100 2 3 4]
// [a b c d e f g] 7
// 2 [9 8]
// 4 [1 1 2 3 4]
// 3 hel
// [0 1 3 4] 4
// [0 10 11 1 3 4]
// [2 4 6] [2 4 6 4 5 6]
// [[0] [10 11] [20 21 22]] 3
// [a b] [c d] [a b c d] [] 0
// [d c b a]
// [{x 1} {y 2}]
// [{x 10} {y 20}]
// 2 2 true
// ["" ""]
// 2 6
// 6
