// want: ./prog.go:5:18: syntax error: missing { after switch clause
package main

func main() {
	switch x := 1; x
	{
	}
}
