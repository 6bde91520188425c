// want: ./prog.go:4:16: escape is invalid Unicode code point U+D800
package main

var s = "\ud800"
