// want: ./prog.go:5:2: syntax error: unexpected literal 1, expected field name or embedded type
package main

type T struct {
	1 int
}

func main() {}
