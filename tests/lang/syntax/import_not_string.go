// note: the compiler's message; `go build` reports the go command's own check first ("expected 'STRING', found 5").
// want: ./prog.go:5:8: syntax error: import path must be a string
package main

import 5

func main() {}
