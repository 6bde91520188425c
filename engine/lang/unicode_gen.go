//go:build ignore

// unicode_gen prints the range tables of unicode.cpp: `go run unicode_gen.go`.

package main

import (
	"fmt"
	"unicode"
)

func ranges(pred func(rune) bool) [][2]rune {
	var out [][2]rune
	in := false
	var lo rune
	for r := rune(0x80); r <= unicode.MaxRune+1; r++ {
		ok := r <= unicode.MaxRune && pred(r)
		if ok && !in {
			lo, in = r, true
		} else if !ok && in {
			out = append(out, [2]rune{lo, r - 1})
			in = false
		}
	}
	return out
}

func emit(name string, rs [][2]rune) {
	fmt.Printf("// %d ranges\nconstexpr RuneRange %s[] = {\n", len(rs), name)
	for i, r := range rs {
		if i%4 == 0 {
			fmt.Print("   ")
		}
		fmt.Printf(" {0x%04x, 0x%04x},", r[0], r[1])
		if i%4 == 3 || i == len(rs)-1 {
			fmt.Println()
		}
	}
	fmt.Println("};")
}

func main() {
	emit("kLetters", ranges(unicode.IsLetter))
	emit("kDigits", ranges(unicode.IsDigit))
}
