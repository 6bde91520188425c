// want: ./prog.go:7:5: syntax error: unexpected literal .1 at end of statement
package main

import "fmt"

func main() {
	fmt.1
}
