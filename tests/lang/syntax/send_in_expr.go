// want: ./prog.go:6:9: syntax error: unexpected <- at end of statement
package main

func main() {
	c := make(chan int)
	x := c <- 1
}
