// loop: a tight loop of integer arithmetic, 1e8 iterations.
package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 100_000_000; i++ {
		sum += i ^ (i >> 3)
	}
	fmt.Println(sum)
}
