// Full slice expressions a[low:high:max] limit capacity, so a later append
// must copy instead of overwriting the original array.
package main

import "fmt"

func main() {
	arr := [6]int{0, 1, 2, 3, 4, 5}
	s := arr[1:3:4]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 30) // fits: writes arr[3]
	fmt.Println(arr, s)
	s = append(s, 40) // exceeds cap 3: copies
	s[0] = -1
	fmt.Println(arr, s)

	orig := []int{1, 2, 3, 4}
	head := orig[:2:2]
	head = append(head, 99)
	fmt.Println(orig, head)

	t := orig[1:2:3]
	fmt.Println(len(t), cap(t), t[:cap(t)])

	str := "hello, world"
	fmt.Println(str[7:], str[:5], str[3:3] == "")

	// copy between overlapping halves and between types of strings/bytes
	buf := []byte("abcdef")
	copy(buf[2:], buf[:4])
	fmt.Println(string(buf))
	n := copy(buf, "XY")
	fmt.Println(n, string(buf))

	// copy returns min(len(dst), len(src))
	fmt.Println(copy(make([]int, 0), []int{1}), copy(make([]int, 5), []int{1, 2}))

	// slicing a nil slice
	var ns []int
	fmt.Println(ns[:0] == nil, len(ns[0:0:0]))

	// append from a slice into itself
	self := []int{1, 2, 3}
	self = append(self, self...)
	fmt.Println(self)

	// a slice header is copied when passed; the elements are shared
	modify := func(x []int) {
		x[0] = 1000
		x = append(x, 5)
		x[1] = 2000
	}
	shared := make([]int, 2, 2)
	modify(shared)
	fmt.Println(shared)
	roomy := make([]int, 2, 10)
	modify(roomy)
	fmt.Println(roomy, roomy[:3])
}

// Output:
// [1 2] 2 3
// [0 1 2 30 4 5] [1 2 30]
// [0 1 2 30 4 5] [-1 2 30 40]
// [1 2 3 4] [1 2 99]
// 1 2 [2 3]
// world hello true
// ababcd
// 2 XYabcd
// 0 2
// true 0
// [1 2 3 1 2 3]
// [1000 0]
// [1000 2000] [1000 2000 5]
