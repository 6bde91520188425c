// want: ./prog.go:9:14: syntax error: unexpected { at end of statement
// want: ./prog.go:11:1: syntax error: non-declaration statement outside function body
package main

type T struct{ a int }

func main() {
	x := T{}
	if x == T{} {
	}
}
