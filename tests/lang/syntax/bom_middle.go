// want: ./prog.go:4:11: invalid BOM in the middle of the file
package main

var s = 1 ﻿
