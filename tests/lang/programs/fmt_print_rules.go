// Print, Println and Sprint spacing: Println always separates operands with
// spaces; Print and Sprint add a space only between two operands when
// neither is a string. Results are shown with %q to make spaces visible.
// Writes to os.Stderr stay out of stdout.
package main

import (
	"fmt"
	"os"
)

type S string

type T struct{ A int }

func main() {
	fmt.Printf("%q\n", fmt.Sprint("a", "b", 1, 2, "c", 3.5, true, false))
	fmt.Printf("%q\n", fmt.Sprint(1, 2, 3))
	fmt.Printf("%q\n", fmt.Sprint("x", 1, "y"))
	fmt.Printf("%q\n", fmt.Sprint(1, "x", 2))
	fmt.Printf("%q\n", fmt.Sprint(S("named"), S("strings"), 1))
	fmt.Printf("%q\n", fmt.Sprint(T{1}, T{2}, []int{3}, nil, nil))
	fmt.Printf("%q\n", fmt.Sprint(nil, "s", nil))
	fmt.Printf("%q\n", fmt.Sprint())
	fmt.Printf("%q\n", fmt.Sprint(""))
	fmt.Printf("%q\n", fmt.Sprint('a', 'b'))
	fmt.Printf("%q\n", fmt.Sprintln("a", "b", 1, 2))
	fmt.Printf("%q\n", fmt.Sprintln())
	fmt.Printf("%q\n", fmt.Sprintln("", ""))
	fmt.Printf("%q\n", fmt.Sprintln(1.0, float32(2.5), 3i, []string{}, map[int]int{}))

	// Print and Println return the bytes written
	n, err := fmt.Print("12345", 6, 7, "\n")
	fmt.Println(n, err)
	n, err = fmt.Println("abc", 1)
	fmt.Println(n, err)

	// Fprint* to stdout and stderr
	fmt.Fprintln(os.Stderr, "note:", "this line goes to stderr")
	fmt.Fprintln(os.Stdout, "to stdout", 1, 2)
	fmt.Fprint(os.Stdout, "no", "space", 1, 2, "\n")
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 9)

	// Sprintf with no arguments and Sprint of an error and a Stringer
	fmt.Println(fmt.Sprintf("plain"), fmt.Sprint(fmt.Errorf("e%d", 1)))

	// Println formatting of various types
	var ip *int
	fmt.Println(nil, ip == nil, []byte("hi"), [3]bool{}, struct{}{}, 'x', "x")
	fmt.Println(int8(-1), uint(1), 1e6, 1e-7, 100.0, float32(1)/3)

	// Append variants (Go 1.19)
	buf := []byte("start:")
	buf = fmt.Append(buf, 1, 2, "x")
	buf = fmt.Appendf(buf, "|%03d|", 7)
	buf = fmt.Appendln(buf, "end")
	fmt.Print(string(buf))
}

// Stderr: note: this line goes to stderr
// Output:
// "ab1 2c3.5 true false"
// "1 2 3"
// "x1y"
// "1x2"
// "namedstrings1"
// "{1} {2} [3] <nil> <nil>"
// "<nil>s<nil>"
// ""
// ""
// "97 98"
// "a b 1 2\n"
// "\n"
// " \n"
// "1 2.5 (0+3i) [] map[]\n"
// 123456 7
// 9 <nil>
// abc 1
// 6 <nil>
// to stdout 1 2
// nospace1 2
// k=9
// plain e1
// <nil> true [104 105] [false false false] {} 120 x
// -1 1 1e+06 1e-07 100 0.33333334
// start:1 2x|007|end
