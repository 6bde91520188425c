// Control flow: if/else with init statements, the three for forms, range
// forms, labeled break and continue, goto, and scoping of init variables.
package main

import "fmt"

func sign(n int) string {
	if n < 0 {
		return "negative"
	} else if n == 0 {
		return "zero"
	} else {
		return "positive"
	}
}

func main() {
	for _, n := range []int{-3, 0, 5} {
		fmt.Println(n, sign(n))
	}
	if x := 10; x > 5 {
		fmt.Println("x is big", x)
	} else {
		fmt.Println("x is small", x)
	}
	if v, ok := map[string]int{"a": 1}["b"]; !ok {
		fmt.Println("missing, v =", v)
	}

	// three-clause for
	sum := 0
	for i := 1; i <= 10; i++ {
		sum += i
	}
	fmt.Println(sum)
	// condition-only for
	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)
	// infinite for with break
	count := 0
	for {
		count++
		if count == 5 {
			break
		}
	}
	fmt.Println(count)
	// continue
	for i := 0; i < 10; i++ {
		if i%3 != 0 {
			continue
		}
		fmt.Print(i, ";")
	}
	fmt.Println()
	// multiple variables in a for clause
	for i, j := 0, 10; i < j; i, j = i+2, j-2 {
		fmt.Print(i, "-", j, ";")
	}
	fmt.Println()
	// range forms
	for i := range []string{"a", "b"} {
		fmt.Print(i)
	}
	for range [3]int{} {
		fmt.Print("*")
	}
	var idx int
	for idx = range "héllo" {
	}
	fmt.Println(" last index", idx)
	// the range expression is evaluated once
	list := []int{1, 2, 3}
	for i, v := range list {
		if i == 0 {
			list = append(list, 4)
		}
		fmt.Print(v)
	}
	fmt.Println(" len", len(list))

	// labeled break and continue
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, "|")
		}
	}
	fmt.Println()

	// find a pair with a labeled break
	target := 9
	nums := []int{2, 4, 5, 7}
	var a, b int
search:
	for i := range nums {
		for j := i + 1; j < len(nums); j++ {
			if nums[i]+nums[j] == target {
				a, b = nums[i], nums[j]
				break search
			}
		}
	}
	fmt.Println(a, b)

	// break inside switch inside for only leaves the switch
	for i := 0; i < 3; i++ {
		switch i {
		case 1:
			break
		default:
			fmt.Print("i=", i, "|")
		}
	}
	fmt.Println()
	// labeled break out of a select/switch in a loop
loop:
	for i := 0; ; i++ {
		switch {
		case i > 3:
			break loop
		}
	}
	fmt.Println("left loop")

	// goto
	i := 0
again:
	if i < 3 {
		fmt.Print("goto", i, "|")
		i++
		goto again
	}
	fmt.Println()
	goto end
end:
	fmt.Println("done")

	// shadowing in nested scopes
	x := 1
	{
		x := 2
		x++
		_ = x
	}
	if x := 5; x > 0 {
		fmt.Println("inner x", x)
	}
	fmt.Println("outer x", x)
}

// Output:
// -3 negative
// 0 zero
// 5 positive
// x is big 10
// missing, v = 0
// 55
// 243
// 5
// 0;3;6;9;
// 0-10;2-8;4-6;
// 01*** last index 5
// 123 len 4
// 0 0|0 1|1 0|1 1|
// 2 7
// i=0|i=2|
// left loop
// goto0|goto1|goto2|
// done
// inner x 5
// outer x 1
