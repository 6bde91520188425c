// note: go build also prints the type checker's "undefined: “hi”" (lexical errors are not syntax errors, so checking goes on).
// want: ./prog.go:9:14: invalid character U+201C '“' in identifier
// want: ./prog.go:9:19: invalid character U+201D '”' in identifier
package main

import "fmt"

func main() {
	fmt.Println(“hi”)
}
