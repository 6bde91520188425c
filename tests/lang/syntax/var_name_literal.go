// want: ./prog.go:4:5: syntax error: unexpected literal 1, expected name
package main

var 1 int

func main() {}
