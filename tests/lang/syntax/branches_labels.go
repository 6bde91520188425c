// want: ./prog.go:10:1: label unused defined and not used
// want: ./prog.go:15:9: invalid break label L
// want: ./prog.go:20:12: invalid continue label S
// want: ./prog.go:23:9: break label not defined: nowhere
// want: ./prog.go:29:1: label D already defined at ./prog.go:25:1
// want: ./prog.go:31:12: invalid continue label D
package main

func main() {
unused:
	for {
	}
L:
	if true {
		break L
	}
S:
	switch {
	case true:
		continue S
	}
	for {
		break nowhere
	}
D:
	for {
		break D
	}
D:
	for {
		continue D
	}
}
