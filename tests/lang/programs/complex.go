// complex64 and complex128 values: arithmetic (Go's complex division, by zero
// too), named complex types, conversions, complex/real/imag, equality, map
// keys, interfaces, struct fields, ++, and their printing by fmt and println.
package main

import "fmt"

type C complex64

func main() {
	a := complex(1.5, -2)
	b := 3 + 4i
	fmt.Println(a+b, a-b, a*b, a/b, -a, a == b, a != b)
	var z complex128
	fmt.Println(a/z, z/z, real(a), imag(b))
	var c C = C(a)
	c *= 2
	c++
	fmt.Println(c, complex64(b)/complex64(a))
	fmt.Printf("%v %.2f %T %T\n", c, b, c, b)
	println(a, c)
	m := map[complex128]int{1i: 1, 2: 2}
	m[1i]++
	fmt.Println(m[1i], m[2], len(m))
	x := []complex64{1, 2i, 3 + 3i}
	s := complex64(0)
	for _, v := range x {
		s += v * v
	}
	fmt.Println(s, x)
	var i interface{} = a
	fmt.Println(i == a, i)
	type P struct{ z complex128; n int }
	p := P{1 + 1i, 2}
	p.z = complex(imag(p.z), real(p.z)+1)
	fmt.Println(p, p == P{1 + 2i, 2})
	const k = 1 + 2i
	var f float64 = real(k)
	fmt.Println(f, k*k)
}

// Stderr: (+1.500000e+000-2.000000e+000i) (+4.000000e+000-4.000000e+000i)
// Output:
// (4.5+2i) (-1.5-6i) (12.5+0i) (-0.14-0.48i) (-1.5+2i) false true
// (+Inf-Infi) (NaN+NaNi) 1.5 4
// (4-4i) (-0.56+1.92i)
// (4-4i) (3.00+4.00i) main.C complex128
// 2 2 2
// (-3+18i) [(1+0i) (0+2i) (3+3i)]
// true (1.5-2i)
// {(1+2i) 2} true
// 1 (-3+4i)
