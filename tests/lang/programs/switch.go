// Switch statements: expression switches with lists of values, init
// statements, fallthrough, tagless switches, default placement, and case
// evaluation order.
package main

import "fmt"

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	default:
		return "F"
	}
}

func dayKind(d string) string {
	switch d {
	case "sat", "sun":
		return "weekend"
	case "mon", "tue", "wed", "thu", "fri":
		return "weekday"
	}
	return "unknown"
}

func trace(name string, v int) int {
	fmt.Print("eval ", name, "; ")
	return v
}

func main() {
	for _, s := range []int{95, 85, 75, 10} {
		fmt.Print(grade(s))
	}
	fmt.Println()
	fmt.Println(dayKind("sun"), dayKind("wed"), dayKind("xyz"))

	// fallthrough runs the next case body unconditionally
	for _, n := range []int{0, 1, 2, 3} {
		fmt.Print(n, ":")
		switch n {
		case 0:
			fmt.Print(" zero")
			fallthrough
		case 1:
			fmt.Print(" one-or-fell")
			fallthrough
		case 2:
			fmt.Print(" two-or-fell")
		default:
			fmt.Print(" default")
		}
		fmt.Println()
	}

	// default in the middle, fallthrough into default
	switch x := 5; x {
	default:
		fmt.Println("default", x)
	case 1:
		fmt.Println("one")
		fallthrough
	case 2:
		fmt.Println("two")
	}
	switch x := 1; x {
	case 1:
		fmt.Println("one")
		fallthrough
	default:
		fmt.Println("then default")
	}

	// cases are evaluated top to bottom, left to right, until a match
	switch trace("tag", 3) {
	case trace("a", 1), trace("b", 3), trace("c", 3):
		fmt.Println("matched")
	case trace("d", 3):
		fmt.Println("not reached")
	}

	// switch on types of values with init statement
	switch v := interface{}(2.5); v {
	case 2.5:
		fmt.Println("float case")
	case "2.5":
		fmt.Println("string case")
	}

	// switch with no matching case and no default does nothing
	switch 42 {
	case 1:
		fmt.Println("no")
	}

	// switch on a bool expression
	x := 7
	switch x > 5 {
	case true:
		fmt.Println("big")
	case false:
		fmt.Println("small")
	}

	// strings and runes
	for _, r := range "a1 ?" {
		switch {
		case r >= 'a' && r <= 'z':
			fmt.Print("letter ")
		case r >= '0' && r <= '9':
			fmt.Print("digit ")
		case r == ' ':
			fmt.Print("space ")
		default:
			fmt.Print("other")
		}
	}
	fmt.Println()

	// break exits the switch early
	switch {
	case true:
		if x > 0 {
			fmt.Println("breaking")
			break
		}
		fmt.Println("not printed")
	}

	// switch with a function call tag and typed constants
	type Color int
	const (
		Red Color = iota
		Green
		Blue
	)
	c := Color(1)
	switch c {
	case Red:
		fmt.Println("red")
	case Green, Blue:
		fmt.Println("green or blue", int(c))
	}
}

// Output:
// ABCF
// weekend weekday unknown
// 0: zero one-or-fell two-or-fell
// 1: one-or-fell two-or-fell
// 2: two-or-fell
// 3: default
// default 5
// one
// then default
// eval tag; eval a; eval b; matched
// float case
// big
// letter digit space other
// breaking
// green or blue 1
