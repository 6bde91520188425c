// panic with a custom error type prints the result of its Error method;
// deferred functions that do not recover still run first.
package main

import "fmt"

type ConfigError struct {
	Key string
}

func (e *ConfigError) Error() string { return "missing config key " + e.Key }

func main() {
	defer fmt.Println("cleanup")
	panic(&ConfigError{"port"})
}

// Exit: 2
// Stderr: panic: missing config key port
// Output:
// cleanup
