// want: ./prog.go:7:4: syntax error: unexpected newline in composite literal; possibly missing comma or }
package main

func main() {
	_ = []int{
		1,
		2
	}
}
