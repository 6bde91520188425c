// want: ./prog.go:5:2: syntax error: cannot parenthesize embedded type
package main

type T struct {
	(int)
}

func main() {}
