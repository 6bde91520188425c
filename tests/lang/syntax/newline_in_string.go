// want: ./prog.go:9:20: newline in string
// want: ./prog.go:9:20: syntax error: unexpected newline in argument list; possibly missing comma or )
// want: ./prog.go:10:9: newline in string
package main

import "fmt"

func main() {
	fmt.Println("hello
	world")
}
