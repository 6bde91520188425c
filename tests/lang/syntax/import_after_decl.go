// note: Go 1.21+ accepts imports anywhere with this error; go1.19 said "non-declaration statement outside function body".
// want: ./prog.go:7:1: syntax error: imports must appear before other declarations
package main

var x = 1

import "fmt"

func main() { fmt.Println(x) }
