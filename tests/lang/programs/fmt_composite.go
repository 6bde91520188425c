// fmt on composite values: %v, %+v, %#v and %T of structs, nested structs,
// slices, arrays, maps, interfaces, nil values and named types.
package main

import "fmt"

type Point struct {
	X, Y int
}

type Line struct {
	From, To Point
	Label    string
	tags     []string
}

type Celsius float64
type Names []string
type Lookup map[string]int

type Shape interface{ Area() float64 }

type Wrapper struct {
	Any   interface{}
	Shape Shape
	Ptr   *Point
	Fn    func()
	Ch    chan int
	M     map[string]int
	S     []int
	E     error
}

func main() {
	p := Point{1, 2}
	l := Line{p, Point{3, 4}, "diag", []string{"a"}}
	fmt.Printf("%v\n%+v\n%#v\n%T\n", p, p, p, p)
	fmt.Printf("%v\n%+v\n%#v\n", l, l, l)
	fmt.Printf("%v %+v\n", &p, &l) // pointers to structs print as &{...}
	fmt.Printf("%v %#v %T\n", []int{1, 2}, []int{1, 2}, []int{})
	fmt.Printf("%v %#v %T\n", [2]string{"a", "b"}, [2]string{"a", "b"}, [2]string{})
	fmt.Printf("%v %#v\n", map[string]int{"b": 2, "a": 1}, map[string]bool{"t": true})
	fmt.Printf("%v %#v %T\n", Celsius(36.6), Celsius(36.6), Celsius(0))
	fmt.Printf("%v %#v %T\n", Names{"x"}, Names{"x"}, Names{})
	fmt.Printf("%v %#v %T\n", Lookup{"k": 1}, Lookup{"k": 1}, Lookup{})
	fmt.Printf("%#v %#v %#v %#v %#v\n", 42, "str", 'r', 3.0, true)
	fmt.Printf("%#v %#v %#v %#v\n", uint8(7), int64(-3), 1e21, 1.5)
	fmt.Printf("%#v %#v\n", []interface{}{1, "a", nil}, struct{ A, b int }{1, 2})
	fmt.Printf("%v|%+v\n", Wrapper{}, Wrapper{})
	fmt.Printf("%#v\n", Wrapper{S: []int{}, M: map[string]int{}})
	var nilSlice []int
	var nilMap map[string]int
	var nilPtr *Point
	var nilIface interface{}
	var nilErr error
	fmt.Printf("%v %v %v %v %v\n", nilSlice, nilMap, nilPtr, nilIface, nilErr)
	fmt.Printf("%#v %#v %#v %#v\n", nilSlice, nilMap, nilPtr, nilIface)
	fmt.Printf("%T %T %T %T %T\n", nilSlice, nilMap, nilPtr, nilIface, nilErr)
	fmt.Printf("%d %s\n", nilSlice, nilMap)
	fmt.Printf("%T %T %T %T\n", main, fmt.Println, func(int) string { return "" }, make(chan<- bool))
	fmt.Printf("%T %T %T\n", struct{}{}, struct {
		A int
		B []string
	}{}, [][]map[int]*Point{})
	fmt.Printf("%v %+v\n", []Point{{1, 2}, {3, 4}}, []*Point{})
	fmt.Printf("%v %+v\n", map[Point]string{{1, 2}: "a"}, map[string]Point{"k": {5, 6}})
	fmt.Printf("%v\n", [][]int{{1}, {2, 3}, nil})
	fmt.Printf("%v %v\n", struct{}{}, [0]int{})
	fmt.Printf("%5v|%-5v|%05v\n", []int{1, 2}, p, []int{3})
	fmt.Printf("%x %X %o\n", []int{10, 255}, Point{10, 11}, [2]int{8, 9})
	fmt.Printf("%.1f %6.2f\n", []float64{1.25, 2.75}, struct{ X, Y float64 }{1, 2.5})
	fmt.Printf("%q %q\n", []string{"a b", "c"}, map[string]string{"k": "v"})
	type inner struct{ V interface{} }
	fmt.Printf("%v %+v %#v\n", inner{5}, inner{"s"}, inner{nil})
	fmt.Println(p, &p, l, []Point{p}, map[int]Point{1: p})
}

// Output:
// {1 2}
// {X:1 Y:2}
// main.Point{X:1, Y:2}
// main.Point
// {{1 2} {3 4} diag [a]}
// {From:{X:1 Y:2} To:{X:3 Y:4} Label:diag tags:[a]}
// main.Line{From:main.Point{X:1, Y:2}, To:main.Point{X:3, Y:4}, Label:"diag", tags:[]string{"a"}}
// &{1 2} &{From:{X:1 Y:2} To:{X:3 Y:4} Label:diag tags:[a]}
// [1 2] []int{1, 2} []int
// [a b] [2]string{"a", "b"} [2]string
// map[a:1 b:2] map[string]bool{"t":true}
// 36.6 36.6 main.Celsius
// [x] main.Names{"x"} main.Names
// map[k:1] main.Lookup{"k":1} main.Lookup
// 42 "str" 114 3 true
// 0x7 -3 1e+21 1.5
// []interface {}{1, "a", interface {}(nil)} struct { A int; b int }{A:1, b:2}
// {<nil> <nil> <nil> <nil> <nil> map[] [] <nil>}|{Any:<nil> Shape:<nil> Ptr:<nil> Fn:<nil> Ch:<nil> M:map[] S:[] E:<nil>}
// main.Wrapper{Any:interface {}(nil), Shape:main.Shape(nil), Ptr:(*main.Point)(nil), Fn:(func())(nil), Ch:(chan int)(nil), M:map[string]int{}, S:[]int{}, E:error(nil)}
// [] map[] <nil> <nil> <nil>
// []int(nil) map[string]int(nil) (*main.Point)(nil) <nil>
// []int map[string]int *main.Point <nil> <nil>
// [] map[]
// func() func(...interface {}) (int, error) func(int) string chan<- bool
// struct {} struct { A int; B []string } [][]map[int]*main.Point
// [{1 2} {3 4}] []
// map[{1 2}:a] map[k:{X:5 Y:6}]
// [[1] [2 3] []]
// {} []
// [    1     2]|{1     2    }|[00003]
// [a ff] {A B} [10 11]
// [1.2 2.8] {  1.00   2.50}
// ["a b" "c"] map["k":"v"]
// {5} {V:s} main.inner{V:interface {}(nil)}
// {1 2} &{1 2} {{1 2} {3 4} diag [a]} [{1 2}] map[1:{1 2}]
