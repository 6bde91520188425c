// want: ./prog.go:5:7: syntax error: cannot use x := 1 as value
package main

func main() {
	if x := 1 {
	}
}
