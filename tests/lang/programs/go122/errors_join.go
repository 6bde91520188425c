// Go 1.20 error features: errors.Join and fmt.Errorf with several %w verbs.
// Go 1.19 cannot compile this file; its expected output comes from the
// documentation.
package main

import (
	"errors"
	"fmt"
)

func main() {
	e1 := errors.New("first")
	e2 := errors.New("second")
	j := errors.Join(e1, nil, e2)
	fmt.Println(j)
	fmt.Println(errors.Is(j, e1), errors.Is(j, e2), errors.Unwrap(j) == nil)
	fmt.Println(errors.Join(nil, nil) == nil)
	fmt.Printf("%q\n", errors.Join(e1).Error())

	w := fmt.Errorf("both: %w and %w", e1, e2)
	fmt.Println(w)
	fmt.Println(errors.Is(w, e1), errors.Is(w, e2), errors.Unwrap(w) == nil)
}

// Output:
// first
// second
// true true true
// true
// "first"
// both: first and second
// true true true
