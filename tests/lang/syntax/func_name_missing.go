// want: ./prog.go:4:6: syntax error: unexpected literal 1, expected name or (
package main

func 1() {}
