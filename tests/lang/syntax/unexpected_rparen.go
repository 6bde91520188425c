// want: ./prog.go:5:14: syntax error: unexpected ) at end of statement
package main

func main() {
	x := (1 + 2))
	_ = x
}
