// strconv: Itoa/Atoi with errors, ParseInt/ParseUint in bases with range
// errors, FormatInt, ParseFloat/FormatFloat, ParseBool/FormatBool, Quote
// and Unquote, Append functions.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0)+"!")
	for _, s := range []string{"123", "-7", "+8", "12a", "", " 1", "99999999999999999999"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}

	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"-101", 2, 8}, {"0x1f", 0, 64}, {"0o17", 0, 64}, {"0b11", 0, 64}, {"1_000", 0, 64}, {"128", 10, 8}, {"-129", 10, 8}, {"z", 36, 64}, {"12", 2, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, n, err)
	}
	u, err := strconv.ParseUint("-1", 10, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("255", 10, 8)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("256", 10, 8)
	fmt.Println(u, err)

	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36), strconv.FormatUint(1<<63, 10))

	for _, s := range []string{"3.14", "1e10", "-0.0", "inf", "-Inf", "NaN", "1e400", "0x1p-2", "abc", "1_0.5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Println(s, f, err)
	}
	f32, err := strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)

	x := 1234.5678
	fmt.Println(strconv.FormatFloat(x, 'f', 2, 64), strconv.FormatFloat(x, 'e', 3, 64), strconv.FormatFloat(x, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(x, 'f', -1, 32), strconv.FormatFloat(0.1, 'f', -1, 64), strconv.FormatFloat(1e21, 'g', -1, 64))
	fmt.Println(strconv.FormatFloat(2.5, 'f', 0, 64), strconv.FormatFloat(3.5, 'f', 0, 64), strconv.FormatFloat(-0.0, 'g', -1, 64), strconv.FormatFloat(100, 'E', -1, 64))
	fmt.Println(strconv.FormatFloat(1.0/3, 'G', 5, 64), strconv.FormatFloat(123456789, 'g', 4, 64), strconv.FormatFloat(5, 'b', -1, 64), strconv.FormatFloat(1, 'x', -1, 64))

	for _, s := range []string{"true", "1", "T", "FALSE", "f", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(s, b, err)
	}
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))

	fmt.Println(strconv.Quote("hi\n\"there\"\t☺\x00"), strconv.QuoteToASCII("☺ é"), strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('\n'))
	for _, q := range []string{`"a\tb"`, "`raw`", `'x'`, `"unterminated`, `"\u00e9"`, `noquotes`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("%q %v\n", s, err)
	}

	buf := []byte("n=")
	buf = strconv.AppendInt(buf, -12, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q")
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 1.5, 'f', 1, 64)
	fmt.Println(string(buf))

	_, err = strconv.Atoi("x")
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(strconv.IntSize)
}

// Output:
// -45 0!
// 123 <nil>
// -7 <nil>
// 8 <nil>
// 0 strconv.Atoi: parsing "12a": invalid syntax
// 0 strconv.Atoi: parsing "": invalid syntax
// 0 strconv.Atoi: parsing " 1": invalid syntax
// 9223372036854775807 strconv.Atoi: parsing "99999999999999999999": value out of range
// ff 255 <nil>
// -101 -5 <nil>
// 0x1f 31 <nil>
// 0o17 15 <nil>
// 0b11 3 <nil>
// 1_000 1000 <nil>
// 128 127 strconv.ParseInt: parsing "128": value out of range
// -129 -128 strconv.ParseInt: parsing "-129": value out of range
// z 35 <nil>
// 12 0 strconv.ParseInt: parsing "12": invalid syntax
// 0 strconv.ParseUint: parsing "-1": invalid syntax
// 255 <nil>
// 255 strconv.ParseUint: parsing "256": value out of range
// 11111111 -ff z 9223372036854775808
// 3.14 3.14 <nil>
// 1e10 1e+10 <nil>
// -0.0 -0 <nil>
// inf +Inf <nil>
// -Inf -Inf <nil>
// NaN NaN <nil>
// 1e400 +Inf strconv.ParseFloat: parsing "1e400": value out of range
// 0x1p-2 0.25 <nil>
// abc 0 strconv.ParseFloat: parsing "abc": invalid syntax
// 1_0.5 10.5 <nil>
// 0.10000000149011612 <nil>
// 1234.57 1.235e+03 1234.5678
// 1234.5677 0.1 1e+21
// 2 4 0 1E+02
// 0.33333 1.235e+08 5629499534213120p-50 0x1p+00
// true true <nil>
// 1 true <nil>
// T true <nil>
// FALSE false <nil>
// f false <nil>
// yes false strconv.ParseBool: parsing "yes": invalid syntax
// true false
// "hi\n\"there\"\t☺\x00" "\u263a \u00e9" '☺' '\n'
// "a\tb" <nil>
// "raw" <nil>
// "x" <nil>
// "" invalid syntax
// "é" <nil>
// "" invalid syntax
// n=-12 true "q" 1.5
// Atoi x invalid syntax
// 64
