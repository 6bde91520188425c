// The math package: rounding functions, powers and roots, trigonometry
// (printed with limited precision), special values, integer limits.
package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{2.5, -2.5, 3.7, -3.2, 0.5, -0.5} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x))
	}
	fmt.Println(math.Sqrt(2), math.Sqrt(144), math.Cbrt(27), math.Sqrt(-1))
	fmt.Println(math.Pow(2, 10), math.Pow(2, -1), math.Pow(0, 0), math.Pow(-8, 1.0/3), math.Pow10(3))
	fmt.Println(math.Abs(-3.5), math.Max(3, 7), math.Min(3, 7), math.Max(math.NaN(), 1), math.Min(-0.0, 0))
	fmt.Println(math.Mod(10, 3), math.Mod(-10, 3), math.Remainder(10, 3), math.Hypot(3, 4))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Tan(math.Pi/4), math.Atan2(1, 1))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Asin(1), math.Acos(0), math.Atan(1), math.Sinh(1))
	fmt.Printf("%.6f %.6f %.6f %.6f %.6f\n", math.Exp(1), math.Log(math.E), math.Log2(8), math.Log10(1000), math.Log1p(0))
	fmt.Println(math.Log(0), math.Log(-1), math.Exp(1000), math.Inf(1)-math.Inf(1))
	fmt.Println(math.IsInf(math.Inf(-1), -1), math.IsNaN(math.NaN()), math.Signbit(-1), math.Copysign(3, -1))
	frac, exp := math.Frexp(8)
	ip, fp := math.Modf(3.25)
	fmt.Println(frac, exp, ip, fp, math.Ldexp(0.5, 4))
	fmt.Println(math.MaxInt8, math.MaxInt16, math.MaxInt32, math.MaxInt64, uint64(math.MaxUint64), math.MinInt32)
	fmt.Println(math.MaxInt, math.MinInt)
	fmt.Println(math.Float64bits(1.0), math.Float64frombits(0x4000000000000000), math.Float32bits(1))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5), math.Gamma(5), math.Erf(0))
	fmt.Printf("%.5f %.5f\n", math.Pi, math.Sqrt2)
	// integer square root by Newton's method vs math.Sqrt
	n := 1 << 40
	r := n
	for r*r > n {
		r = (r + n/r) / 2
	}
	fmt.Println(r, int(math.Sqrt(float64(n))))
}

// Output:
// 2.5 2 3 2 3 2
// -2.5 -3 -2 -2 -3 -2
// 3.7 3 4 3 4 4
// -3.2 -4 -3 -3 -3 -3
// 0.5 0 1 0 1 0
// -0.5 -1 -0 -0 -1 -0
// 1.4142135623730951 12 3 NaN
// 1024 0.5 1 NaN 1000
// 3.5 7 3 NaN 0
// 1 -1 1 5
// 0.5000 0.5000 1.0000 0.7854
// 1.5708 1.5708 0.7854 1.1752
// 2.718282 1.000000 3.000000 3.000000 0.000000
// -Inf NaN +Inf NaN
// true true true -3
// 0.5 4 3 0.25 8
// 127 32767 2147483647 9223372036854775807 18446744073709551615 -2147483648
// 9223372036854775807 -9223372036854775808
// 4607182418800017408 2 1065353216
// 2 0 24 0
// 3.14159 1.41421
// 1099511627776 1048576
