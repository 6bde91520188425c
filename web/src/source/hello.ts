// hello: the program "New program" opens, go.dev/play's own.
export const HELLO_WORLD = `// You can edit this code!
// Click here and start typing.
package main

import "fmt"

func main() {
	fmt.Println("Hello, 世界")
}
`;
