// want: ./prog.go:5:9: unknown escape
package main

func main() {
	_ = "a\qb"
}
