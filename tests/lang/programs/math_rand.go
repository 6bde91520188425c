// math/rand used in ways whose output does not depend on the seed (Go 1.19
// seeds with 1, Go 1.20+ randomly): ranges, permutations, shuffles.
package main

import (
	"fmt"
	"math/rand"
	"sort"
)

func main() {
	inRange := true
	for i := 0; i < 1000; i++ {
		n := rand.Intn(10)
		if n < 0 || n >= 10 {
			inRange = false
		}
		f := rand.Float64()
		if f < 0 || f >= 1 {
			inRange = false
		}
		if v := rand.Int63n(5); v < 0 || v >= 5 {
			inRange = false
		}
		if v := rand.Int31n(3); v < 0 || v >= 3 {
			inRange = false
		}
	}
	fmt.Println("all in range:", inRange)

	p := rand.Perm(10)
	sort.Ints(p)
	fmt.Println("perm is a permutation:", fmt.Sprint(p) == "[0 1 2 3 4 5 6 7 8 9]")

	words := []string{"a", "b", "c", "d", "e"}
	rand.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	sort.Strings(words)
	fmt.Println("shuffle keeps elements:", words)

	seen := map[int]bool{}
	for i := 0; i < 2000; i++ {
		seen[rand.Intn(4)] = true
	}
	fmt.Println("all 4 values drawn:", len(seen) == 4)

	r := rand.New(rand.NewSource(99))
	x := r.Intn(100)
	r2 := rand.New(rand.NewSource(99))
	fmt.Println("same seed, same sequence:", x == r2.Intn(100))
	fmt.Println(rand.Int() >= 0, rand.Uint32() <= 1<<32-1, rand.Int63() >= 0)
}

// Output:
// all in range: true
// perm is a permutation: true
// shuffle keeps elements: [a b c d e]
// all 4 values drawn: true
// same seed, same sequence: true
// true true true
