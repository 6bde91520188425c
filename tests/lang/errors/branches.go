// Branch statement errors, which Go reports while parsing (before type
// checking, so they live in their own file): break and continue outside a
// loop, unused labels, goto into a block or over a declaration.
package main

import "fmt"

func main() {
	break // ERROR "break is not in a loop, switch, or select"
	if true {
		continue // ERROR "continue is not in a loop"
	}
unused: // ERROR "label unused defined and not used"
	for i := 0; i < 2; i++ {
		fmt.Println(i)
	}
	goto skip // ERROR "goto skip jumps over"
	v := 3
skip:
	fmt.Println(v)
	for {
		continue missing // ERROR "continue label not defined: missing"
	}
}
