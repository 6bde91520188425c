// want: ./prog.go:6:6: syntax error: unexpected newline, expected := or = or comma
package main

func main() {
	a, b := 1, 2
	a, b
}
