// want: ./prog.go:4:13: syntax error: ... is missing type
package main

func f(a ...) {}

func main() {}
