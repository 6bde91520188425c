// Return errors: missing return, wrong number of return values.
package main

func noReturn(x int) int {
	if x > 0 {
		return 1
	}
} // ERROR "missing return"

func tooMany() int {
	return 1, 2 // ERROR "too many return values"
}

func notEnough() (int, string) {
	return 1 // ERROR "not enough return values"
}

func noResult() {
	return 5 // ERROR "too many return values"
}

func switchNoDefault(x int) string {
	switch x {
	case 1:
		return "one"
	}
} // ERROR "missing return"

func infiniteLoopIsFine() int {
	for {
	}
}

func main() {
	noReturn(1)
	tooMany()
	notEnough()
	noResult()
	switchNoDefault(1)
	infiniteLoopIsFine()
}
