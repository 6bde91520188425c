// want: ./prog.go:6:15: method has multiple receivers
package main

type T int

func (a, b T) m() {}

func main() {}
