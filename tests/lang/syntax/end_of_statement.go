// want: ./prog.go:7:19: syntax error: unexpected fmt at end of statement
package main

import "fmt"

func main() {
	fmt.Println("a") fmt.Println("b")
}
