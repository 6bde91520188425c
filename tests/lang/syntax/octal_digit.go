// want: ./prog.go:4:10: invalid digit '8' in octal literal
package main

var x = 08
