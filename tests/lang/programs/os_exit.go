// os.Exit ends the program at once with the given status: deferred calls do
// not run.
package main

import (
	"fmt"
	"os"
)

func cleanup() { fmt.Println("deferred cleanup (never printed)") }

func main() {
	defer cleanup()
	fmt.Println("exiting with status 3")
	os.Exit(3)
}

// Exit: 3
// Output:
// exiting with status 3
