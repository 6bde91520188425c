// want: ./prog.go:5:10: syntax error: var declaration not allowed in for initializer
package main

func main() {
	for var i = 0; i < 3; i++ {
	}
}
