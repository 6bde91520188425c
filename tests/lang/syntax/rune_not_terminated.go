// want: ./prog.go:4:11: newline in rune literal
package main

var r = 'a
