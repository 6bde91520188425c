// unicode and unicode/utf8: rune classification and case mapping, counting,
// decoding and encoding runes, validity checks.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界! 🙂"
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.RuneCount([]byte(s)))
	for _, r := range "aZ5 \t!é世" {
		fmt.Printf("%q letter=%v upper=%v lower=%v digit=%v number=%v space=%v punct=%v\n",
			r, unicode.IsLetter(r), unicode.IsUpper(r), unicode.IsLower(r), unicode.IsDigit(r), unicode.IsNumber(r), unicode.IsSpace(r), unicode.IsPunct(r))
	}
	fmt.Println(string(unicode.ToUpper('é')), string(unicode.ToLower('Ä')), string(unicode.ToTitle('a')), unicode.ToUpper('1') == '1')
	fmt.Println(unicode.Is(unicode.Han, '世'), unicode.In('a', unicode.Latin, unicode.Greek), unicode.IsControl('\n'), unicode.IsPrint('\n'), unicode.IsGraphic('a'))

	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRuneInString("")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeLastRuneInString("abc界")
	fmt.Println(string(r), size)
	r, size = utf8.DecodeRune([]byte{0xe4, 0xb8, 0x96})
	fmt.Printf("%c %d\n", r, size)

	buf := make([]byte, 4)
	for _, r := range []rune{'a', 'é', '世', '🙂', -1, 0x110000} {
		n := utf8.EncodeRune(buf, r)
		fmt.Printf("%d len=%d bytes=% x runelen=%d\n", r, n, buf[:n], utf8.RuneLen(r))
	}
	fmt.Println(utf8.ValidString("ok 世界"), utf8.ValidString("bad \xff"), utf8.Valid([]byte{0xc3, 0xa9}), utf8.ValidRune(0xD800))
	fmt.Println(utf8.RuneStart(0xe4), utf8.RuneStart(0xb8), utf8.FullRuneInString("\xe4\xb8"), utf8.UTFMax, utf8.MaxRune == unicode.MaxRune)
	b := utf8.AppendRune([]byte("x"), '界')
	fmt.Println(string(b), len(b))

	// reverse a string by runes
	in := "Hello, 世界"
	runes := []rune(in)
	for i, j := 0, len(runes)-1; i < j; i, j = i+1, j-1 {
		runes[i], runes[j] = runes[j], runes[i]
	}
	fmt.Println(string(runes))

	// walk a string with DecodeRuneInString
	for i := 0; i < len(in); {
		r, w := utf8.DecodeRuneInString(in[i:])
		if w > 1 {
			fmt.Printf("%c@%d;", r, i)
		}
		i += w
	}
	fmt.Println()
}

// Output:
// 19 12 12
// 'a' letter=true upper=false lower=true digit=false number=false space=false punct=false
// 'Z' letter=true upper=true lower=false digit=false number=false space=false punct=false
// '5' letter=false upper=false lower=false digit=true number=true space=false punct=false
// ' ' letter=false upper=false lower=false digit=false number=false space=true punct=false
// '\t' letter=false upper=false lower=false digit=false number=false space=true punct=false
// '!' letter=false upper=false lower=false digit=false number=false space=false punct=true
// 'é' letter=true upper=false lower=true digit=false number=false space=false punct=false
// '世' letter=true upper=false lower=false digit=false number=false space=false punct=false
// É ä A true
// true true true false true
// 世 3
// true 0
// true 1
// 界 3
// 世 3
// 97 len=1 bytes=61 runelen=1
// 233 len=2 bytes=c3 a9 runelen=2
// 19990 len=3 bytes=e4 b8 96 runelen=3
// 128578 len=4 bytes=f0 9f 99 82 runelen=4
// -1 len=3 bytes=ef bf bd runelen=-1
// 1114112 len=3 bytes=ef bf bd runelen=-1
// true false true false
// true false false 4 true
// x界 4
// 界世 ,olleH
// 世@7;界@10;
