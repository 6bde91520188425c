// want: ./prog.go:5:14: syntax error: unexpected {, expected for loop condition
package main

func main() {
	for i := 0; {
	}
}
