// Constants: iota patterns, typed and untyped constants, exact constant
// arithmetic, shifts and the default types of untyped constants.
package main

import "fmt"

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type ByteSize float64

const (
	_           = iota // skip the zero value
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
)

const (
	A, B = iota, iota * 10 // both on the same line share iota
	C, D
	E, F
)

const (
	x0 = iota * iota
	_
	x2
	x3 = "three"
	x4
	x5 = iota + 100
)

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
)

const (
	Big         = 1 << 100
	Small       = Big >> 99
	Pi          = 3.14159265358979323846264338327950288419716939937510582097494459
	Third       = 1.0 / 3
	Huge        = 1e300 * 1e300 / 1e300 // exact: intermediate values may exceed float64
	Str         = "go" + "pher"
	Len         = len(Str)
	Ch          = 'a' + 1
	Typed int64 = 1 << 40
)

func main() {
	fmt.Println(Sunday, Wednesday, Saturday)
	fmt.Println(int(Monday), int(Saturday))
	fmt.Printf("%v %d %T\n", Friday, Friday, Friday)
	fmt.Println(KB, MB, GB)
	fmt.Println(A, B, C, D, E, F)
	fmt.Println(x0, x2, x3, x4, x5)
	fmt.Println(FlagRead, FlagWrite, FlagExec, FlagRead|FlagExec)
	fmt.Printf("%03b\n", FlagWrite|FlagExec)
	fmt.Println(Small)
	fmt.Println(Big/(1<<98) == 4)
	fmt.Println(float32(Pi), Pi)
	fmt.Println(Third*3 == 1)
	fmt.Println(Huge)
	fmt.Println(Str, Len)
	fmt.Println(Ch, string(rune(Ch)))
	fmt.Printf("%T %v\n", Typed, Typed)
	fmt.Printf("%T %T %T %T %T %T\n", 1, 1.5, 'x', "s", true, 2i)
	const c = 10
	var f float64 = c / 4 // untyped integer division, then converted
	var g float64 = c / 4.0
	fmt.Println(f, g)
	var i8 int8 = c * 12
	fmt.Println(i8)
	const shifted = 1 << 62
	fmt.Println(shifted, uint64(shifted)<<1)
	var s uint = 3
	fmt.Println(1<<s, int8(1)<<s, int64(-8)>>1)
	const mask = ^uint8(0)
	fmt.Println(mask, ^0, -7/2, -7%2, 7>>1)
	fmt.Println(len([3]int{}), cap([5]string{}))
	const typedFloat float32 = 0.1
	fmt.Println(typedFloat, float64(typedFloat) == 0.1)
	fmt.Println(1e3, 1e21, 100000000.0, 1e-5, 0.000123)
}

// Output:
// Sun Wed Sat
// 1 6
// Fri 5 main.Weekday
// 1024 1.048576e+06 1.073741824e+09
// 0 0 1 10 2 20
// 0 4 three three 105
// 1 2 4 5
// 110
// 2
// true
// 3.1415927 3.141592653589793
// true
// 1e+300
// gopher 6
// 98 b
// int64 1099511627776
// int float64 int32 string bool complex128
// 2 2.5
// 120
// 4611686018427387904 9223372036854775808
// 8 8 -4
// 255 -1 -3 -1 3
// 3 5
// 0.1 false
// 1000 1e+21 1e+08 1e-05 0.000123
