// want: ./prog.go:6:1: syntax error: unexpected }, expected name
package main

func main() {
	goto
}
