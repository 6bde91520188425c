// Generics are valid Go (1.18+), but the interpreter does not support them
// yet and must say so, in our wording rather than Go's, at each type
// parameter list. Nothing instantiates them, so no other line needs an
// error. The Go oracle does not check this directory (Go accepts it).
package main

import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U { // ERROR "generics are not supported yet"
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Stack[T any] struct { // ERROR "generics are not supported yet"
	items []T
}

func main() {
	fmt.Println("unreachable: the program does not compile")
}
