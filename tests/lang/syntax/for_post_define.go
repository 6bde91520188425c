// want: ./prog.go:5:24: syntax error: cannot declare in post statement of for loop
package main

func main() {
	for i := 0; i < 10; j := i {
	}
}
