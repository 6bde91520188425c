// want: ./prog.go:6:12: final index required in 3-index slice
package main

func main() {
	s := []int{1, 2, 3}
	_ = s[1:2:]
}
