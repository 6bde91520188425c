// want: ./prog.go:6:9: invalid character U+0040 '@'
// want: ./prog.go:6:11: syntax error: unexpected literal 2 at end of statement
package main

func main() {
	x := 1 @ 2
	_ = x
}
