// want: ./prog.go:5:2: syntax error: unexpected case, expected }
package main

func main() {
	case 1:
}
