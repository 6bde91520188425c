// want: ./prog.go:9:7: goto inner jumps into block starting at ./prog.go:10:2
// want: ./prog.go:14:7: goto over jumps over declaration of a at ./prog.go:15:6
// want: ./prog.go:18:7: label missing not defined
package main

import "fmt"

func main() {
	goto inner
	{
	inner:
		fmt.Println()
	}
	goto over
	var a, b = 1, 2
over:
	fmt.Println(a, b)
	goto missing
	goto back
back:
	goto back
}
