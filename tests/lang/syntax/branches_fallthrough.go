// want: ./prog.go:12:3: cannot fallthrough in type switch
// want: ./prog.go:21:4: fallthrough statement out of place
// want: ./prog.go:24:3: fallthrough statement out of place
// want: ./prog.go:27:3: cannot fallthrough final case in switch
// want: ./prog.go:29:2: fallthrough statement out of place
package main

func main() {
	var x interface{} = 1
	switch x.(type) {
	case int:
		fallthrough
	default:
	}
	switch {
	case true:
		fallthrough
		;
	case false:
		if true {
			fallthrough
		}
	case true:
		fallthrough
		println()
	default:
		fallthrough
	}
	fallthrough
}
