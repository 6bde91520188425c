// want: ./prog.go:4:9: syntax error: unexpected :=, expected =
package main

const c := 1

func main() {}
