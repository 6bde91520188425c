// want: ./prog.go:5:8: syntax error: unexpected b in struct type; possibly missing semicolon or newline or }
package main

type T struct {
	a int b int
}

func main() {}
