// want: ./prog.go:4:11: invalid UTF-8 encoding
package main

var s = "aÿb"
