// want: ./prog.go:4:11: binary literal has no digits
package main

var x = 0b
