// want: ./prog.go:4:10: syntax error: unexpected comma; expected ]
package main

type A [4,]int

func main() {}
