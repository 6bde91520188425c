// Syntax errors, in the wording of the compiler's parser
// (cmd/compile/internal/syntax). Go reports every syntax error it can
// recover from, and type-checks nothing when there are any.
package main

import "fmt"

x := 1 // ERROR "syntax error: non-declaration statement outside function body"

func main() {
	fmt.Println("a" "b") // ERROR "syntax error: unexpected literal \"b\" in argument list; possibly missing comma or )"
	if true // ERROR "syntax error: unexpected newline, expected { after if clause"
	{
	}
	for i := 0; i < 3; i++ {
		fmt.Println(i // ERROR "syntax error: unexpected newline in argument list; possibly missing comma or )"
	}
	var a []int = [1, 2] // ERROR "syntax error: unexpected comma; expected ]"
}
