// want: ./prog.go:4:12: invalid radix point in binary literal
package main

var x = 0b1.0
