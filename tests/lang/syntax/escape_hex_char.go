// want: ./prog.go:4:12: invalid character 'Z' in hexadecimal escape
package main

var s = "\xZZ"
