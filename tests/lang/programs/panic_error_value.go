// panic with an error value prints its Error() text.
package main

import (
	"errors"
	"fmt"
)

func main() {
	fmt.Println("about to panic")
	panic(errors.New("something broke"))
}

// Exit: 2
// Stderr: panic: something broke
// Output:
// about to panic
