// want: ./prog.go:5:12: 'p' exponent requires hexadecimal mantissa
package main

var x = 0x1e+2
var y = 0b1p2
