// Undefined names, fields, methods and package members.
package main

import "fmt"

type T struct {
	Name string
}

func (t T) Hello() string { return "hi " + t.Name }

func main() {
	fmt.Println(x)  // ERROR "undefined: x"
	undefinedFunc() // ERROR "undefined: undefinedFunc"
	t := T{}
	fmt.Println(t.Age) // ERROR "t.Age undefined (type T has no field or method Age)"
	t.Goodbye()        // ERROR "t.Goodbye undefined (type T has no field or method Goodbye)"
	p := &t
	fmt.Println(p.name) // ERROR "p.name undefined (type *T has no field or method name"
	fmt.Printline("x")  // ERROR "undefined: fmt.Printline"
	var u UnknownType   // ERROR "undefined: UnknownType"
	_ = u
	fmt.Println(t.Hello())
}
