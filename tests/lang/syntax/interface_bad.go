// want: ./prog.go:6:2: syntax error: unexpected literal 1, expected ~ term or type
package main

type I interface {
	m()
	1
}

func main() {}
