// panic with a formatted string prints it after "panic: ".
package main

import "fmt"

func check(n int) {
	if n > 10 {
		panic(fmt.Sprintf("value %d exceeds limit %d", n, 10))
	}
	fmt.Println("ok", n)
}

func main() {
	check(3)
	check(42)
}

// Exit: 2
// Stderr: panic: value 42 exceeds limit 10
// Output:
// ok 3
