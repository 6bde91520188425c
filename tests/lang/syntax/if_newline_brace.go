// want: ./prog.go:6:10: syntax error: unexpected newline, expected { after if clause
package main

func main() {
	x := 1
	if x > 0
	{
	}
}
