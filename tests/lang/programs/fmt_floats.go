// fmt verbs for floating-point and complex numbers: %v %e %E %f %F %g %G %x
// with widths, precisions and flags, and special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	f := 3.14159265
	fmt.Printf("%v|%e|%E|%f|%F|%g|%G\n", f, f, f, f, f, f, f)
	fmt.Printf("%.2f|%.0f|%.3e|%.3g|%10.3f|%-10.3f|%010.3f|%+.2f|% .2f\n", f, f, f, f, f, f, f, f, f)
	fmt.Printf("%g|%g|%g|%g|%g|%g\n", 1e6, 1e21, 1e-4, 1e-5, 100000.0, 123456789.0)
	fmt.Printf("%v|%v|%v|%v\n", 1e20, 1e21, 0.000001, 0.0000001)
	fmt.Printf("%e|%f|%g\n", 0.0, 0.0, 0.0)
	fmt.Printf("%.0f|%.0f|%.0f|%.0f|%.1f|%.1f\n", 0.5, 1.5, 2.5, -0.5, 0.25, 0.35)
	fmt.Printf("%#g|%#.3g|%#.0f|%#e\n", 1.0, 2.0, 3.0, 1.0)
	fmt.Printf("%5.1f|%-8.2e|%08.2f|%+08.2f|%x|%X\n", -2.25, 12345.678, -3.14159, 3.14159, 1.0, 0.5)
	inf, nan := math.Inf(1), math.NaN()
	fmt.Printf("%v|%v|%v|%f|%5.2f|%+v|%e|%08.2f\n", inf, math.Inf(-1), nan, inf, nan, inf, math.Inf(-1), inf)
	fmt.Printf("%v|%.3v|%10.4v|\n", 2.0/3, 2.0/3, 2.0/3)
	var f32 float32 = 1.1
	fmt.Printf("%v|%g|%.10f|%v\n", f32, f32, f32, float64(f32))
	fmt.Printf("%v|%.2f|%e|%+.1f\n", 3+4i, 1.255-2i, complex(0, 1), complex(-1.25, 2.5))
	fmt.Printf("%v|%v\n", complex64(1.5+2.5i), complex(math.Inf(1), -0.0))
	fmt.Printf("%.3g|%.10g|%g|%G\n", 1234567.0, 1234567.0, 1e-7, 1e-7)
	fmt.Printf("%6.2f%%|%3.0f%%\n", 99.5, 12.4)
	fmt.Println(1e100, 123456789012345678.0, 0.1+0.7, float32(16777216.0), float32(0.1))
	fmt.Println(math.Pi, float32(math.Pi), -0.0, math.Copysign(0, -1))
	fmt.Printf("%v %v %v\n", math.MaxFloat32, math.MaxInt64, uint64(math.MaxUint64))
	fmt.Printf("%T %T %T\n", 1.5, float32(1.5), 2i)
	fmt.Printf("%.2f %.2f %.2f\n", 2.675, 1.005, 0.125)
	fmt.Printf("%8.3e|%-12g|%12G|\n", 123456.789, 0.000012345, 1e-10)
}

// Output:
// 3.14159265|3.141593e+00|3.141593E+00|3.141593|3.141593|3.14159265|3.14159265
// 3.14|3|3.142e+00|3.14|     3.142|3.142     |000003.142|+3.14| 3.14
// 1e+06|1e+21|0.0001|1e-05|100000|1.23456789e+08
// 1e+20|1e+21|1e-06|1e-07
// 0.000000e+00|0.000000|0
// 0|2|2|-0|0.2|0.3
// 1.00000|2.00|3.|1.000000e+00
//  -2.2|1.23e+04|-0003.14|+0003.14|0x1p+00|0X1P-01
// +Inf|-Inf|NaN|+Inf|  NaN|+Inf|-Inf|    +Inf
// 0.6666666666666666|0.667|    0.6667|
// 1.1|1.1|1.1000000238|1.100000023841858
// (3+4i)|(1.25-2.00i)|(0.000000e+00+1.000000e+00i)|(-1.2+2.5i)
// (1.5+2.5i)|(+Inf+0i)
// 1.23e+06|1234567|1e-07|1E-07
//  99.50%| 12%
// 1e+100 1.2345678901234568e+17 0.8 1.6777216e+07 0.1
// 3.141592653589793 3.1415927 0 -0
// 3.4028234663852886e+38 9223372036854775807 18446744073709551615
// float64 float32 complex128
// 2.67 1.00 0.12
// 1.235e+05|1.2345e-05  |       1E-10|
