// want: ./prog.go:8:1: syntax error: unexpected }, expected expression
// want: ./prog.go:11:2: break is not in a loop, switch, or select
package main

func main() {
	break
	x := 
}

func g() {
	break
}
