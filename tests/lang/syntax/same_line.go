// want: ./prog.go:7:9: invalid character U+0040 '@'
// want: ./prog.go:7:11: syntax error: unexpected literal 2 at end of statement
// want: ./prog.go:8:9: unknown escape
package main

func main() {
	x := 1 @ 2 @ 3
	_ = "a\q\q"
}
