// want: ./prog.go:7:5: expression in go must not be parenthesized
package main

func f() {}

func main() {
	go (f())
}
