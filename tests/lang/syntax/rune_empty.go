// want: ./prog.go:4:10: empty rune literal or unescaped '
package main

var r = ''
