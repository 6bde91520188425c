// want: ./prog.go:5:6: syntax error: unexpected func, expected name
package main

func main() {
	var func int
}
