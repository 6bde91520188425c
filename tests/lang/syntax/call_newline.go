// want: ./prog.go:8:4: syntax error: unexpected newline in argument list; possibly missing comma or )
package main

func f(a, b int) {}

func main() {
	f(1,
		2
	)
}
