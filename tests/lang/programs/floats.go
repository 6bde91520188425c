// Floating point and complex numbers: precision, printing with %v (shortest
// representation), conversions to and from integers, NaN and infinities.
package main

import (
	"fmt"
	"math"
)

func main() {
	a, b := 0.1, 0.2
	fmt.Println(a+b, a+b == 0.3)
	var f32 float32 = 0.1
	fmt.Println(f32, float64(f32), f32*3)
	fmt.Println(1.0, 2.5, 1e6, 1e20, 1e21, 1e-4, 1e-5, 123456789.0)
	fmt.Println(float32(1)/3, 1.0/3)
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(float32(math.MaxFloat32))

	// float -> int truncates toward zero
	for _, v := range []float64{2.9, -2.9, 0.5, -0.5, 1e9 + 0.75} {
		fmt.Println(v, int(v), int64(v), int32(v))
	}
	// int -> float
	n := 1<<53 + 1
	fmt.Println(float64(n) == float64(n-1), float32(16777217))
	fmt.Println(float64(7)/2, float64(7/2))

	// special values
	zero := 0.0
	posInf := 1 / zero
	negInf := -1 / zero
	nan := zero / zero
	fmt.Println(posInf, negInf, nan)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1)
	fmt.Println(posInf > math.MaxFloat64, negInf < -math.MaxFloat64)
	fmt.Println(math.IsNaN(nan), math.IsInf(posInf, 1), math.IsInf(negInf, 0))
	negZero := math.Copysign(0, -1)
	fmt.Println(negZero, negZero == 0, 1/negZero, math.Signbit(negZero))
	fmt.Println(posInf-posInf, posInf*0)

	// arithmetic
	x := 10.0
	x /= 4
	x *= 3
	x -= 0.5
	fmt.Println(x)
	fmt.Println(math.Mod(7.5, 2), -7.5/2)
	var small float32 = 1e-45
	fmt.Println(small, small/2)
	fmt.Println(float32(0.1)+float32(0.2), float32(0.3))

	// complex numbers
	c := complex(1, 2)
	d := 3 - 4i
	fmt.Println(c, d, c+d, c*d, c/d)
	fmt.Println(real(c*d), imag(c*d))
	fmt.Printf("%T %T\n", c, complex64(c))
	fmt.Println(c == complex(1, 2), d != d)
	var c64 complex64 = 1.5 + 0.5i
	fmt.Println(c64, real(c64))
	fmt.Println(complex(math.Inf(1), math.NaN()))
}

// Output:
// 0.30000000000000004 false
// 0.1 0.10000000149011612 0.3
// 1 2.5 1e+06 1e+20 1e+21 0.0001 1e-05 1.23456789e+08
// 0.33333334 0.3333333333333333
// 1.7976931348623157e+308 5e-324
// 3.4028235e+38
// 2.9 2 2 2
// -2.9 -2 -2 -2
// 0.5 0 0 0
// -0.5 0 0 0
// 1.00000000075e+09 1000000000 1000000000 1000000000
// true 1.6777216e+07
// 3.5 3
// +Inf -Inf NaN
// false true false false
// true true
// true true true
// -0 true -Inf true
// NaN NaN
// 7
// 1.5 -3.75
// 1e-45 0
// 0.3 0.3
// (1+2i) (3-4i) (4-2i) (11+2i) (-0.2+0.4i)
// 11 2
// complex128 complex64
// true false
// (1.5+0.5i) 1.5
// (+Inf+NaNi)
