// note: Go 1.20+ parenthesizes only binary operands (emphasize); go1.19 printed "(x) = (1)".
// want: ./prog.go:7:7: syntax error: cannot use assignment x = 1 as value
package main

func main() {
	x := 0
	if x = 1 {
	}
}
