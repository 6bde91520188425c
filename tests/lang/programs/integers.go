// Integer types: sizes, wraparound on overflow, conversions that truncate or
// sign-extend, division and remainder signs, and bit operators.
package main

import (
	"fmt"
	"math"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println("int8 127+1 =", i8)
	i8 = -128
	i8--
	fmt.Println("int8 -128-1 =", i8)

	var u8 uint8 = 255
	u8++
	fmt.Println("uint8 255+1 =", u8)
	u8 = 0
	u8--
	fmt.Println("uint8 0-1 =", u8)

	var u16 uint16 = 65535
	u16 += 2
	fmt.Println("uint16 65535+2 =", u16)

	var i32 int32 = math.MaxInt32
	i32 += 1
	fmt.Println("int32 max+1 =", i32)

	var i64 int64 = math.MaxInt64
	i64++
	fmt.Println("int64 max+1 =", i64, i64 == math.MinInt64)

	var u64 uint64 = math.MaxUint64
	fmt.Println("uint64 max =", u64, u64+1)

	var m int8 = -128
	fmt.Println("-(-128) as int8 =", -m)
	fmt.Println("int8 -128 / -1 =", m/-1)
	var mm int64 = math.MinInt64
	fmt.Println("MinInt64 / -1 =", mm/-1, "MinInt64 % -1 =", mm%-1)

	var mul int32 = 1 << 20
	fmt.Println("int32 2^20*2^20 =", mul*mul)
	var mul8 uint8 = 200
	fmt.Println("uint8 200*2 =", mul8*2)

	// conversions
	big := 300
	fmt.Println(int8(big), uint8(big), int16(big))
	neg := -1
	fmt.Println(uint8(neg), uint16(neg), uint32(neg), uint64(neg))
	var s8 int8 = -5
	fmt.Println(int64(s8), uint8(s8), uint32(s8))
	var w uint32 = 0xDEADBEEF
	fmt.Println(int32(w), uint16(w), byte(w))

	// division truncates toward zero; remainder has the sign of the dividend
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		fmt.Printf("%d/%d=%d %d%%%d=%d\n", p[0], p[1], p[0]/p[1], p[0], p[1], p[0]%p[1])
	}

	// bit operators
	a, b := 0b1100, 0b1010
	fmt.Printf("%04b %04b %04b %04b\n", a&b, a|b, a^b, a&^b)
	fmt.Println(^a, -a, +a)
	x := uint8(0b10010110)
	fmt.Printf("%08b %08b %08b\n", ^x, x<<1, x>>3)
	var sh uint = 70
	fmt.Println(1<<sh == 0, int64(-1)>>sh, uint64(1)<<63)
	n := -17
	fmt.Println(n>>1, n>>10, n<<2)

	// hex, octal, binary literals and separators
	fmt.Println(0xFF, 0o17, 017, 0b101, 1_000_000, 0x_1F)
	fmt.Println(math.MaxInt8, math.MinInt8, math.MaxUint16, math.MaxInt32, math.MinInt64)
	var r rune = 'é'
	var by byte = 'A'
	fmt.Println(r, by, r+1, by+2)
	fmt.Printf("%T %T\n", r, by)

	// compound assignment and increment on various types
	var c uint = 10
	c -= 11
	fmt.Println(c == math.MaxUint)
	k := 5
	k <<= 2
	k |= 1
	k %= 7
	fmt.Println(k)
}

// Output:
// int8 127+1 = -128
// int8 -128-1 = 127
// uint8 255+1 = 0
// uint8 0-1 = 255
// uint16 65535+2 = 1
// int32 max+1 = -2147483648
// int64 max+1 = -9223372036854775808 true
// uint64 max = 18446744073709551615 0
// -(-128) as int8 = -128
// int8 -128 / -1 = -128
// MinInt64 / -1 = -9223372036854775808 MinInt64 % -1 = 0
// int32 2^20*2^20 = 0
// uint8 200*2 = 144
// 44 44 300
// 255 65535 4294967295 18446744073709551615
// -5 251 4294967291
// -559038737 48879 239
// 7/2=3 7%2=1
// -7/2=-3 -7%2=-1
// 7/-2=-3 7%-2=1
// -7/-2=3 -7%-2=-1
// 1000 1110 0110 0100
// -13 -12 12
// 01101001 00101100 00010010
// true -1 9223372036854775808
// -9 -1 -68
// 255 15 15 5 1000000 31
// 127 -128 65535 2147483647 -9223372036854775808
// 233 65 234 67
// int32 uint8
// true
// 0
