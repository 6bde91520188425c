// want: ./prog.go:5:8: expression in defer must not be parenthesized
package main

func main() {
	defer (recover())
}
