// note: Go 1.20+ parenthesizes only binary operands (emphasize); go1.19 printed "(x) = (y + 1)".
// want: ./prog.go:7:7: syntax error: cannot use assignment x = (y + 1) as value
package main

func main() {
	x, y := 0, 1
	if x = y + 1 {
	}
}
