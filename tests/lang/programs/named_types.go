// Named types, type definitions vs aliases, conversions between named types
// with the same underlying type, untyped constant default types, and
// assignability rules at run time.
package main

import "fmt"

type Meters float64
type Feet float64
type ID int
type Alias = int
type StrList []string
type Handler func(string) string
type Pair [2]int

func (m Meters) ToFeet() Feet { return Feet(m * 3.28084) }
func (l StrList) First() string {
	if len(l) == 0 {
		return ""
	}
	return l[0]
}

func main() {
	m := Meters(100)
	f := m.ToFeet()
	fmt.Printf("%.2f %T\n", f, f)
	fmt.Printf("%T %T\n", Meters(1)+2, 2*m) // untyped constants take the named type

	var id ID = 7
	var n int = int(id) + 1
	var al Alias = n // an alias is the same type
	fmt.Printf("%T %T %T %v\n", id, n, al, al)

	var plain []string = []string{"a", "b"}
	var named StrList = plain // assignable: identical underlying types, one is unnamed
	fmt.Println(named.First(), StrList(nil).First() == "")
	back := []string(named)
	fmt.Println(len(back))

	var h Handler = func(s string) string { return s + "!" }
	fmt.Println(h("hi"))
	var fn func(string) string = h
	fmt.Println(fn("yo"))

	p := Pair{1, 2}
	arr := [2]int(p)
	fmt.Println(arr, Pair(arr) == p)

	// conversions between numeric types
	var i8 int8 = -1
	var u8 = uint8(i8)
	var f32 = float32(u8) / 2
	var c128 = complex(float64(f32), 1)
	fmt.Println(u8, f32, c128)

	// string conversions of named types
	type Name string
	nm := Name("gopher")
	fmt.Println(string(nm)+"s", len(nm), nm[0], []byte(nm)[1])

	// struct conversion ignoring tags, between identical field sets
	type A struct {
		X int `json:"x"`
	}
	type B struct{ X int }
	a := A{5}
	b := B(a)
	fmt.Println(b.X)

	// default types of untyped constants in interfaces
	var values []interface{}
	values = append(values, 1, 2.0, 'c', "s", 1+2i, true, 1<<10, 7.0/2)
	for _, v := range values {
		fmt.Printf("%T=%v;", v, v)
	}
	fmt.Println()

	// pointer conversion between named pointer types with same base
	type IntPtr *int
	x := 5
	var ip IntPtr = &x
	*ip = 6
	fmt.Println(x)
}

// Output:
// 328.08 main.Feet
// main.Meters main.Meters
// main.ID int int 8
// a true
// 2
// hi!
// yo!
// [1 2] true
// 255 127.5 (127.5+1i)
// gophers 6 103 111
// 5
// int=1;float64=2;int32=99;string=s;complex128=(1+2i);bool=true;int=1024;float64=3.5;
// 6
