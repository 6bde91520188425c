// for loops: the condition is evaluated before every iteration, the first
// included, and after the post statement; break, continue and labels leave
// or resume the right loop; a condition's constant operands may be any
// integer kind.
package main

import "fmt"

var evals int

func less(i, n int) bool {
	evals++
	return i < n
}

func main() {
	for i := 0; less(i, 3); i++ {
	}
	fmt.Println("evaluations for 3 iterations:", evals)

	evals = 0
	for i := 5; less(i, 3); i++ {
		fmt.Println("never")
	}
	fmt.Println("evaluations for none:", evals)

	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		if i > 7 {
			break
		}
		sum += i
	}
	fmt.Println("odd sum below 8:", sum)

	var u8 uint8
	n := 0
	for u8 = 250; u8 != 4; u8++ {
		n++
	}
	fmt.Println("uint8 wraps after", n, "steps")

	var i8 int8
	var seen []int8
	for i8 = -128; i8 < 127; i8 += 51 {
		seen = append(seen, i8)
	}
	fmt.Println(seen)

	const limit = 1 << 40
	steps := 0
	for x := int64(1); x < limit; x <<= 4 {
		steps++
	}
	fmt.Println("steps to 1<<40 by 16x:", steps)

	x, y := 0, 10
	for x < y && y-x != 3 {
		x++
		y--
	}
	fmt.Println("met at", x, y)

	count := 0
outer:
	for a := 0; a < 4; a++ {
		for b := 0; b < 4; b++ {
			if b > a {
				continue outer
			}
			if a == 3 {
				break outer
			}
			count++
		}
	}
	fmt.Println("pairs b <= a < 3:", count)

	k := 0
	for k < 3 {
		k++
	}
	fmt.Println("k =", k)

	shifted := uint64(1<<63) >> 60
	mask := -17 >> 2
	u, m := uint8(200), int16(-32768)
	fmt.Println(shifted, mask, uint32(1)<<31, int8(-1)<<7, u+100, m-1, u-201, m<<1, u>>7, m>>15)
}

// Output:
// evaluations for 3 iterations: 4
// evaluations for none: 1
// odd sum below 8: 16
// uint8 wraps after 10 steps
// [-128 -77 -26 25 76]
// steps to 1<<40 by 16x: 10
// met at 5 5
// pairs b <= a < 3: 6
// k = 3
// 8 -5 2147483648 -128 44 32767 255 0 1 -1
