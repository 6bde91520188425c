// Interfaces: implicit satisfaction, method sets of T and *T, embedded
// interfaces, empty interface (any), comparison, nil interfaces vs typed
// nil pointers, and interface values holding different dynamic types.
package main

import (
	"fmt"
	"math"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Namer interface{ Name() string }

type NamedShape interface {
	Shape
	Namer
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }

func (c *Circle) Area() float64      { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 { return 2 * math.Pi * c.R }
func (c *Circle) Name() string       { return "circle" }

type Animal interface{ Sound() string }
type Dog struct{}
type Cat struct{ name string }

func (Dog) Sound() string    { return "woof" }
func (c Cat) Sound() string  { return c.name + " says meow" }
func (c Cat) String() string { return "Cat(" + c.name + ")" }

type MyErr struct{}

func (*MyErr) Error() string { return "my error" }

func mayFail(fail bool) error {
	var p *MyErr // typed nil
	if fail {
		p = &MyErr{}
	}
	return p // never a nil interface!
}

func reallyMayFail(fail bool) error {
	if fail {
		return &MyErr{}
	}
	return nil
}

func describe(i interface{}) string {
	return fmt.Sprintf("(%v, %T)", i, i)
}

func main() {
	shapes := []Shape{Rect{3, 4}, &Circle{1}}
	for _, s := range shapes {
		fmt.Printf("%T %.2f %.2f\n", s, s.Area(), s.Perimeter())
	}
	var ns NamedShape = Rect{1, 2}
	fmt.Println(ns.Name(), ns.Area())
	var sh Shape = ns // a NamedShape is a Shape
	fmt.Println(sh.Perimeter())
	ns = &Circle{2}
	fmt.Println(ns.Name())

	// *Rect has Rect's methods too
	var sp Shape = &Rect{2, 2}
	fmt.Println(sp.Area())

	animals := []Animal{Dog{}, Cat{"tom"}}
	for _, a := range animals {
		fmt.Println(a.Sound(), a)
	}

	// the empty interface holds anything
	var anything interface{}
	fmt.Println(anything == nil, describe(anything))
	anything = 42
	fmt.Println(describe(anything))
	anything = "text"
	fmt.Println(describe(anything))
	anything = []int{1}
	fmt.Println(describe(anything))
	var a any = 3.5
	fmt.Println(describe(a))

	// interface comparison compares dynamic types and values
	var x, y interface{} = 1, 1
	fmt.Println(x == y, x == interface{}(int64(1)), x != "1")
	var s1, s2 Shape = Rect{1, 1}, Rect{1, 1}
	fmt.Println(s1 == s2)
	c := &Circle{1}
	var s3, s4 Shape = c, c
	fmt.Println(s3 == s4, s3 == Shape(&Circle{1}))

	// nil interface vs interface holding a nil pointer
	err := mayFail(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T\n", err)
	err = reallyMayFail(false)
	fmt.Println(err == nil)
	err = reallyMayFail(true)
	fmt.Println(err)
	var nilCircle *Circle
	var shape Shape = nilCircle
	fmt.Println(shape == nil, shape.(*Circle) == nil)

	// interfaces in maps
	registry := map[string]Animal{"d": Dog{}, "c": Cat{"kit"}}
	fmt.Println(registry["c"].Sound(), registry["x"] == nil)

	// interface holding a struct copies it
	r := Rect{1, 1}
	var held Shape = r
	r.W = 100
	fmt.Println(held.Area(), r.Area())

	// interface-typed values as map keys
	keys := map[interface{}]int{}
	keys[Rect{1, 2}] = 1
	keys[Rect{1, 2}]++
	keys[Dog{}] = 5
	fmt.Println(keys[Rect{1, 2}], keys[Dog{}], len(keys))

	// Stringer is used by Println for values and pointers
	cat := Cat{"felix"}
	fmt.Println(cat, &cat)
	fmt.Printf("%v %s %+v %d\n", cat, cat, cat, 12)
}

// Output:
// main.Rect 12.00 14.00
// *main.Circle 3.14 6.28
// rect 2
// 6
// circle
// 4
// woof {}
// tom says meow Cat(tom)
// true (<nil>, <nil>)
// (42, int)
// (text, string)
// ([1], []int)
// (3.5, float64)
// true false true
// true
// true false
// false true
// *main.MyErr
// true
// my error
// false true
// kit says meow true
// 1 100
// 2 5 2
// Cat(felix) Cat(felix)
// Cat(felix) Cat(felix) Cat(felix) 12
