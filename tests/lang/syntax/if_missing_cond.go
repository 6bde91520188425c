// want: ./prog.go:5:5: syntax error: missing condition in if statement
package main

func main() {
	if {
	}
}
