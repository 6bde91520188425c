// fmt verbs for integers, booleans, runes and strings: %v %d %b %o %O %x %X
// %c %q %U %t %s, with and without flags.
package main

import "fmt"

func main() {
	n := 255
	fmt.Printf("%v|%d|%b|%o|%O|%x|%X|%#x|%#X|%#o|%#b\n", n, n, n, n, n, n, n, n, n, n, n)
	neg := -42
	fmt.Printf("%d|%x|%X|%o|%b|%+d|% d|%+d\n", neg, neg, neg, neg, neg, n, n, neg)
	fmt.Printf("%c|%c|%c|%q|%q|%U|%#U|%#U\n", 65, 0x4E16, 0x1F600, 'x', '\n', 0x1F600, 'é', 0x263A)
	fmt.Printf("%q|%q|%+q|%#q|%x|%X|% x|%#x\n", "hi\t\"there\"", "日本", "日本", "back`tick", "hi", "hi", "hi", "hi")
	fmt.Printf("%#q|%q|%x\n", "no backtick", 'ö', 'ö')
	fmt.Printf("%s|%v|%10s|%-10s|%.2s|%5.1s|\n", "go", "go", "right", "left", "truncate", "xyz")
	fmt.Printf("%t|%v|%5t|%-6t|\n", true, false, true, false)
	fmt.Printf("%d|%d|%d|%d|%d\n", int8(-128), uint8(255), int64(-1<<63), uint64(1<<64-1), uint16(65535))
	fmt.Printf("%x|%X|%o|%b\n", uint64(1<<64-1), int64(-1<<63), int8(-1), uint8(5))
	fmt.Printf("%5d|%-5d|%05d|%+05d|%x|%08b\n", 42, 42, 42, 42, 3735928559, 5)
	fmt.Printf("%.3d|%6.3d|%-6.3d|%.0d|%.0d|\n", 7, 7, 7, 0, 1)
	fmt.Printf("%d|%v|%s\n", []int{1, 2}, [2]bool{true, false}, []string{"a", "b"})
	fmt.Printf("%x|%X|% x|%#x|%# x\n", []byte("abc"), []byte{1, 171}, []byte{1, 2, 3}, []byte{10, 11}, []byte{10, 11})
	fmt.Printf("%s|%q|%v|%d\n", []byte("bytes"), []byte("q"), []byte("ab"), []byte("ab"))
	fmt.Printf("%q|%v|%d\n", []rune("hé"), []rune("hé"), 'A')
	fmt.Printf("%c|%v|%d|%q\n", byte('z'), byte('z'), 'z', rune(0x10FFFF+1))
	fmt.Printf("%08.3d|%x|%X\n", -5, -255, "Hello")
	fmt.Printf("%v %v %v\n", uintptr(10), int32(-7), uint32(7))
	fmt.Printf("%3c|%-3c|%q|%+q\n", 'a', 'b', '☺', '☺')
	fmt.Printf("%6.2q|%.1q|%10q|\n", "abc", "日本語", "x")
	fmt.Printf("%%|%5%|%c\n", 'Z')
}

// Output:
// 255|255|11111111|377|0o377|ff|FF|0xff|0XFF|0377|0b11111111
// -42|-2a|-2A|-52|-101010|+255| 255|-42
// A|世|😀|'x'|'\n'|U+1F600|U+00E9 'é'|U+263A '☺'
// "hi\t\"there\""|"日本"|"\u65e5\u672c"|"back`tick"|6869|6869|68 69|0x6869
// `no backtick`|'ö'|f6
// go|go|     right|left      |tr|    x|
// true|false| true|false |
// -128|255|-9223372036854775808|18446744073709551615|65535
// ffffffffffffffff|-8000000000000000|-1|101
//    42|42   |00042|+0042|deadbeef|00000101
// 007|   007|007   ||1|
// [1 2]|[true false]|[a b]
// 616263|01AB|01 02 03|0x0a0b|0x0a 0x0b
// bytes|"q"|[97 98]|[97 98]
// ['h' 'é']|[104 233]|65
// z|122|122|'�'
//     -005|-ff|48656C6C6F
// 10 -7 7
//   a|b  |'☺'|'\u263a'
//   "ab"|"日"|       "x"|
// %|%|Z
