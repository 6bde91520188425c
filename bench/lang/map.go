// map: 1e6 inserts of new keys into a map[int]int that starts empty, so it
// grows as it fills; then a few lookups for the checksum.
package main

import "fmt"

func main() {
	const n = 1_000_000
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[i*7] = i
	}
	sum := len(m)
	for i := 0; i < n; i += 1000 {
		sum += m[i*7]
	}
	fmt.Println(sum)
}
