// want: ./prog.go:6:6: syntax error: unexpected main, expected (
package main

var c chan

func main() {}
