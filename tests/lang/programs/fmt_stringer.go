// fmt and methods: Stringer, error (which wins over String), GoStringer for
// %#v, Formatter, pointer-receiver String methods, nil receivers, and a
// String method that panics.
package main

import (
	"errors"
	"fmt"
	"strings"
)

type Color int

const (
	Red Color = iota
	Green
)

func (c Color) String() string {
	switch c {
	case Red:
		return "Red"
	case Green:
		return "Green"
	}
	return fmt.Sprintf("Color(%d)", int(c))
}

type Both struct{}

func (Both) String() string { return "from String" }
func (Both) Error() string  { return "from Error" }

type PtrStringer struct{ n int }

func (p *PtrStringer) String() string { return fmt.Sprintf("Ptr<%d>", p.n) }

type Go struct{ v int }

func (g Go) GoString() string { return fmt.Sprintf("Go(%d)", g.v) }
func (g Go) String() string   { return "go-string" }

type Money struct{ cents int64 }

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "USD ")
		}
		fmt.Fprintf(f, "$%d.%02d", m.cents/100, m.cents%100)
	case 'd':
		fmt.Fprintf(f, "%d", m.cents)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
	if w, ok := f.Width(); ok {
		fmt.Fprintf(f, "[w=%d]", w)
	}
}

type Node struct {
	Name string
	Kids []*Node
}

func (n *Node) String() string {
	if n == nil {
		return "nil-node"
	}
	var parts []string
	for _, k := range n.Kids {
		parts = append(parts, k.String())
	}
	return n.Name + "(" + strings.Join(parts, ",") + ")"
}

type Bad struct{}

func (Bad) String() string { panic("oops") }

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	fmt.Println(Red, Green, Color(7))
	fmt.Printf("%v %s %d %q %x %5v\n", Green, Green, Green, Green, Green, Red)
	fmt.Println([]Color{Red, Green}, map[Color]int{Green: 1, Red: 2})
	fmt.Printf("%v %+v\n", struct{ C Color }{Green}, struct{ C Color }{Red})

	fmt.Println(Both{})
	fmt.Printf("%v %s\n", Both{}, Both{})
	var e error = Both{}
	fmt.Println(e)

	ps := PtrStringer{3}
	fmt.Println(&ps, ps) // the value does not have the pointer's String method
	fmt.Printf("%v %+v\n", &ps, ps)

	fmt.Printf("%v %#v %+v\n", Go{1}, Go{2}, Go{3})
	fmt.Printf("%#v\n", []Go{{4}})

	m := Money{12345}
	fmt.Println(m)
	fmt.Printf("%v|%+v|%d|%x|%8v\n", m, m, m, m, m)

	tree := &Node{"root", []*Node{{"a", nil}, {"b", []*Node{{"c", nil}}}}}
	fmt.Println(tree)
	var nilNode *Node
	fmt.Println(nilNode) // the method handles a nil receiver
	fmt.Printf("%s|%v\n", nilNode, []*Node{nil, {"x", nil}})

	fmt.Println(Bad{})
	fmt.Printf("[%s]\n", Bad{})

	fmt.Println(Temp(21.55), []Temp{1, 2.25})
	fmt.Printf("%.2f %v %s\n", Temp(1.5), Temp(-3), Temp(0))

	wrapped := fmt.Errorf("wrap: %w", errors.New("inner"))
	fmt.Printf("%v|%s|%q|%x\n", wrapped, wrapped, wrapped, errors.New("hi"))
	fmt.Println(fmt.Sprint(Green) + "!")
}

// Output:
// Red Green Color(7)
// Green Green 1 "Green" 477265656e   Red
// [Red Green] map[Red:2 Green:1]
// {Green} {C:Red}
// from Error
// from Error from Error
// from Error
// Ptr<3> {3}
// Ptr<3> {n:3}
// go-string Go(2) go-string
// []main.Go{Go(4)}
// $123.45
// $123.45|USD $123.45|12345|%!x(Money)|$123.45[w=8]
// root(a(),b(c()))
// nil-node
// nil-node|[nil-node x()]
// %!v(PANIC=String method: oops)
// [%!s(PANIC=String method: oops)]
// 21.6°C [1.0°C 2.2°C]
// 1.50 -3.0°C 0.0°C
// wrap: inner|wrap: inner|"wrap: inner"|6869
// Green!
