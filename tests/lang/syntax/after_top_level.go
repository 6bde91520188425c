// want: ./prog.go:4:16: syntax error: unexpected x after top level declaration
package main

func main() {} x
