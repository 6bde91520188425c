// want: ./prog.go:7:2: break is not in a loop, switch, or select
// want: ./prog.go:9:3: continue is not in a loop
// want: ./prog.go:24:13: continue is not in a loop
package main

func main() {
	break
	if true {
		continue
	}
	for {
		break
	}
	switch {
	case true:
		break
	}
	select {
	default:
		break
	}
	func() {
		for {
			func() { continue }()
		}
	}()
}
