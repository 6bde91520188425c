// want: ./prog.go:7:2: syntax error: unexpected x, expected case or default or }
// want: ./prog.go:8:2: syntax error: unexpected }, expected :
package main

func main() {
	switch {
	x := 1
	}
}
