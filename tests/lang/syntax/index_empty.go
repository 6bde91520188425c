// want: ./prog.go:6:8: syntax error: unexpected ], expected operand
package main

func main() {
	s := []int{}
	_ = s[]
}
