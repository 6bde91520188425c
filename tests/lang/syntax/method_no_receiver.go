// want: ./prog.go:4:9: method has no receiver
package main

func () m() {}

func main() {}
