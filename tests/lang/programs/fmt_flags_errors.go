// fmt width and precision from arguments (*), explicit argument indexes
// [n], and the %!verb error forms: wrong type, missing and extra arguments,
// bad indexes and widths, and a missing verb.
package main

import "fmt"

func main() {
	fmt.Printf("%*d|%-*d|%.*f|%*.*f|\n", 5, 42, 5, 42, 2, 3.14159, 8, 3, 2.71828)
	fmt.Printf("%*d|\n", -6, 7) // negative width means left-justify
	fmt.Printf("%[2]d %[1]d|%[1]d %[1]x %[1]o|%d %[1]d %d\n", 10, 20, 30)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%s %[1]q %[1]x|%v %[1]T\n", "go", 1.5)

	// wrong verb for the type
	fmt.Printf("%d|%s|%t|%x\n", "str", 42, 1, true)
	fmt.Printf("%z|%!|%d\n", 1, 2)
	// missing and extra arguments
	fmt.Printf("%d %d %s\n", 1)
	fmt.Printf("%d|", 1, 2, "three")
	fmt.Println()
	fmt.Printf("no verbs|", "extra")
	fmt.Println()
	// bad argument index and width
	fmt.Printf("%[5]d|%[0]d|%[x]d\n", 1)
	fmt.Printf("%*d|%.*d\n", "w", 1, "p", 2)
	fmt.Printf("trailing percent %")
	fmt.Println()
	fmt.Printf("%d %v\n", nil, nil)
	fmt.Printf("%s|%d|%v\n", []interface{}{1, "a"}, []interface{}{1, "a"}, []interface{}{1, "a"})
	s := fmt.Sprintf("%d%%", 50)
	fmt.Println(s, len(s))
	fmt.Printf("%v %d\n", struct{ a, b interface{} }{1, "x"}, struct{ a, b interface{} }{1, "x"})
	fmt.Printf("%6.2v|%-8v|%08v|%+v|%#v\n", "abcdef", true, -12, 5, 'x')
	fmt.Printf("%+d %+d % d % d %+ d\n", 0, -1, 0, -1, 3)
	fmt.Printf("%#v %#x %#o %#q\n", "a\nb", "hex", 8, "raw")
	fmt.Printf("%-08d|%-+5d|%0-5d|\n", 3, 3, 3)
	fmt.Printf("%2.1s|%.0s|%.10s|\n", "abc", "abc", "abc")
}

// Output:
//    42|42   |3.14|   2.718|
// 7     |
// 20 10|10 a 12|20 10 20
//  12.00|
// go "go" 676f|1.5 string
// %!d(string=str)|%!s(int=42)|%!t(int=1)|%!x(bool=true)
// %!z(int=1)|%!!(int=2)|%!d(MISSING)
// 1 %!d(MISSING) %!s(MISSING)
// 1|%!(EXTRA int=2, string=three)
// no verbs|%!(EXTRA string=extra)
// %!d(BADINDEX)|%!d(BADINDEX)|%!d(BADINDEX)
// %!(BADWIDTH)1|%!(BADPREC)2
// trailing percent %!(NOVERB)
// %!d(<nil>) <nil>
// [%!s(int=1) a]|[1 %!d(string=a)]|[1 a]
// 50% 3
// {1 x} {1 %!d(string=x)}
//     ab|true    |-0000012|5|120
// +0 -1  0 -1 +3
// "a\nb" 0x686578 010 `raw`
// 3       |+3   |3    |
//  a||abc|
