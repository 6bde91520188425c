// fmt.Formatter: Format methods get a fmt.State with the directive's width,
// precision and flags, come before Error and String, apply to nested values
// and map elements (not through unexported fields), and panic as Go reports.
package main

import (
	"errors"
	"fmt"
)

type T struct{ n int }

func (t T) Format(f fmt.State, verb rune) {
	w, wok := f.Width()
	p, pok := f.Precision()
	if !wok {
		w = -1 // Go leaves an absent width's value unspecified
	}
	if !pok {
		p = -1
	}
	fmt.Fprintf(f, "T<%c %d %v %d %v %v%v%v%v%v %T>", verb, w, wok, p, pok,
		f.Flag('-'), f.Flag('+'), f.Flag('#'), f.Flag(' '), f.Flag('0'), f)
}

type P struct{ s string }

func (p *P) Format(f fmt.State, verb rune) {
	if p.s == "boom" {
		panic(errors.New("format exploded"))
	}
	f.Write([]byte("P:" + p.s))
}

type Outer struct {
	A T
	b T
	C *P
}

type E struct{}

func (E) Error() string                      { return "E-error" }
func (E) Format(f fmt.State, c rune)         { fmt.Fprint(f, "E-format") }
func (E) String() string                     { return "E-string" }

func main() {
	t := T{1}
	fmt.Printf("%v|%+v|%#v|%-8.3x|% 05d|%s\n", t, t, t, t, t, t)
	fmt.Println(t, []T{{1}, {2}})
	fmt.Printf("%v %v\n", &P{"x"}, &P{"boom"})
	var np *P
	fmt.Printf("[%v] [%d]\n", np, np)
	fmt.Printf("%v\n", Outer{A: T{1}, b: T{2}, C: &P{"y"}})
	fmt.Printf("%+v\n", Outer{})
	fmt.Println(E{}, fmt.Sprintf("%s %q %v", E{}, E{}, error(E{})))
	fmt.Printf("%T %p\n", t, nil)
	m := map[string]T{"a": {1}}
	fmt.Println(m)
	err := fmt.Errorf("wrap: %w", E{})
	fmt.Println(err)
}

// Output:
// T<v -1 false -1 false falsefalsefalsefalsefalse *fmt.pp>|T<v -1 false -1 false falsetruefalsefalsefalse *fmt.pp>|T<v -1 false -1 false falsefalsetruefalsefalse *fmt.pp>|T<x 8 true 3 true truefalsefalsefalsefalse *fmt.pp>|T<d 5 true -1 false falsefalsefalsetruetrue *fmt.pp>|T<s -1 false -1 false falsefalsefalsefalsefalse *fmt.pp>
// T<v -1 false -1 false falsefalsefalsefalsefalse *fmt.pp> [T<v -1 false -1 false falsefalsefalsefalsefalse *fmt.pp> T<v -1 false -1 false falsefalsefalsefalsefalse *fmt.pp>]
// P:x %!v(PANIC=Format method: format exploded)
// [<nil>] [<nil>]
// {T<v -1 false -1 false falsefalsefalsefalsefalse *fmt.pp> {2} P:y}
// {A:T<v -1 false -1 false falsetruefalsefalsefalse *fmt.pp> b:{n:0} C:<nil>}
// E-format E-format E-format E-format
// main.T %!p(<nil>)
// map[a:T<v -1 false -1 false falsefalsefalsefalsefalse *fmt.pp>]
// wrap: E-format
