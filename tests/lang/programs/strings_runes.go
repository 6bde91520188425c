// Strings, bytes and runes: indexing, slicing, ranging over runes,
// conversions, concatenation, comparison and escapes.
package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Println(len(s), s[0], s[1], s[2], string(s[0]))
	fmt.Println(s[:1], s[1:3], s[7:])
	for i, r := range s {
		fmt.Print(i, ":", string(r), "|")
	}
	fmt.Println()
	for i := range "aé" {
		fmt.Print(" ", i)
	}
	fmt.Println()
	for _, r := range "é世🙂" {
		fmt.Printf("%c %d %U\n", r, r, r)
	}

	// invalid UTF-8 decodes as U+FFFD, one byte at a time
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		fmt.Print(i, "=", r, ",")
	}
	fmt.Println(len(bad))

	// conversions
	bs := []byte("abc")
	bs[0] = 'X'
	fmt.Println(bs, string(bs))
	rs := []rune(s)
	fmt.Println(len(rs), string(rs[8]), string(rs[1:5]))
	fmt.Println(string(rune(65)), string(rune(0x4e16)), string(rune(-1)))
	fmt.Println([]byte("é"), []rune("é"))
	b := []byte{104, 105}
	str := string(b)
	b[0] = 'H' // the string is a copy
	fmt.Println(str, string(b))

	// concatenation, comparison
	t := "go"
	t += "pher"
	t = t + "s" + "!"
	fmt.Println(t, len(t))
	fmt.Println("a" < "b", "abc" < "abd", "ab" < "abc", "Z" < "a", "" < "a")
	fmt.Println("hello" == "hel"+"lo", "x" != "X", "é" > "z")
	words := []string{"b", "a"}
	fmt.Println(words[0] > words[1])

	// escapes and raw strings
	fmt.Println("tab\tnew\\line \"quoted\" \u00e9 \U0001F600 \x41 \101")
	raw := `raw\n "string"
second line`
	fmt.Println(raw)
	fmt.Println(len(`\n`), len("\n"))

	// bytes and runes as integers
	var c byte = 'a'
	c += 2
	fmt.Println(c, string(c))
	var r rune = 'z' - 25
	fmt.Printf("%c %v %q\n", r, r, r)
	fmt.Println('a' < 'b', 'A'+32 == 'a')

	// building strings byte by byte
	var out []byte
	for i := 0; i < 5; i++ {
		out = append(out, byte('a'+i))
	}
	out = append(out, "xyz"...)
	fmt.Println(string(out))

	// strings are immutable values; reassignment does not affect copies
	u := "first"
	v := u
	u = "second"
	fmt.Println(u, v)

	// multi-line indexing of a string in a loop
	count := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			count++
		}
	}
	fmt.Println("non-ASCII bytes:", count)
}

// Output:
// 14 104 195 169 h
// h é  世界
// 0:h|1:é|3:l|4:l|5:o|6:,|7: |8:世|11:界|
//  0 1
// é 233 U+00E9
// 世 19990 U+4E16
// 🙂 128578 U+1F642
// 0=97,1=65533,2=98,3=65533,4=65533,5
// [88 98 99] Xbc
// 9 界 éllo
// A 世 �
// [195 169] [233]
// hi Hi
// gophers! 8
// true true true true true
// true true true
// true
// tab	new\line "quoted" é 😀 A A
// raw\n "string"
// second line
// 2 1
// 99 c
// a 97 'a'
// true true
// abcdexyz
// second first
// non-ASCII bytes: 8
