// want: ./prog.go:7:3: syntax error: missing statement after label
package main

func main() {
	switch {
	case true:
	L:
	default:
	}
}
