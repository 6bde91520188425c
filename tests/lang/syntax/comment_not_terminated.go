// want: ./prog.go:7:1: comment not terminated
package main

func main() {
}

/* open
