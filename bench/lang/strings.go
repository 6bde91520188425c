// strings: building a 1e6-piece string with strings.Builder, as Go code
// builds text (a number, then a separator).
package main

import (
	"fmt"
	"strconv"
	"strings"
)

func main() {
	var b strings.Builder
	for i := 0; i < 1_000_000; i++ {
		b.WriteString(strconv.Itoa(i))
		b.WriteByte(',')
	}
	s := b.String()
	fmt.Println(len(s), strings.Count(s, "7"))
}
