// want: ./prog.go:4:7: syntax error: unexpected newline in type declaration
package main

type T

func main() {}
