// want: ./prog.go:7:9: syntax error: cannot parenthesize type in composite literal
package main

type T struct{ a int }

func main() {
	_ = (T){1}
}
