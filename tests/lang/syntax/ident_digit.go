// want: ./prog.go:4:5: identifier cannot begin with digit U+0661 '١'
package main

var ١x = 1
