// want: ./prog.go:9:2: syntax error: unexpected else, expected }
package main

func main() {
	x := 1
	if x > 0 {
		x++
	}
	else {
		x--
	}
}
