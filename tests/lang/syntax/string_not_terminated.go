// want: ./prog.go:4:9: string not terminated
package main

var s = `raw
