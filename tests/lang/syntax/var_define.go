// want: ./prog.go:4:7: syntax error: unexpected :=, expected =
package main

var x := 1

func main() {}
