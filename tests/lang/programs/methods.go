// Methods: value and pointer receivers, automatic & and *, methods on
// non-struct types, method values (receiver bound at evaluation) and method
// expressions.
package main

import (
	"fmt"
	"strings"
)

type Counter struct {
	name string
	n    int
}

func (c Counter) Get() int       { return c.n }
func (c *Counter) Inc()          { c.n++ }
func (c Counter) IncCopy()       { c.n++ }
func (c *Counter) Add(d int)     { c.n += d }
func (c Counter) String() string { return fmt.Sprintf("%s=%d", c.name, c.n) }

type Celsius float64
type Fahrenheit float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Words map[string]int

func (w Words) Add(s string) {
	for _, f := range strings.Fields(s) {
		w[f]++
	}
}

type Op func(int) int

func (o Op) Twice(x int) int { return o(o(x)) }

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) Walk(visit func(int)) {
	if t == nil {
		return
	}
	t.Left.Walk(visit)
	visit(t.Val)
	t.Right.Walk(visit)
}

func main() {
	c := Counter{name: "c"}
	c.Inc() // (&c).Inc()
	c.Inc()
	c.IncCopy() // operates on a copy
	fmt.Println(c.Get(), c)
	pc := &c
	pc.Add(10)
	fmt.Println(pc.Get(), (*pc).Get(), pc) // pointer: String via value method

	temp := Celsius(100)
	fmt.Println(temp.ToF(), Fahrenheit(212).ToC(), Celsius(-40).ToF())
	fmt.Printf("%.1f %T\n", temp.ToF(), temp.ToF())

	var l IntList
	l.Push(1)
	l.Push(2)
	l.Push(3)
	fmt.Println(l, l.Sum(), len(l))

	w := Words{}
	w.Add("a b a c a")
	fmt.Println(w)

	double := Op(func(x int) int { return x * 2 })
	fmt.Println(double.Twice(3))

	// method values bind the receiver when evaluated
	c2 := Counter{name: "v", n: 1}
	get := c2.Get // copies c2 now
	inc := c2.Inc // binds &c2
	inc()
	inc()
	fmt.Println(get(), c2.Get())

	// method expressions take the receiver as the first argument
	getExpr := Counter.Get
	incExpr := (*Counter).Inc
	incExpr(&c2)
	fmt.Println(getExpr(c2))
	fmt.Println((*Counter).Get(&c2)) // value method via pointer type
	strFn := Counter.String
	fmt.Println(strFn(Counter{"e", 5}))

	// methods on nil pointer receivers
	var root *Tree
	for _, v := range []int{5, 3, 8, 1, 4, 9} {
		root = root.Insert(v)
	}
	var out []int
	root.Walk(func(v int) { out = append(out, v) })
	fmt.Println(out)

	// method values stored in a slice
	counters := []*Counter{{name: "a"}, {name: "b"}}
	var incs []func()
	for _, pc := range counters {
		incs = append(incs, pc.Inc)
	}
	for _, f := range incs {
		f()
		f()
	}
	fmt.Println(counters[0], counters[1])

	// method value from a value in a map (copy)
	m := map[string]Counter{"k": {name: "k", n: 3}}
	fmt.Println(m["k"].Get(), m["k"].String())
}

// Output:
// 2 c=2
// 12 12 c=12
// 212 100 -40
// 212.0 main.Fahrenheit
// [1 2 3] 6 3
// map[a:3 b:1 c:1]
// 12
// 1 3
// 4
// 4
// e=5
// [1 3 4 5 8 9]
// a=2 b=2
// 3 k=3
